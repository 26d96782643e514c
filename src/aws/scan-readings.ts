// What the org-wide scan reads in one account and region, with that account's assumed credentials:
// * Quota values: one ListServiceQuotas walk per service (100 per page, stopped once every wanted code was seen).
//   ListServiceQuotas leaves out quotas that only have a default value ([BC] "the quota is not retrieved"); their
//   value is the AWS default, read with one ListAWSDefaultServiceQuotas walk per region and service for the whole
//   scan. Defaults are the same for every account — a default's ARN has no account part
//   (arn:aws:servicequotas:us-east-2::ec2/L-1216C47A, [CLI] get-aws-default-service-quota) — so 1,000 accounts cost
//   one default walk per region, not 1,000.
// * Usage: the metric each quota names (UsageMetric), by GetMetricData, at most 500 queries and 100,800 datapoints a
//   call ([BC cloudwatch]; https://repost.aws/knowledge-center/cloudwatch-getmetricdata-api), with a period of one
//   day over the history window (whole hours, as CloudWatch advises for faster answers). The datapoints come back
//   as read; the scan flow turns them into the usage, the daily peaks and the trend (src/scan/usage.ts).
// Every call waits for its token in this account-region's limiters (SCAN_RATES); nothing here throws: failures come
// back as errors that name the IAM action or the persistent throttling.
import { ListAWSDefaultServiceQuotasCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { ServiceQuota } from '@aws-sdk/client-service-quotas';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { Limiters, isCode, walkServiceQuotas } from './common.js';
import { pages } from './paging.js';
import { ServiceQuotasListsProtocol } from './plain-json.js';
import { METRIC_BATCH, getMetricData, metricFailure, metricQuery, type MetricQuery } from './metrics.js';
import { SCAN_RATES, describeFault, type ScanHttp } from './scan-http.js';
import type { CredentialProvider } from './assume-role.js';
import type { ObservedQuota, ScanError, WatchedQuota } from '../ports/scan.js';

/** GetMetricData returns at most 100,800 datapoints per call. */
const MAX_DATAPOINTS = 100_800;
const DAY = 86_400;

/** Default values per region and service, shared by every account of a scan. */
export class DefaultQuotas {
  private readonly cache = new Map<string, Promise<Map<string, ServiceQuota>>>();

  get(region: string, service: string, load: () => Promise<Map<string, ServiceQuota>>): Promise<Map<string, ServiceQuota>> {
    const key = `${region}|${service}`;
    let p = this.cache.get(key);
    if (!p) {
      p = load();
      this.cache.set(key, p);
      // A failed read (denied in this account, throttled) is not cached: the next account tries again.
      p.catch(() => this.cache.delete(key));
    }
    return p;
  }
}

export interface AccountRegionRequest {
  account: string;
  /** Region the calls go to (us-east-1 for global quotas). */
  region: string;
  /** Region the reading is reported under: the region, or `global`. */
  label: string;
  quotas: readonly WatchedQuota[];
  credentials: CredentialProvider;
  /** The usage window, in whole hours (ms since epoch): its days end at `end`. */
  window: UsageWindow;
  http: ScanHttp;
  defaults: DefaultQuotas;
}

export interface UsageWindow {
  start: number;
  end: number;
}

/** The datapoints of a quota's usage metric over the window: daily maxima as GetMetricData returned them. */
export interface UsageSeries {
  timestamps: number[];
  values: number[];
}

/** One quota as read: everything but the usage, which the scan works out from `series`. */
export type QuotaReading = Omit<ObservedQuota, 'usage' | 'trend' | 'history'> & { series?: UsageSeries };

export interface AccountRegionReading {
  account: string;
  /** A region, or `global`. */
  region: string;
  quotas: QuotaReading[];
}

interface Read {
  quota?: ServiceQuota;
  source?: 'applied' | 'default';
  note?: string;
}


export async function readAccountRegion(req: AccountRegionRequest): Promise<{ reading: AccountRegionReading; errors: ScanError[] }> {
  const errors: ScanError[] = [];
  const limiters = new Limiters(SCAN_RATES);
  // The list answers are read with JSON.parse (src/aws/plain-json.ts): most of a scan's calls are these.
  const sq = new ServiceQuotasClient({ ...req.http.config(req.region, req.credentials), ...(await req.http.endpointOf(ServiceQuotasClient)), protocol: ServiceQuotasListsProtocol });
  const byService = new Map<string, WatchedQuota[]>();
  for (const q of req.quotas) byService.set(q.serviceCode, [...(byService.get(q.serviceCode) ?? []), q]);

  const reads = new Map<string, Read>();
  await Promise.all(
    [...byService].map(async ([service, quotas]) => {
      const wanted = new Set(quotas.map((q) => q.quotaCode));
      const applied = await walk(req, sq, limiters, service, wanted);
      if ('fault' in applied) {
        errors.push({ kind: applied.fault.kind, account: req.account, region: req.label, serviceCode: service, message: applied.fault.message });
        for (const code of wanted) reads.set(code, {});
        return;
      }
      if ('unavailable' in applied) {
        for (const code of wanted) reads.set(code, { note: applied.unavailable });
        return;
      }
      for (const [code, quota] of applied.found) reads.set(code, { quota, source: 'applied' });
      const missing = [...wanted].filter((c) => !applied.found.has(c));
      if (!missing.length) return;
      try {
        const defaults = await req.defaults.get(req.region, service, () => walkDefaults(req, sq, limiters, service));
        for (const code of missing) {
          const quota = defaults.get(code);
          reads.set(code, quota ? { quota, source: 'default' } : { note: `Service Quotas has no quota ${code} in this region` });
        }
      } catch (e) {
        const f = describeFault(e, 'servicequotas:ListAWSDefaultServiceQuotas', req.region);
        errors.push({ kind: f.kind, account: req.account, region: req.label, serviceCode: service, message: `${f.message} (needed for ${missing.join(', ')}, which have no applied value)` });
        for (const code of missing) reads.set(code, {});
      }
    }),
  );

  // Usage: one query per distinct metric.
  const queries = new Map<string, MetricQuery>();
  const queryOf = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const q of req.quotas) {
    const quota = reads.get(q.quotaCode)?.quota;
    if (!quota || typeof quota.Value !== 'number') continue;
    const query = metricQuery(quota.UsageMetric);
    if (!query) {
      notes.set(q.quotaCode, 'no usage metric: only baselines, drift and DR use its value');
      continue;
    }
    if (quota.Period?.PeriodValue) {
      // A rate quota (per second, per minute …) cannot be compared with a daily peak of a Sum.
      notes.set(q.quotaCode, `a rate quota (per ${quota.Period.PeriodValue} ${String(quota.Period.PeriodUnit ?? '').toLowerCase()}): usage not compared`);
      continue;
    }
    queries.set(query.key, query);
    queryOf.set(q.quotaCode, query.key);
  }
  const usage = queries.size ? await metrics(req, limiters, [...queries.values()], errors) : new Map<string, UsageSeries>();

  const quotas: QuotaReading[] = req.quotas.map((q) => {
    const r = reads.get(q.quotaCode) ?? {};
    const quota = r.quota;
    const value = typeof quota?.Value === 'number' && Number.isFinite(quota.Value) ? quota.Value : null;
    const out: QuotaReading = { serviceCode: q.serviceCode, quotaCode: q.quotaCode, value };
    const name = quota?.QuotaName ?? q.name;
    if (name) out.name = name;
    if (value !== null && r.source) out.source = r.source;
    if (quota?.Unit) out.unit = quota.Unit;
    if (typeof quota?.Adjustable === 'boolean') out.adjustable = quota.Adjustable;
    if (quota && value === null) {
      const why = quota.ErrorReason ? `${quota.ErrorReason.ErrorCode ?? ''} ${quota.ErrorReason.ErrorMessage ?? ''}`.trim() : 'no value';
      errors.push({ kind: quota.ErrorReason?.ErrorCode === 'DEPENDENCY_ACCESS_DENIED_ERROR' ? 'denied' : 'read', account: req.account, region: req.label, serviceCode: q.serviceCode, quotaCode: q.quotaCode, message: `Service Quotas returned no value for ${q.serviceCode}/${q.quotaCode}: ${why}` });
    }
    const note = r.note ?? notes.get(q.quotaCode);
    if (note) out.usageNote = note;
    const series = usage.get(queryOf.get(q.quotaCode) ?? '');
    if (series) out.series = series;
    return out;
  });
  return { reading: { account: req.account, region: req.label, quotas }, errors };
}

