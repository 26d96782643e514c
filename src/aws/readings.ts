// Live readings: the applied quota value from Service Quotas and the current usage from CloudWatch (or a count of
// EC2 resources where the quota publishes no usage metric), for every requirement of a check.
//
// Call plan per run, so a big plan over few quotas costs few calls:
// * Each (region, service, quota) is read once, whatever number of requirements, accounts and scopes share it.
// * Quota values, per region and service: with WALK_THRESHOLD (3) or more codes, one ListServiceQuotas walk (100 per
//   page, stopped as soon as every wanted code was seen) and GetAWSDefaultServiceQuota for codes it did not return;
//   with fewer, GetServiceQuota per code and GetAWSDefaultServiceQuota on NoSuchResourceException. A walk costs
//   ceil(n/100) pages for a service with n quotas, unknown in advance; n is below 200 for the services quota-guard
//   knows (EC2 is the largest), so from three codes on a walk costs no more than single reads and usually fewer.
// * Usage, per region: one GetMetricData call per 500 distinct metric queries; at most one DescribeNatGateways walk
//   (+ DescribeSubnets for their zones), one DescribeVpcs walk, one DescribeAddresses call and one Lambda
//   GetAccountSettings call.
//
// Lambda "Concurrent executions" (L-B99A9384): a requirement is concurrency a change reserves (reserved or
// provisioned, plus the 100 AWS keeps unreserved), so its usage is the concurrency already reserved, not the
// executions running now (the quota's UsageMetric, AWS/Lambda ConcurrentExecutions, which is not read for it).
// GetAccountSettings gives AccountLimit.ConcurrentExecutions, "the maximum number of simultaneous function
// executions", and AccountLimit.UnreservedConcurrentExecutions, the same "minus the capacity that's reserved for
// individual functions with PutFunctionConcurrency" (https://docs.aws.amazon.com/lambda/latest/api/API_AccountLimit.html,
// API_GetAccountSettings.html): the difference is what is reserved already.
//
// Accounts: quota-guard reads the account of its credentials only. It learns that account from the applied quota
// ARNs Service Quotas returns (arn:aws:servicequotas:REGION:ACCOUNT:SERVICE/CODE, [CLI] get-service-quota example);
// when no ARN names it (only default values were read) and a requirement names an account, one STS
// GetCallerIdentity call does. A requirement for another account gets null readings with a reason naming both; when
// the account cannot be learned, every requirement that names an account does (never assumed to be the current one).
// Requirements without an account (the credentials' own) need neither.
import { GetAWSDefaultServiceQuotaCommand, GetServiceQuotaCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { ServiceQuota, MetricInfo } from '@aws-sdk/client-service-quotas';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { DescribeAddressesCommand, DescribeNatGatewaysCommand, DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetAccountSettingsCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { ReadQuotas } from '../check/check.js';
import { readingKey } from '../check/evaluate.js';
import { ACCOUNT_RE, REGION_RE } from '../model.js';
import type { QuotaReading, Requirement } from '../model.js';
import { GLOBAL_QUOTA_REGION, QUOTAS } from '../quotas/catalog.js';
import { clientConfig, faultReason, isCode, Limiters, setupFault, walkServiceQuotas, type AwsCallOptions } from './common.js';
import { getMetricData, metricFailure, metricQuery, type MetricQuery } from './metrics.js';

export interface LiveOptions extends AwsCallOptions {
  /** Clock for the CloudWatch window (tests). */
  now?: () => Date;
}

/** Codes of one service in one region from which a ListServiceQuotas walk replaces single reads. */
const WALK_THRESHOLD = 3;
/** Usage window: the last hour in 5-minute periods; usage is the largest datapoint. */
const USAGE_WINDOW_SECONDS = 3600;
const USAGE_PERIOD_SECONDS = 300;

const NAT_PER_AZ = 'L-FE5A380F';
const VPCS_PER_REGION = 'L-F678F1CE';
const ELASTIC_IPS = 'L-0263D0A3';
const LAMBDA_CONCURRENCY = 'L-B99A9384';
/** NAT gateways count against the quota while pending, available or deleting ([VPCDOC] NAT gateway quotas). */
const NAT_COUNTED_STATES = ['pending', 'available', 'deleting'];


interface QuotaRead {
  value: number | null;
  reason?: string;
  adjustable?: boolean;
  usageMetric?: MetricInfo;
  /** Account of an applied quota ARN. */
  account?: string;
}

type Usage = { value: number } | { value: null; reason: string };

type UsagePlan =
  | { kind: 'metric'; query: MetricQuery }
  | { kind: 'nat'; zone: string | null }
  | { kind: 'vpcs' }
  | { kind: 'addresses' }
  | { kind: 'lambdaReserved' }
  | { kind: 'none'; reason: string };


interface NatCounts {
  /** Zone name and zone id → NAT gateways in that zone. */
  byZone: Map<string, number>;
  /** NAT gateways in no known zone (regional NAT gateways, subnets not found): counted in every zone. */
  everywhere: number;
}

interface Pending {
  req: Requirement;
  key: string;
  /** Region the quota is read and used in: us-east-1 for global quotas. */
  region: string;
}

/** The live reader: readings for every requirement, never a number from a fault. */
export function liveReader(options: LiveOptions = {}): ReadQuotas {
  const limiters = new Limiters();
  return async (requirements) => {
    const run = new Run(options, limiters);
    try {
      return await run.read(requirements);
    } finally {
      run.destroy();
    }
  };
}

class Run {
  /** One client per (client class, region), made on first use. */
  private readonly clients = new Map<unknown, Map<string, { destroy(): void }>>();
  private sts: STSClient | undefined;
  private credentials: unknown;
  private readonly counts = new Map<string, number>();
  /** Reason of a failed read → the setup's root cause, when the setup made it fail (`setupFault`). */
  private readonly setupErrors = new Map<string, string>();
  private readonly log: (line: string) => void;

  constructor(
    private readonly options: LiveOptions,
    private readonly limiters: Limiters,
  ) {
    this.log = options.log ?? (() => {});
  }

  destroy(): void {
    for (const byRegion of this.clients.values()) for (const c of byRegion.values()) c.destroy();
    this.sts?.destroy();
  }

  async read(requirements: Requirement[]): Promise<Map<string, QuotaReading>> {
    const out = new Map<string, QuotaReading>();
    const pending: Pending[] = [];
    const seen = new Set<string>();
    for (const req of requirements) {
      const key = readingKey(req);
      if (seen.has(key)) continue;
      seen.add(key);
      const skip = skipReason(req);
      if (skip) out.set(key, { quota: null, usage: null, reason: skip });
      else pending.push({ req, key, region: QUOTAS.get(req.quotaCode)?.global ? GLOBAL_QUOTA_REGION : req.region });
    }
    if (pending.length === 0) return out;

    const noCredentials = await this.resolveCredentials(pending[0].region);
    if (noCredentials) {
      for (const p of pending) out.set(p.key, { quota: null, usage: null, reason: noCredentials, setupError: noCredentials });
      return out;
    }

    // Quota values: each (region, service, code) once.
    const wanted = new Map<string, Map<string, Set<string>>>();
    for (const p of pending) {
      const services = wanted.get(p.region) ?? new Map<string, Set<string>>();
      wanted.set(p.region, services);
      const codes = services.get(p.req.serviceCode) ?? new Set<string>();
      services.set(p.req.serviceCode, codes);
      codes.add(p.req.quotaCode);
    }
    const quotas = new Map<string, QuotaRead>();
    await Promise.all(
      [...wanted].flatMap(([region, services]) =>
        [...services].map(async ([service, codes]) => {
          const reads = await this.readService(region, service, [...codes]);
          for (const [code, read] of reads) quotas.set(quotaKey(region, service, code), read);
        }),
      ),
    );
    const quotaOf = (p: Pending): QuotaRead => quotas.get(quotaKey(p.region, p.req.serviceCode, p.req.quotaCode)) ?? { value: null, reason: 'not read' };

    // The credentials' account: from an applied quota ARN, else (only when a read requirement names an account)
    // from STS GetCallerIdentity.
    let caller: { account: string } | { reason: string } | undefined;
    const arnAccount = [...quotas.values()].find((q) => q.account)?.account;
    if (arnAccount) caller = { account: arnAccount };
    else {
      const named = pending.find((p) => p.req.account !== null && quotaOf(p).value !== null);
      if (named) caller = await this.callerIdentity(named.region);
    }

    // Usage: plan per requirement, then run each region's plans with as few calls as possible.
    const plans = new Map<string, { p: Pending; q: QuotaRead; plan: UsagePlan }>();
    for (const p of pending) {
      const q = quotaOf(p);
      if (q.value === null) {
        out.set(p.key, { quota: null, usage: null, reason: q.reason ?? 'quota value could not be read' });
        continue;
      }
      if (p.req.account !== null && caller && 'reason' in caller) {
        out.set(p.key, {
          quota: null,
          usage: null,
          reason: `requirement is for account ${p.req.account}, but the account of the credentials could not be learned (${caller.reason}); quota-guard reads only the account of its credentials and never assumes it is ${p.req.account}`,
        });
        continue;
      }
      if (p.req.account !== null && caller && 'account' in caller && p.req.account !== caller.account) {
        out.set(p.key, {
          quota: null,
          usage: null,
          reason: `requirement is for account ${p.req.account} but the credentials are for account ${caller.account}; quota-guard reads only the account of its credentials (run it with credentials for ${p.req.account})`,
        });
        continue;
      }
      plans.set(p.key, { p, q, plan: usagePlan(p.req, q) });
    }
    const usages = await this.readUsage([...plans.values()].map(({ p, plan }) => ({ key: p.key, region: p.region, plan })));
    for (const [key, { q }] of plans) {
      const u = usages.get(key) ?? { value: null, reason: 'usage not read' };
      const reading: QuotaReading = { quota: q.value, usage: u.value };
      if (u.value === null) reading.reason = u.reason;
      if (q.adjustable !== undefined) reading.adjustable = q.adjustable;
      out.set(key, reading);
    }
    for (const r of out.values()) if (r.reason && this.setupErrors.has(r.reason)) r.setupError = this.setupErrors.get(r.reason);
    if (this.counts.size) this.log(`quota-guard: AWS calls: ${[...this.counts].map(([op, n]) => `${op} ${n}`).join(', ')}`);
    return out;
  }

  // ---- Clients and calls -------------------------------------------------------------------------------------

  /** Resolves the default credential chain once; a reason when there are none, so no call is attempted. */
  private async resolveCredentials(region: string): Promise<string | undefined> {
    const client = this.sqClient(region);
    const provider = (client.config as { credentials?: unknown }).credentials;
    if (typeof provider !== 'function') return undefined;
    try {
      await (provider as () => Promise<unknown>)();
      this.credentials = provider;
      return undefined;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.log(`quota-guard: no AWS credentials: ${message}`);
      return `no AWS credentials (${message.replace(/\s+/g, ' ').slice(0, 160)}); configure credentials, e.g. with aws-actions/configure-aws-credentials, or run with --offline`;
    }
  }

  private client<C extends { destroy(): void }>(Client: new (config: ReturnType<typeof clientConfig>) => C, region: string): C {
    let byRegion = this.clients.get(Client);
    if (!byRegion) this.clients.set(Client, (byRegion = new Map()));
    let c = byRegion.get(region) as C | undefined;
    if (!c) byRegion.set(region, (c = new Client(clientConfig(region, this.options, this.credentials))));
    return c;
  }

  private sqClient = (region: string): ServiceQuotasClient => this.client(ServiceQuotasClient, region);
  private cwClient = (region: string): CloudWatchClient => this.client(CloudWatchClient, region);
  private ec2Client = (region: string): EC2Client => this.client(EC2Client, region);
  private lambdaClient = (region: string): LambdaClient => this.client(LambdaClient, region);

  /** The account of the credentials, from one STS GetCallerIdentity call (regional endpoint of `region`). */
  private async callerIdentity(region: string): Promise<{ account: string } | { reason: string }> {
    this.sts ??= new STSClient(clientConfig(region, this.options, this.credentials));
    const sts = this.sts;
    try {
      const r = await this.call(region, 'GetCallerIdentity', () => sts.send(new GetCallerIdentityCommand({})));
      if (r.Account && ACCOUNT_RE.test(r.Account)) return { account: r.Account };
      const reason = `STS GetCallerIdentity returned no account id in ${region}`;
      this.log(`quota-guard: ${reason}`);
      return { reason };
    } catch (e) {
      return { reason: this.fault(e, 'sts:GetCallerIdentity', region) };
    }
  }

  /** Runs one API call under its (region, API) rate limit and counts it. */
  private call<T>(region: string, api: string, fn: () => Promise<T>): Promise<T> {
    this.counts.set(api, (this.counts.get(api) ?? 0) + 1);
    return this.limiters.schedule(region, api, fn);
  }

  private fault(e: unknown, action: string, region: string): string {
    const reason = faultReason(e, action, region);
    const setup = setupFault(e, action);
    if (setup) this.setupErrors.set(reason, setup);
    this.log(`quota-guard: ${reason}`);
    return reason;
  }

  // ---- Quota values ------------------------------------------------------------------------------------------

  private async readService(region: string, service: string, codes: string[]): Promise<Map<string, QuotaRead>> {
    const out = new Map<string, QuotaRead>();
    let single = codes;
    let fromWalk: Map<string, QuotaRead> | undefined;
    if (codes.length >= WALK_THRESHOLD) {
      const walk = await this.walk(region, service, codes);
      if ('denied' in walk) {
        // Without servicequotas:ListServiceQuotas, GetServiceQuota per code still answers.
        this.log(`quota-guard: ${walk.denied}; reading ${service} quotas in ${region} one by one with GetServiceQuota`);
      } else if ('failed' in walk) {
        for (const code of codes) out.set(code, { value: null, reason: walk.failed });
        return out;
      } else {
        fromWalk = walk.found;
        single = [];
      }
    }
    const tasks: Promise<void>[] = [];
    for (const code of codes) {
      const found = fromWalk?.get(code);
      if (found) out.set(code, found);
      // Not returned by the walk: only the default value exists ([BC] ListServiceQuotas docs).
      else if (fromWalk) tasks.push(this.readDefault(region, service, code).then((r) => void out.set(code, r)));
    }
    for (const code of single) tasks.push(this.readApplied(region, service, code).then((r) => void out.set(code, r)));
    await Promise.all(tasks);
    return out;
  }

  private async walk(region: string, service: string, codes: string[]): Promise<{ found: Map<string, QuotaRead> } | { denied: string } | { failed: string }> {
    try {
      const quotas = await walkServiceQuotas(service, new Set(codes), (command) => this.call(region, 'ListServiceQuotas', () => this.sqClient(region).send(command)));
      return { found: new Map([...quotas].map(([code, q]) => [code, fromShape(q, service, region)])) };
    } catch (e) {
      const reason = this.fault(e, 'servicequotas:ListServiceQuotas', region);
      if (isCode(e, 'AccessDeniedException', 'AccessDenied')) return { denied: reason };
      return { failed: reason };
    }
  }

  private async readApplied(region: string, service: string, code: string): Promise<QuotaRead> {
    try {
      const r = await this.call(region, 'GetServiceQuota', () => this.sqClient(region).send(new GetServiceQuotaCommand({ ServiceCode: service, QuotaCode: code })));
      return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetServiceQuota returned no quota for ${service} ${code} in ${region}` };
    } catch (e) {
      // A quota that was never changed may have no applied value: its default is the value in force ([TFSQGO]).
      if (isCode(e, 'NoSuchResourceException')) return this.readDefault(region, service, code);
      return { value: null, reason: this.fault(e, 'servicequotas:GetServiceQuota', region) };
    }
  }

  private async readDefault(region: string, service: string, code: string): Promise<QuotaRead> {
    try {
      const r = await this.call(region, 'GetAWSDefaultServiceQuota', () =>
        this.sqClient(region).send(new GetAWSDefaultServiceQuotaCommand({ ServiceCode: service, QuotaCode: code })),
      );
      return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetAWSDefaultServiceQuota returned no quota for ${service} ${code} in ${region}` };
    } catch (e) {
      if (isCode(e, 'NoSuchResourceException')) {
        const message = e instanceof Error ? e.message : '';
        return { value: null, reason: `Service Quotas has no quota ${service} ${code} in ${region} (NoSuchResourceException${message ? `: ${message}` : ''})` };
      }
      return { value: null, reason: this.fault(e, 'servicequotas:GetAWSDefaultServiceQuota', region) };
    }
  }

  // ---- Usage -------------------------------------------------------------------------------------------------

  private async readUsage(items: { key: string; region: string; plan: UsagePlan }[]): Promise<Map<string, Usage>> {
    const out = new Map<string, Usage>();
    const byRegion = new Map<string, typeof items>();
    for (const it of items) byRegion.set(it.region, [...(byRegion.get(it.region) ?? []), it]);
    await Promise.all(
      [...byRegion].map(async ([region, list]) => {
        const queries = new Map<string, MetricQuery>();
        for (const it of list) if (it.plan.kind === 'metric') queries.set(it.plan.query.key, it.plan.query);
        const kinds = new Set(list.map((it) => it.plan.kind));
        const [metrics, nat, vpcs, addresses, lambdaReserved] = await Promise.all([
          queries.size ? this.metrics(region, [...queries.values()]) : new Map<string, Usage>(),
          kinds.has('nat') ? this.natCounts(region) : undefined,
          kinds.has('vpcs') ? this.countVpcs(region) : undefined,
          kinds.has('addresses') ? this.countAddresses(region) : undefined,
          kinds.has('lambdaReserved') ? this.reservedConcurrency(region) : undefined,
        ]);
        for (const { key, plan } of list) {
          switch (plan.kind) {
            case 'metric':
              out.set(key, metrics.get(plan.query.key) ?? { value: null, reason: 'no GetMetricData result for the usage metric' });
              break;
            case 'nat':
              out.set(key, natUsage(nat!, plan.zone));
              break;
            case 'vpcs':
              out.set(key, vpcs!);
              break;
            case 'addresses':
              out.set(key, addresses!);
              break;
            case 'lambdaReserved':
              out.set(key, lambdaReserved!);
              break;
            case 'none':
              out.set(key, { value: null, reason: plan.reason });
              break;
          }
        }
      }),
    );
    return out;
  }

  /** Max datapoint of each query over the last hour, 500 queries per GetMetricData call. */
  private async metrics(region: string, queries: MetricQuery[]): Promise<Map<string, Usage>> {
    const out = new Map<string, Usage>();
    const end = new Date(Math.ceil((this.options.now?.() ?? new Date()).getTime() / 60_000) * 60_000);
    const start = new Date(end.getTime() - USAGE_WINDOW_SECONDS * 1000);
    const batches = await getMetricData(queries, { start, end, period: USAGE_PERIOD_SECONDS }, (command) =>
      this.call(region, 'GetMetricData', () => this.cwClient(region).send(command)),
    );
    for (const b of batches) {
      if ('error' in b) {
        const reason = this.fault(b.error, 'cloudwatch:GetMetricData', region);
        for (const q of b.queries) out.set(q.key, { value: null, reason });
      } else for (const [q, results] of b.results) out.set(q.key, metricUsage(results, q, region));
    }
    return out;
  }

  private async natCounts(region: string): Promise<NatCounts | { reason: string }> {
    const ec2 = this.ec2Client(region);
    const gateways: { subnet?: string }[] = [];
    try {
      let token: string | undefined;
      do {
        const page = await this.call(region, 'DescribeNatGateways', () =>
          ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: 'state', Values: NAT_COUNTED_STATES }], MaxResults: 1000, NextToken: token })),
        );
        for (const g of page.NatGateways ?? []) gateways.push({ subnet: g.SubnetId });
        token = page.NextToken || undefined;
      } while (token);
    } catch (e) {
      return { reason: this.fault(e, 'ec2:DescribeNatGateways', region) };
    }
    const subnetIds = [...new Set(gateways.map((g) => g.subnet).filter((s): s is string => !!s))];
    const zones = new Map<string, string[]>();
    try {
      // Filter values rather than SubnetIds: a subnet deleted meanwhile is left out instead of failing the call.
      for (let i = 0; i < subnetIds.length; i += 200) {
        let token: string | undefined;
        do {
          const page = await this.call(region, 'DescribeSubnets', () =>
            ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: subnetIds.slice(i, i + 200) }], NextToken: token })),
          );
          for (const s of page.Subnets ?? []) if (s.SubnetId) zones.set(s.SubnetId, [s.AvailabilityZone, s.AvailabilityZoneId].filter((z): z is string => !!z));
          token = page.NextToken || undefined;
        } while (token);
      }
    } catch (e) {
      return { reason: this.fault(e, 'ec2:DescribeSubnets', region) };
    }
    const counts: NatCounts = { byZone: new Map(), everywhere: 0 };
    for (const g of gateways) {
      const z = g.subnet ? zones.get(g.subnet) : undefined;
      // A regional NAT gateway (no subnet) spans zones; count it in each zone rather than risk an undercount.
      if (!z?.length) counts.everywhere++;
      else for (const name of z) counts.byZone.set(name, (counts.byZone.get(name) ?? 0) + 1);
    }
    return counts;
  }

  private async countVpcs(region: string): Promise<Usage> {
    let n = 0;
    try {
      let token: string | undefined;
      do {
        const page = await this.call(region, 'DescribeVpcs', () => this.ec2Client(region).send(new DescribeVpcsCommand({ MaxResults: 1000, NextToken: token })));
        n += page.Vpcs?.length ?? 0;
        token = page.NextToken || undefined;
      } while (token);
      return { value: n };
    } catch (e) {
      return { value: null, reason: this.fault(e, 'ec2:DescribeVpcs', region) };
    }
  }

  /** Concurrency already reserved in the region: AccountLimit.ConcurrentExecutions − UnreservedConcurrentExecutions. */
  private async reservedConcurrency(region: string): Promise<Usage> {
    try {
      const r = await this.call(region, 'GetAccountSettings', () => this.lambdaClient(region).send(new GetAccountSettingsCommand({})));
      const total = r.AccountLimit?.ConcurrentExecutions;
      const unreserved = r.AccountLimit?.UnreservedConcurrentExecutions;
      if (typeof total !== 'number' || typeof unreserved !== 'number' || !Number.isFinite(total) || !Number.isFinite(unreserved) || unreserved > total) {
        const reason = `Lambda GetAccountSettings in ${region} returned no usable AccountLimit (ConcurrentExecutions ${total ?? 'missing'}, UnreservedConcurrentExecutions ${unreserved ?? 'missing'}); reserved concurrency cannot be read`;
        this.log(`quota-guard: ${reason}`);
        return { value: null, reason };
      }
      return { value: total - unreserved };
    } catch (e) {
      return { value: null, reason: this.fault(e, 'lambda:GetAccountSettings', region) };
    }
  }

  private async countAddresses(region: string): Promise<Usage> {
    try {
      // DescribeAddresses is not paginated: one call returns every address of the region.
      const r = await this.call(region, 'DescribeAddresses', () =>
        this.ec2Client(region).send(new DescribeAddressesCommand({ Filters: [{ Name: 'domain', Values: ['vpc'] }] })),
      );
      return { value: r.Addresses?.length ?? 0 };
    } catch (e) {
      return { value: null, reason: this.fault(e, 'ec2:DescribeAddresses', region) };
    }
  }
}

