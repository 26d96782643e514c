// Live readings: a planner over the registry of usage sources (./usage/index.ts). For every requirement of a check it
// reads the applied quota value from Service Quotas and, independently, the usage: from the quota's CloudWatch usage
// metric when there is one, else from the source that counts it. Every number that could be read is in the reading;
// every one that could not says why, and `setupError` names the setup's root cause (setupFault, common.ts).
//
// Call plan per run, so a big plan over few quotas costs few calls:
// * Each (account, region, service, quota) value is read once. Per region and service: with WALK_THRESHOLD (3) or more
//   codes, one ListServiceQuotas walk (100 per page, stopped as soon as every wanted code was seen) and
//   GetAWSDefaultServiceQuota for codes it did not return; with fewer, or when the walk fails, GetServiceQuota per
//   code and GetAWSDefaultServiceQuota on NoSuchResourceException.
// * Usage per account and region: one GetMetricData call per 500 distinct metric queries, and each usage source at
//   most once, for all requirements it serves (one walk per kind, grouped by VPC or parent inside the source).
// * A parent (VPC, security group, route table, load balancer, cluster, role) the same change creates holds nothing
//   yet: usage 0, known, without a call. An existing parent is counted by its id; one whose id the input does not
//   give stays unknown.
//
// Accounts: a requirement for an account with a role in `accountRoles` is read through that role (one STS AssumeRole
// per account, reused by every client). Others are read with the credentials in use, whose account is learned from
// the applied quota ARNs Service Quotas returns (arn:aws:servicequotas:REGION:ACCOUNT:SERVICE/CODE) or, when none
// names it and a requirement names an account, one STS GetCallerIdentity call. A requirement for another account
// without a role gets null readings with a reason naming both; the account is never assumed to be the current one.
import { GetAWSDefaultServiceQuotaCommand, GetServiceQuotaCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { ServiceQuota, MetricInfo } from '@aws-sdk/client-service-quotas';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { ReadQuotas } from '../ports/check.js';
import { readingKey } from '../verdict/evaluate.js';
import { ACCOUNT_RE, REGION_RE } from '../model.js';
import type { QuotaReading, Requirement } from '../model.js';
import { GLOBAL_QUOTA_REGION, QUOTAS, type ScopeKind } from '../quotas/catalog.js';
import { assumeRoleProvider } from './assume-role.js';
import { clientConfig, faultReason, isCode, Limiters, noCredentials, setupFault, walkServiceQuotas, type AwsCallOptions } from './common.js';
import { getMetricData, metricFailure, metricQuery, type MetricQuery } from './metrics.js';
import { globalUsage, usageSourceFor } from './usage/index.js';
import type { Usage, UsageContext, UsageItem, UsageSource } from './usage/source.js';

export interface LiveOptions extends AwsCallOptions {
  /** Clock for the CloudWatch window (tests). */
  now?: () => Date;
  /** Account id → role ARN: requirements for that account are read through the role (`account-roles`). */
  accountRoles?: Readonly<Record<string, string>>;
}

/** Codes of one service in one region from which a ListServiceQuotas walk replaces single reads. */
const WALK_THRESHOLD = 3;
/** Usage window: the last hour in 5-minute periods; usage is the largest datapoint. */
const USAGE_WINDOW_SECONDS = 3600;
const USAGE_PERIOD_SECONDS = 300;

/** A failed read: why, and the setup's root cause when it is one. */
interface Failure {
  reason: string;
  setupError?: string;
}

interface QuotaRead {
  value: number | null;
  reason?: string;
  setupError?: string;
  adjustable?: boolean;
  usageMetric?: MetricInfo;
  /** Account of an applied quota ARN. */
  account?: string;
}

/** Who a call is made as: the credentials in use (account null) or a role in another account. */
interface Session {
  key: string;
  account: string | null;
  credentials?: unknown;
  failure?: Failure;
}

interface Pending {
  req: Requirement;
  key: string;
  /** Region the quota is read and used in: us-east-1 for global quotas. */
  region: string;
  session: Session;
}

type Plan =
  | { kind: 'known'; usage: Usage }
  | { kind: 'metric'; query: MetricQuery; fallback?: UsageSource; item: UsageItem }
  | { kind: 'source'; source: UsageSource; item: UsageItem };

/** The live reader: readings for every requirement, never a number from a fault. */
export function liveReader(options: LiveOptions = {}): ReadQuotas {
  const limiters = new Limiters();
  return async (requirements, planRoles) => {
    // Roles the user lists (`account-roles`) win over the ones the plan's providers name.
    const run = new Run(planRoles ? { ...options, accountRoles: { ...planRoles, ...options.accountRoles } } : options, limiters);
    try {
      return await run.read(requirements);
    } finally {
      run.destroy();
    }
  };
}

class Run {
  /** One client per (client class, session, region), made on first use. */
  private readonly clients = new Map<unknown, Map<string, { destroy(): void }>>();
  private readonly sessions = new Map<string, Session>();
  private readonly contexts = new Map<string, UsageContext>();
  private own: Session = { key: '', account: null };
  private readonly counts = new Map<string, number>();
  private readonly log: (line: string) => void;

  constructor(
    private readonly options: LiveOptions,
    private readonly limiters: Limiters,
  ) {
    this.log = options.log ?? (() => {});
  }

  destroy(): void {
    for (const byRegion of this.clients.values()) for (const c of byRegion.values()) c.destroy();
    for (const s of this.sessions.values()) (s.credentials as { destroy?(): void } | undefined)?.destroy?.();
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
      else pending.push({ req, key, region: QUOTAS.get(req.quotaCode)?.global || globalUsage(req.quotaCode) ? GLOBAL_QUOTA_REGION : req.region, session: this.own });
    }
    if (pending.length === 0) return out;

    const noCredentials = await this.resolveCredentials(pending[0].region);
    if (noCredentials) {
      for (const p of pending) out.set(p.key, { quota: null, usage: null, ...noCredentials });
      return out;
    }
    for (const p of pending) {
      const role = p.req.account !== null ? this.options.accountRoles?.[p.req.account] : undefined;
      if (role) p.session = this.roleSession(p.req.account!, role, p.region);
    }
    // Each role is assumed once, before any read of its account, so a refusal is named once as sts:AssumeRole.
    await Promise.all(
      [...this.sessions.values()].map(async (s) => {
        try {
          await (s.credentials as () => Promise<unknown>)();
        } catch (e) {
          const f = this.failure(e, 'sts:AssumeRole', `${pending[0].region} for account ${s.account} (role ${this.options.accountRoles?.[s.account!]})`);
          s.failure = { reason: `cannot read account ${s.account}: ${f.reason}`, setupError: f.setupError ?? `cannot assume the role given for account ${s.account}: ${f.reason}` };
        }
      }),
    );

    // Quota values: each (session, region, service, code) once.
    const wanted = new Map<string, { session: Session; region: string; service: string; codes: Set<string> }>();
    for (const p of pending) {
      if (p.session.failure) continue;
      const k = `${p.session.key}|${p.region}|${p.req.serviceCode}`;
      const w = wanted.get(k) ?? { session: p.session, region: p.region, service: p.req.serviceCode, codes: new Set<string>() };
      wanted.set(k, w);
      w.codes.add(p.req.quotaCode);
    }
    const quotas = new Map<string, QuotaRead>();
    await Promise.all(
      [...wanted.values()].map(async ({ session, region, service, codes }) => {
        const reads = await this.readService(session, region, service, [...codes]);
        for (const [code, read] of reads) quotas.set(`${session.key}|${region}|${service}|${code}`, read);
      }),
    );
    const quotaOf = (p: Pending): QuotaRead =>
      p.session.failure ? { value: null, ...p.session.failure } : (quotas.get(`${p.session.key}|${p.region}|${p.req.serviceCode}|${p.req.quotaCode}`) ?? { value: null, reason: 'not read' });

    // The credentials' account, for requirements that name one and are read with them: from an applied quota ARN,
    // else from STS GetCallerIdentity.
    let caller: { account: string } | Failure | undefined;
    const arnAccount = [...quotas.entries()].find(([k, q]) => k.startsWith('|') && q.account)?.[1].account;
    if (arnAccount) caller = { account: arnAccount };
    else {
      const named = pending.find((p) => p.req.account !== null && p.session === this.own);
      if (named) caller = await this.callerIdentity(named.region);
    }

    // Usage: a plan per requirement, then each session-region's plans with as few calls as possible.
    const planned: { p: Pending; q: QuotaRead; plan: Plan }[] = [];
    for (const p of pending) {
      const q = quotaOf(p);
      if (p.session.failure) {
        out.set(p.key, { quota: null, usage: null, ...p.session.failure });
        continue;
      }
      if (p.req.account !== null && p.session === this.own && caller && 'reason' in caller) {
        out.set(p.key, {
          quota: null,
          usage: null,
          reason: `requirement is for account ${p.req.account}, but the account of the credentials could not be learned (${caller.reason}); quota-guard never assumes it is ${p.req.account}`,
          ...(caller.setupError ? { setupError: caller.setupError } : {}),
        });
        continue;
      }
      if (p.req.account !== null && p.session === this.own && caller && 'account' in caller && p.req.account !== caller.account) {
        out.set(p.key, {
          quota: null,
          usage: null,
          reason: `requirement is for account ${p.req.account} but the credentials are for account ${caller.account}; give a role to read it through (account-roles: ${p.req.account}=arn:aws:iam::${p.req.account}:role/NAME, or --account-role), or run with credentials for ${p.req.account}`,
        });
        continue;
      }
      planned.push({ p, q, plan: usagePlan(p.req, p.key, q) });
    }
    const usages = await this.readUsage(planned.map(({ p, plan }) => ({ p, plan })));
    for (const { p, q } of planned) out.set(p.key, assemble(q, usages.get(p.key) ?? { value: null, reason: 'usage not read' }));
    if (this.counts.size) this.log(`quota-guard: AWS calls: ${[...this.counts].map(([op, n]) => `${op} ${n}`).join(', ')}`);
    return out;
  }

  // ---- Sessions, clients and calls --------------------------------------------------------------------------

  /** Resolves the default credential chain once; the failure when there are none, so no call is attempted. */
  private async resolveCredentials(region: string): Promise<Failure | undefined> {
    const client = this.client(ServiceQuotasClient, this.own, region);
    const provider = (client.config as { credentials?: unknown }).credentials;
    if (typeof provider !== 'function') return undefined;
    try {
      await (provider as () => Promise<unknown>)();
      this.own.credentials = provider;
      return undefined;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.log(`quota-guard: no AWS credentials: ${message}`);
      // The chain found nothing (or failed to resolve): one line that is both the reason and the setup error.
      const line = noCredentials(message);
      return { reason: line, setupError: line };
    }
  }

  /** The session of a role in another account: one AssumeRole, lazily, shared by every client of that account. */
  private roleSession(account: string, roleArn: string, region: string): Session {
    let s = this.sessions.get(account);
    if (!s) {
      s = { key: account, account, credentials: assumeRoleProvider(roleArn, { region, config: (r, c) => clientConfig(r, this.options, c), credentials: this.own.credentials, count: () => this.count('AssumeRole') }) };
      this.sessions.set(account, s);
    }
    return s;
  }

  client<C extends { destroy(): void }>(Client: new (config: never) => C, session: Session, region: string, options: { http1?: boolean } = {}): C {
    let byKey = this.clients.get(Client);
    if (!byKey) this.clients.set(Client, (byKey = new Map()));
    const key = `${session.key}|${region}`;
    let c = byKey.get(key) as C | undefined;
    if (!c) {
      const config = clientConfig(region, this.options, session.credentials);
      const http1 = options.http1 ? { requestHandler: new NodeHttpHandler(config.requestHandler) } : {};
      byKey.set(key, (c = new Client({ ...config, ...http1 } as never)));
    }
    return c;
  }

  private count(api: string): void {
    this.counts.set(api, (this.counts.get(api) ?? 0) + 1);
  }

  /** Runs one API call under its (account, region, API) rate limit and counts it. */
  private call<T>(session: Session, region: string, api: string, fn: () => Promise<T>): Promise<T> {
    this.count(api);
    return this.limiters.schedule(session.account ? `${session.account}/${region}` : region, api, fn);
  }

  private failure(e: unknown, action: string, where: string): Failure {
    const reason = faultReason(e, action, where);
    this.log(`quota-guard: ${reason}`);
    const setupError = setupFault(e, action);
    return setupError ? { reason, setupError } : { reason };
  }

  private where(session: Session, region: string): string {
    return session.account ? `${region} of account ${session.account}` : region;
  }

  /** The context usage sources of one session and region share (clients, rate limits, shared walks). */
  private context(session: Session, region: string): UsageContext {
    const key = `${session.key}|${region}`;
    let ctx = this.contexts.get(key);
    if (ctx) return ctx;
    const shared = new Map<string, Promise<unknown>>();
    const where = this.where(session, region);
    ctx = {
      region,
      where: `in ${where}`,
      client: (Client, options) => this.client(Client, session, region, options),
      call: (api, fn) => this.call(session, region, api, fn),
      failed: (e, action) => ({ value: null, ...this.failure(e, action, where) }),
      once: <T>(k: string, fn: () => Promise<T>) => {
        let p = shared.get(k) as Promise<T> | undefined;
        if (!p) shared.set(k, (p = fn()));
        return p;
      },
    };
    this.contexts.set(key, ctx);
    return ctx;
  }

  /** The account of the credentials, from one STS GetCallerIdentity call (regional endpoint of `region`). */
  private async callerIdentity(region: string): Promise<{ account: string } | Failure> {
    const sts = this.client(STSClient, this.own, region);
    try {
      const r = await this.call(this.own, region, 'GetCallerIdentity', () => sts.send(new GetCallerIdentityCommand({})));
      if (r.Account && ACCOUNT_RE.test(r.Account)) return { account: r.Account };
      const reason = `STS GetCallerIdentity returned no account id in ${region}`;
      this.log(`quota-guard: ${reason}`);
      return { reason };
    } catch (e) {
      return this.failure(e, 'sts:GetCallerIdentity', region);
    }
  }

  // ---- Quota values ------------------------------------------------------------------------------------------

  private async readService(session: Session, region: string, service: string, codes: string[]): Promise<Map<string, QuotaRead>> {
    const out = new Map<string, QuotaRead>();
    let single = codes;
    let fromWalk: Map<string, QuotaRead> | undefined;
    if (codes.length >= WALK_THRESHOLD) {
      const walk = await this.walk(session, region, service, codes);
      // Without the walk (denied, throttled, endless), GetServiceQuota per code may still answer.
      if ('failed' in walk) this.log(`quota-guard: ${walk.failed}; reading ${service} quotas in ${this.where(session, region)} one by one with GetServiceQuota`);
      else {
        fromWalk = walk.found;
        single = [];
      }
    }
    const tasks: Promise<void>[] = [];
    for (const code of codes) {
      const found = fromWalk?.get(code);
      if (found) out.set(code, found);
      // Not returned by the walk: only the default value exists ([BC] ListServiceQuotas docs).
      else if (fromWalk) tasks.push(this.readDefault(session, region, service, code).then((r) => void out.set(code, r)));
    }
    for (const code of single) tasks.push(this.readApplied(session, region, service, code).then((r) => void out.set(code, r)));
    await Promise.all(tasks);
    return out;
  }

  private async walk(session: Session, region: string, service: string, codes: string[]): Promise<{ found: Map<string, QuotaRead> } | { failed: string }> {
    try {
      const quotas = await walkServiceQuotas(service, new Set(codes), (command) => this.call(session, region, 'ListServiceQuotas', () => this.client(ServiceQuotasClient, session, region).send(command)));
      return { found: new Map([...quotas].map(([code, q]) => [code, fromShape(q, service, region)])) };
    } catch (e) {
      return { failed: this.failure(e, 'servicequotas:ListServiceQuotas', this.where(session, region)).reason };
    }
  }

  private async readApplied(session: Session, region: string, service: string, code: string): Promise<QuotaRead> {
    try {
      const r = await this.call(session, region, 'GetServiceQuota', () => this.client(ServiceQuotasClient, session, region).send(new GetServiceQuotaCommand({ ServiceCode: service, QuotaCode: code })));
      return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetServiceQuota returned no quota for ${service} ${code} in ${region}` };
    } catch (e) {
      // A quota that was never changed may have no applied value: its default is the value in force ([TFSQGO]).
      if (isCode(e, 'NoSuchResourceException')) return this.readDefault(session, region, service, code);
      return { value: null, ...this.failure(e, 'servicequotas:GetServiceQuota', this.where(session, region)) };
    }
  }

  private async readDefault(session: Session, region: string, service: string, code: string): Promise<QuotaRead> {
    try {
      const r = await this.call(session, region, 'GetAWSDefaultServiceQuota', () =>
        this.client(ServiceQuotasClient, session, region).send(new GetAWSDefaultServiceQuotaCommand({ ServiceCode: service, QuotaCode: code })),
      );
      return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetAWSDefaultServiceQuota returned no quota for ${service} ${code} in ${region}` };
    } catch (e) {
      if (isCode(e, 'NoSuchResourceException')) {
        const message = e instanceof Error ? e.message : '';
        return { value: null, reason: `Service Quotas has no quota ${service} ${code} in ${region} (NoSuchResourceException${message ? `: ${message}` : ''})` };
      }
      return { value: null, ...this.failure(e, 'servicequotas:GetAWSDefaultServiceQuota', this.where(session, region)) };
    }
  }

  // ---- Usage -------------------------------------------------------------------------------------------------

  private async readUsage(list: { p: Pending; plan: Plan }[]): Promise<Map<string, Usage>> {
    const out = new Map<string, Usage>();
    const groups = new Map<string, { session: Session; region: string; list: { p: Pending; plan: Plan }[] }>();
    for (const it of list) {
      if (it.plan.kind === 'known') {
        out.set(it.p.key, it.plan.usage);
        continue;
      }
      const k = `${it.p.session.key}|${it.p.region}`;
      const g = groups.get(k) ?? { session: it.p.session, region: it.p.region, list: [] };
      groups.set(k, g);
      g.list.push(it);
    }
    await Promise.all(
      [...groups.values()].map(async ({ session, region, list: group }) => {
        const ctx = this.context(session, region);
        const queries = new Map<string, MetricQuery>();
        const bySource = new Map<UsageSource, UsageItem[]>();
        for (const { plan } of group) {
          if (plan.kind === 'metric') queries.set(plan.query.key, plan.query);
          else if (plan.kind === 'source') push(bySource, plan.source, plan.item);
        }
        const [metrics] = await Promise.all([queries.size ? this.metrics(session, region, [...queries.values()]) : new Map<string, Usage>(), this.runSources(ctx, bySource, out)]);
        // A metric that could not be read falls back to the source that counts the quota, when there is one.
        const fallback = new Map<UsageSource, UsageItem[]>();
        for (const { p, plan } of group) {
          if (plan.kind !== 'metric') continue;
          const u = metrics.get(plan.query.key) ?? { value: null, reason: 'no GetMetricData result for the usage metric' };
          if (u.value === null && plan.fallback) push(fallback, plan.fallback, plan.item);
          else out.set(p.key, u);
        }
        if (fallback.size) await this.runSources(ctx, fallback, out);
      }),
    );
    return out;
  }

  private async runSources(ctx: UsageContext, bySource: Map<UsageSource, UsageItem[]>, out: Map<string, Usage>): Promise<void> {
    await Promise.all(
      [...bySource].map(async ([source, items]) => {
        let got: Map<string, Usage>;
        try {
          got = await source.read(ctx, items);
        } catch (e) {
          got = new Map(items.map((i) => [i.key, ctx.failed(e, source.calls[0]?.action ?? source.name)]));
        }
        for (const i of items) out.set(i.key, valid(got.get(i.key), source));
      }),
    );
  }

  /** Max datapoint of each query over the last hour, 500 queries per GetMetricData call. */
  private async metrics(session: Session, region: string, queries: MetricQuery[]): Promise<Map<string, Usage>> {
    const out = new Map<string, Usage>();
    const end = new Date(Math.ceil((this.options.now?.() ?? new Date()).getTime() / 60_000) * 60_000);
    const start = new Date(end.getTime() - USAGE_WINDOW_SECONDS * 1000);
    const batches = await getMetricData(queries, { start, end, period: USAGE_PERIOD_SECONDS }, (command) =>
      this.call(session, region, 'GetMetricData', () => this.client(CloudWatchClient, session, region).send(command)),
    );
    for (const b of batches) {
      if ('error' in b) {
        const f = this.failure(b.error, 'cloudwatch:GetMetricData', this.where(session, region));
        for (const q of b.queries) out.set(q.key, { value: null, ...f });
      } else for (const [q, results] of b.results) out.set(q.key, metricUsage(results, q, region));
    }
    return out;
  }
}

