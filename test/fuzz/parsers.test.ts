// Property-based fuzzing of the four input parsers (issue 9). Random valid documents are mutated (members dropped,
// duplicated, retyped; huge, negative, fractional and non-finite numbers; deep nesting; truncation at a random
// offset) and fed to the parser. The invariant: a clean InputError naming the file, or a result whose requirements
// show every quota-consuming resource an independent reading of the same text finds (counted or unknown), with every
// amount a finite number >= 0 — no other exception, and never a pass that left such a resource out.
// Seeded and bounded: FUZZ_RUNS (default 150 per parser) and FUZZ_SEED; `npm run fuzz` runs 2,500 per parser (10,000 in all).
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../../src/model.js';
import type { ParsedInput } from '../../src/model.js';
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { parseCloudFormationTemplate } from '../../src/parsers/cloudformation-template.js';
import { parseChangeSet } from '../../src/parsers/cloudformation-changeset.js';
import { parseDeployConfig } from '../../src/parsers/deploy-config.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const FILE = 'fuzzed-input';
const vcpus = vcpuLookup();

// ---------------------------------------------------------------------------------------------------------------
// Mutations, applied to the document as a JS tree and then to its text.

type Tree = unknown;
/** Serialises as a number JSON cannot hold exactly: `1e400` reads back as Infinity. */
class Raw {
  constructor(readonly text: string) {}
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, -5, -0, 0, 1.5, 2 ** 53, 1e300, -1e300, '', '-5', '1e999', 'NaN', null, true, [], {}),
  fc.constantFrom(new Raw('1e400'), new Raw('-1e400')),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: 1, max: 1200 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
    return v;
  }),
);

type Mutation = { kind: 'drop' | 'retype' | 'duplicate'; at: number; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom('drop', 'retype', 'duplicate'), at: fc.nat(), value: hostileValue });

/** Every (container, key) in the tree, in document order. */
function slots(tree: Tree): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 40 || v === null || typeof v !== 'object' || v instanceof Raw) return;
    if (Array.isArray(v)) v.forEach((item, i) => (out.push([v, i]), walk(item, depth + 1)));
    else for (const k of Object.keys(v)) out.push([v as Record<string, unknown>, k]), walk((v as Record<string, unknown>)[k], depth + 1);
  };
  walk(tree, 0);
  return out;
}

/** Applies mutations in place; returns the objects that get a duplicated member, for the serialiser. */
function mutate(tree: Tree, mutations: Mutation[]): Map<object, [string, unknown]> {
  const duplicates = new Map<object, [string, unknown]>();
  for (const m of mutations) {
    const all = slots(tree);
    if (!all.length) break;
    const [container, key] = all[m.at % all.length]!;
    if (m.kind === 'retype') (container as Record<string | number, unknown>)[key] = m.value;
    else if (m.kind === 'drop') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key as string];
    } else if (!Array.isArray(container)) duplicates.set(container, [key as string, m.value]);
  }
  return duplicates;
}