type WalkResult = { found: Map<string, ServiceQuota> } | { fault: ReturnType<typeof describeFault> } | { unavailable: string };

async function walk(req: AccountRegionRequest, sq: ServiceQuotasClient, limiters: Limiters, service: string, wanted: Set<string>): Promise<WalkResult> {
  try {
    const found = await walkServiceQuotas(service, wanted, (command) =>
      limiters.schedule(req.region, 'ListServiceQuotas', () => {
        req.http.count('ListServiceQuotas');
        return sq.send(command);
      }),
    );
    return { found };
  } catch (e) {
    // "This service is not available in the current Region" ([MOTO] message): not an error of the scan.
    if (isCode(e, 'NoSuchResourceException')) return { unavailable: `Service Quotas does not offer ${service} in this region` };
    return { fault: describeFault(e, 'servicequotas:ListServiceQuotas', req.region) };
  }
}

async function walkDefaults(req: AccountRegionRequest, sq: ServiceQuotasClient, limiters: Limiters, service: string): Promise<Map<string, ServiceQuota>> {
  const out = new Map<string, ServiceQuota>();
  const send = (NextToken: string | undefined) =>
    limiters.schedule(req.region, 'ListAWSDefaultServiceQuotas', () => {
      req.http.count('ListAWSDefaultServiceQuotas');
      return sq.send(new ListAWSDefaultServiceQuotasCommand({ ServiceCode: service, MaxResults: 100, NextToken }));
    });
  for await (const page of pages(send, (p) => p.NextToken, { operation: 'ListAWSDefaultServiceQuotas' })) for (const q of page.Quotas ?? []) if (q.QuotaCode) out.set(q.QuotaCode, q);
  return out;
}

