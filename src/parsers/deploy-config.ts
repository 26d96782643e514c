// The deploy config YAML (documented by infrastructure-config.example.yaml) → resource changes and explicit
// requirements. Every entry keeps its line so reports and annotations point at it.
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { ACCOUNT_RE, InputError, QUOTA_CODE_RE, REGION_RE, SERVICE_CODE_RE, Unknown, plainAttributes } from '../model.js';
import type { ExplicitRequirement, ParsedInput, ResourceChange } from '../model.js';
import { checkNesting } from './input-text.js';
import { YamlTree } from './yaml-tree.js';

export interface DeployConfigOptions {
  /** Region when neither the entry nor `defaults.region` names one. */
  region?: string;
}

/** Section → (list key → resource kind) in the established layout. */
const SECTIONS: Record<string, Record<string, string>> = {
  ec2: { instances: 'ec2.instance', auto_scaling_groups: 'ec2.auto_scaling_group' },
  lambda: { functions: 'lambda.function' },
  rds: { instances: 'rds.instance' },
};

const TOP_KEYS = new Set(['version', 'defaults', 'buffers', 'requirements', ...Object.keys(SECTIONS)]);
const COUNT_KEYS = ['count', 'desired_capacity', 'min_size', 'max_size', 'reserved_concurrency', 'provisioned_concurrency', 'allocated_storage'];

/** The keys each kind of entry takes: anything else (a typo such as `cuont`) is an error, never ignored. */
const ENTRY_KEYS: Record<string, readonly string[]> = {
  'ec2.instance': ['name', 'instance_type', 'count', 'market', 'region', 'account'],
  'ec2.auto_scaling_group': ['name', 'instance_type', 'instance_types', 'min_size', 'desired_capacity', 'max_size', 'market', 'region', 'account'],
  'lambda.function': ['name', 'reserved_concurrency', 'provisioned_concurrency', 'region', 'account'],
  'rds.instance': ['name', 'instance_class', 'allocated_storage', 'count', 'region', 'account'],
  requirement: ['name', 'service', 'quota', 'amount', 'region', 'account'],
  defaults: ['account', 'region', 'buffer'],
};

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