// ---- Pure helpers -------------------------------------------------------------------------------------------

function quotaKey(region: string, service: string, code: string): string {
  return `${region}|${service}|${code}`;
}

function skipReason(req: Requirement): string | undefined {
  if (req.region === 'unknown' || !REGION_RE.test(req.region)) {
    return req.region === 'unknown'
      ? `the region is not known, so the quota cannot be read; give --region or set the provider's region`
      : `"${req.region}" is not an AWS region name; the quota cannot be read`;
  }
  if (req.quotaCode.startsWith('unknown-')) return 'the instance class is not known, so there is no vCPU quota to read';
  return undefined;
}

function fromShape(q: ServiceQuota, service: string, region: string): QuotaRead {
  const read: QuotaRead = { value: null };
  if (typeof q.Value === 'number' && Number.isFinite(q.Value)) read.value = q.Value;
  else {
    const why = q.ErrorReason ? `: ${q.ErrorReason.ErrorCode ?? ''} ${q.ErrorReason.ErrorMessage ?? ''}`.trimEnd() : '';
    read.reason = `Service Quotas returned no value for ${service} ${q.QuotaCode ?? ''} in ${region}${why}`;
  }
  if (typeof q.Adjustable === 'boolean') read.adjustable = q.Adjustable;
  if (q.UsageMetric?.MetricNamespace && q.UsageMetric.MetricName) read.usageMetric = q.UsageMetric;
  const account = /^arn:[^:]+:servicequotas:[^:]*:(\d{12}):/.exec(q.QuotaArn ?? '')?.[1];
  if (account) read.account = account;
  return read;
}