async function metrics(req: AccountRegionRequest, limiters: Limiters, queries: MetricQuery[], errors: ScanError[]): Promise<Map<string, UsageSeries>> {
  const out = new Map<string, UsageSeries>();
  const cw = new CloudWatchClient({ ...req.http.config(req.region, req.credentials), ...(await req.http.endpointOf(CloudWatchClient)) });
  const { start, end } = req.window;
  const days = Math.max(1, Math.round((end - start) / (DAY * 1000)));
  const perCall = Math.max(1, Math.min(METRIC_BATCH, Math.floor(MAX_DATAPOINTS / days)));
  const batches = await getMetricData(queries, { start: new Date(start), end: new Date(end), period: DAY, perCall }, (command) =>
    limiters.schedule(req.region, 'GetMetricData', () => {
      req.http.count('GetMetricData');
      return cw.send(command);
    }),
  );
  for (const batch of batches) {
    if ('error' in batch) {
      const f = describeFault(batch.error, 'cloudwatch:GetMetricData', req.region);
      errors.push({ kind: f.kind, account: req.account, region: req.label, message: `${f.message}; usage of ${batch.queries.length} metric(s) unknown` });
      continue;
    }
    for (const [q, rs] of batch.results) {
      const failure = metricFailure(rs);
      if (failure) {
        errors.push({ kind: failure.startsWith('Forbidden') ? 'denied' : 'read', account: req.account, region: req.label, message: `GetMetricData could not read ${q.namespace} ${q.name}: ${failure}` });
        continue;
      }
      // Plain loops: flatMap with a Date copy per datapoint was a visible share of a scan's CPU.
      const timestamps: number[] = [];
      const values: number[] = [];
      for (const r of rs) {
        for (const t of r.Timestamps ?? []) timestamps.push(t.getTime());
        for (const v of r.Values ?? []) values.push(v);
      }
      out.set(q.key, { timestamps, values });
    }
  }
  return out;
}
