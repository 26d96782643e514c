// The shapes of an org-wide scan: the resolved policy, what was read per account and region (observations), what
// could not be read (errors), and the findings derived from both. Pure data, no I/O. Observations and errors are
// the facts; findings are always recomputed from facts + policy, which is what lets `merge` combine shard reports
// and still see drift across accounts that different shards scanned.
// What is read and what could not be (ObservedQuota, ScanError) and the quotas asked for (WatchedQuota) are in
// src/ports/scan.ts: the reader in src/aws shares them.
import type { IncreaseRecord, Trigger } from '../model.js';
import type { AutomationLevel, ObservedQuota, ScanError, Thresholds, WatchedQuota } from '../ports/scan.js';

/** Finding levels, worst first. `forecast` is "will run out within N days"; `error` is "could not be read". */
export const LEVELS = ['critical', 'forecast', 'error', 'warning', 'info'] as const;
export type Level = (typeof LEVELS)[number];

export type FindingKind = 'utilisation' | 'forecast' | 'baseline' | 'drift' | 'dr-parity' | 'error';

export type { Trigger };

/** The `automation:` section of quota-guard.yml, with defaults filled in. */
export interface AutomationPolicy {
  /** Level of every quota without its own. */
  level: AutomationLevel;
  /** The utilisation an increase aims at, as a fraction (0.6: usage ÷ 0.6). */
  targetUtilisation: number;
  triggers: {
    /** Utilisation in percent at or above which an increase is asked for; null = not a trigger. */
    utilisation: number | null;
    /** A forecast of exhaustion within this many days; null = not a trigger. */
    forecastDays: number | null;
    /** A quota below its environment's baseline. */
    baseline: boolean;
    /** A standby region below DR parity. */
    drParity: boolean;
  };
}

/** Minimum quota value per quota for an environment; `regions` overrides `value` per region. */
export interface Baseline {
  serviceCode: string;
  quotaCode: string;
  value: number;
  regions?: Record<string, number>;
}

export interface EnvironmentPolicy {
  name: string;
  match: { accounts: string[]; names: string[]; tags: Record<string, string[]> };
  /** Level of a baseline gap in this environment. */
  severity: Level;
  baselines: Baseline[];
  /** Level of a drift finding, or null when drift is not reported for this environment. */
  drift: Level | null;
}

export type Standby = 'hot' | 'warm' | 'cold' | 'failover';

export interface DrPair {
  primary: string;
  secondary: string;
  standby: Standby;
  /** Fraction of the primary region's usage the secondary quota must cover (hot 1.0, warm 0.5, cold 0.1, failover 1.1). */
  multiplier: number;
  /** Environments the pair applies to; empty = every account. */
  environments: string[];
  /** Quotas compared; empty = every watched quota. */
  quotas: { serviceCode: string; quotaCode: string }[];
  prewarm: boolean;
  level: Level;
}

/** Where and how to scan; every field can be overridden by an action input or CLI flag. */
export interface ScanSettings {
  /** `organization` = every ACTIVE account from Organizations ListAccounts; else explicit 12-digit ids. */
  accounts: 'organization' | string[];
  include: string[];
  exclude: string[];
  /** Only accounts under these OUs or roots (nested OUs included). */
  organizationalUnits: string[];
  /** `enabled` = each account's enabled regions (EC2 DescribeRegions); else an explicit list. */
  regions: 'enabled' | string[];
  roleName: string;
  /** Region for the per-account DescribeRegions call and for global quotas. */
  homeRegion: string;
}

/** quota-guard.yml after validation, with every default filled in. JSON-serialisable: it travels in reports. */
export interface ScanPolicy {
  version: 1;
  scan: ScanSettings;
  thresholds: Thresholds;
  forecast: { enabled: boolean; withinDays: number; historyDays: number };
  quotas: WatchedQuota[];
  environments: EnvironmentPolicy[];
  dr: DrPair[];
  /** Absent in reports of versions before automation: then every quota is `notify`. */
  automation?: AutomationPolicy;
}

