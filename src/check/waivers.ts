// Waivers: a checked-in file that accepts named findings on purpose, each with a reason and an expiry date. A
// waived finding is still shown (marked waived, `Result.waiver`) and does not gate; once expired it gates again and
// says so. A waiver never covers a setup error (AWS could not be read): that is fixed, not accepted.
//
// File (default `.quota-guard-ignore.yml` in the working directory, when present; `--waivers` / the `waivers`
// input name another):
//
//   waivers:
//     - quota: L-1216C47A             # quota code (required)
//       service: ec2                  # service code (optional)
//       region: eu-west-1             # region, account, or both (at least one)
//       account: "123456789012"
//       resource: aws_autoscaling_group.web   # optional: only findings this resource adds to
//       reason: capacity reservation CR-123 covers it until the migration   # required
//       expires: 2026-12-31           # required, YYYY-MM-DD; the waiver holds through that day (UTC)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import { ACCOUNT_RE, InputError, QUOTA_CODE_RE, REGION_RE, SERVICE_CODE_RE } from '../model.js';
import type { Result, Waiver } from '../model.js';

const DEFAULT_WAIVERS_FILE = '.quota-guard-ignore.yml';

/** One waiver as written in the file. */
export interface WaiverRule {
  quotaCode: string;
  serviceCode?: string;
  region?: string;
  account?: string;
  /** Resource address (Terraform address, CloudFormation logical id); a Terraform address also covers its instances. */
  resource?: string;
  reason: string;
  /** YYYY-MM-DD, last day the waiver holds. */
  expires: string;
  file: string;
  line?: number;
}

const KEYS = ['quota', 'service', 'region', 'account', 'resource', 'reason', 'expires'] as const;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form. */
function isDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function parseWaivers(text: string, file: string): WaiverRule[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(file, `invalid YAML at line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as Node | undefined)?.range ?? ((node as Pair | undefined)?.key as Node | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const fail = (where: string, node: unknown, message: string): never => {
    const line = lineOf(node);
    throw new InputError(file, `${where}${line ? ` (line ${line})` : ''}: ${message}`);
  };
  const root = doc.contents;
  if (root === null || root === undefined) return [];
  if (!isMap(root)) return fail('the file', root, 'expected a mapping with a `waivers:` list');
  let list: Node | undefined;
  for (const pair of (root as YAMLMap).items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (key !== 'waivers') fail(key, pair, 'unknown key; expected waivers');
    list = pair.value as Node;
  }
  if (list === undefined || list === null || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) return fail('waivers', list, 'expected a list of waivers');

  return (list.items as Node[]).map((item, i) => {
    const at = `waivers[${i}]`;
    if (!isMap(item)) return fail(at, item, `expected a mapping with ${KEYS.join(', ')}`);
    const values: Partial<Record<(typeof KEYS)[number], string>> = {};
    for (const pair of item.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(KEYS as readonly string[]).includes(key)) fail(`${at}.${key}`, pair, `unknown key; expected one of ${KEYS.join(', ')}`);
      const v = isScalar(pair.value) ? pair.value.value : undefined;
      // 12-digit account ids written without quotes are numbers to YAML.
      const text = typeof v === 'number' && key === 'account' ? String(v).padStart(12, '0') : v;
      if (typeof text !== 'string' || text.trim() === '') fail(`${at}.${key}`, pair.value ?? pair, `expected text, got ${JSON.stringify(v ?? null)}`);
      values[key as (typeof KEYS)[number]] = (text as string).trim();
    }
    const check = (key: (typeof KEYS)[number], ok: (s: string) => boolean, what: string): void => {
      const v = values[key];
      if (v !== undefined && !ok(v)) fail(`${at}.${key}`, item.get(key, true) ?? item, `expected ${what}, got ${JSON.stringify(v)}`);
    };
    if (!values.quota) fail(at, item, 'no quota: name the quota code (e.g. quota: L-1216C47A)');
    if (!values.reason) fail(at, item, 'no reason: say why the finding is accepted (reason: …)');
    if (!values.expires) fail(at, item, 'no expires: give the last day the waiver holds (expires: YYYY-MM-DD)');
    if (!values.region && !values.account) fail(at, item, 'no region or account: name where the finding is waived');
    check('quota', (s) => QUOTA_CODE_RE.test(s), 'a quota code such as L-1216C47A');
    check('service', (s) => SERVICE_CODE_RE.test(s), 'a service code such as ec2');
    check('region', (s) => REGION_RE.test(s), 'an AWS region such as eu-west-1');
    check('account', (s) => ACCOUNT_RE.test(s), 'a 12-digit AWS account id (quote it)');
    check('expires', isDate, 'a date YYYY-MM-DD');
    const rule: WaiverRule = { quotaCode: values.quota!, reason: values.reason!, expires: values.expires!, file };
    if (values.service) rule.serviceCode = values.service;
    if (values.region) rule.region = values.region;
    if (values.account) rule.account = values.account;
    if (values.resource) rule.resource = values.resource;
    const line = lineOf(item);
    if (line) rule.line = line;
    return rule;
  });
}

/**
 * The waivers to apply: `file` when given (it must exist), else the default file in `dir` when it is there.
 * Paths are relative to `dir`; the rules name the file as given, so that messages point at it.
 */
export async function loadWaivers(file: string | undefined, dir: string): Promise<WaiverRule[]> {
  const name = file ?? DEFAULT_WAIVERS_FILE;
  const p = path.resolve(dir, name);
  if (!existsSync(p)) {
    if (file === undefined) return [];
    throw new InputError(name, 'waivers file not found');
  }
  return parseWaivers(await readFile(p, 'utf8'), name);
}

function coversResource(rule: WaiverRule, r: Result): boolean {
  if (rule.resource === undefined) return true;
  const want = rule.resource;
  return r.sources.some((s) => s.address === want || s.address.startsWith(`${want}[`));
}

function matches(rule: WaiverRule, r: Result): boolean {
  return (
    rule.quotaCode === r.quotaCode &&
    (rule.serviceCode === undefined || rule.serviceCode === r.serviceCode) &&
    (rule.region === undefined || rule.region === r.region) &&
    (rule.account === undefined || rule.account === r.account) &&
    coversResource(rule, r)
  );
}

/**
 * Marks each finding a waiver matches (the first in force, else the first expired one). Findings are shortfalls
 * and unknowns; never a setup error. `today` is YYYY-MM-DD (UTC).
 */
export function applyWaivers(results: Result[], rules: readonly WaiverRule[], today: string): Result[] {
  if (!rules.length) return results;
  return results.map((r) => {
    if (r.status === 'ok' || r.setupError) return r;
    const found = rules.filter((w) => matches(w, r));
    const rule = found.find((w) => w.expires >= today) ?? found[0];
    if (!rule) return r;
    const waiver: Waiver = { reason: rule.reason, expires: rule.expires, expired: rule.expires < today, file: rule.file };
    if (rule.line !== undefined) waiver.line = rule.line;
    return { ...r, waiver };
  });
}
