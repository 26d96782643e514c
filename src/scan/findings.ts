// Findings from the facts of a scan (observations, errors, targets) and its policy. Pure and deterministic, so a
// merge of shard reports recomputes exactly what one big scan would have found:
// - utilisation tiers per quota (70 / 80 / 90 % by default, per-quota overrides);
// - forecast: the day the usage trend reaches the quota, when that is within `forecast.within-days`;
// - environment baselines: a quota below its environment's minimum, at the environment's severity;
// - drift: within an environment and region, accounts whose value differs from the environment's usual value;
// - DR parity: the secondary region's quota against the primary region's usage × the standby multiplier;
// - every read that failed, as an error finding.
import { fmt } from '../verdict/evaluate.js';
import { desiredValue } from '../verdict/next-step.js';
import { exhaustion } from './forecast.js';
import { LEVELS } from './model.js';
import type { Finding, Level, Observation, PrewarmRequest, ScanPolicy, ScanReport, ScanTarget } from './model.js';
import type { ObservedQuota, ScanError, Thresholds } from '../ports/scan.js';

export interface AnalysisInput {
  policy: ScanPolicy;
  targets: readonly ScanTarget[];
  observations: readonly Observation[];
  errors: readonly ScanError[];
  /** The moment forecasts are counted from. */
  now: number;
}

export interface Analysis {
  findings: Finding[];
  prewarm: PrewarmRequest[];
  coverage: ScanReport['coverage'];
}

export function quotaKey(account: string, region: string, serviceCode: string, quotaCode: string): string {
  return `${account}|${region}|${serviceCode}/${quotaCode}`;
}

function errorKey(e: ScanError): string {
  const what = e.serviceCode ? `:${e.serviceCode}${e.quotaCode ? `/${e.quotaCode}` : ''}` : '';
  return `${e.account}|${e.region}|error:${e.kind}${what}`;
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

const pct = (n: number): string => `${fmt(Math.round(n * 10) / 10)} %`;

export function analyse(input: AnalysisInput): Analysis {
  const { policy } = input;
  const targets = new Map(input.targets.map((t) => [t.account, t]));
  const findings: Finding[] = [];
  const prewarm: PrewarmRequest[] = [];
  const base = (account: string, region: string): Pick<Finding, 'account' | 'accountName' | 'environment' | 'region'> => {
    const t = targets.get(account);
    return { account, region, ...(t?.name ? { accountName: t.name } : {}), ...(t?.environment ? { environment: t.environment } : {}) };
  };
  const watched = new Map(policy.quotas.map((q) => [q.quotaCode, q]));
  const tiers = (code: string): Thresholds => ({ ...policy.thresholds, ...watched.get(code)?.thresholds });
  const quotaFinding = (o: Observation, q: ObservedQuota, rest: Omit<Finding, 'key' | 'account' | 'region' | 'serviceCode' | 'quotaCode'>): Finding => ({
    key: quotaKey(o.account, o.region, q.serviceCode, q.quotaCode),
    ...base(o.account, o.region),
    serviceCode: q.serviceCode,
    quotaCode: q.quotaCode,
    ...(q.name ? { quotaName: q.name } : {}),
    ...rest,
  });

  // Per observed quota: utilisation, forecast, baseline.
  const envs = new Map(policy.environments.map((e) => [e.name, e]));
  for (const o of input.observations) {
    const env = envs.get(targets.get(o.account)?.environment ?? '');
    for (const q of o.quotas) {
      if (q.value !== null && q.usage !== null) {
        const t = tiers(q.quotaCode);
        const percent = q.value > 0 ? (q.usage / q.value) * 100 : q.usage > 0 ? Infinity : 0;
        const level: Level | undefined = percent >= t.critical ? 'critical' : percent >= t.warning ? 'warning' : percent >= t.info ? 'info' : undefined;
        if (level) {
          const shown = Number.isFinite(percent) ? pct(percent) : 'over 100 %';
          findings.push(
            quotaFinding(o, q, {
              kind: 'utilisation',
              level,
              value: q.value,
              usage: q.usage,
              ...(Number.isFinite(percent) ? { percent: Math.round(percent * 10) / 10 } : {}),
              message: `${shown} used (${fmt(q.usage)} of ${fmt(q.value)}; ${level} at ${fmt(t[level])} %)`,
            }),
          );
        }
        if (policy.forecast.enabled && q.trend && percent < 100) {
          const ex = exhaustion(q.trend, q.value, q.usage, input.now);
          if (ex && ex.days <= policy.forecast.withinDays) {
            findings.push(
              quotaFinding(o, q, {
                kind: 'forecast',
                level: 'forecast',
                value: q.value,
                usage: q.usage,
                exhaustion: { ...ex, slopePerDay: q.trend.slopePerDay },
                message: `will run out in about ${fmt(Math.ceil(ex.days))} day${Math.ceil(ex.days) === 1 ? '' : 's'} (~${ex.date}): daily peak rising ${fmt(Math.round(q.trend.slopePerDay * 100) / 100)}/day over ${q.trend.points} days, ${pct((q.usage / q.value) * 100)} used now`,
              }),
            );
          }
        }
      }
      if (env && q.value !== null) {
        const b = env.baselines.find((x) => x.serviceCode === q.serviceCode && x.quotaCode === q.quotaCode);
        const min = b ? (b.regions?.[o.region] ?? b.value) : undefined;
        if (min !== undefined && q.value < min) {
          findings.push(
            quotaFinding(o, q, {
              kind: 'baseline',
              level: env.severity,
              value: q.value,
              expected: min,
              message: `quota ${fmt(q.value)} is below the ${env.name} baseline of ${fmt(min)}`,
            }),
          );
        }
      }
    }
  }

  findings.push(...drift(input, quotaFinding));
  const dr = drParity(input);
  findings.push(...dr.findings.map((f) => ({ ...f, ...base(f.account, f.region) })));
  prewarm.push(...dr.prewarm);

  for (const e of input.errors) {
    findings.push({
      key: errorKey(e),
      kind: 'error',
      level: 'error',
      ...base(e.account, e.region),
      ...(e.serviceCode ? { serviceCode: e.serviceCode } : {}),
      ...(e.quotaCode ? { quotaCode: e.quotaCode } : {}),
      message: e.message,
    });
  }

  return { findings: sortFindings(findings), prewarm: prewarm.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.quotaCode.localeCompare(b.quotaCode)), coverage: coverage(input.observations) };
}