export interface Observation {
  account: string;
  /** A region, or `global` for global quotas. */
  region: string;
  quotas: ObservedQuota[];
}

/** An account the scan covers, with what the environment mapping needs. */
export interface ScanTarget {
  account: string;
  name?: string;
  environment?: string;
  /** Regions actually scanned (after the enabled-region check); filled in by the run. */
  regions: string[];
}

export interface Finding {
  /** Stable line key: account|region|service/quota (errors: account|region|error:kind[:service/quota]). */
  key: string;
  kind: FindingKind;
  level: Level;
  account: string;
  accountName?: string;
  environment?: string;
  region: string;
  serviceCode?: string;
  quotaCode?: string;
  quotaName?: string;
  value?: number | null;
  usage?: number | null;
  /** usage / value × 100. */
  percent?: number;
  /** Baseline minimum, DR required value, or the environment's usual value for drift. */
  expected?: number;
  /** Forecast: the date (YYYY-MM-DD) the trend reaches the quota value, and the days until then. */
  exhaustion?: { date: string; days: number; slopePerDay: number };
  message: string;
}

/** A DR gap the increase flow may file (prewarm: true): raise `quotaCode` in `region` to `desiredValue`. */
export interface PrewarmRequest {
  account: string;
  region: string;
  serviceCode: string;
  quotaCode: string;
  quotaName?: string;
  currentValue: number;
  /** The value to ask for: the DR requirement rounded up to a step, as the check's requests are (src/increase/plan.ts). */
  desiredValue: number;
  reason: string;
  /** false when Service Quotas says the quota is not adjustable: then nothing is requested. */
  adjustable?: false;
}

/**
 * An increase the automation rules ask for (src/scan/automation.ts): a PrewarmRequest with what triggered it and
 * whether it is filed at once (`auto`) or after an approval (`request`).
 */
export interface PlannedIncrease extends PrewarmRequest {
  trigger: Trigger;
  level: 'request' | 'auto';
  /** The justification the scan wrote, carried to the approval run that files it. */
  justification?: string;
}

export interface Totals {
  accounts: number;
  /** Accounts whose role could not be assumed or whose regions could not be listed. */
  accountsFailed: number;
  regions: number;
  accountRegions: number;
  /** (account, region, quota) triples whose value was read. */
  quotasChecked: number;
  errors: number;
  findings: Record<Level, number>;
}

export interface Shard {
  index: number;
  count: number;
}

/** The JSON report of a scan (version 1, kind "scan"; same version family as the check's report). */
export interface ScanReport {
  version: 1;
  kind: 'scan';
  generatedAt: string;
  passed: boolean;
  failOn: string;
  /** Shards this report covers: [] for an unsharded scan, one entry per shard report that went into a merge. */
  shards: Shard[];
  /**
   * true when inputs or flags narrowed the accounts or regions of the policy (e.g. one account-region named by an
   * AWS Health event): the sticky issue then updates only the lines of what was scanned.
   */
  partial?: boolean;
  policyFile?: string;
  policy: ScanPolicy;
  totals: Totals;
  findings: Finding[];
  prewarm: PrewarmRequest[];
  /** Increases the automation rules ask for (besides `prewarm`); absent when no quota is at `request` or `auto`. */
  automation?: PlannedIncrease[];
  /**
   * What DR prewarm did with `prewarm` (src/scan/prewarm.ts): one increase record per (account, region, quota) —
   * filed, an open request reused, or not filed and why — in the shape of the check report's `requests`. Absent when
   * nothing was to be filed or filing was off (`--no-prewarm`, a merge of shards that filed none).
   */
  requests?: IncreaseRecord[];
  /** Quotas whose usage cannot be compared (no usage metric, rate quotas, not offered in a region), with counts. */
  coverage: { serviceCode: string; quotaCode: string; note: string; targets: number }[];
  targets: ScanTarget[];
  observations: Observation[];
  errors: ScanError[];
  /** AWS calls per operation, when the run counted them. */
  calls?: Record<string, number>;
}
