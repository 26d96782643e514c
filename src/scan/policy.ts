// quota-guard.yml, the policy of the org-wide scan (documented by quota-guard.example.yml) → a validated
// ScanPolicy with every default filled in. Every error names the file, the path in it and the line:
// `quota-guard.yml: environments.production.baselines.ec2/L-1216C47A (line 31): expected a number of 0 or more`.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { ACCOUNT_RE, InputError, QUOTA_CODE_RE, REGION_RE, SERVICE_CODE_RE } from '../model.js';
import { QUOTAS } from '../quotas/catalog.js';
import {
  DEFAULT_FORECAST_WITHIN_DAYS,
  DEFAULT_HISTORY_DAYS,
  DEFAULT_HOME_REGION,
  DEFAULT_ROLE_NAME,
  DEFAULT_THRESHOLDS,
  STANDBY_MULTIPLIERS,
  defaultAutomation,
  defaultBaselineSeverity,
  defaultDriftLevel,
  defaultWatchedQuotas,
} from './defaults.js';
import { LEVELS } from './model.js';
import type { AutomationPolicy, Baseline, DrPair, EnvironmentPolicy, Level, ScanPolicy, ScanSettings, Standby } from './model.js';
import { AUTOMATION_LEVELS } from '../ports/scan.js';
import type { AutomationLevel, Thresholds, WatchedQuota } from '../ports/scan.js';

export const POLICY_FILE = 'quota-guard.yml';

// Organizations ParentId pattern ([BC organizations] ParentId).
export const PARENT_RE = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;
// IAM role names: 1–64 of [\w+=,.@-] (IAM CreateRole RoleName); a path prefix is allowed (`team/QuotaGuard`).
export const ROLE_RE = /^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** The empty policy: every default. What a scan uses when there is no quota-guard.yml. */
export function defaultPolicy(): ScanPolicy {
  return {
    version: 1,
    scan: { accounts: 'organization', include: [], exclude: [], organizationalUnits: [], regions: 'enabled', roleName: DEFAULT_ROLE_NAME, homeRegion: DEFAULT_HOME_REGION },
    thresholds: { ...DEFAULT_THRESHOLDS },
    forecast: { enabled: true, withinDays: DEFAULT_FORECAST_WITHIN_DAYS, historyDays: DEFAULT_HISTORY_DAYS },
    quotas: defaultWatchedQuotas(),
    environments: [],
    dr: [],
  };
}

type Fail = (path: string, node: Node | Pair | null | undefined, message: string) => never;

interface Ctx {
  fail: Fail;
}

