// The deploy config YAML (documented by infrastructure-config.example.yaml) → resource changes and explicit
// requirements. Every entry keeps its line so reports and annotations point at it.
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { ACCOUNT_RE, InputError, QUOTA_CODE_RE, REGION_RE, SERVICE_CODE_RE, Unknown, plainAttributes } from '../model.js';
import type { ExplicitRequirement, ParsedInput, ResourceChange } from '../model.js';

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


export function parseDeployConfig(text: string, file: string, options: DeployConfigOptions = {}): ParsedInput {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(file, `invalid YAML at line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  const fail = (path: string, node: Node | null | undefined, message: string): never => {
    const at = node?.range ? ` (line ${lines.linePos(node.range[0]).line})` : '';
    throw new InputError(file, `${path}${at}: ${message}`);
  };
  const root = doc.contents;
  if (!isMap(root)) return fail('the file', root, 'expected a mapping with ec2 / lambda / rds / requirements sections');
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? lines.linePos(node.range[0]).line : undefined);

  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!TOP_KEYS.has(key)) fail(key, pair.key as Node, `unknown section; expected one of ${[...TOP_KEYS].join(', ')}`);
  }
  const version = (root.toJSON() as Record<string, unknown>).version;
  if (version !== undefined && version !== 1) fail('version', root.get('version', true) as Node, `unsupported version ${JSON.stringify(version)}; expected 1`);

  const defaults = (root.get('defaults', true) ?? null) as YAMLMap | null;
  if (defaults !== null && !isMap(defaults)) fail('defaults', defaults, 'expected a mapping');
  const def = (defaults?.toJSON() ?? {}) as Record<string, unknown>;
  const account = checkAccount(def.account, 'defaults.account', defaults, fail);
  const region = checkRegion(def.region, 'defaults.region', defaults, fail) ?? options.region;
  let defaultBuffer: number | undefined;
  if (def.buffer !== undefined) defaultBuffer = checkPercent(def.buffer, 'defaults.buffer', defaults, fail);

  const buffers: Record<string, number> = {};
  const bufferNode = root.get('buffers', true) as Node | undefined;
  if (bufferNode !== undefined) {
    if (!isMap(bufferNode)) fail('buffers', bufferNode, 'expected a mapping of quota code to percent');
    for (const [code, pct] of Object.entries((bufferNode as YAMLMap).toJSON() as Record<string, unknown>)) {
      if (!QUOTA_CODE_RE.test(code)) fail(`buffers.${code}`, bufferNode, 'not a quota code (like L-1216C47A)');
      buffers[code] = checkPercent(pct, `buffers.${code}`, bufferNode, fail);
    }
  }

  const entryRegion = (value: unknown, path: string, node: Node): string | Unknown =>
    checkRegion(value, `${path}.region`, node, fail) ?? region ?? new Unknown(`${path}: no region; set defaults.region, the entry's region, or --region`);

  const changes: ResourceChange[] = [];
  for (const [section, lists] of Object.entries(SECTIONS)) {
    const sectionNode = root.get(section, true) as Node | undefined;
    if (sectionNode === undefined || sectionNode === null) continue;
    if (!isMap(sectionNode)) fail(section, sectionNode, 'expected a mapping');
    for (const pair of (sectionNode as YAMLMap).items) {
      const key = String((pair.key as { value?: unknown }).value);
      if (!lists[key]) fail(`${section}.${key}`, pair.key as Node, `unknown list; expected ${Object.keys(lists).join(' or ')}`);
      const seq = pair.value as Node;
      if (!isSeq(seq)) fail(`${section}.${key}`, seq, 'expected a list');
      seqItems(seq).forEach((item, i) => {
        const path = `${section}.${key}[${i}]`;
        if (!isMap(item)) fail(path, item, 'expected a mapping');
        const value = item.toJSON() as Record<string, unknown>;
        for (const k of COUNT_KEYS) if (value[k] !== undefined) checkCount(value[k], `${path}.${k}`, item, fail);
        const type = value.instance_type;
        if (lists[key].startsWith('ec2.') && typeof type !== 'string' && !Array.isArray(value.instance_types)) fail(path, item, 'instance_type is required (e.g. m5.large)');
        if (value.market !== undefined && value.market !== 'spot' && value.market !== 'on-demand') fail(`${path}.market`, item, `expected spot or on-demand, got ${JSON.stringify(value.market)}`);
        const name = typeof value.name === 'string' ? value.name : undefined;
        changes.push({
          format: 'config',
          file,
          address: name ? `${path} (${name})` : path,
          line: lineOf(item),
          type: lists[key],
          action: 'create',
          before: null,
          after: plainAttributes(value),
          region: entryRegion(value.region, path, item),
          account: checkAccount(value.account, `${path}.account`, item, fail) ?? account,
        });
      });
    }
  }

  const explicit: ExplicitRequirement[] = [];
  const reqNode = root.get('requirements', true) as Node | undefined;
  if (reqNode !== undefined && reqNode !== null) {
    if (!isSeq(reqNode)) fail('requirements', reqNode, 'expected a list');
    seqItems(reqNode).forEach((item, i) => {
      const path = `requirements[${i}]`;
      if (!isMap(item)) fail(path, item, 'expected a mapping with service, quota and amount');
      const v = item.toJSON() as Record<string, unknown>;
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

type Fail = (path: string, node: Node | null | undefined, message: string) => never;

function seqItems(seq: Node): Node[] {
  return (seq as unknown as { items: Node[] }).items;
}

function checkCount(value: unknown, path: string, node: Node | null, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, node, `expected a whole number of 0 or more, got ${JSON.stringify(value)}`);
  return value as number;
}

function checkPercent(value: unknown, path: string, node: Node | null, fail: Fail): number {
  if (typeof value !== 'number' || value < 0 || value >= 100) fail(path, node, `expected a percentage from 0 to 99, got ${JSON.stringify(value)}`);
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