function parseScope(scope: string): { kind: string; id: string } {
  const i = scope.indexOf(':');
  return i < 0 ? { kind: scope, id: '' } : { kind: scope.slice(0, i), id: scope.slice(i + 1) };
}

function usagePlan(req: Requirement, q: QuotaRead): UsagePlan {
  const scope = parseScope(req.scope);
  const code = req.quotaCode;
  // Reservations need the concurrency already reserved, not the executions running now (see the file header).
  if (code === LAMBDA_CONCURRENCY && req.serviceCode === 'lambda' && scope.kind === 'region') return { kind: 'lambdaReserved' };
  if (code === NAT_PER_AZ && (scope.kind === 'az' || scope.kind === 'region')) {
    // Zone names and ids are [a-z0-9-]; anything else ("(zone known after apply)") is an unknown zone.
    const zone = scope.kind === 'az' && /^[a-z0-9-]+$/.test(scope.id) ? scope.id : null;
    return { kind: 'nat', zone };
  }
  if (scope.kind === 'az') return { kind: 'none', reason: `no usage metric for ${code} per Availability Zone; usage cannot be read` };
  if (scope.kind === 'vpc' || scope.kind === 'resource') {
    return { kind: 'none', reason: q.usageMetric ? `no usage metric for ${code} per ${scope.kind === 'vpc' ? 'VPC' : 'resource'}; usage cannot be read` : `no usage metric for ${code}; usage cannot be read` };
  }
  const query = metricQuery(q.usageMetric);
  if (query) return { kind: 'metric', query };
  if (code === VPCS_PER_REGION) return { kind: 'vpcs' };
  if (code === ELASTIC_IPS) return { kind: 'addresses' };
  return { kind: 'none', reason: `no usage metric for ${code}; usage cannot be read` };
}

function metricUsage(results: MetricDataResult[] | undefined, q: MetricQuery, region: string): Usage {
  if (!results?.length) return { value: null, reason: `GetMetricData returned no result for ${q.namespace} ${q.name} in ${region}` };
  const failure = metricFailure(results);
  if (failure) return { value: null, reason: `GetMetricData could not read ${q.namespace} ${q.name} in ${region}: ${failure}` };
  const values = results.flatMap((r) => r.Values ?? []).filter((v) => Number.isFinite(v));
  // AWS/Usage publishes a datapoint only while there is something to count, so an empty hour means zero in use
  // ([CWUSAGE]: usage metrics are emitted for resources in use).
  return { value: values.length ? Math.max(...values) : 0 };
}

function natUsage(nat: NatCounts | { reason: string } | undefined, zone: string | null): Usage {
  if (!nat) return { value: null, reason: 'NAT gateways not counted' };
  if ('reason' in nat) return { value: null, reason: nat.reason };
  if (zone !== null) return { value: (nat.byZone.get(zone) ?? 0) + nat.everywhere };
  // Zone not known before apply: the fullest zone is the worst case.
  return { value: Math.max(0, ...nat.byZone.values()) + nat.everywhere };
}

