// Defaults of the org-wide scan: which quotas it watches when the policy names none, the utilisation tiers and
// the DR standby multipliers.
import { QUOTAS } from '../quotas/catalog.js';
import { INSTANCE_CLASSES, P5_SPOT_QUOTA } from '../quotas/instance-types.js';
import type { AutomationPolicy, Level, Standby } from './model.js';
import type { Thresholds, WatchedQuota } from '../ports/scan.js';

/** Utilisation tiers in percent of the quota value: 70 INFO, 80 WARNING, 90 CRITICAL (issue 5). */
export const DEFAULT_THRESHOLDS: Thresholds = { info: 70, warning: 80, critical: 90 };

/**
 * The `automation:` defaults: every quota `notify` (findings and the sticky issue, nothing filed); for `request` /
 * `auto` quotas an increase is asked for at the CRITICAL tier (90 %), at a forecast of exhaustion within the
 * forecast horizon, below a baseline and below DR parity, aiming at 60 % utilisation (usage ÷ 0.6).
 */
export function defaultAutomation(withinDays: number = DEFAULT_FORECAST_WITHIN_DAYS): AutomationPolicy {
  return { level: 'notify', targetUtilisation: 0.6, triggers: { utilisation: DEFAULT_THRESHOLDS.critical, forecastDays: withinDays, baseline: true, drParity: true } };
}

/** "Will run out within N days": the forecast finding's horizon, and the CloudWatch history it is fitted on. */
export const DEFAULT_FORECAST_WITHIN_DAYS = 30;
export const DEFAULT_HISTORY_DAYS = 30;

/** The member-account role the StackSet in examples/scan-member-role.stackset.yaml creates. */
export const DEFAULT_ROLE_NAME = 'QuotaGuardReadOnly';

/** us-east-1 answers for global quotas ([TFSQ]) and is enabled in every commercial account (it cannot be disabled). */
export const DEFAULT_HOME_REGION = 'us-east-1';

/**
 * Immediate capacity a standby region must hold, as a fraction of the primary region's usage: hot 1.0, warm 0.5,
 * cold 0.1; a full failover needs 1.1 × (the primary's load plus 10 % headroom for the failover surge) (issue 5).
 */
export const STANDBY_MULTIPLIERS: Readonly<Record<Standby, number>> = { hot: 1.0, warm: 0.5, cold: 0.1, failover: 1.1 };

/** Level of a baseline gap by environment name when the policy does not say: larger for production and DR. */
export function defaultBaselineSeverity(environment: string): Level {
  return environment === 'production' || environment === 'disaster_recovery' ? 'critical' : 'warning';
}

/** Level of a drift finding by environment name when the policy does not say. */
export function defaultDriftLevel(environment: string): Level {
  return environment === 'production' || environment === 'disaster_recovery' ? 'warning' : 'info';
}

/**
 * Catalog quotas that publish a usage metric, watched when the policy names no quotas. Only quotas whose
 * Service Quotas `UsageMetric` is documented are here, so that the default produces utilisation findings, not a
 * list of "usage unknown":
 * - every EC2 vCPU quota: AWS/Usage ResourceCount, Resource=vCPU, Class=<class>/OnDemand|Spot ([CLI]
 *   get-service-quota and get-aws-default-service-quota examples; [CS] ListServiceQuotas fixture);
 * - Lambda concurrent executions: AWS/Lambda ConcurrentExecutions ([SQM] tests/fixtures/service_quotas.json);
 * - Application / Network / Classic Load Balancers per Region, Auto Scaling groups per region, Fargate On-Demand and
 *   Spot vCPUs: AWS/Usage ResourceCount (~[TFUSAGE]; AWS/Usage dimensions listed by third-party modules).
 * A quota that turns out to have no metric in some account-region is listed in the report's coverage, never dropped.
 */
export const DEFAULT_WATCHED_CODES: readonly string[] = [
  ...INSTANCE_CLASSES.flatMap((c) => [c.onDemand.quotaCode, ...(c.spot ? [c.spot.quotaCode] : [])]),
  P5_SPOT_QUOTA.quotaCode,
  'L-53DA6B97', // Application Load Balancers per Region
  'L-69A177A2', // Network Load Balancers per Region
  'L-E9E9831D', // Classic Load Balancers per Region
  'L-CDE20ADC', // Auto Scaling groups per region
  'L-B99A9384', // Lambda concurrent executions
  'L-3032A538', // Fargate On-Demand vCPU resource count
  'L-36FBB829', // Fargate Spot vCPU resource count
];

export function defaultWatchedQuotas(): WatchedQuota[] {
  return DEFAULT_WATCHED_CODES.map((code) => {
    const def = QUOTAS.get(code);
    if (!def) throw new Error(`default watched quota ${code} is not in the catalog`);
    return { serviceCode: def.serviceCode, quotaCode: code, name: def.name, ...(def.global ? { global: true } : {}) };
  });
}