export function parsePolicy(text: string, file: string = POLICY_FILE): ScanPolicy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(file, `invalid YAML at line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  const fail: Fail = (path, node, message) => {
    const range = (node as Node | undefined)?.range ?? ((node as Pair | undefined)?.key as Node | undefined)?.range;
    const at = range ? ` (line ${lines.linePos(range[0]).line})` : '';
    throw new InputError(file, `${path}${at}: ${message}`);
  };
  const ctx: Ctx = { fail };
  const policy = defaultPolicy();
  const root = doc.contents;
  if (root === null || root === undefined) return policy; // an empty file is the default policy
  if (!isMap(root)) return fail('the file', root, 'expected a mapping with version, scan, thresholds, forecast, quotas, environments and dr sections');
  const top = entries(root, '', ['version', 'scan', 'thresholds', 'forecast', 'quotas', 'environments', 'dr', 'automation'], ctx);

  if (top.version) {
    const v = scalar(top.version.value);
    if (v !== 1) fail('version', top.version.value as Node, `unsupported version ${JSON.stringify(v)}; expected 1`);
  }
  if (top.scan) policy.scan = parseScan(top.scan.value as Node, ctx);
  if (top.thresholds) policy.thresholds = thresholds(top.thresholds.value as Node, 'thresholds', DEFAULT_THRESHOLDS, ctx);
  if (top.forecast) policy.forecast = parseForecast(top.forecast.value as Node, ctx);
  if (top.quotas) policy.quotas = parseQuotas(top.quotas.value as Node, policy.thresholds, ctx);
  if (top.environments) policy.environments = parseEnvironments(top.environments.value as Node, ctx);
  if (top.dr) policy.dr = parseDr(top.dr.value as Node, policy.environments, ctx);
  // Only a file that uses automation carries the section, so reports of other policies stay as they were.
  if (top.automation) policy.automation = parseAutomation(top.automation.value as Node, policy, ctx);
  else if (policy.quotas.some((q) => q.automation)) policy.automation = defaultAutomation(policy.forecast.withinDays);
  return policy;
}

// ---- Sections -----------------------------------------------------------------------------------------------

function parseScan(node: Node, ctx: Ctx): ScanSettings {
  const out = defaultPolicy().scan;
  if (!isMap(node)) return ctx.fail('scan', node, 'expected a mapping');
  const e = entries(node, 'scan', ['accounts', 'include', 'exclude', 'organizational-units', 'regions', 'role-name', 'home-region'], ctx);
  if (e.accounts) {
    const v = e.accounts.value as Node;
    if (isScalar(v) && v.value === 'organization') out.accounts = 'organization';
    else if (isSeq(v)) out.accounts = accountList(v, 'scan.accounts', ctx);
    else ctx.fail('scan.accounts', v, 'expected "organization" or a list of 12-digit account ids');
  }
  if (e.include) out.include = accountList(e.include.value as Node, 'scan.include', ctx);
  if (e.exclude) out.exclude = accountList(e.exclude.value as Node, 'scan.exclude', ctx);
  if (e['organizational-units']) {
    out.organizationalUnits = stringList(e['organizational-units'].value as Node, 'scan.organizational-units', ctx, (s) => PARENT_RE.test(s), 'an OU id (ou-…) or root id (r-…)');
  }
  if (e.regions) {
    const v = e.regions.value as Node;
    if (isScalar(v) && v.value === 'enabled') out.regions = 'enabled';
    else if (isSeq(v)) out.regions = stringList(v, 'scan.regions', ctx, (s) => REGION_RE.test(s), 'an AWS region such as eu-west-1');
    else ctx.fail('scan.regions', v, 'expected "enabled" or a list of regions');
  }
  if (e['role-name']) {
    const v = scalar(e['role-name'].value);
    if (typeof v !== 'string' || !ROLE_RE.test(v)) ctx.fail('scan.role-name', e['role-name'].value as Node, `expected an IAM role name such as ${DEFAULT_ROLE_NAME}, got ${JSON.stringify(v)}`);
    out.roleName = v as string;
  }
  if (e['home-region']) {
    const v = scalar(e['home-region'].value);
    if (typeof v !== 'string' || !REGION_RE.test(v)) ctx.fail('scan.home-region', e['home-region'].value as Node, `expected an AWS region, got ${JSON.stringify(v)}`);
    out.homeRegion = v as string;
  }
  return out;
}

function parseForecast(node: Node, ctx: Ctx): ScanPolicy['forecast'] {
  const out = defaultPolicy().forecast;
  if (isScalar(node) && typeof node.value === 'boolean') return { ...out, enabled: node.value };
  if (!isMap(node)) return ctx.fail('forecast', node, 'expected true, false or a mapping with enabled, within-days and history-days');
  const e = entries(node, 'forecast', ['enabled', 'within-days', 'history-days'], ctx);
  if (e.enabled) out.enabled = bool(e.enabled.value as Node, 'forecast.enabled', ctx);
  if (e['within-days']) out.withinDays = integer(e['within-days'].value as Node, 'forecast.within-days', 1, 365, ctx);
  // Daily peaks come from 1-hour CloudWatch data, kept 455 days ([CWDOC] retention); a trend needs a week at least.
  if (e['history-days']) out.historyDays = integer(e['history-days'].value as Node, 'forecast.history-days', 7, 90, ctx);
  return out;
}

function parseQuotas(node: Node, base: Thresholds, ctx: Ctx): WatchedQuota[] {
  if (isScalar(node) && node.value === 'defaults') return defaultWatchedQuotas();
  if (!isSeq(node)) return ctx.fail('quotas', node, 'expected a list of quotas (SERVICE/CODE, e.g. ec2/L-1216C47A), or "defaults"');
  const out = new Map<string, WatchedQuota>();
  items(node).forEach((item, i) => {
    const path = `quotas[${i}]`;
    if (isScalar(item) && item.value === 'defaults') {
      for (const q of defaultWatchedQuotas()) if (!out.has(q.quotaCode)) out.set(q.quotaCode, q);
      return;
    }
    let ref: Node = item;
    let tiers: Partial<Thresholds> | undefined;
    let automation: WatchedQuota['automation'];
    if (isMap(item)) {
      const e = entries(item, path, ['quota', 'thresholds', 'automation'], ctx);
      if (!e.quota) ctx.fail(path, item, 'expected a quota: SERVICE/CODE');
      ref = e.quota!.value as Node;
      if (e.thresholds) tiers = partialThresholds(e.thresholds.value as Node, `${path}.thresholds`, base, ctx);
      if (e.automation) automation = quotaAutomation(e.automation.value as Node, `${path}.automation`, ctx);
    }
    const q = quotaRef(ref, isMap(item) ? `${path}.quota` : path, ctx);
    // A later entry for the same code overrides an earlier one (e.g. thresholds after `defaults`).
    out.set(q.quotaCode, { ...q, ...(tiers ? { thresholds: tiers } : {}), ...(automation ? { automation } : {}) });
  });
  if (!out.size) ctx.fail('quotas', node, 'the list is empty; remove the section to watch the default quotas');
  return [...out.values()];
}

function parseEnvironments(node: Node, ctx: Ctx): EnvironmentPolicy[] {
  if (!isMap(node)) return ctx.fail('environments', node, 'expected a mapping of environment name to its match, severity, drift and baselines');
  const out: EnvironmentPolicy[] = [];
  for (const pair of node.items) {
    const name = String(scalar(pair.key));
    const path = `environments.${name}`;
    if (!/^[A-Za-z0-9][\w.-]{0,63}$/.test(name)) ctx.fail(path, pair, 'environment names are letters, digits, _ . and -');
    const v = pair.value as Node;
    if (!isMap(v)) ctx.fail(path, v ?? pair, 'expected a mapping with match, severity, drift and baselines');
    const e = entries(v as YAMLMap, path, ['match', 'severity', 'drift', 'baselines'], ctx);
    const env: EnvironmentPolicy = { name, match: { accounts: [], names: [], tags: {} }, severity: defaultBaselineSeverity(name), baselines: [], drift: defaultDriftLevel(name) };
    if (!e.match) ctx.fail(path, v, 'match is required: accounts, names (glob patterns) and/or tags that put an account in this environment');
    const m = e.match!.value as Node;
    if (!isMap(m)) ctx.fail(`${path}.match`, m, 'expected a mapping with accounts, names and/or tags');
    const me = entries(m as YAMLMap, `${path}.match`, ['accounts', 'names', 'tags'], ctx);
    if (me.accounts) env.match.accounts = accountList(me.accounts.value as Node, `${path}.match.accounts`, ctx);
    if (me.names) env.match.names = stringList(me.names.value as Node, `${path}.match.names`, ctx, (s) => s.length > 0 && s.length <= 256, 'an account name or glob pattern (* and ?)');
    if (me.tags) {
      const t = me.tags.value as Node;
      if (!isMap(t)) ctx.fail(`${path}.match.tags`, t, 'expected a mapping of tag key to value (or list of values)');
      for (const tp of (t as YAMLMap).items) {
        const key = String(scalar(tp.key));
        const tv = tp.value as Node;
        const values = isSeq(tv) ? items(tv).map((x) => scalar(x)) : [scalar(tv)];
        if (!values.length || values.some((x) => typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')) {
          ctx.fail(`${path}.match.tags.${key}`, tv ?? tp, 'expected a tag value or a list of values');
        }
        env.match.tags[key] = values.map(String);
      }
    }
    if (!env.match.accounts.length && !env.match.names.length && !Object.keys(env.match.tags).length) ctx.fail(`${path}.match`, m, 'matches nothing: give accounts, names or tags');
    if (e.severity) env.severity = level(e.severity.value as Node, `${path}.severity`, ctx);
    if (e.drift) {
      const d = e.drift.value as Node;
      if (isScalar(d) && d.value === false) env.drift = null;
      else if (isScalar(d) && d.value === true) env.drift = defaultDriftLevel(name);
      else env.drift = level(d, `${path}.drift`, ctx);
    }
    if (e.baselines) env.baselines = parseBaselines(e.baselines.value as Node, `${path}.baselines`, ctx);
    out.push(env);
  }
  return out;
}

function parseBaselines(node: Node, path: string, ctx: Ctx): Baseline[] {
  if (!isMap(node)) return ctx.fail(path, node, 'expected a mapping of SERVICE/CODE to the minimum quota value');
  const out: Baseline[] = [];
  for (const pair of node.items) {
    const q = quotaRef(pair.key as Node, `${path}`, ctx);
    const p = `${path}.${q.serviceCode}/${q.quotaCode}`;
    const v = pair.value as Node;
    if (isMap(v)) {
      // Per region: `{ default: 256, us-east-1: 1024 }`.
      let value: number | undefined;
      const regions: Record<string, number> = {};
      for (const rp of v.items) {
        const key = String(scalar(rp.key));
        const n = number(rp.value as Node, `${p}.${key}`, ctx);
        if (key === 'default') value = n;
        else if (REGION_RE.test(key)) regions[key] = n;
        else ctx.fail(`${p}.${key}`, rp, 'expected "default" or a region name');
      }
      out.push({ serviceCode: q.serviceCode, quotaCode: q.quotaCode, value: value ?? 0, ...(Object.keys(regions).length ? { regions } : {}) });
    } else {
      out.push({ serviceCode: q.serviceCode, quotaCode: q.quotaCode, value: number(v ?? pair, p, ctx) });
    }
  }
  return out;
}

function parseDr(node: Node, environments: EnvironmentPolicy[], ctx: Ctx): DrPair[] {
  if (!isSeq(node)) return ctx.fail('dr', node, 'expected a list of region pairs (primary, secondary, standby)');
  return items(node).map((item, i) => {
    const path = `dr[${i}]`;
    if (!isMap(item)) return ctx.fail(path, item, 'expected a mapping with primary, secondary and standby');
    const e = entries(item, path, ['primary', 'secondary', 'standby', 'multiplier', 'environments', 'quotas', 'prewarm', 'level'], ctx);
    const region = (key: 'primary' | 'secondary'): string => {
      if (!e[key]) return ctx.fail(path, item, `${key} is required (a region such as us-east-1)`);
      const v = scalar(e[key]!.value);
      if (typeof v !== 'string' || !REGION_RE.test(v)) ctx.fail(`${path}.${key}`, e[key]!.value as Node, `expected an AWS region, got ${JSON.stringify(v)}`);
      return v as string;
    };
    const primary = region('primary');
    const secondary = region('secondary');
    if (primary === secondary) ctx.fail(`${path}.secondary`, e.secondary!.value as Node, 'must differ from primary');
    if (!e.standby) ctx.fail(path, item, `standby is required: ${Object.keys(STANDBY_MULTIPLIERS).join(', ')}`);
    const s = scalar(e.standby!.value);
    if (typeof s !== 'string' || !(s in STANDBY_MULTIPLIERS)) {
      ctx.fail(`${path}.standby`, e.standby!.value as Node, `expected one of ${Object.entries(STANDBY_MULTIPLIERS).map(([k, m]) => `${k} (${m} × primary usage)`).join(', ')}, got ${JSON.stringify(s)}`);
    }
    const standby = s as Standby;
    let multiplier = STANDBY_MULTIPLIERS[standby];
    if (e.multiplier) {
      multiplier = number(e.multiplier.value as Node, `${path}.multiplier`, ctx);
      if (multiplier <= 0 || multiplier > 10) ctx.fail(`${path}.multiplier`, e.multiplier.value as Node, 'expected a number above 0 and at most 10');
    }
    let envs: string[] = [];
    if (e.environments) {
      envs = stringList(e.environments.value as Node, `${path}.environments`, ctx, () => true, 'an environment name');
      for (const name of envs) if (!environments.some((x) => x.name === name)) ctx.fail(`${path}.environments`, e.environments.value as Node, `no environment named ${JSON.stringify(name)} under environments`);
    }
    let quotas: DrPair['quotas'] = [];
    if (e.quotas) {
      const q = e.quotas.value as Node;
      if (!isSeq(q)) ctx.fail(`${path}.quotas`, q, 'expected a list of SERVICE/CODE');
      quotas = items(q as Node).map((x, j) => {
        const r = quotaRef(x, `${path}.quotas[${j}]`, ctx);
        return { serviceCode: r.serviceCode, quotaCode: r.quotaCode };
      });
    }
    const pair: DrPair = {
      primary,
      secondary,
      standby,
      multiplier,
      environments: envs,
      quotas,
      prewarm: e.prewarm ? bool(e.prewarm.value as Node, `${path}.prewarm`, ctx) : false,
      level: e.level ? level(e.level.value as Node, `${path}.level`, ctx) : standby === 'hot' || standby === 'failover' ? 'critical' : 'warning',
    };
    return pair;
  });
}

/**
 * `automation:` — level (report | notify | request | auto), target-utilisation (percent), triggers: utilisation (a
 * percent or a tier name, or false), forecast-days (or false), baseline, dr-parity (true / false).
 */
function parseAutomation(node: Node, policy: ScanPolicy, ctx: Ctx): AutomationPolicy {
  const out = defaultAutomation(policy.forecast.withinDays);
  if (!isMap(node)) return ctx.fail('automation', node, 'expected a mapping with level, target-utilisation and triggers');
  const e = entries(node, 'automation', ['level', 'target-utilisation', 'triggers'], ctx);
  if (e.level) out.level = automationLevel(e.level.value as Node, 'automation.level', ctx);
  if (e['target-utilisation']) out.targetUtilisation = targetUtilisation(e['target-utilisation'].value as Node, 'automation.target-utilisation', ctx);
  if (e.triggers) {
    const t = e.triggers.value as Node;
    if (!isMap(t)) ctx.fail('automation.triggers', t, 'expected a mapping with utilisation, forecast-days, baseline and dr-parity');
    const te = entries(t as YAMLMap, 'automation.triggers', ['utilisation', 'forecast-days', 'baseline', 'dr-parity'], ctx);
    if (te.utilisation) {
      const v = te.utilisation.value as Node;
      const s = scalar(v);
      if (s === false) out.triggers.utilisation = null;
      else if (s === 'info' || s === 'warning' || s === 'critical') out.triggers.utilisation = policy.thresholds[s];
      else {
        const n = number(v, 'automation.triggers.utilisation', ctx);
        if (n <= 0 || n > 1000) ctx.fail('automation.triggers.utilisation', v, `expected a percentage above 0, a tier (info, warning, critical) or false, got ${n}`);
        out.triggers.utilisation = n;
      }
    }
    if (te['forecast-days']) {
      const v = te['forecast-days'].value as Node;
      out.triggers.forecastDays = scalar(v) === false ? null : integer(v, 'automation.triggers.forecast-days', 1, 365, ctx);
    }
    if (te.baseline) out.triggers.baseline = bool(te.baseline.value as Node, 'automation.triggers.baseline', ctx);
    if (te['dr-parity']) out.triggers.drParity = bool(te['dr-parity'].value as Node, 'automation.triggers.dr-parity', ctx);
  }
  return out;
}

/** A quota's `automation:`: a level (`auto`), or a mapping with level and target-utilisation. */
function quotaAutomation(node: Node, path: string, ctx: Ctx): NonNullable<WatchedQuota['automation']> {
  if (isScalar(node)) return { level: automationLevel(node, path, ctx) };
  if (!isMap(node)) return ctx.fail(path, node, `expected a level (${AUTOMATION_LEVELS.join(', ')}) or a mapping with level and target-utilisation`);
  const e = entries(node, path, ['level', 'target-utilisation'], ctx);
  return {
    ...(e.level ? { level: automationLevel(e.level.value as Node, `${path}.level`, ctx) } : {}),
    ...(e['target-utilisation'] ? { targetUtilisation: targetUtilisation(e['target-utilisation'].value as Node, `${path}.target-utilisation`, ctx) } : {}),
  };
}

function automationLevel(node: Node, path: string, ctx: Ctx): AutomationLevel {
  const v = scalar(node);
  if (typeof v !== 'string' || !(AUTOMATION_LEVELS as readonly string[]).includes(v)) return ctx.fail(path, node, `expected one of ${AUTOMATION_LEVELS.join(', ')}; got ${JSON.stringify(v)}`);
  return v as AutomationLevel;
}

/** A percentage above 0 and below 100 (60 → 0.6). */
function targetUtilisation(node: Node, path: string, ctx: Ctx): number {
  const n = number(node, path, ctx);
  if (n <= 0 || n >= 100) ctx.fail(path, node, `expected a percentage above 0 and below 100 (e.g. 60), got ${n}`);
  return n / 100;
}

// ---- Values -------------------------------------------------------------------------------------------------

/** `ec2/L-1216C47A`, or a bare code the catalog knows (its service comes from the catalog). */
function quotaRef(node: Node, path: string, ctx: Ctx): WatchedQuota {
  const v = scalar(node);
  if (typeof v !== 'string') return ctx.fail(path, node, 'expected a quota as SERVICE/CODE, e.g. ec2/L-1216C47A');
  const slash = v.indexOf('/');
  if (slash < 0) {
    const def = QUOTAS.get(v);
    if (!def) ctx.fail(path, node, `${JSON.stringify(v)} is not a quota code quota-guard knows; write it as SERVICE/CODE, e.g. ec2/L-1216C47A`);
    return { serviceCode: def!.serviceCode, quotaCode: v, name: def!.name, ...(def!.global ? { global: true } : {}) };
  }
  const service = v.slice(0, slash);
  const code = v.slice(slash + 1);
  if (!SERVICE_CODE_RE.test(service)) ctx.fail(path, node, `${JSON.stringify(service)} is not a Service Quotas service code such as ec2 or vpc`);
  if (!QUOTA_CODE_RE.test(code)) ctx.fail(path, node, `${JSON.stringify(code)} is not a quota code such as L-1216C47A`);
  const def = QUOTAS.get(code);
  if (def && def.serviceCode !== service) ctx.fail(path, node, `${code} is a ${def.serviceCode} quota (${def.name}), not ${service}`);
  return { serviceCode: service, quotaCode: code, ...(def ? { name: def.name } : {}), ...(def?.global ? { global: true } : {}) };
}

function thresholds(node: Node, path: string, base: Thresholds, ctx: Ctx): Thresholds {
  const t = { ...base, ...partialThresholds(node, path, base, ctx) };
  return t;
}

function partialThresholds(node: Node, path: string, base: Thresholds, ctx: Ctx): Partial<Thresholds> {
  if (!isMap(node)) return ctx.fail(path, node, 'expected a mapping with info, warning and critical percentages');
  const e = entries(node, path, ['info', 'warning', 'critical'], ctx);
  const out: Partial<Thresholds> = {};
  for (const k of ['info', 'warning', 'critical'] as const) {
    if (!e[k]) continue;
    const n = number(e[k]!.value as Node, `${path}.${k}`, ctx);
    if (n <= 0 || n > 1000) ctx.fail(`${path}.${k}`, e[k]!.value as Node, `expected a percentage above 0, got ${n}`);
    out[k] = n;
  }
  const t = { ...base, ...out };
  if (!(t.info <= t.warning && t.warning <= t.critical)) ctx.fail(path, node, `tiers must rise: info ${t.info} <= warning ${t.warning} <= critical ${t.critical}`);
  return out;
}

function level(node: Node, path: string, ctx: Ctx): Level {
  const v = scalar(node);
  if (typeof v !== 'string' || !(LEVELS as readonly string[]).includes(v) || v === 'error') {
    return ctx.fail(path, node, `expected one of critical, forecast, warning, info; got ${JSON.stringify(v)}`);
  }
  return v as Level;
}

function accountList(node: Node, path: string, ctx: Ctx): string[] {
  if (!isSeq(node)) return ctx.fail(path, node, 'expected a list of 12-digit account ids (quote them)');
  return items(node).map((x, i) => {
    const v = scalar(x);
    const s = typeof v === 'number' ? String(v).padStart(12, '0') : v;
    if (typeof s !== 'string' || !ACCOUNT_RE.test(s)) ctx.fail(`${path}[${i}]`, x, `expected a 12-digit AWS account id (quote it), got ${JSON.stringify(v)}`);
    return s as string;
  });
}

function stringList(node: Node, path: string, ctx: Ctx, ok: (s: string) => boolean, what: string): string[] {
  if (!isSeq(node)) return ctx.fail(path, node, `expected a list; each entry ${what}`);
  return items(node).map((x, i) => {
    const v = scalar(x);
    if (typeof v !== 'string' || !ok(v)) ctx.fail(`${path}[${i}]`, x, `expected ${what}, got ${JSON.stringify(v)}`);
    return v as string;
  });
}

function number(node: Node, path: string, ctx: Ctx): number {
  const v = scalar(node);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return ctx.fail(path, node, `expected a number of 0 or more, got ${JSON.stringify(v)}`);
  return v;
}

function integer(node: Node, path: string, min: number, max: number, ctx: Ctx): number {
  const v = scalar(node);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) return ctx.fail(path, node, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return v;
}

function bool(node: Node, path: string, ctx: Ctx): boolean {
  const v = scalar(node);
  if (typeof v !== 'boolean') return ctx.fail(path, node, `expected true or false, got ${JSON.stringify(v)}`);
  return v;
}

// ---- YAML helpers -------------------------------------------------------------------------------------------

function scalar(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) return (node as Node).toJSON();
  return node;
}

function items(seq: Node): Node[] {
  return (seq as unknown as { items: Node[] }).items;
}

/** The pairs of a mapping by key; an unknown key is an error that lists the accepted ones. */
function entries<K extends string>(map: YAMLMap, path: string, allowed: readonly K[], ctx: Ctx): Partial<Record<K, Pair>> {
  const out: Partial<Record<K, Pair>> = {};
  for (const pair of map.items) {
    const key = String(scalar(pair.key));
    const where = path ? `${path}.${key}` : key;
    if (!(allowed as readonly string[]).includes(key)) ctx.fail(where, pair, `unknown key; expected one of ${allowed.join(', ')}`);
    out[key as K] = pair;
  }
  return out;
}