const KIND_ORDER: Record<Finding['kind'], number> = { utilisation: 0, forecast: 1, baseline: 2, 'dr-parity': 3, drift: 4, error: 5 };

/** Worst first, then by account, region, quota and kind: the order of the summary table and the issue. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      a.account.localeCompare(b.account) ||
      a.region.localeCompare(b.region) ||
      (a.serviceCode ?? '').localeCompare(b.serviceCode ?? '') ||
      (a.quotaCode ?? '').localeCompare(b.quotaCode ?? '') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.key.localeCompare(b.key),
  );
}

type QuotaFinding = (o: Observation, q: ObservedQuota, rest: Omit<Finding, 'key' | 'account' | 'region' | 'serviceCode' | 'quotaCode'>) => Finding;

/**
 * Within one environment and region, the value most accounts have (ties: the higher one) is the environment's usual
 * value; every account that differs gets a drift finding. Quotas are regional, so regions are never compared.
 */
function drift(input: AnalysisInput, quotaFinding: QuotaFinding): Finding[] {
  const targets = new Map(input.targets.map((t) => [t.account, t]));
  const envs = new Map(input.policy.environments.filter((e) => e.drift).map((e) => [e.name, e]));
  const groups = new Map<string, { o: Observation; q: ObservedQuota }[]>();
  for (const o of input.observations) {
    const env = targets.get(o.account)?.environment;
    if (!env || !envs.has(env)) continue;
    for (const q of o.quotas) {
      if (q.value === null) continue;
      const k = `${env}|${o.region}|${q.serviceCode}/${q.quotaCode}`;
      groups.set(k, [...(groups.get(k) ?? []), { o, q }]);
    }
  }
  const out: Finding[] = [];
  for (const [k, members] of groups) {
    if (members.length < 2) continue;
    const counts = new Map<number, number>();
    for (const { q } of members) counts.set(q.value!, (counts.get(q.value!) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [usual, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const env = envs.get(k.slice(0, k.indexOf('|')))!;
    for (const { o, q } of members) {
      if (q.value === usual) continue;
      out.push(
        quotaFinding(o, q, {
          kind: 'drift',
          level: env.drift!,
          value: q.value,
          expected: usual,
          message: `quota ${fmt(q.value!)} differs from ${fmt(usual)}, the value of ${n} of ${members.length} ${env.name} accounts in this region`,
        }),
      );
    }
  }
  return out;
}

function drParity(input: AnalysisInput): { findings: Omit<Finding, 'accountName' | 'environment'>[]; prewarm: PrewarmRequest[] } {
  const findings: Omit<Finding, 'accountName' | 'environment'>[] = [];
  const prewarm: PrewarmRequest[] = [];
  const obs = new Map(input.observations.map((o) => [`${o.account}|${o.region}`, o]));
  const failed = new Set(input.errors.filter((e) => e.region === '*' && (e.kind === 'assume-role' || e.kind === 'regions')).map((e) => e.account));
  for (const pair of input.policy.dr) {
    for (const t of input.targets) {
      if (pair.environments.length && !pair.environments.includes(t.environment ?? '')) continue;
      if (failed.has(t.account)) continue; // the account-wide error already says why nothing was read
      const primary = obs.get(`${t.account}|${pair.primary}`);
      if (!primary) continue; // the account does not use the primary region: the pair does not apply
      const secondary = obs.get(`${t.account}|${pair.secondary}`);
      const label = `DR ${pair.primary} → ${pair.secondary} (${pair.standby}, ${fmt(pair.multiplier)} × primary usage)`;
      if (!secondary) {
        findings.push({
          key: `${t.account}|${pair.secondary}|dr:${pair.primary}`,
          kind: 'dr-parity',
          level: 'error',
          account: t.account,
          region: pair.secondary,
          message: `${label}: ${pair.secondary} was not scanned for this account (not enabled, or not in the scan's regions), so parity cannot be checked`,
        });
        continue;
      }
      const codes = pair.quotas.length ? pair.quotas : input.policy.quotas.map((q) => ({ serviceCode: q.serviceCode, quotaCode: q.quotaCode }));
      for (const { serviceCode, quotaCode } of codes) {
        const p = primary.quotas.find((q) => q.serviceCode === serviceCode && q.quotaCode === quotaCode);
        const s = secondary.quotas.find((q) => q.serviceCode === serviceCode && q.quotaCode === quotaCode);
        // Unread values already have an error finding or a coverage note; only named quotas say it again here.
        if (!p || !s || p.usage === null || s.value === null) {
          if (pair.quotas.length) {
            findings.push({
              key: `${t.account}|${pair.secondary}|${serviceCode}/${quotaCode}`,
              kind: 'dr-parity',
              level: 'error',
              account: t.account,
              region: pair.secondary,
              serviceCode,
              quotaCode,
              message: `${label}: cannot compare: ${!p || p.usage === null ? `usage in ${pair.primary} is unknown${p?.usageNote ? ` (${p.usageNote})` : ''}` : `the quota in ${pair.secondary} is unknown`}`,
            });
          }
          continue;
        }
        const required = p.usage * pair.multiplier;
        if (s.value >= required) continue;
        const desired = Math.ceil(required);
        // What prewarm asks for: rounded up to a step like the check's increase requests (140, not 137).
        const ask = desiredValue(required, 0);
        findings.push({
          key: `${t.account}|${pair.secondary}|${serviceCode}/${quotaCode}`,
          kind: 'dr-parity',
          level: pair.level,
          account: t.account,
          region: pair.secondary,
          serviceCode,
          quotaCode,
          ...(s.name ?? p.name ? { quotaName: s.name ?? p.name } : {}),
          value: s.value,
          usage: s.usage,
          expected: desired,
          message: `${label}: quota ${fmt(s.value)} cannot take ${fmt(Math.round(required * 100) / 100)} (${fmt(p.usage)} used in ${pair.primary})${pair.prewarm ? '; prewarm: an increase to ' + fmt(ask) + ' is requested' : ''}`,
        });
        if (pair.prewarm) {
          prewarm.push({
            account: t.account,
            region: pair.secondary,
            serviceCode,
            quotaCode,
            ...(s.name ?? p.name ? { quotaName: s.name ?? p.name } : {}),
            currentValue: s.value,
            desiredValue: ask,
            reason: `${label}: ${fmt(p.usage)} in use in ${pair.primary}`,
            ...(s.adjustable === false ? { adjustable: false as const } : {}),
          });
        }
      }
    }
  }
  return { findings, prewarm };
}

function coverage(observations: readonly Observation[]): ScanReport['coverage'] {
  const counts = new Map<string, { serviceCode: string; quotaCode: string; note: string; targets: number }>();
  for (const o of observations) {
    for (const q of o.quotas) {
      const note = q.value === null ? q.usageNote : q.usage === null ? q.usageNote : undefined;
      if (!note) continue;
      const k = `${q.serviceCode}/${q.quotaCode}|${note}`;
      const c = counts.get(k) ?? { serviceCode: q.serviceCode, quotaCode: q.quotaCode, note, targets: 0 };
      c.targets++;
      counts.set(k, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.targets - a.targets || a.serviceCode.localeCompare(b.serviceCode) || a.quotaCode.localeCompare(b.quotaCode));
}
