// The org-wide scan, end to end: accounts (Organizations or a list) → include/exclude/OU filter → this shard's
// accounts → per account one AssumeRole and one DescribeRegions → per account-region the quota walks and one
// GetMetricData → findings → report. Account-regions run concurrently (`concurrency` at once), spread over worker
// threads when the entry point enables them (src/scan/workers.ts); each one's APIs are held under their own
// published rates (Limiters, src/aws/common.ts), so adding accounts adds parallel work, not throttling. Every failure is recorded and the scan goes on; only an organization that cannot be listed at all
// stops it (ScanSetupError), since then there is nothing to scan.
import { RoleAssumer, AssumeRoleError, type CredentialProvider } from '../aws/assume-role.js';
import { OrganizationsError, OrganizationsReader, type OrgAccount } from '../aws/organizations.js';
import { describeRegions } from '../aws/regions.js';
import { ScanHttp } from '../aws/scan-http.js';
import { GLOBAL_QUOTA_REGION } from '../quotas/catalog.js';
import type { Observation, ScanPolicy, ScanReport, ScanSettings, ScanTarget, Shard } from './model.js';
import type { ScanError, WatchedQuota } from '../ports/scan.js';
import { defaultPolicy } from './policy.js';
import { buildScanReport } from './report.js';
import { accountFilter, environmentOf, needsTags } from './targets.js';
import { usageWindow } from './usage.js';
import { AccountRegionReads, WorkerReads, type Reads } from './workers.js';

export class ScanSetupError extends Error {}

export interface ScanOptions {
  policy?: ScanPolicy;
  policyFile?: string;
  /** Action inputs / CLI flags: win over the policy's `scan:` section. */
  overrides?: Partial<ScanSettings>;
  /** The member role's external id (a secret: an input, never the policy file). */
  externalId?: string;
  shard?: Shard;
  /** Overrides policy.forecast.enabled. */
  forecast?: boolean;
  /** The overrides narrow the policy's accounts or regions: recorded in the report (see ScanReport.partial). */
  partial?: boolean;
  /** Canonical fail-on (see parseFailOn); default `critical`. */
  failOn?: string;
  /** Account-regions read at once (default 128). */
  concurrency?: number;
  /**
   * Read the account-regions on `count` worker threads running `entry` (see src/scan/worker-entry.ts); absent: in
   * this thread.
   */
  workers?: { count: number; entry: string | URL };
  /** SDK attempts per call (default 5, adaptive retry). */
  maxAttempts?: number;
  /** The scanner's own credentials (Organizations, STS); default chain when absent. */
  credentials?: unknown;
  now?: () => Date;
  /** Progress and fault lines. */
  log?: (line: string) => void;
  /** Wraps a phase in a log group (the action passes core.group). */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
  /** Milliseconds between progress lines (default 10 s). */
  progressEvery?: number;
}

const DEFAULT_CONCURRENCY = 128;

