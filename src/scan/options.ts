// Turns the scan's raw settings — CLI flags or action inputs, as text — into ScanOptions, with one wording for bad
// values: the flag or input name, the value, and what is accepted. Shared by the scan's CLI (src/cli/scan.ts) and
// action (src/action/scan.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ACCOUNT_RE, InputError, REGION_RE, TRIGGERS, isQuotaTarget } from '../model.js';
import { InputValueError, named } from '../inputs/value-error.js';
import { PARENT_RE, POLICY_FILE, ROLE_RE, defaultPolicy, parsePolicy } from './policy.js';
import type { PlannedIncrease, ScanPolicy, ScanReport, ScanSettings, Shard } from './model.js';
import { parseFailOn, parseScanReport } from './report.js';
import type { ScanOptions } from './run.js';
import { parseShard } from './targets.js';

export interface RawScanInputs {
  policy?: string;
  accounts?: string;
  include?: string;
  exclude?: string;
  organizationalUnits?: string;
  regions?: string;
  roleName?: string;
  externalId?: string;
  shard?: string;
  /** 'true' | 'false' | '' (policy decides). */
  forecast?: string;
  failOn?: string;
  concurrency?: string;
}

/** How each raw setting is called where it came from (`--include` on the CLI, `include-accounts` in the action). */
export type Names = Record<keyof RawScanInputs, string>;