export function parseDeployConfig(text: string, file: string, options: DeployConfigOptions = {}): ParsedInput {
  checkNesting(text, file);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(file, `invalid YAML at line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  // Aliases resolved once and bounded by what they expand to (see yaml-tree.ts).
  const data = new YamlTree(lines, new WeakMap(), file).convert(doc.contents);
  // Values are read from `data`; nodes only give lines (an alias node gives the line of the alias).
  const fail = (path: string, node: Node | null | undefined, message: string): never => {
    const at = node?.range ? ` (line ${lines.linePos(node.range[0]).line})` : '';
    throw new InputError(file, `${path}${at}: ${message}`);
  };
  const root = doc.contents;
  if (!isObj(data) || !isMap(root)) return fail('the file', root, 'expected a mapping with ec2 / lambda / rds / requirements sections');
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const child = (node: Node | null | undefined, key: string | number): Node | undefined => {
    if (isMap(node)) return (node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)?.value ?? undefined) as Node | undefined;
    if (isSeq(node) && typeof key === 'number') return node.items[key] as Node | undefined;
    return undefined;
  };
  /** Refuses keys an entry does not take, naming the line of the key and the nearest accepted one. */
  const checkKeys = (value: Json, node: Node | undefined, path: string, kind: string): void => {
    const accepted = ENTRY_KEYS[kind]!;
    for (const key of Object.keys(value)) {
      if (accepted.includes(key)) continue;
      const keyNode = isMap(node) ? (node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)?.key as Node | undefined) : undefined;
      const near = nearest(key, accepted);
      fail(`${path}.${key}`, keyNode ?? node, `unknown key${near ? ` (did you mean \`${near}\`?)` : ''}; accepted keys: ${accepted.join(', ')}`);
    }
  };

  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!TOP_KEYS.has(key)) fail(key, pair.key as Node, `unknown section; expected one of ${[...TOP_KEYS].join(', ')}`);
  }
  if (data.version !== undefined && data.version !== 1) fail('version', child(root, 'version'), `unsupported version ${JSON.stringify(data.version)}; expected 1`);

  const defaultsNode = child(root, 'defaults');
  if (data.defaults !== undefined && data.defaults !== null && !isObj(data.defaults)) fail('defaults', defaultsNode, 'expected a mapping');
  const def = (data.defaults ?? {}) as Json;
  checkKeys(def, defaultsNode, 'defaults', 'defaults');
  const account = checkAccount(def.account, 'defaults.account', defaultsNode ?? null, fail);
  const region = checkRegion(def.region, 'defaults.region', defaultsNode ?? null, fail) ?? options.region;
  let defaultBuffer: number | undefined;
  if (def.buffer !== undefined) defaultBuffer = checkPercent(def.buffer, 'defaults.buffer', defaultsNode ?? null, fail);

  const buffers: Record<string, number> = {};
  const bufferNode = child(root, 'buffers');
  if (data.buffers !== undefined) {
    if (!isObj(data.buffers)) fail('buffers', bufferNode, 'expected a mapping of quota code to percent');
    for (const [code, pct] of Object.entries(data.buffers as Json)) {
      if (!QUOTA_CODE_RE.test(code)) fail(`buffers.${code}`, bufferNode, 'not a quota code (like L-1216C47A)');
      buffers[code] = checkPercent(pct, `buffers.${code}`, child(bufferNode, code) ?? bufferNode ?? null, fail);
    }
  }

  const entryRegion = (value: unknown, path: string, node: Node | null): string | Unknown =>
    checkRegion(value, `${path}.region`, node, fail) ?? region ?? new Unknown(`${path}: no region; set defaults.region, the entry's region, or --region`);

  const changes: ResourceChange[] = [];
  for (const [section, lists] of Object.entries(SECTIONS)) {
    const sectionValue = data[section];
    const sectionNode = child(root, section);
    if (sectionValue === undefined || sectionValue === null) continue;
    if (!isObj(sectionValue)) fail(section, sectionNode, 'expected a mapping');
    for (const [key, seq] of Object.entries(sectionValue as Json)) {
      const keyNode = isMap(sectionNode) ? (sectionNode.items.find((p) => isScalar(p.key) && p.key.value === key)?.key as Node | undefined) : undefined;
      if (!lists[key]) fail(`${section}.${key}`, keyNode ?? sectionNode, `unknown list; expected ${Object.keys(lists).join(' or ')}`);
      const seqNode = child(sectionNode, key);
      if (!Array.isArray(seq)) fail(`${section}.${key}`, seqNode, 'expected a list');
      (seq as unknown[]).forEach((value, i) => {
        const path = `${section}.${key}[${i}]`;
        const item = child(seqNode, i) ?? seqNode ?? null;
        if (!isObj(value)) fail(path, item, 'expected a mapping');
        const entry = value as Json;
        checkKeys(entry, item ?? undefined, path, lists[key]);
        for (const k of COUNT_KEYS) if (entry[k] !== undefined) checkCount(entry[k], `${path}.${k}`, item, fail);
        const type = entry.instance_type;
        if (lists[key].startsWith('ec2.') && typeof type !== 'string' && !Array.isArray(entry.instance_types)) fail(path, item, 'instance_type is required (e.g. m5.large)');
        if (entry.market !== undefined && entry.market !== 'spot' && entry.market !== 'on-demand') fail(`${path}.market`, item, `expected spot or on-demand, got ${JSON.stringify(entry.market)}`);
        const name = typeof entry.name === 'string' ? entry.name : undefined;
        changes.push({
          format: 'config',
          file,
          address: name ? `${path} (${name})` : path,
          line: lineOf(item),
          type: lists[key],
          action: 'create',
          before: null,
          after: plainAttributes(entry),
          region: entryRegion(entry.region, path, item),
          account: checkAccount(entry.account, `${path}.account`, item, fail) ?? account,
        });
      });
    }
  }

  const explicit: ExplicitRequirement[] = [];
  const reqNode = child(root, 'requirements');
  if (data.requirements !== undefined && data.requirements !== null) {
    if (!Array.isArray(data.requirements)) fail('requirements', reqNode, 'expected a list');
    (data.requirements as unknown[]).forEach((value, i) => {
      const path = `requirements[${i}]`;
      const item = child(reqNode, i) ?? reqNode ?? null;
      if (!isObj(value)) fail(path, item, 'expected a mapping with service, quota and amount');
      const v = value as Json;
      checkKeys(v, item ?? undefined, path, 'requirement');
      if (typeof v.service !== 'string' || !SERVICE_CODE_RE.test(v.service)) fail(`${path}.service`, item, 'expected a Service Quotas service code such as ec2 or vpc');
      if (typeof v.quota !== 'string' || !QUOTA_CODE_RE.test(v.quota)) fail(`${path}.quota`, item, 'expected a quota code such as L-FE5A380F');
      const amount = checkCount(v.amount, `${path}.amount`, item, fail);
      explicit.push({
        file,
        address: typeof v.name === 'string' ? `${path} (${v.name})` : path,
        line: lineOf(item),
        serviceCode: v.service as string,
        quotaCode: v.quota as string,
        amount,
        region: entryRegion(v.region, path, item),
        account: checkAccount(v.account, `${path}.account`, item, fail) ?? account,
      });
    });
  }
  return { file, format: 'config', changes, explicit, buffers, defaultBuffer };
}

/** The accepted key closest to a typo (optimal string alignment distance of at most 2), if any. */
function nearest(key: string, accepted: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const a of accepted) {
    const d = editDistance(key.toLowerCase(), a);
    if (d < bestDistance) [best, bestDistance] = [a, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

type Fail = (path: string, node: Node | null | undefined, message: string) => never;

function checkCount(value: unknown, path: string, node: Node | null, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, node, `expected a whole number of 0 or more, got ${JSON.stringify(value)}`);
  return value as number;
}

function checkPercent(value: unknown, path: string, node: Node | null, fail: Fail): number {
  // `.nan` is a YAML number: NaN compares false with everything, so it is refused by name.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value >= 100) fail(path, node, `expected a percentage from 0 to 99, got ${JSON.stringify(value)}`);
  return (value as number) / 100;
}

function checkRegion(value: unknown, path: string, node: Node | null, fail: Fail): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !REGION_RE.test(value)) fail(path, node, `expected an AWS region such as eu-west-1, got ${JSON.stringify(value)}`);
  return value as string;
}

function checkAccount(value: unknown, path: string, node: Node | null, fail: Fail): string | null {
  if (value === undefined) return null;
  const s = typeof value === 'number' ? String(value).padStart(12, '0') : value;
  if (typeof s !== 'string' || !ACCOUNT_RE.test(s)) fail(path, node, `expected a 12-digit AWS account id (quote it), got ${JSON.stringify(value)}`);
  return s as string;
}