// ---- Pure helpers -------------------------------------------------------------------------------------------

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
  // A quota value is a count or an amount: finite and >= 0, anything else is not a value.
  if (typeof q.Value === 'number' && Number.isFinite(q.Value) && q.Value >= 0) read.value = q.Value;
  else {
    const why = q.ErrorReason ? `: ${q.ErrorReason.ErrorCode ?? ''} ${q.ErrorReason.ErrorMessage ?? ''}`.trimEnd() : typeof q.Value === 'number' ? ` (${q.Value} is not a quota value)` : '';
    read.reason = `Service Quotas returned no value for ${service} ${q.QuotaCode ?? ''} in ${region}${why}`;
  }
  if (typeof q.Adjustable === 'boolean') read.adjustable = q.Adjustable;
  if (q.UsageMetric?.MetricNamespace && q.UsageMetric.MetricName) read.usageMetric = q.UsageMetric;
  const account = /^arn:[^:]+:servicequotas:[^:]*:(\d{12}):/.exec(q.QuotaArn ?? '')?.[1];
  if (account) read.account = account;
  return read;
}

function parseScope(scope: string): { kind: ScopeKind; id: string } {
  const i = scope.indexOf(':');
  const kind = (i < 0 ? scope : scope.slice(0, i)) as ScopeKind;
  return { kind, id: i < 0 ? '' : scope.slice(i + 1) };
}