/** At most `n` tasks at once, in the order they asked. */
class Slots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly n: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.n) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export async function runScan(options: ScanOptions = {}): Promise<ScanReport> {
  const policy = options.policy ?? defaultPolicy();
  const settings: ScanSettings = { ...policy.scan, ...options.overrides };
  const forecast = options.forecast ?? policy.forecast.enabled;
  const effective: ScanPolicy = { ...policy, scan: settings, forecast: { ...policy.forecast, enabled: forecast } };
  const now = options.now?.() ?? new Date();
  const log = options.log ?? (() => {});
  const group = options.group ?? (<T>(_: string, fn: () => Promise<T>) => fn());
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const http = new ScanHttp({ maxAttempts: options.maxAttempts, log });
  const errors: ScanError[] = [];
  const observations: Observation[] = [];
  const local = new AccountRegionReads(http);
  const reads: Reads = options.workers && options.workers.count > 0 ? new WorkerReads(options.workers.count, options.workers.entry, local, { maxAttempts: options.maxAttempts, log }) : local;
  if (reads !== local) log(`quota-guard: reading account-regions on ${options.workers!.count} worker threads`);
  try {
    // ---- Reads -------------------------------------------------------------------------------------------------
    const regional = effective.quotas.filter((q) => !q.global);
    const global = effective.quotas.filter((q) => q.global);
    const window = usageWindow(now, forecast ? effective.forecast.historyDays : 1);
    // Daily series for the usage charts: only of quotas near their value (the lowest INFO tier) or heading for it.
    const keepHistory = forecast
      ? { minPercent: Math.min(effective.thresholds.info, ...effective.quotas.map((q) => q.thresholds?.info ?? effective.thresholds.info)), withinDays: effective.forecast.withinDays }
      : undefined;
    const assumer = new RoleAssumer(http, { roleName: settings.roleName, externalId: options.externalId, region: settings.homeRegion, credentials: options.credentials });
    const slots = new Slots(concurrency);
    const scanned = new Map<string, string[]>();
    const perAccount = settings.regions === 'enabled' ? 17 : Math.max(1, settings.regions.length);
    // Enough accounts open at once to keep `concurrency` account-regions busy while the next accounts' AssumeRole
    // and DescribeRegions (each a round trip, AssumeRole under one run-wide rate) are under way, and no more: each
    // open account holds live credentials. With too few, the reads of the open accounts pace AssumeRole, which
    // then cannot keep its rate — the floor of a large scan.
    const accountSlots = new Slots(Math.min(256, Math.max(4, Math.ceil((4 * concurrency) / perAccount))));
    const progress = { accounts: 0, accountRegions: 0, regionsSeen: 0, listed: false, started: Date.now() };

    const readOne = async (account: string, credentials: CredentialProvider, region: string, label: string, quotas: WatchedQuota[]): Promise<void> => {
      const r = await slots.run(() => reads.read({ account, region, label, quotas, window, ...(keepHistory ? { keepHistory } : {}) }, credentials));
      observations.push(r.observation);
      errors.push(...r.errors);
      if (label !== 'global') progress.accountRegions++;
    };

    const scanAccount = async (a: OrgAccount): Promise<void> => {
      let credentials: CredentialProvider;
      try {
        credentials = assumer.provider(a.id, await assumer.assume(a.id, a.partition), a.partition);
      } catch (e) {
        errors.push({ kind: 'assume-role', account: a.id, region: '*', message: e instanceof AssumeRoleError ? e.message : `cannot assume the role: ${(e as Error).message}` });
        scanned.set(a.id, []);
        progress.accounts++;
        return;
      }
      const r = await describeRegions(http, settings.homeRegion, credentials);
      let regions: string[];
      if ('message' in r) {
        if (settings.regions === 'enabled') {
          errors.push({ kind: 'regions', account: a.id, region: '*', message: `${r.message}; the account's enabled regions are unknown, so none was scanned (grant ec2:DescribeRegions or list the regions)` });
          scanned.set(a.id, []);
          progress.accounts++;
          return;
        }
        errors.push({ kind: 'regions', account: a.id, region: settings.homeRegion, message: `${r.message}; whether the listed regions are enabled is unknown, they are read anyway` });
        regions = [...settings.regions];
      } else if (settings.regions === 'enabled') {
        regions = r.enabled;
      } else {
        regions = settings.regions.filter((x) => r.enabled.includes(x));
        for (const x of settings.regions.filter((y) => !r.enabled.includes(y))) {
          errors.push({
            kind: 'region-disabled',
            account: a.id,
            region: x,
            message: r.disabled.includes(x) ? `${x} is not enabled in this account (an opt-in region it has not opted in to); not scanned` : `${x} is not a region of this account's partition; not scanned`,
          });
        }
      }
      scanned.set(a.id, regions);
      progress.regionsSeen += regions.length;
      const reads = regional.length ? regions.map((region) => readOne(a.id, credentials, region, region, regional)) : [];
      // Global quotas answer only through us-east-1 ([TFSQ]); they are read once per account, reported as `global`.
      if (global.length) reads.push(readOne(a.id, credentials, GLOBAL_QUOTA_REGION, 'global', global));
      await Promise.all(reads);
      progress.accounts++;
    };

    // ---- Accounts: each one is scanned as soon as it is listed ---------------------------------------------------
    const accounts: OrgAccount[] = [];
    const work: Promise<unknown>[] = [];
    const tags = new Map<string, Record<string, string>>();
    const wantTags = needsTags(effective);
    const keep = accountFilter(settings, options.shard);
    const start = (a: OrgAccount): void => {
      if (!keep(a.id)) return;
      accounts.push(a);
      work.push(accountSlots.run(() => scanAccount(a)));
      // Tags only matter for the environment mapping, which is applied after the reads: fetched alongside.
      if (wantTags && org) {
        work.push(
          org.tags(a.id).then((r) => {
            if ('tags' in r) tags.set(a.id, r.tags);
            else errors.push({ kind: 'tags', account: a.id, region: '*', message: `account tags unknown, so no tag-based environment applies: ${r.reason}` });
          }),
        );
      }
    };
    const org = settings.accounts === 'organization' || settings.organizationalUnits.length || wantTags ? new OrganizationsReader(http, options.credentials) : undefined;
    const status = (): void => {
      const elapsed = Date.now() - progress.started;
      const total = progress.listed ? `${accounts.length}` : `${accounts.length}+`;
      const rate = progress.accounts / Math.max(1, elapsed);
      const eta = progress.listed && progress.accounts ? duration((accounts.length - progress.accounts) / rate) : '?';
      const expected = progress.accounts && progress.listed ? Math.round((progress.regionsSeen / Math.max(1, scanned.size)) * accounts.length) : 0;
      log(`quota-guard: scanned ${progress.accounts}/${total} accounts, ${progress.accountRegions}${expected ? `/~${expected}` : ''} account-regions, ${errors.length} error(s), ${duration(elapsed)} elapsed, ETA ${eta}`);
    };
    await group('quota-guard: scanning', async () => {
      const timer = setInterval(status, options.progressEvery ?? 10_000);
      timer.unref?.();
      try {
        let listed: number;
        if (settings.accounts === 'organization') {
          listed = (await org!.listAccounts(settings.organizationalUnits, start)).length;
        } else {
          let list: OrgAccount[] = settings.accounts.map((id) => ({ id }));
          if (settings.organizationalUnits.length) {
            const under = new Set((await org!.listAccounts(settings.organizationalUnits)).map((a) => a.id));
            list = list.filter((a) => under.has(a.id));
          }
          listed = list.length;
          list.forEach(start);
        }
        progress.listed = true;
        log(
          `quota-guard: ${listed} account(s)${settings.accounts === 'organization' ? ' ACTIVE in the organization' : ' listed'}${settings.organizationalUnits.length ? ` under ${settings.organizationalUnits.join(', ')}` : ''}, ${accounts.length} to scan` +
            (settings.include.length || settings.exclude.length ? ' after include/exclude' : '') +
            (options.shard && options.shard.count > 1 ? ` in shard ${options.shard.index}/${options.shard.count}` : ''),
        );
      } catch (e) {
        // Accounts already started finish (their work is not wasted), but a listing that failed is fatal.
        await Promise.allSettled(work);
        if (e instanceof OrganizationsError) throw new ScanSetupError(`cannot list the accounts to scan: ${e.message}`);
        throw e;
      } finally {
        await Promise.all(work).finally(() => clearInterval(timer));
      }
      status();
    });

    const targets: ScanTarget[] = accounts.map((a) => {
      const environment = environmentOf({ id: a.id, ...(a.name ? { name: a.name } : {}), ...(tags.has(a.id) ? { tags: tags.get(a.id) } : {}) }, effective.environments);
      return { account: a.id, ...(a.name ? { name: a.name } : {}), ...(environment ? { environment } : {}), regions: scanned.get(a.id) ?? [] };
    });
    for (const [op, n] of Object.entries(await reads.close())) http.calls[op] = (http.calls[op] ?? 0) + n;
    log(`quota-guard: AWS calls: ${Object.entries(http.calls).map(([op, n]) => `${op} ${n}`).join(', ') || 'none'}`);
    return buildScanReport({
      policy: effective,
      ...(options.policyFile ? { policyFile: options.policyFile } : {}),
      shards: options.shard && options.shard.count > 1 ? [options.shard] : [],
      ...(options.partial ? { partial: true } : {}),
      targets,
      observations,
      errors,
      failOn: options.failOn ?? 'critical',
      now,
      calls: { ...http.calls },
    });
  } finally {
    await reads.close();
    http.close();
  }
}