/** Newline-, comma- or space-separated list, blanks dropped (ids and names hold no spaces). */
function splitWords(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function bad(name: string, value: string, accepted: string): never {
  throw new InputValueError(`${name} has the value '${value}'; ${accepted}`);
}

function accounts(name: string, value: string | undefined): string[] | undefined {
  const list = splitWords(value);
  if (!list.length) return undefined;
  for (const a of list) if (!ACCOUNT_RE.test(a)) bad(name, a, 'accepted values are 12-digit AWS account ids');
  return list;
}

/** The policy file: `file` when given (it must exist), else quota-guard.yml in `dir` when present, else defaults. */
export async function loadPolicy(file: string | undefined, dir: string, name: string): Promise<{ policy: ScanPolicy; file?: string }> {
  // action.yml's default is the default file name itself: absent, it means "no policy" like an empty input.
  const explicit = file?.trim() === POLICY_FILE ? undefined : file?.trim();
  const p = path.resolve(dir, explicit || POLICY_FILE);
  if (!existsSync(p)) {
    if (explicit) throw new InputValueError(`${name}: file '${explicit}' not found`);
    return { policy: defaultPolicy() };
  }
  const shown = path.relative(process.cwd(), p) || POLICY_FILE;
  let text: string;
  try {
    text = await readFile(p, 'utf8');
  } catch (e) {
    throw new InputError(shown, `cannot read: ${(e as Error).message}`);
  }
  return { policy: parsePolicy(text, shown), file: shown };
}

export async function resolveScanOptions(raw: RawScanInputs, names: Names, dir = '.'): Promise<ScanOptions> {
  const { policy, file } = await loadPolicy(raw.policy, dir, names.policy);
  const overrides: Partial<ScanSettings> = {};
  const acc = raw.accounts?.trim();
  if (acc) overrides.accounts = acc === 'organization' ? 'organization' : (accounts(names.accounts, acc) ?? []);
  const include = accounts(names.include, raw.include);
  if (include) overrides.include = include;
  const exclude = accounts(names.exclude, raw.exclude);
  if (exclude) overrides.exclude = exclude;
  const ous = splitWords(raw.organizationalUnits);
  if (ous.length) {
    for (const o of ous) if (!PARENT_RE.test(o)) bad(names.organizationalUnits, o, 'accepted values are OU ids (ou-…) and root ids (r-…)');
    overrides.organizationalUnits = ous;
  }
  const regions = raw.regions?.trim();
  if (regions) {
    if (regions === 'enabled') overrides.regions = 'enabled';
    else {
      const list = splitWords(regions);
      for (const r of list) if (!REGION_RE.test(r)) bad(names.regions, r, 'accepted values are "enabled" or AWS regions such as eu-west-1');
      overrides.regions = list;
    }
  }
  const role = raw.roleName?.trim();
  if (role) {
    if (!ROLE_RE.test(role)) bad(names.roleName, role, 'accepted values are IAM role names such as QuotaGuardReadOnly');
    overrides.roleName = role;
  }
  const externalId = raw.externalId?.trim() || undefined;
  if (externalId && !/^[\w+=,.@:/-]{2,1224}$/.test(externalId)) throw new InputValueError(`${names.externalId} is not a valid external id (2–1224 of letters, digits and +=,.@:/-)`);
  const shard: Shard | undefined = raw.shard?.trim() ? named(names.shard, () => parseShard(raw.shard!)) : undefined;
  let forecast: boolean | undefined;
  const f = raw.forecast?.trim().toLowerCase();
  if (f === 'true') forecast = true;
  else if (f === 'false') forecast = false;
  else if (f) bad(names.forecast, raw.forecast!, 'accepted values are true, false, or empty for the policy file');
  const failOn = raw.failOn?.trim() ? named(names.failOn, () => parseFailOn(raw.failOn!)) : 'critical';
  let concurrency: number | undefined;
  if (raw.concurrency?.trim()) {
    concurrency = Number(raw.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 1024) bad(names.concurrency, raw.concurrency, 'accepted values are whole numbers from 1 to 1024');
  }
  const narrowed = Array.isArray(overrides.accounts) || Array.isArray(overrides.regions) || !!(overrides.include || overrides.exclude || overrides.organizationalUnits);
  return {
    policy,
    ...(file ? { policyFile: file } : {}),
    overrides,
    ...(narrowed ? { partial: true } : {}),
    ...(externalId ? { externalId } : {}),
    ...(shard ? { shard } : {}),
    ...(forecast !== undefined ? { forecast } : {}),
    failOn,
    ...(concurrency ? { concurrency } : {}),
  };
}

// ---- Approved requests ----------------------------------------------------------------------------------------

/** A finite number ≥ 0. */
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/**
 * The `requests` output of a scan (JSON) → the increases it planned for an approval (`outcome: planned`), to file
 * now. Every other entry (filed, reused, not filed) is left out. Each planned entry needs its account, region,
 * service and quota codes in their AWS forms and finite values with the desired one above the current one; anything
 * else is refused with the entry's index, since filing a garbled request is worse than filing none.
 */
export function parsePlannedRequests(text: string, name: string): PlannedIncrease[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputValueError(`${name} is not JSON: expected the \`requests\` output of a scan job`);
  }
  if (!Array.isArray(value)) throw new InputValueError(`${name} is not a JSON array: expected the \`requests\` output of a scan job`);
  const out: PlannedIncrease[] = [];
  value.forEach((v, i) => {
    const r = (v ?? {}) as Record<string, unknown>;
    if (r.outcome !== 'planned') return;
    const ok =
      typeof r.account === 'string' &&
      ACCOUNT_RE.test(r.account) &&
      isQuotaTarget(r) &&
      num(r.currentValue) &&
      num(r.desiredValue) &&
      r.desiredValue > r.currentValue &&
      (TRIGGERS as readonly unknown[]).includes(r.trigger);
    if (!ok) throw new InputValueError(`${name}: entry ${i} is planned but lacks an account, region, serviceCode, quotaCode, trigger, or a desiredValue above its currentValue`);
    const trigger = r.trigger as PlannedIncrease['trigger'];
    out.push({
      account: r.account as string,
      region: r.region as string,
      serviceCode: r.serviceCode as string,
      quotaCode: r.quotaCode as string,
      ...(typeof r.quotaName === 'string' ? { quotaName: r.quotaName } : {}),
      currentValue: r.currentValue as number,
      desiredValue: r.desiredValue as number,
      reason: 'approved in the approval job',
      trigger,
      level: 'auto',
      ...(typeof r.justification === 'string' ? { justification: r.justification } : {}),
    });
  });
  return out;
}

// ---- Shard reports --------------------------------------------------------------------------------------------

/** The JSON reports of a scan's shards, for `merge`; a file that cannot be read is an InputError naming it. */
export async function readReports(files: readonly string[]): Promise<{ file: string; report: ScanReport }[]> {
  const out: { file: string; report: ScanReport }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(file, code === 'ENOENT' ? 'file not found' : `cannot read: ${(e as Error).message}`);
    }
    out.push({ file, report: parseScanReport(text, file) });
  }
  return out;
}
