// The scan's JSON report (version 1, kind "scan"), the fail-on policy, and the merge of shard reports. Pure.
import { InputError } from '../model.js';
import { analyse } from './findings.js';
import { planAutomation } from './automation.js';
import { LEVELS } from './model.js';
import type { Finding, Level, Observation, ScanPolicy, ScanReport, ScanTarget, Shard, Totals } from './model.js';
import type { ScanError } from '../ports/scan.js';

// ---- fail-on ------------------------------------------------------------------------------------------------

/** Level thresholds of fail-on, worst first; `error` is not among them and counts only when named. */
const THRESHOLDS = ['critical', 'forecast', 'warning', 'info'] as const;
export const FAIL_ON_HELP = 'critical (default) | forecast | warning | info | never, optionally with ",error" to also fail on read errors (e.g. "critical,error"), or "error" alone';

/**
 * `critical` fails on a CRITICAL finding; `forecast` also on "will run out within N days"; `warning` and `info` on
 * those too; `error` (alone or added with a comma) on any read error; `never` never. Canonical form is returned.
 */
export function parseFailOn(text: string): string {
  const parts = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (!parts.length) throw new Error(`fail-on is empty; expected ${FAIL_ON_HELP}`);
  if (parts.includes('never')) {
    if (parts.length > 1) throw new Error(`fail-on "${text}": "never" cannot be combined with other values`);
    return 'never';
  }
  const levels = parts.filter((p) => p !== 'error');
  for (const p of levels) if (!(THRESHOLDS as readonly string[]).includes(p)) throw new Error(`fail-on "${text}": "${p}" is not one of ${FAIL_ON_HELP}`);
  if (levels.length > 1) throw new Error(`fail-on "${text}": give one level (the lowest that fails), optionally with ",error"`);
  return [...levels, ...(parts.includes('error') ? ['error'] : [])].join(',');
}

/** The levels that fail the run under a (canonical) fail-on value. */
export function failingLevels(failOn: string): Set<Level> {
  const out = new Set<Level>();
  if (failOn === 'never') return out;
  const parts = failOn.split(',');
  const threshold = parts.find((p) => p !== 'error');
  if (threshold) for (const l of THRESHOLDS.slice(0, THRESHOLDS.indexOf(threshold as (typeof THRESHOLDS)[number]) + 1)) out.add(l);
  if (parts.includes('error')) out.add('error');
  return out;
}

export function scanPasses(findings: readonly Finding[], failOn: string): boolean {
  const failing = failingLevels(failOn);
  return !findings.some((f) => failing.has(f.level));
}

// ---- Building -----------------------------------------------------------------------------------------------

export interface BuildArgs {
  policy: ScanPolicy;
  policyFile?: string;
  shards: Shard[];
  partial?: boolean;
  targets: ScanTarget[];
  observations: Observation[];
  errors: ScanError[];
  failOn: string;
  now: Date;
  calls?: Record<string, number>;
}

export function buildScanReport(args: BuildArgs): ScanReport {
  const targets = [...args.targets].sort((a, b) => a.account.localeCompare(b.account));
  const observations = [...args.observations].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
  const errors = [...args.errors].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind) || a.message.localeCompare(b.message));
  const { findings, prewarm, coverage } = analyse({ policy: args.policy, targets, observations, errors, now: args.now.getTime() });
  const automation = args.policy.automation ? planAutomation({ policy: args.policy, observations, findings, prewarm, now: args.now.getTime() }) : [];
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const f of findings) byLevel[f.level]++;
  const regional = observations.filter((o) => o.region !== 'global');
  const totals: Totals = {
    accounts: targets.length,
    accountsFailed: targets.filter((t) => !t.regions.length).length,
    regions: new Set(regional.map((o) => o.region)).size,
    accountRegions: regional.length,
    quotasChecked: observations.reduce((n, o) => n + o.quotas.filter((q) => q.value !== null).length, 0),
    errors: errors.length,
    findings: byLevel,
  };
  return {
    version: 1,
    kind: 'scan',
    generatedAt: args.now.toISOString(),
    passed: scanPasses(findings, args.failOn),
    failOn: args.failOn,
    shards: [...args.shards].sort((a, b) => a.index - b.index),
    ...(args.partial ? { partial: true } : {}),
    ...(args.policyFile ? { policyFile: args.policyFile } : {}),
    policy: args.policy,
    totals,
    findings,
    prewarm,
    ...(automation.length ? { automation } : {}),
    coverage,
    targets,
    observations,
    errors,
    ...(args.calls ? { calls: args.calls } : {}),
  };
}