const PARENT_WORD: Record<string, string> = { vpc: 'VPC', resource: 'resource' };

/**
 * Where a requirement's usage comes from: a created parent (0, known), the quota's usage metric (Service Quotas'
 * UsageMetric, else the one its source documents when Service Quotas could not say), or its source.
 */
function usagePlan(req: Requirement, key: string, q: QuotaRead): Plan {
  const scope = parseScope(req.scope);
  const source = usageSourceFor(req.quotaCode, scope.kind);
  if (scope.kind === 'vpc' || scope.kind === 'resource') {
    const word = PARENT_WORD[scope.kind];
    if (req.parent?.created) {
      const base = source?.createdParent?.[req.quotaCode];
      const note = `the ${word} ${req.parent.address ?? scope.id} is created by this change${base ? ` with ${base.why}` : ''}`;
      return { kind: 'known', usage: { value: base?.value ?? 0, note } };
    }
    if (!source) return { kind: 'known', usage: { value: null, reason: `no usage source counts ${req.quotaCode} per ${word}; usage cannot be read` } };
    if (!req.parent?.id) {
      return { kind: 'known', usage: { value: null, reason: `the ${word} ${scope.id} is not created by this change and the input does not give its id, so what it already holds cannot be counted` } };
    }
    return { kind: 'source', source, item: { key, quotaCode: req.quotaCode, scope, parent: { ...req.parent, id: req.parent.id } } };
  }
  const item: UsageItem = { key, quotaCode: req.quotaCode, scope };
  const metricFirst = source?.metricFirst !== false && scope.kind === 'region';
  const named = metricFirst ? metricQuery(q.usageMetric) : undefined;
  // A documented metric stands in when Service Quotas could not be asked, or names none and there is no count API.
  const documented = metricFirst && !named && (q.value === null || !source?.calls.length) ? source?.metrics?.[req.quotaCode] : undefined;
  const query = named ?? (documented ? metricQuery({ MetricNamespace: documented.namespace, MetricName: documented.name, MetricDimensions: documented.dimensions, MetricStatisticRecommendation: 'Maximum' }) : undefined);
  if (query) return { kind: 'metric', query, item, ...(source?.calls.length ? { fallback: source } : {}) };
  if (source?.calls.length) return { kind: 'source', source, item };
  if (source) return { kind: 'known', usage: { value: null, reason: `${req.quotaCode} is counted only by its usage metric, which Service Quotas did not name${q.reason ? ` (${q.reason})` : ''}` } };
  return { kind: 'known', usage: { value: null, reason: `no usage source counts ${req.quotaCode}${scope.kind === 'az' ? ' per Availability Zone' : ''}; usage cannot be read` } };
}