/** JSON text, with a duplicated member where asked (JSON.stringify cannot write one). */
function toJson(v: unknown, duplicates: Map<object, [string, unknown]>): string {
  if (v instanceof Raw) return v.text;
  if (typeof v === 'number' && !Number.isFinite(v)) return v > 0 ? '1e400' : v < 0 ? '-1e400' : '0';
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => toJson(x, duplicates)).join(',')}]`;
  const members = Object.keys(v).map((k) => `${JSON.stringify(k)}:${toJson((v as Record<string, unknown>)[k], duplicates)}`);
  const dup = duplicates.get(v);
  if (dup) members.push(`${JSON.stringify(dup[0])}:${toJson(dup[1], duplicates)}`);
  return `{${members.join(',')}}`;
}

/** YAML text (block style), with `.nan` / `.inf` for non-finite numbers and a duplicated key where asked. */
function toYaml(v: unknown, duplicates: Map<object, [string, unknown]>, indent = ''): string {
  const scalar = (x: unknown): string => {
    if (x instanceof Raw) return x.text;
    if (typeof x === 'number') return Number.isNaN(x) ? '.nan' : x === Infinity ? '.inf' : x === -Infinity ? '-.inf' : String(x);
    return JSON.stringify(x) ?? 'null';
  };
  const isCollection = (x: unknown): x is object => x !== null && typeof x === 'object' && !(x instanceof Raw);
  const empty = (x: object): boolean => (Array.isArray(x) ? x.length === 0 : Object.keys(x).length === 0);
  if (!isCollection(v)) return `${scalar(v)}\n`;
  if (empty(v)) return Array.isArray(v) ? '[]\n' : '{}\n';
  const child = (x: unknown): string => (isCollection(x) && !empty(x) ? `\n${toYaml(x, duplicates, `${indent}  `)}` : ` ${toYaml(x, duplicates, `${indent}  `)}`);
  if (Array.isArray(v)) return v.map((x) => `${indent}-${child(x)}`).join('');
  const entries = Object.keys(v).map((k) => [k, (v as Record<string, unknown>)[k]] as const);
  const dup = duplicates.get(v);
  if (dup) entries.push(dup);
  return entries.map(([k, x]) => `${indent}${JSON.stringify(k)}:${child(x)}`).join('');
}

interface Case {
  tree: Tree;
  mutations: Mutation[];
  /** Cut the text at this fraction of its length (1: keep it whole). */
  cut: number;
}

const caseOf = (tree: fc.Arbitrary<Tree>): fc.Arbitrary<Case> =>
  fc.record({
    tree,
    mutations: fc.array(mutation, { maxLength: 3 }),
    cut: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }),
  });

function render(c: Case, format: 'json' | 'yaml'): string {
  const tree = structuredClone(c.tree);
  const duplicates = mutate(tree, c.mutations);
  const text = format === 'json' ? toJson(tree, duplicates) : toYaml(tree, duplicates);
  return c.cut < 1 ? text.slice(0, Math.floor(text.length * c.cut)) : text;
}

// ---------------------------------------------------------------------------------------------------------------
// The invariant.

/**
 * Parses; an InputError naming the file is a clean refusal. Otherwise every address `expected` reads from the text
 * independently must be a source of some requirement, and every amount must be finite and >= 0.
 */
function holds(parse: () => ParsedInput, expected: () => string[]): 'refused' | 'read' {
  let parsed: ParsedInput;
  try {
    parsed = parse();
  } catch (e) {
    if (e instanceof InputError && e.file === FILE && e.message.length > 0) return 'refused';
    throw e;
  }
  const { requirements } = buildRequirements([parsed], { capacity: 'max', vcpus });
  for (const r of requirements) {
    if (!Number.isFinite(r.required) || r.required < 0) throw new Error(`${r.quotaCode}: required ${r.required}`);
    for (const s of r.sources) if (s.amount !== null && (!Number.isFinite(s.amount) || s.amount < 0)) throw new Error(`${s.address}: amount ${s.amount}`);
  }
  const shown = new Set(requirements.flatMap((r) => r.sources.map((s) => s.address)));
  const missing = expected().filter((a) => !shown.has(a));
  if (missing.length) throw new Error(`passed over quota-consuming resources: ${missing.join(", ")}`);
  return 'read';
}

/** Runs a property and checks the mutations reach both outcomes, so neither path goes untested. */
function fuzz<T>(name: string, arb: fc.Arbitrary<T>, run: (value: T) => 'refused' | 'read'): void {
  const seen = { refused: 0, read: 0 };
  fc.assert(fc.property(arb, (value) => void seen[run(value)]++), params);
  if (process.env.FUZZ_RUNS) console.log(`${name}: ${seen.read + seen.refused} cases, ${seen.read} read and checked, ${seen.refused} refused with an InputError`);
  expect(seen.read).toBeGreaterThan(0);
  expect(seen.refused).toBeGreaterThan(0);
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true };
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);

// ---------------------------------------------------------------------------------------------------------------
// Terraform plans.

/** Types whose every create consumes a quota whatever its attributes say (a count of 1, or an unknown amount). */
const TF_CONSUMING = ['aws_vpc', 'aws_eip', 'aws_nat_gateway', 'aws_db_instance', 'aws_autoscaling_group'];
const TF_TYPES = [...TF_CONSUMING, 'aws_instance', 'aws_s3_bucket', 'aws_lambda_function', 'aws_subnet'];
const TF_ACTIONS = [['create'], ['update'], ['delete'], ['no-op'], ['delete', 'create'], ['create', 'delete'], ['read']];

const tfAttributes = fc.record({ instance_type: fc.constantFrom('m5.large', 't3.micro'), max_size: fc.nat(20), allocated_storage: fc.nat(500), engine: fc.constant('postgres'), reserved_concurrent_executions: fc.integer({ min: -1, max: 50 }) }, { requiredKeys: [] });

const planTree = fc
  .array(fc.record({ type: fc.constantFrom(...TF_TYPES), name, actions: fc.constantFrom(...TF_ACTIONS), after: tfAttributes }), { minLength: 1, maxLength: 6 })
  .map((resources) => {
    const rcs = resources.map((r, i) => ({
      address: `${r.type}.${r.name}${i}`,
      mode: 'managed',
      type: r.type,
      name: `${r.name}${i}`,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: r.actions, before: r.actions[0] === 'create' ? null : r.after, after: r.actions.includes('delete') && r.actions.length === 1 ? null : r.after, after_unknown: {} },
    }));
    return {
      format_version: '1.2',
      terraform_version: '1.9.0',
      variables: { region: { value: 'eu-west-1' } },
      planned_values: { root_module: { resources: rcs.map((rc) => ({ address: rc.address, values: rc.change.after })) } },
      resource_changes: rcs,
      configuration: { provider_config: { aws: { name: 'aws', expressions: { region: { references: ['var.region'] } } } }, root_module: { resources: rcs.map((rc) => ({ address: rc.address, mode: 'managed', type: rc.type, name: rc.name, expressions: {} })) } },
    };
  });

/** Creates of always-consuming types, read with JSON.parse as Terraform's own reader would (no duplicate top-level keys). */
function planExpected(text: string): string[] {
  const plan = JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
  const rcs = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  return rcs
    .filter((rc): rc is Record<string, unknown> => isObj(rc) && isObj(rc.change) && rc.mode === 'managed' && TF_CONSUMING.includes(rc.type as string))
    .filter((rc) => { const p = String(rc.provider_name ?? 'aws'); return p === 'aws' || p.endsWith('/aws'); })
    .filter((rc) => ['create', 'create,delete', 'create,forget'].includes(String((rc.change as Record<string, unknown>).actions)) && !rc.deposed)
    .map((rc) => rc.address as string);
}

// ---------------------------------------------------------------------------------------------------------------
// CloudFormation templates (JSON, as CDK writes them, and YAML) and change sets.

const CFN_CONSUMING = ['AWS::EC2::VPC', 'AWS::EC2::EIP', 'AWS::EC2::NatGateway', 'AWS::RDS::DBInstance', 'AWS::AutoScaling::AutoScalingGroup'];
const CFN_TYPES = [...CFN_CONSUMING, 'AWS::EC2::Instance', 'AWS::S3::Bucket', 'AWS::Lambda::Function'];
const cfnProperties = fc.record({ InstanceType: fc.constantFrom('m5.large', 't3.micro'), MaxSize: fc.nat(20).map(String), MinSize: fc.constant('0'), AllocatedStorage: fc.nat(500).map(String), Engine: fc.constant('postgres') }, { requiredKeys: [] });

const templateTree = fc.array(fc.record({ type: fc.constantFrom(...CFN_TYPES), name: fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,7}$/), properties: cfnProperties }), { minLength: 1, maxLength: 6 }).map((resources) => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Parameters: { Env: { Type: 'String', Default: 'prod' } },
  Resources: Object.fromEntries(resources.map((r, i) => [`${r.name}${i}`, { Type: r.type, Properties: r.properties }])),
  Outputs: { Out: { Value: { Ref: 'Env' } } },
}));

function templateExpected(doc: unknown): string[] {
  const resources = isObj(doc) && isObj(doc.Resources) ? doc.Resources : {};
  return Object.keys(resources).filter((id) => isObj(resources[id]) && CFN_CONSUMING.includes((resources[id] as Record<string, unknown>).Type as string) && !('Condition' in (resources[id] as object)));
}

const changeSetTree = fc.array(fc.record({ type: fc.constantFrom(...CFN_TYPES), name: fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,7}$/), action: fc.constantFrom('Add', 'Modify', 'Remove'), properties: cfnProperties }), { minLength: 1, maxLength: 6 }).map((changes) => ({
  StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/s/1',
  Status: 'CREATE_COMPLETE',
  Changes: changes.map((c, i) => ({
    Type: 'Resource',
    ResourceChange: { Action: c.action, LogicalResourceId: `${c.name}${i}`, ResourceType: c.type, Replacement: c.action === 'Modify' ? 'False' : undefined, AfterContext: c.action === 'Remove' ? undefined : JSON.stringify({ Properties: c.properties }), BeforeContext: c.action === 'Add' ? undefined : JSON.stringify({ Properties: c.properties }) },
  })),
}));

function changeSetExpected(text: string): string[] {
  const data = JSON.parse(text) as unknown;
  const pages = Array.isArray(data) ? data : [data];
  return pages.flatMap((p) => (isObj(p) && Array.isArray(p.Changes) ? p.Changes : []))
    .filter((c): c is Record<string, unknown> => isObj(c) && (c.Type === undefined || c.Type === 'Resource') && isObj(c.ResourceChange))
    .map((c) => c.ResourceChange as Record<string, unknown>)
    .filter((rc) => rc.Action === 'Add' && CFN_CONSUMING.includes(rc.ResourceType as string))
    .map((rc) => rc.LogicalResourceId as string);
}

// ---------------------------------------------------------------------------------------------------------------
// Deploy configs.

const configTree = fc.record({
  instances: fc.array(fc.record({ name, instance_type: fc.constantFrom('m5.large', 't3.micro'), count: fc.nat(10) }, { requiredKeys: ['instance_type'] }), { maxLength: 3 }),
  groups: fc.array(fc.record({ name, instance_type: fc.constant('c5.xlarge'), max_size: fc.nat(10), market: fc.constantFrom('spot', 'on-demand') }, { requiredKeys: ['instance_type', 'max_size'] }), { maxLength: 3 }),
  dbs: fc.array(fc.record({ name, instance_class: fc.constant('db.t3.micro'), allocated_storage: fc.nat(500) }), { maxLength: 2 }),
}).map((c) => ({ version: 1, defaults: { region: 'eu-west-1', buffer: 20 }, buffers: { 'L-1216C47A': 10 }, ec2: { instances: c.instances, auto_scaling_groups: c.groups }, rds: { instances: c.dbs }, requirements: [{ service: 'vpc', quota: 'L-FE5A380F', amount: 1 }] }));

/** ASGs and RDS instances always consume (a group, an instance); read with the yaml package on its own. */
function configExpected(text: string): string[] {
  const doc = parseYaml(text, { maxAliasCount: 100 }) as unknown;
  if (!isObj(doc)) return [];
  const list = (section: string, key: string): unknown[] => (isObj(doc[section]) && Array.isArray((doc[section] as Record<string, unknown>)[key]) ? ((doc[section] as Record<string, unknown>)[key] as unknown[]) : []);
  const addresses = (section: string, key: string): string[] => list(section, key).map((e, i) => (isObj(e) && typeof e.name === "string" && e.name ? `${section}.${key}[${i}] (${e.name})` : `${section}.${key}[${i}]`));
  return [...addresses('ec2', 'auto_scaling_groups'), ...addresses('rds', 'instances')];
}

// ---------------------------------------------------------------------------------------------------------------

describe(`parsers under fuzzing (${RUNS} cases each, seed ${SEED})`, () => {
  test('Terraform plan reader', () => {
    fuzz('plan', caseOf(planTree), (c) => {
      const text = render(c, 'json');
      return holds(() => parseTerraformPlan(text, FILE, { region: 'eu-west-1' }), () => planExpected(text));
    });
  });

  test('CloudFormation template parser (JSON and YAML)', () => {
    fuzz('template', fc.tuple(caseOf(templateTree), fc.boolean()), ([c, yaml]) => {
      const text = render(c, yaml ? 'yaml' : 'json');
      return holds(() => parseCloudFormationTemplate(text, FILE, { region: 'eu-west-1' }), () => templateExpected(parseYaml(text, { maxAliasCount: 100 })));
    });
  });

  test('CloudFormation change-set parser', () => {
    fuzz('change set', caseOf(changeSetTree), (c) => {
      const text = render(c, 'json');
      return holds(() => parseChangeSet(text, FILE, { region: 'eu-west-1' }), () => changeSetExpected(text));
    });
  });

  test('deploy-config parser', () => {
    fuzz('deploy config', caseOf(configTree), (c) => {
      const text = render(c, 'yaml');
      return holds(() => parseDeployConfig(text, FILE, { region: 'eu-west-1' }), () => configExpected(text));
    });
  });

  test('the unmutated documents pass the oracle and are counted (the fuzzer reaches the counting code)', () => {
    fc.assert(fc.property(planTree, templateTree, configTree, (plan, template, config) => {
      const planText = JSON.stringify(plan);
      expect(holds(() => parseTerraformPlan(planText, FILE), () => planExpected(planText))).toBe('read');
      const templateText = JSON.stringify(template);
      const parsed = parseCloudFormationTemplate(templateText, FILE, { region: 'eu-west-1' });
      expect(parsed.changes).toHaveLength(Object.keys(template.Resources).length);
      expect(holds(() => parsed, () => templateExpected(template))).toBe('read');
      const configText = toYaml(config, new Map());
      expect(parseDeployConfig(configText, FILE).changes).toHaveLength(config.ec2.instances.length + config.ec2.auto_scaling_groups.length + config.rds.instances.length);
    }), { seed: SEED, numRuns: Math.min(RUNS, 50) });
  });
});
