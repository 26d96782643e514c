// The data the org-wide scan (src/scan) and its reader (src/aws/scan-readings.ts) share: the quotas asked for, what
// was read, and what could not be. Declared in the core so that the adapter depends on the core, not on the flow
// that calls it. The rest of the scan's shapes (policy, findings, report) are in src/scan/model.ts.

/** Percent-of-quota tiers of the utilisation finding. A quota at or above `critical` % is CRITICAL, and so on. */
export interface Thresholds {
  info: number;
  warning: number;
  critical: number;
}

/**
 * What the scan does about a quota's findings: `report` — findings only (the sticky issue leaves it out); `notify` —
 * findings and the sticky issue (the default); `request` — a trigger plans an increase that a GitHub environment's
 * reviewers approve before it is filed; `auto` — a trigger files the increase at once, within the caps.
 */
export const AUTOMATION_LEVELS = ['report', 'notify', 'request', 'auto'] as const;
export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number];

/** A quota the scan reads: service and code, optional per-quota tiers. */
export interface WatchedQuota {
  serviceCode: string;
  quotaCode: string;
  /** Name from the catalog, when known; the live name from Service Quotas wins in reports. */
  name?: string;
  thresholds?: Partial<Thresholds>;
  /** Global quotas (IAM, S3, Route 53) are read once per account through us-east-1 and reported as region `global`. */
  global?: boolean;
  /** This quota's automation level and target, over the policy's `automation:` defaults. */
  automation?: { level?: AutomationLevel; targetUtilisation?: number };
}

/** A 30-day trend of daily peaks (Theil–Sen, see src/scan/forecast.ts): usage ≈ level + slopePerDay × (days after asOf). */
export interface Trend {
  slopePerDay: number;
  level: number;
  asOf: string;
  points: number;
}

/** One quota as read in one account and region. `value` is the applied value, else the AWS default. */
export interface ObservedQuota {
  serviceCode: string;
  quotaCode: string;
  name?: string;
  value: number | null;
  /** `applied` from ListServiceQuotas, `default` from ListAWSDefaultServiceQuotas. */
  source?: 'applied' | 'default';
  /** Peak over the last 24 hours, from the quota's usage metric. */
  usage: number | null;
  /** Why usage is null: no usage metric, a rate quota, or a failed read (the read failure is also an error). */
  usageNote?: string;
  unit?: string;
  adjustable?: boolean;
  trend?: Trend;
  /**
   * Daily peaks of the history (oldest first, the newest is the usage), kept only for quotas near or heading for
   * their value — the ones a chart may show (see src/scan/usage.ts).
   */
  history?: number[];
}

export type ErrorKind = 'assume-role' | 'regions' | 'region-disabled' | 'denied' | 'throttled' | 'read' | 'tags' | 'shard-missing';

/** Something the scan could not do. Every error becomes a finding: nothing is skipped silently. */
export interface ScanError {
  kind: ErrorKind;
  account: string;
  /** `*` = the whole account. */
  region: string;
  serviceCode?: string;
  quotaCode?: string;
  message: string;
}