/** A source's answer as a usage: a number only when it is finite and >= 0. */
function valid(u: Usage | undefined, source: UsageSource): Usage {
  if (!u) return { value: null, reason: `${source.name} gave no answer` };
  if (u.value === null) return u;
  if (!Number.isFinite(u.value) || u.value < 0) return { value: null, reason: `${source.name} gave an invalid count (${u.value})` };
  if (u.limit && (!Number.isFinite(u.limit.value) || u.limit.value < 0)) {
    const { limit: _limit, ...rest } = u;
    return rest;
  }
  return u;
}

function metricUsage(results: MetricDataResult[] | undefined, q: MetricQuery, region: string): Usage {
  if (!results?.length) return { value: null, reason: `GetMetricData returned no result for ${q.namespace} ${q.name} in ${region}` };
  const failure = metricFailure(results);
  if (failure) return { value: null, reason: `GetMetricData could not read ${q.namespace} ${q.name} in ${region}: ${failure}` };
  const values = results.flatMap((r) => r.Values ?? []);
  // A count is finite and >= 0: a negative or non-finite datapoint is garbage, never a smaller usage.
  const bad = values.find((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0);
  if (bad !== undefined) return { value: null, reason: `GetMetricData returned an invalid datapoint (${bad}) for ${q.namespace} ${q.name} in ${region}` };
  // AWS/Usage publishes a datapoint only while there is something to count, so an empty hour means zero in use
  // ([CWUSAGE]: usage metrics are emitted for resources in use).
  return { value: values.length ? Math.max(...values) : 0 };
}

/** One reading from a quota read and a usage read, made independently: every number that was read is kept. */
function assemble(q: QuotaRead, u: Usage): QuotaReading {
  const notes: string[] = [];
  let quota = q.value;
  if (u.value !== null && u.limit) {
    if (quota === null) {
      quota = u.limit.value;
      notes.push(`quota value from ${u.limit.from} (Service Quotas: ${q.reason ?? 'not read'})`);
    } else if (u.limit.cap && u.limit.value < quota) {
      notes.push(`the limit in force is ${u.limit.value} (${u.limit.from}), lower than the ${quota} Service Quotas shows`);
      quota = u.limit.value;
    }
  }
  const reading: QuotaReading = { quota, usage: u.value };
  if (q.adjustable !== undefined) reading.adjustable = q.adjustable;
  const reasons = [quota === null ? (q.reason ?? 'quota value could not be read') : '', u.value === null ? u.reason : ''].filter(Boolean);
  if (reasons.length) reading.reason = reasons.join('; ');
  // A failed call is named even when another source filled in its number: the setup still lacks something.
  const setupError = q.setupError ?? (u.value === null ? u.setupError : undefined);
  if (setupError) reading.setupError = setupError;
  if (u.value !== null) {
    if (u.lowerBound) reading.usageLowerBound = true;
    if (u.note) notes.push(u.note);
  }
  if (notes.length) reading.note = notes.join('; ');
  return reading;
}

/** Adds `item` to the list of `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
