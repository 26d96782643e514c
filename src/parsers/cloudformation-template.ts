// Parses a CloudFormation template (YAML with short tags, or JSON: CDK `cdk.out/*.template.json`, SAM) into one
// ResourceChange per resource, resolving intrinsic functions offline wherever their inputs are known. Pure: no I/O.
import { LineCounter, parseDocument } from 'yaml';
import { YamlTree, setKey, type KeyLines } from './yaml-tree.js';
import { InputError, partitionOf, plainAttributes, Ref, Unknown, type Attributes, type ParsedInput, type ResourceChange } from '../model.js';
import { checkNesting, stripBom } from './input-text.js';

export interface CloudFormationOptions {
  region: string | Unknown;
  /**
   * Parameter values supplied by the user; they win over each parameter's `Default`. null keeps the stack's previous
   * value (`UsePreviousValue`), unknown offline.
   */
  parameters?: Record<string, string | null>;
}

type Obj = Record<string, unknown>;

/** What `AWS::NoValue` resolves to: the enclosing key or list element is removed. */
const NO_VALUE = Symbol('AWS::NoValue');


const SERVERLESS_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** SAM `Globals` sections and the resource types they apply to. */
const SAM_GLOBALS: Record<string, string> = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
  LayerVersion: 'AWS::Serverless::LayerVersion',
  CapacityProvider: 'AWS::Serverless::CapacityProvider',
};

/**
 * `Fn::GetAZs` yields this many symbolic zones. The real zone names (us-east-1a…) and which physical zone each maps to
 * differ per account and are only known live (DescribeAvailabilityZones), so a zone is named by its index:
 * `<region>-az1` … `<region>-az6`. Equal indexes are the same zone and different indexes different zones, which is
 * what per-AZ quota scopes need. Six is the most zones any region has.
 */
const AZ_COUNT = 6;

/** The names of the parameters a template declares (empty when it has none, or cannot be read). */
export function templateParameterNames(text: string, file: string): string[] {
  try {
    const { root } = load(text, file);
    return isObj(root) && isObj(root['Parameters']) ? Object.keys(root['Parameters']) : [];
  } catch {
    return []; // the check that reads the template reports what is wrong with it
  }
}

export function parseCloudFormationTemplate(text: string, file: string, options: CloudFormationOptions): ParsedInput {
  const { root, keyLines } = load(text, file);
  rejectOtherFormats(root, file);
  if (!isObj(root)) throw new InputError(file, 'no top-level Resources mapping; is this a CloudFormation template?');
  const resources = root['Resources'];
  if (resources === undefined || resources === null) {
    throw new InputError(file, 'no top-level Resources mapping; is this a CloudFormation template?');
  }
  if (!isObj(resources)) {
    throw new InputError(file, `Resources must be a mapping of logical ids to resources, not ${describeKind(resources)}`);
  }

  const resolver = new Resolver(
    isObj(root['Parameters']) ? root['Parameters'] : {},
    isObj(root['Mappings']) ? root['Mappings'] : {},
    isObj(root['Conditions']) ? root['Conditions'] : {},
    options.region,
    options.parameters ?? {},
  );
  for (const key of Object.keys(resources)) if (!key.startsWith('Fn::ForEach::')) resolver.resources.add(key);

  const expansion: Expansion = { entries: [], steps: 0 };
  expandResources(resources, new Map(), expansion, resolver, keyLines, file);
  const entries = expansion.entries;
  for (const e of entries) if (!e.unresolved) resolver.resources.add(e.logicalId);

  const globals = hasTransform(root['Transform'], SERVERLESS_TRANSFORM) && isObj(root['Globals']) ? root['Globals'] : undefined;
  const changes: ResourceChange[] = [];
  for (const e of entries) {
    const at = e.line !== undefined ? ` (line ${e.line})` : '';
    if (!isObj(e.body)) throw new InputError(file, `resource ${e.logicalId}${at} must be a mapping with a Type, not ${describeKind(e.body)}`);
    const type = e.body['Type'];
    if (type === undefined || type === null || type === '') throw new InputError(file, `resource ${e.logicalId}${at} has no Type`);
    if (typeof type !== 'string') throw new InputError(file, `resource ${e.logicalId}${at}: Type must be a string, not ${describeKind(type)}`);

    let after: Attributes;
    if (e.unresolved) {
      after = plainAttributes(e.unresolved); // every path reads as this Unknown
    } else {
      let properties: unknown = e.body['Properties'] ?? {};
      const globalSection = globals && Object.keys(SAM_GLOBALS).find((k) => SAM_GLOBALS[k] === type);
      if (globals && globalSection && isObj(globals[globalSection]) && isObj(properties)) {
        properties = mergeSamGlobals(globals[globalSection], properties);
      }
      const resolved = resolver.resolve(properties, { where: `resource ${e.logicalId}`, bindings: e.bindings });
      after = plainAttributes(resolved === NO_VALUE ? {} : resolved);
    }

    const change: ResourceChange = {
      format: 'cloudformation',
      file,
      address: e.logicalId,
      type,
      action: 'create',
      before: null,
      after,
      region: options.region,
      account: null,
    };
    if (e.line !== undefined) change.line = e.line;
    // A resource whose condition is false with the parameter values (defaults, overridden by the user's) is not
    // created; only a condition that cannot be resolved offline counts the resource, flagged.
    const condition = e.body['Condition'];
    if (condition !== undefined) {
      if (typeof condition !== 'string' || condition === '') throw new InputError(file, `resource ${e.logicalId}${at}: Condition must name a condition, not ${describeKind(condition)}`);
      const holds = resolver.condition(condition);
      if (holds === false) continue;
      if (holds instanceof Unknown) change.condition = condition;
    }
    changes.push(change);
  }
  return { file, format: 'cloudformation', changes };
}

