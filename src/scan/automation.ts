// The scan's automation rules (quota-guard.yml `automation:` and per-quota `automation:`): which quotas at level
// `request` or `auto` ask for an increase, and for how much. Pure: facts and findings in, planned increases out; the
// filing is the increase flow's (./prewarm.ts files them like DR prewarm, with the same caps and "never twice").
//
// Triggers (any that fires): utilisation at or above `triggers.utilisation` %; a forecast of exhaustion within
// `triggers.forecast-days`; a value below the environment's baseline; a standby region below DR parity. The value
// asked for is the smallest step-rounded value (desiredValue of src/increase/plan.ts, the check's rounding) that
// brings the quota to the target utilisation — usage ÷ target now, or for a forecast the usage the trend reaches at
// the horizon ÷ target — and at least the environment's baseline and the DR requirement when those fired. Nothing is
// asked for when that is not above the current value. The caps (max-increase-factor, max-increase, max-requests) are
// the increase flow's and apply when it files.
import { fmt } from '../verdict/evaluate.js';
import { desiredValue } from '../verdict/next-step.js';
import { GLOBAL_QUOTA_REGION } from '../quotas/catalog.js';
import { defaultAutomation } from './defaults.js';
import type { AutomationPolicy, Finding, Observation, PlannedIncrease, PrewarmRequest, ScanPolicy, Trigger } from './model.js';
import type { AutomationLevel } from '../ports/scan.js';
import { quotaKey } from './findings.js';
import { exhaustion } from './forecast.js';

export interface AutomationInput {
  policy: ScanPolicy;
  observations: readonly Observation[];
  findings: readonly Finding[];
  /** DR prewarm requests: their quotas are already filed by prewarm, so automation leaves them out. */
  prewarm: readonly PrewarmRequest[];
  /** The moment forecasts are counted from (epoch ms). */
  now: number;
}

/** The effective rules of a policy: its `automation:` section, or the defaults (every quota `notify`). */
function automationOf(policy: ScanPolicy): AutomationPolicy {
  return policy.automation ?? defaultAutomation(policy.forecast.withinDays);
}

/** The automation level of a quota code under a policy. */
export function levelOf(policy: ScanPolicy, quotaCode: string | undefined): AutomationLevel {
  const own = quotaCode ? policy.quotas.find((q) => q.quotaCode === quotaCode)?.automation?.level : undefined;
  return own ?? automationOf(policy).level;
}

/** Observation region → the region a request is filed in (global quotas: us-east-1, where they are read). */
function requestRegion(region: string): string {
  return region === 'global' ? GLOBAL_QUOTA_REGION : region;
}

export function planAutomation(input: AutomationInput): PlannedIncrease[] {
  const { policy } = input;
  const rules = automationOf(policy);
  const byKey = new Map<string, Finding[]>();
  for (const f of input.findings) if (f.serviceCode && f.quotaCode) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
  const prewarmed = new Set(input.prewarm.map((p) => quotaKey(p.account, p.region, p.serviceCode, p.quotaCode)));
  const out: PlannedIncrease[] = [];
  for (const o of input.observations) {
    for (const q of o.quotas) {
      const level = levelOf(policy, q.quotaCode);
      if (level !== 'request' && level !== 'auto') continue;
      if (q.value === null) continue;
      const key = quotaKey(o.account, o.region, q.serviceCode, q.quotaCode);
      if (prewarmed.has(quotaKey(o.account, requestRegion(o.region), q.serviceCode, q.quotaCode))) continue;
      const target = policy.quotas.find((x) => x.quotaCode === q.quotaCode)?.automation?.targetUtilisation ?? rules.targetUtilisation;
      const findings = byKey.get(key) ?? [];
      const fired: { trigger: Trigger; value: number; why: string }[] = [];
      const forTarget = (usage: number): number => desiredValue(usage, 1 - target);
      const percent = q.usage !== null && q.value > 0 ? (q.usage / q.value) * 100 : null;
      if (rules.triggers.utilisation !== null && q.usage !== null && (percent === null ? q.usage > 0 : percent >= rules.triggers.utilisation)) {
        fired.push({ trigger: 'utilisation', value: forTarget(q.usage), why: `${percent === null ? 'in use with a value of 0' : `${fmt(Math.round(percent * 10) / 10)} % used`} (trigger ${fmt(rules.triggers.utilisation)} %)` });
      }
      // The trend itself, not the FORECAST finding: the trigger's horizon may reach beyond forecast.within-days.
      const ex = q.trend && q.usage !== null && (percent ?? 0) < 100 ? exhaustion(q.trend, q.value, q.usage, input.now) : undefined;
      if (rules.triggers.forecastDays !== null && ex && q.trend && q.usage !== null && ex.days <= rules.triggers.forecastDays) {
        const horizon = q.usage + q.trend.slopePerDay * rules.triggers.forecastDays;
        fired.push({ trigger: 'forecast', value: forTarget(horizon), why: `forecast to run out in about ${fmt(Math.ceil(ex.days))} days (trigger ${rules.triggers.forecastDays} days; ${fmt(Math.round(horizon * 100) / 100)} in use by then)` });
      }
      const baseline = findings.find((f) => f.kind === 'baseline' && f.expected !== undefined);
      if (rules.triggers.baseline && baseline) {
        fired.push({ trigger: 'baseline', value: Math.max(desiredValue(baseline.expected!, 0), q.usage === null ? 0 : forTarget(q.usage)), why: `below the ${baseline.environment ?? 'environment'} baseline of ${fmt(baseline.expected!)}` });
      }
      const dr = findings.find((f) => f.kind === 'dr-parity' && f.expected !== undefined);
      if (rules.triggers.drParity && dr) {
        fired.push({ trigger: 'dr-parity', value: Math.max(desiredValue(dr.expected!, 0), q.usage === null ? 0 : forTarget(q.usage)), why: dr.message });
      }
      if (!fired.length) continue;
      // At least the baseline, whatever fired.
      const floor = baseline?.expected !== undefined ? desiredValue(baseline.expected, 0) : 0;
      const main = fired.reduce((a, b) => (b.value > a.value ? b : a));
      const desired = Math.max(main.value, floor);
      if (!(desired > q.value)) continue;
      out.push({
        account: o.account,
        region: requestRegion(o.region),
        serviceCode: q.serviceCode,
        quotaCode: q.quotaCode,
        ...(q.name ? { quotaName: q.name } : {}),
        currentValue: q.value,
        desiredValue: desired,
        reason: `${fired.map((f) => f.why).join('; ')}; asks for ${fmt(desired)} to bring it to ${fmt(Math.round(target * 1000) / 10)} % utilisation${floor > main.value ? ' and the baseline' : ''}`,
        ...(q.adjustable === false ? { adjustable: false as const } : {}),
        trigger: main.trigger,
        level,
      });
    }
  }
  return out.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.quotaCode.localeCompare(b.quotaCode));
}