export function renderScanJson(report: ScanReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// ---- Merge --------------------------------------------------------------------------------------------------

/** A shard report read from `file`, checked for the fields a merge relies on. */
export function parseScanReport(text: string, file: string): ScanReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `not JSON: ${(e as Error).message}`);
  }
  const r = doc as Partial<ScanReport> | null;
  if (!r || typeof r !== 'object' || r.version !== 1 || r.kind !== 'scan') {
    throw new InputError(file, `not a quota-guard scan report (expected "version": 1 and "kind": "scan"${r && typeof r === 'object' && 'kind' in r ? `, got kind ${JSON.stringify(r.kind)}` : ''})`);
  }
  for (const k of ['policy', 'targets', 'observations', 'errors', 'shards'] as const) if (!r[k] || typeof r[k] !== 'object') throw new InputError(file, `the report has no "${k}"`);
  return r as ScanReport;
}

/**
 * One report from the reports of the shards of one scan. Findings are recomputed from the union of the facts, so
 * drift across accounts of different shards is found. A shard whose report is missing becomes an error finding;
 * reports of different policies, shard counts, or the same shard twice are refused.
 */
export function mergeScanReports(reports: readonly { file: string; report: ScanReport }[], options: { failOn?: string; now?: Date } = {}): ScanReport {
  if (!reports.length) throw new Error('nothing to merge: give at least one scan report');
  const [first] = reports;
  const policyText = JSON.stringify(first.report.policy);
  const count = first.report.shards[0]?.count ?? 0;
  const seen = new Map<number, string>();
  for (const { file, report } of reports) {
    if (JSON.stringify(report.policy) !== policyText) throw new InputError(file, `was made with a different policy than ${first.file}; merge only the shards of one scan`);
    const c = report.shards[0]?.count ?? 0;
    if (c !== count) throw new InputError(file, `covers shards of ${c || 'an unsharded scan'} but ${first.file} of ${count || 'an unsharded scan'}`);
    for (const s of report.shards) {
      if (seen.has(s.index)) throw new InputError(file, `shard ${s.index}/${s.count} is also in ${seen.get(s.index)}`);
      seen.set(s.index, file);
    }
  }
  if (!count && reports.length > 1) throw new InputError(reports[1].file, 'two unsharded scan reports cannot be merged');
  const errors: ScanError[] = reports.flatMap((r) => r.report.errors.filter((e) => e.kind !== 'shard-missing'));
  for (let i = 1; i <= count; i++) {
    if (!seen.has(i)) errors.push({ kind: 'shard-missing', account: '*', region: '*', message: `the report of shard ${i}/${count} is missing: the accounts of that shard were not scanned (did its job fail?)` });
  }
  const targets = new Map<string, ScanTarget>();
  for (const { report } of reports) for (const t of report.targets) if (!targets.has(t.account)) targets.set(t.account, t);
  const calls: Record<string, number> = {};
  for (const { report } of reports) for (const [op, n] of Object.entries(report.calls ?? {})) calls[op] = (calls[op] ?? 0) + n;
  // What the shards' prewarm filed is an action taken, not a fact to recompute: carried over as it is.
  const requests = reports.flatMap((r) => r.report.requests ?? []);
  const merged = buildScanReport({
    policy: first.report.policy,
    ...(first.report.policyFile ? { policyFile: first.report.policyFile } : {}),
    shards: reports.flatMap((r) => r.report.shards),
    partial: reports.some((r) => r.report.partial),
    targets: [...targets.values()],
    observations: reports.flatMap((r) => r.report.observations),
    errors,
    failOn: options.failOn ?? first.report.failOn,
    // Forecasts count from when the shards ran, not from when they were merged.
    now: options.now ?? new Date(Math.max(...reports.map((r) => Date.parse(r.report.generatedAt)).filter(Number.isFinite))),
    ...(Object.keys(calls).length ? { calls } : {}),
  });
  return reports.some((r) => r.report.requests) ? { ...merged, requests } : merged;
}