// ---------------------------------------------------------------------------------------------------------------
// Loading: YAML (with CloudFormation short tags) or JSON, through the same YAML parser so that lines are known.

function load(text: string, file: string): { root: unknown; keyLines: KeyLines } {
  const source = stripBom(text);
  checkNesting(source, file);
  const json = /^\s*[[{]/.test(source);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    if (looksLikeTerraformText(source)) throw new InputError(file, 'this looks like a Terraform plan; pass it with --plan');
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
    const message =
      err.code === 'MULTIPLE_DOCS'
        ? 'the file holds more than one YAML document'
        : err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(file, `invalid ${json ? 'JSON' : 'YAML'} at line ${pos.line}, column ${pos.col}: ${message}`);
  }
  const keyLines: KeyLines = new WeakMap();
  const root = new YamlTree(lineCounter, keyLines, file, shortTag).convert(doc.contents);
  return { root, keyLines };
}

/** Far above what CloudFormation accepts ("Resources: 500" per template, CloudFormation quotas page) after Fn::ForEach. */
export const MAX_RESOURCES = 5_000;

/**
 * CloudFormation short tags (`!Ref !GetAtt !Sub !If !FindInMap !GetAZs !Select !Join !Split !Base64 !Equals !And !Or
 * !Not !Condition !ImportValue !Cidr !Transform !Length !ToJsonString`) in their long form: `!Ref X` → `{Ref: X}`,
 * `!Condition C` → `{Condition: C}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`, `!Sub …` → `{"Fn::Sub": …}`.
 */
function shortTag(name: string, value: unknown): unknown {
  if (name === 'Ref' || name === 'Condition') return { [name]: value ?? '' };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  // Tags CloudFormation does not know (`!Rain::Embed`…) become intrinsics the resolver reports as unknown.
  return { [`Fn::${name}`]: value ?? '' };
}

function rejectOtherFormats(root: unknown, file: string): void {
  if (isObj(root)) {
    if ('terraform_version' in root || 'format_version' in root) {
      if ('planned_values' in root || 'resource_changes' in root || 'prior_state' in root || 'configuration' in root) {
        throw new InputError(file, 'this looks like a Terraform plan; pass it with --plan');
      }
      throw new InputError(file, 'this looks like a Terraform state, not a template; pass a plan (terraform show -json PLANFILE) with --plan');
    }
    if (('lineage' in root || 'serial' in root) && Array.isArray(root['resources'])) {
      throw new InputError(file, 'this looks like a Terraform state, not a template; pass a plan (terraform show -json PLANFILE) with --plan');
    }
    if (Array.isArray(root['Changes']) || ('ChangeSetId' in root && !('Resources' in root))) {
      throw new InputError(file, 'this looks like a change set (describe-change-set output), not a template; pass it with --changeset');
    }
  }
  if (Array.isArray(root) && root.length > 0 && root.every((p) => isObj(p) && (Array.isArray(p['Changes']) || 'ResourceChange' in p))) {
    throw new InputError(file, 'this looks like a change set (describe-change-set output), not a template; pass it with --changeset');
  }
}

function looksLikeTerraformText(text: string): boolean {
  const head = text.slice(0, 4096);
  return head.includes('"terraform_version"') || (head.includes('"format_version"') && head.includes('"planned_values"'));
}

// ---------------------------------------------------------------------------------------------------------------
// Fn::ForEach (AWS::LanguageExtensions) under Resources.

interface Entry {
  logicalId: string;
  line?: number;
  body: unknown;
  bindings: ReadonlyMap<string, string>;
  /** Set when an enclosing Fn::ForEach collection cannot be resolved: how many resources exist is unknown. */
  unresolved?: Unknown;
}

function expandResources(
  map: Obj,
  bindings: ReadonlyMap<string, string>,
  out: Expansion,
  resolver: Resolver,
  keyLines: KeyLines,
  file: string,
): void {
  const lines = keyLines.get(map);
  for (const key of Object.keys(map)) {
    const line = lines?.get(key);
    const value = map[key];
    if (!key.startsWith('Fn::ForEach::')) {
      const entry: Entry = { logicalId: substituteKey(key, bindings), body: value, bindings };
      if (line !== undefined) entry.line = line;
      push(out, entry, file);
      continue;
    }
    const { identifier, collection, template } = forEachParts(key, value, line, file);
    const items = resolver.collection(collection, { where: key, bindings });
    if (items instanceof Unknown) {
      const reason = new Unknown(`${key}: its collection cannot be resolved offline (${items.reason}), so how many resources it creates is unknown`);
      collectUnresolved(template, bindings, reason, out, keyLines, file);
      continue;
    }
    for (const item of items) {
      // Loops whose templates add nothing still cost work: bound the iterations too.
      if (++out.steps > MAX_RESOURCES * 10) throw new InputError(file, `${key}${line !== undefined ? ` (line ${line})` : ''}: Fn::ForEach loops run more than ${MAX_RESOURCES * 10} times (the cap)`);
      const inner = new Map(bindings);
      inner.set(identifier, item);
      expandResources(template, inner, out, resolver, keyLines, file);
    }
  }
}

/** Resources expanded so far, and Fn::ForEach iterations run. */
interface Expansion {
  entries: Entry[];
  steps: number;
}

/** Adds a resource, refusing a template whose Fn::ForEach loops expand past MAX_RESOURCES. */
function push(out: Expansion, entry: Entry, file: string): void {
  if (out.entries.length >= MAX_RESOURCES) {
    throw new InputError(file, `the template expands to more than ${MAX_RESOURCES} resources (the cap; CloudFormation accepts 500 per template)${entry.line !== undefined ? `, at ${entry.logicalId} (line ${entry.line})` : ''}`);
  }
  out.entries.push(entry);
}

/** One entry per resource template inside a ForEach whose collection is unknown, every attribute unknown. */
function collectUnresolved(
  template: Obj,
  bindings: ReadonlyMap<string, string>,
  reason: Unknown,
  out: Expansion,
  keyLines: KeyLines,
  file: string,
): void {
  const lines = keyLines.get(template);
  for (const key of Object.keys(template)) {
    const line = lines?.get(key);
    if (key.startsWith('Fn::ForEach::')) {
      collectUnresolved(forEachParts(key, template[key], line, file).template, bindings, reason, out, keyLines, file);
      continue;
    }
    const entry: Entry = { logicalId: substituteKey(key, bindings), body: template[key], bindings, unresolved: reason };
    if (line !== undefined) entry.line = line;
    push(out, entry, file);
  }
}

function forEachParts(key: string, value: unknown, line: number | undefined, file: string): { identifier: string; collection: unknown; template: Obj } {
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isObj(value[2])) {
    const at = line !== undefined ? ` (line ${line})` : '';
    throw new InputError(file, `${key}${at} must be a list of [identifier, collection, template mapping]`);
  }
  return { identifier: value[0], collection: value[1], template: value[2] };
}

/** `Bucket${Id}` → `BucketA`; `&{Id}` keeps only the value's letters and digits, as CloudFormation does. */
function substituteKey(key: string, bindings: ReadonlyMap<string, string>): string {
  if (bindings.size === 0) return key;
  return key.replace(/([$&])\{([^}]+)\}/g, (whole, sigil: string, name: string) => {
    const v = bindings.get(name.trim());
    if (v === undefined) return whole;
    return sigil === '&' ? v.replace(/[^A-Za-z0-9]/g, '') : v;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// SAM Globals: resource values win; mappings merge; lists are the global entries followed by the resource's.

function mergeSamGlobals(global: Obj, local: Obj): Obj {
  const out: Obj = { ...global };
  for (const key of Object.keys(local)) {
    const g = global[key];
    const l = local[key];
    if (isObj(g) && isObj(l) && !isIntrinsic(g) && !isIntrinsic(l)) setKey(out, key, mergeSamGlobals(g, l));
    else if (Array.isArray(g) && Array.isArray(l)) setKey(out, key, [...g, ...l]);
    else setKey(out, key, l);
  }
  return out;
}

function hasTransform(transform: unknown, name: string): boolean {
  if (typeof transform === 'string') return transform === name;
  if (Array.isArray(transform)) return transform.includes(name);
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Offline resolution of intrinsic functions.

interface Scope {
  /** Where the value sits, for reasons: `resource Web`, `condition IsProd`, `Fn::ForEach::Buckets`. */
  where: string;
  /** Fn::ForEach identifiers in scope. */
  bindings: ReadonlyMap<string, string>;
}

const NO_BINDINGS: ReadonlyMap<string, string> = new Map();

class Resolver {
  /** Logical ids of the template's resources (after Fn::ForEach expansion). */
  readonly resources = new Set<string>();
  private readonly conditionCache = new Map<string, boolean | Unknown>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly parameters: Obj,
    private readonly mappings: Obj,
    private readonly conditions: Obj,
    private readonly region: string | Unknown,
    private readonly supplied: Record<string, string | null>,
  ) {}

  /** A template value with every intrinsic it can resolve replaced; the rest become `Unknown` or `Ref`. */
  resolve(value: unknown, scope: Scope): unknown {
    if (value instanceof Unknown || value instanceof Ref) return value;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) {
        const r = this.resolve(item, scope);
        if (r !== NO_VALUE) out.push(r);
      }
      return out;
    }
    if (isObj(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && isIntrinsicKey(keys[0]!)) return this.intrinsic(keys[0]!, value[keys[0]!], scope);
      const out: Obj = {};
      for (const key of keys) {
        if (key.startsWith('Fn::ForEach::')) {
          this.expandInline(key, value[key], scope, out);
          continue;
        }
        const r = this.resolve(value[key], scope);
        if (r !== NO_VALUE) setKey(out, key, r);
      }
      return out;
    }
    return value;
  }

  /** A Fn::ForEach collection: a list of strings, or why it cannot be known. */
  collection(raw: unknown, scope: Scope): string[] | Unknown {
    const v = this.resolve(raw, scope);
    if (v instanceof Unknown) return v;
    if (v instanceof Ref) return new Unknown(`${refText(v)} is known only after deploy`);
    if (!Array.isArray(v)) return new Unknown(`the collection is ${describeKind(v)}, not a list`);
    const items: string[] = [];
    for (const item of v) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') items.push(String(item));
      else if (item instanceof Unknown) return item;
      else if (item instanceof Ref) return new Unknown(`${refText(item)} is known only after deploy`);
      else return new Unknown(`a collection element is ${describeKind(item)}, not a string`);
    }
    return items;
  }

  /** Fn::ForEach inside a resource's properties: merges the generated keys into `out`. */
  private expandInline(key: string, value: unknown, scope: Scope, out: Obj): void {
    if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !isObj(value[2])) {
      setKey(out, key, new Unknown(`${key} in ${scope.where} must be a list of [identifier, collection, template mapping]`));
      return;
    }
    const [identifier, collection, template] = value as [string, unknown, Obj];
    const items = this.collection(collection, scope);
    for (const item of items instanceof Unknown ? [undefined] : items) {
      const bindings = new Map(scope.bindings);
      if (item !== undefined) bindings.set(identifier, item);
      const inner: Scope = { where: scope.where, bindings };
      for (const k of Object.keys(template)) {
        if (k.startsWith('Fn::ForEach::')) {
          this.expandInline(k, template[k], inner, out);
        } else if (items instanceof Unknown) {
          setKey(out, substituteKey(k, scope.bindings), new Unknown(`${key} in ${scope.where}: its collection cannot be resolved offline (${items.reason})`));
        } else {
          const r = this.resolve(template[k], inner);
          if (r !== NO_VALUE) setKey(out, substituteKey(k, bindings), r);
        }
      }
    }
  }

  private intrinsic(fn: string, arg: unknown, scope: Scope): unknown {
    switch (fn) {
      case 'Ref':
        if (typeof arg !== 'string' || arg === '') return unknownIn(scope, 'Ref', `expects a name, not ${arg === '' ? 'nothing' : describeKind(arg)}`);
        return this.refName(arg, scope);
      case 'Fn::GetAtt':
        return this.getAtt(arg, scope);
      case 'Fn::Sub':
        return this.sub(arg, scope);
      case 'Fn::Join':
        return this.join(arg, scope);
      case 'Fn::Select':
        return this.select(arg, scope);
      case 'Fn::Split': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknownIn(scope, fn, 'expects [delimiter, string]');
        const delimiter = asText(this.resolve(arg[0], scope), scope, fn);
        if (delimiter instanceof Unknown) return delimiter;
        const source = asText(this.resolve(arg[1], scope), scope, fn);
        if (source instanceof Unknown) return source;
        return source.split(delimiter);
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, scope);
      case 'Fn::Base64': {
        const s = asText(this.resolve(arg, scope), scope, fn);
        return s instanceof Unknown ? s : Buffer.from(s, 'utf8').toString('base64');
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
          return unknownIn(scope, fn, 'expects [condition name, value if true, value if false]');
        }
        const c = this.condition(arg[0]);
        if (c instanceof Unknown) return unknownIn(scope, fn, `condition ${arg[0]} cannot be evaluated offline (${c.reason})`);
        return this.resolve(c ? arg[1] : arg[2], scope);
      }
      case 'Fn::GetAZs':
        return this.getAZs(arg, scope);
      case 'Fn::Length': {
        const list = asList(this.resolve(arg, scope), scope, fn);
        return list instanceof Unknown ? list : list.length;
      }
      case 'Fn::ToJsonString': {
        const v = this.resolve(arg, scope);
        const missing = firstUnresolved(v, scope, fn);
        return missing ?? JSON.stringify(v);
      }
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.conditionExpression({ [fn]: arg }, scope);
      case 'Fn::ImportValue': {
        const name = asText(this.resolve(arg, scope), scope, fn);
        const what = name instanceof Unknown ? 'an export' : `export ${name}`;
        return unknownIn(scope, fn, `${what} of another stack is known only live`);
      }
      case 'Fn::Cidr':
        return unknownIn(scope, fn, 'CIDR blocks are not computed offline');
      case 'Fn::Transform': {
        const name = isObj(arg) && typeof arg['Name'] === 'string' ? ` ${arg['Name']}` : '';
        return unknownIn(scope, fn, `macro${name} runs only at deploy time`);
      }
      default:
        return unknownIn(scope, fn, 'not an intrinsic function quota-guard can resolve offline');
    }
  }

  /** What `Ref: name` (or `${name}` in Fn::Sub) stands for. */
  private refName(name: string, scope: Scope): unknown {
    const bound = scope.bindings.get(name);
    if (bound !== undefined) return bound;
    switch (name) {
      case 'AWS::Region':
        return this.region instanceof Unknown ? new Unknown(`AWS::Region is unknown: ${this.region.reason}`) : this.region;
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Partition':
        return partitionOf(this.region);
      case 'AWS::URLSuffix':
        return typeof this.region === 'string' && this.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
      case 'AWS::AccountId':
      case 'AWS::StackName':
      case 'AWS::StackId':
      case 'AWS::NotificationARNs':
        return new Unknown(`${name} is known only at deploy time`);
    }
    if (Object.hasOwn(this.parameters, name)) return this.parameterValue(name);
    if (this.resources.has(name)) return new Ref(name);
    if (name.startsWith('AWS::')) return new Unknown(`${name} is not a pseudo parameter quota-guard knows`);
    return new Unknown(`Ref to ${name} in ${scope.where}: no parameter or resource of this template has that name`);
  }

  private parameterValue(name: string): unknown {
    const def = this.parameters[name];
    const type = isObj(def) && typeof def['Type'] === 'string' ? def['Type'] : 'String';
    const supplied = Object.hasOwn(this.supplied, name) ? this.supplied[name] : undefined;
    if (supplied === null) return new Unknown(`parameter ${name} keeps the stack's previous value (UsePreviousValue), which is known only live`);
    const raw = supplied ?? (isObj(def) ? def['Default'] : undefined);
    if (type.startsWith('AWS::SSM::Parameter::Value<')) {
      const from = typeof raw === 'string' ? ` ${raw}` : '';
      return new Unknown(`parameter ${name} is read from SSM parameter${from} at deploy time`);
    }
    if (raw === undefined || raw === null) return new Unknown(`parameter ${name} has no default`);
    if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
      if (Array.isArray(raw)) return raw.map((v) => String(v));
      return String(raw).split(',').map((s) => s.trim());
    }
    // CloudFormation hands every parameter over as a string ("3" for a Number); the consumer converts.
    if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
    return new Unknown(`parameter ${name} has a default that is ${describeKind(raw)}, not a string`);
  }

  private getAtt(arg: unknown, scope: Scope): unknown {
    let parts: unknown[];
    if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      parts = dot < 0 ? [arg] : [arg.slice(0, dot), arg.slice(dot + 1)];
    } else if (Array.isArray(arg)) {
      parts = arg.map((p) => this.resolve(p, scope));
    } else {
      return unknownIn(scope, 'Fn::GetAtt', `expects [logical id, attribute], not ${describeKind(arg)}`);
    }
    if (parts.length !== 2) return unknownIn(scope, 'Fn::GetAtt', 'expects [logical id, attribute]');
    const id = asText(parts[0], scope, 'Fn::GetAtt');
    if (id instanceof Unknown) return id;
    const attribute = asText(parts[1], scope, 'Fn::GetAtt');
    if (attribute instanceof Unknown) return attribute;
    return new Ref(id, attribute);
  }

  private sub(arg: unknown, scope: Scope): unknown {
    let template: unknown = arg;
    let variables: Obj = {};
    if (Array.isArray(arg)) {
      if (arg.length < 1 || arg.length > 2) return unknownIn(scope, 'Fn::Sub', 'expects a string or [string, variables]');
      template = arg[0];
      if (arg.length === 2) {
        const vars = arg[1];
        if (!isObj(vars)) return unknownIn(scope, 'Fn::Sub', 'its variables must be a mapping');
        variables = {};
        for (const k of Object.keys(vars)) setKey(variables, k, this.resolve(vars[k], scope));
      }
    }
    if (typeof template !== 'string') return unknownIn(scope, 'Fn::Sub', `expects a string, not ${describeKind(template)}`);
    const problems: string[] = [];
    const result = template.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`; // ${!Literal} stays as ${Literal}
      const name = inner.trim();
      let value: unknown;
      if (Object.hasOwn(variables, name)) {
        value = variables[name];
      } else if (name.includes('.') && !scope.bindings.has(name)) {
        const dot = name.indexOf('.');
        value = new Ref(name.slice(0, dot), name.slice(dot + 1));
      } else {
        value = this.refName(name, scope);
      }
      const text = textOrReason(value);
      if (typeof text === 'string') return text;
      const problem = `\${${name}}: ${text.reason}`;
      if (!problems.includes(problem)) problems.push(problem);
      return whole;
    });
    if (problems.length > 0) return unknownIn(scope, 'Fn::Sub', problems.join('; '));
    return result;
  }

  private join(arg: unknown, scope: Scope): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return unknownIn(scope, 'Fn::Join', 'expects [delimiter, list]');
    const delimiter = asText(this.resolve(arg[0], scope), scope, 'Fn::Join');
    if (delimiter instanceof Unknown) return delimiter;
    const list = asList(this.resolve(arg[1], scope), scope, 'Fn::Join');
    if (list instanceof Unknown) return list;
    const parts: string[] = [];
    for (const item of list) {
      const t = asText(item, scope, 'Fn::Join');
      if (t instanceof Unknown) return t;
      parts.push(t);
    }
    return parts.join(delimiter);
  }

  private select(arg: unknown, scope: Scope): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) return unknownIn(scope, 'Fn::Select', 'expects [index, list]');
    const rawIndex = this.resolve(arg[0], scope);
    const indexText = asText(rawIndex, scope, 'Fn::Select');
    if (indexText instanceof Unknown) return indexText;
    if (!/^\d+$/.test(indexText.trim())) return unknownIn(scope, 'Fn::Select', `index ${indexText} is not a whole number`);
    const index = Number(indexText.trim());
    const list = asList(this.resolve(arg[1], scope), scope, 'Fn::Select');
    if (list instanceof Unknown) return list;
    if (index >= list.length) return unknownIn(scope, 'Fn::Select', `index ${index} is out of range for a list of ${list.length}`);
    return list[index];
  }

  private findInMap(arg: unknown, scope: Scope): unknown {
    const fn = 'Fn::FindInMap';
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) {
      return unknownIn(scope, fn, 'expects [mapping, top-level key, second-level key] and an optional {DefaultValue}');
    }
    const keys: string[] = [];
    for (const raw of arg.slice(0, 3)) {
      const k = asText(this.resolve(raw, scope), scope, fn);
      if (k instanceof Unknown) return unknownIn(scope, fn, `a key is unknown (${k.reason})`);
      keys.push(k);
    }
    const [mapName, top, second] = keys as [string, string, string];
    const mapping = Object.hasOwn(this.mappings, mapName) ? this.mappings[mapName] : undefined;
    const level1 = isObj(mapping) && Object.hasOwn(mapping, top) ? mapping[top] : undefined;
    const value = isObj(level1) && Object.hasOwn(level1, second) ? level1[second] : undefined;
    if (value !== undefined) return this.resolve(value, scope);
    const options = arg[3];
    if (isObj(options) && Object.hasOwn(options, 'DefaultValue')) return this.resolve(options['DefaultValue'], scope);
    if (mapping === undefined) return unknownIn(scope, fn, `mapping ${mapName} is not defined`);
    return unknownIn(scope, fn, `mapping ${mapName} has no entry ${top} / ${second}`);
  }

  private getAZs(arg: unknown, scope: Scope): unknown {
    const r = arg === null || arg === undefined ? '' : this.resolve(arg, scope);
    let region: string | Unknown;
    if (r === '') region = this.region;
    else region = asText(r, scope, 'Fn::GetAZs');
    if (region instanceof Unknown) return unknownIn(scope, 'Fn::GetAZs', `the region is unknown (${region.reason})`);
    return Array.from({ length: AZ_COUNT }, (_, i) => `${region}-az${i + 1}`);
  }

  /** Evaluates a named condition from `Conditions`. */
  condition(name: string): boolean | Unknown {
    const cached = this.conditionCache.get(name);
    if (cached !== undefined) return cached;
    if (this.evaluating.has(name)) return new Unknown(`condition ${name} refers to itself`);
    if (!Object.hasOwn(this.conditions, name)) return new Unknown(`condition ${name} is not defined`);
    this.evaluating.add(name);
    const result = this.conditionExpression(this.conditions[name], { where: `condition ${name}`, bindings: NO_BINDINGS });
    this.evaluating.delete(name);
    this.conditionCache.set(name, result);
    return result;
  }

  private conditionExpression(expr: unknown, scope: Scope): boolean | Unknown {
    if (typeof expr === 'boolean') return expr;
    if (!isObj(expr) || Object.keys(expr).length !== 1) return new Unknown(`${scope.where} is not a condition function`);
    const fn = Object.keys(expr)[0]!;
    const arg = expr[fn];
    switch (fn) {
      case 'Condition':
        return typeof arg === 'string' ? this.condition(arg) : new Unknown(`${scope.where}: Condition must name a condition`);
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return unknownIn(scope, fn, 'expects two values');
        const a = this.resolve(arg[0], scope);
        const b = this.resolve(arg[1], scope);
        const missing = firstUnresolved(a, scope, fn) ?? firstUnresolved(b, scope, fn);
        if (missing) return missing;
        return canonical(a) === canonical(b);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg) || arg.length === 0) return unknownIn(scope, fn, 'expects a list of conditions');
        const results = arg.map((c) => this.conditionExpression(c, scope));
        const decisive = fn === 'Fn::And' ? false : true;
        if (results.includes(decisive)) return decisive;
        const unknown = results.find((r): r is Unknown => r instanceof Unknown);
        return unknown ?? !decisive;
      }
      case 'Fn::Not': {
        const inner = Array.isArray(arg) ? arg[0] : arg;
        const r = this.conditionExpression(inner, scope);
        return r instanceof Unknown ? r : !r;
      }
      default: {
        const v = this.resolve(expr, scope);
        if (typeof v === 'boolean') return v;
        if (v instanceof Unknown) return v;
        return unknownIn(scope, fn, 'is not a condition function');
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers.

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Ref);
}

function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || (key.startsWith('Fn::') && !key.startsWith('Fn::ForEach::'));
}

function isIntrinsic(v: Obj): boolean {
  const keys = Object.keys(v);
  return keys.length === 1 && isIntrinsicKey(keys[0]!);
}

function unknownIn(scope: Scope, fn: string, detail: string): Unknown {
  return new Unknown(`${fn} in ${scope.where}: ${detail}`);
}

function refText(ref: Ref): string {
  return ref.attribute === undefined ? `the id of resource ${ref.target}` : `${ref.target}.${ref.attribute}`;
}

function describeKind(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Unknown) return 'unknown';
  if (v instanceof Ref) return 'a reference';
  if (typeof v === 'object') return 'a mapping';
  return `a ${typeof v}`;
}

/** A value as text, or why it is not text. */
function textOrReason(v: unknown): string | Unknown {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Unknown) return v;
  if (v instanceof Ref) return new Unknown(`${refText(v)} is known only after deploy`);
  if (v === NO_VALUE) return new Unknown('AWS::NoValue cannot be used here');
  return new Unknown(`expected a string, got ${describeKind(v)}`);
}

function asText(v: unknown, scope: Scope, fn: string): string | Unknown {
  const t = textOrReason(v);
  if (typeof t === 'string' || v instanceof Unknown) return t;
  return unknownIn(scope, fn, t.reason);
}

function asList(v: unknown, scope: Scope, fn: string): unknown[] | Unknown {
  if (Array.isArray(v)) return v;
  if (v instanceof Unknown) return v;
  if (v instanceof Ref) return unknownIn(scope, fn, `${refText(v)} is known only after deploy`);
  return unknownIn(scope, fn, `expected a list, got ${describeKind(v)}`);
}

/** The first Unknown or Ref anywhere in a value, as an Unknown; undefined when the value is fully known. */
function firstUnresolved(v: unknown, scope: Scope, fn: string): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (v instanceof Ref) return unknownIn(scope, fn, `${refText(v)} is known only after deploy`);
  if (v === NO_VALUE) return unknownIn(scope, fn, 'AWS::NoValue cannot be used here');
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = firstUnresolved(item, scope, fn);
      if (u) return u;
    }
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      const u = firstUnresolved(v[k], scope, fn);
      if (u) return u;
    }
  }
  return undefined;
}

/** Fn::Equals compares values as CloudFormation sees them: parameters are strings, so 3 equals "3". */
function canonical(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return JSON.stringify(v.map(canonical));
  return JSON.stringify(v);
}

