// Terraform plan JSON (`terraform show -json tfplan`, format_version 0.1 to 1.2) → resource changes.
// Shapes: hashicorp/terraform internal/command/jsonplan/{plan,resource}.go and jsonconfig/{config,expression}.go.
// Attribute values are read lazily (after + after_unknown side by side), so a 150 MB plan costs little more than
// its JSON.parse.
import { LineCounter, parseDocument } from 'yaml';
import { Ref, Unknown, InputError } from '../model.js';
import type { Action, Attributes, ParsedInput, PathKey, ResourceChange } from '../model.js';

export interface TerraformOptions {
  /** Region for resources whose provider names none (the `--region` flag, else `AWS_REGION`). */
  region?: string;
}

type Json = Record<string, unknown>;

interface ConfigResource {
  expressions?: Json;
  provider_config_key?: string;
}

const WRAPPER_HINT = 'run `terraform plan -out tfplan && terraform show -json tfplan > plan.json`';

/** Finds the JSON in what users actually feed us: hashicorp/setup-terraform's wrapper adds a `[command]` line. */
function extractJson(text: string, file: string): string {
  const first = text.search(/\S/);
  if (first >= 0 && text[first] === '{') return text;
  const brace = text.search(/^\s*\{/m);
  if (brace < 0) {
    if (/^\s*(Terraform used|Terraform will perform|No changes\.|Plan:)/m.test(text)) {
      throw new InputError(file, `this is the human-readable plan output, not JSON; ${WRAPPER_HINT}`);
    }
    throw new InputError(file, `no JSON object found; ${WRAPPER_HINT}`);
  }
  const end = text.lastIndexOf('}');
  return text.slice(brace, end + 1);
}

function parseJson(text: string, file: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `invalid JSON${jsonErrorLine(text, (err as Error).message)}: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, `expected a Terraform plan JSON object; ${WRAPPER_HINT}`);
  }
  return value as Json;
}

/** Line of a JSON syntax error: from V8's position when it gives one, else from the yaml parser (error path only). */
function jsonErrorLine(text: string, message: string): string {
  const pos = /position (\d+)/.exec(message);
  if (pos) return ` at line ${text.slice(0, Number(pos[1])).split('\n').length}`;
  const lines = new LineCounter();
  const error = parseDocument(text, { lineCounter: lines }).errors[0];
  return error ? ` at line ${lines.linePos(error.pos[0]).line}` : '';
}

function validatePlan(plan: Json, file: string): void {
  const hasChanges = plan.resource_changes !== undefined && plan.resource_changes !== null;
  if (!hasChanges && !plan.planned_values) {
    if (plan.values || plan.resources) {
      throw new InputError(file, `this is Terraform state, not a plan (it has no resource_changes); ${WRAPPER_HINT}`);
    }
    if (plan.Resources || plan.AWSTemplateFormatVersion) throw new InputError(file, 'this looks like a CloudFormation template; pass it with --template');
    if (plan.Changes) throw new InputError(file, 'this looks like a CloudFormation change set; pass it with --changeset');
    throw new InputError(file, `not a Terraform plan JSON (no format_version or resource_changes); ${WRAPPER_HINT}`);
  }
  const version = String(plan.format_version ?? '');
  if (!/^(0\.\d+|1\.\d+)$/.test(version)) {
    throw new InputError(file, `unsupported plan format_version "${version}" (supported: 0.1 to 1.x)`);
  }
}

function toAction(actions: unknown): Action {
  if (!Array.isArray(actions)) return 'none';
  const [first, second] = actions as unknown[];
  if (first === 'create') return second === 'delete' ? 'replace-create-first' : 'create'; // also ["create","forget"]
  if (first === 'delete') return second === 'create' ? 'replace-delete-first' : 'delete';
  return first === 'update' ? 'update' : 'none'; // no-op, read, forget
}

/** Strips instance keys: `module.a[0].module.b["x"]` → `module.a.module.b`. */
function stripIndices(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

const RESOURCE_REF = /^(?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\]]+\])?/;

class PlanIndex {
  private config = new Map<string, ConfigResource>();
  readonly addresses = new Set<string>();
  /** Module path (`module.a.module.b`) → its `source` as written in the calling module. */
  readonly moduleSources: Record<string, string> = {};

  constructor(private plan: Json) {
    const root = isObject(plan.configuration) ? plan.configuration.root_module : undefined;
    if (isObject(root)) this.indexModule(root, '');
  }

  private indexModule(module: Json, prefix: string): void {
    const resources = Array.isArray(module.resources) ? (module.resources as unknown[]) : [];
    for (const r of resources) {
      if (isObject(r) && typeof r.address === 'string') this.config.set(prefix + r.address, r as ConfigResource);
    }
    const calls = isObject(module.module_calls) ? module.module_calls : {};
    for (const [name, call] of Object.entries(calls)) {
      if (!isObject(call)) continue;
      if (typeof call.source === 'string') this.moduleSources[`${prefix}module.${name}`] = call.source;
      if (isObject(call.module)) this.indexModule(call.module, `${prefix}module.${name}.`);
    }
  }

  private modulePaths = new Map<string, string>();
  private regions = new Map<string, string | Unknown | undefined>();

  configFor(rc: Json): ConfigResource | undefined {
    let mod = '';
    if (typeof rc.module_address === 'string') {
      mod = this.modulePaths.get(rc.module_address) ?? `${stripIndices(rc.module_address)}.`;
      this.modulePaths.set(rc.module_address, mod);
    }
    const mode = rc.mode === 'data' ? 'data.' : '';
    return this.config.get(`${mod}${mode}${rc.type as string}.${rc.name as string}`);
  }

  /**
   * The region a resource's provider configuration names: a string, an Unknown when it names one through an
   * expression that cannot be resolved offline (never replaced by --region: that would check the wrong region), or
   * undefined when it names none.
   */
  providerRegion(cfg: ConfigResource | undefined): string | Unknown | undefined {
    const key = cfg?.provider_config_key ?? 'aws';
    if (!this.regions.has(key)) this.regions.set(key, this.regionOf(key));
    return this.regions.get(key);
  }

  private regionOf(key: string): string | Unknown | undefined {
    const providers = ((this.plan.configuration as Json | undefined)?.provider_config as Record<string, Json> | undefined) ?? {};
    for (const k of [key, key.replace(/^.*:/, ''), 'aws']) {
      const p = providers[k];
      if (!isObject(p)) continue;
      const region = (p.expressions as Json | undefined)?.region as Json | undefined;
      if (!region) return undefined;
      if (typeof region.constant_value === 'string') return region.constant_value;
      const refs = (region.references as string[] | undefined) ?? [];
      // Only the root module's variables have values in the plan.
      const variable = !p.module_address ? refs.find((r) => r.startsWith('var.'))?.slice(4) : undefined;
      const value = variable ? ((this.plan.variables as Record<string, Json> | undefined)?.[variable]?.value as unknown) : undefined;
      if (typeof value === 'string') return value;
      return new Unknown(`the region of provider "${k}" is ${refs.length ? `set from ${refs.join(', ')}` : 'an expression'}, which cannot be resolved from the plan`);
    }
    return undefined;
  }

  /** Turns a configuration reference into the address of the resource instance it most likely means. */
  resolveReference(reference: string, rc: Json): string | undefined {
    const m = RESOURCE_REF.exec(reference);
    if (!m) return undefined;
    const prefix = typeof rc.module_address === 'string' ? `${rc.module_address}.` : '';
    const ownIndex = rc.index === undefined ? undefined : JSON.stringify(rc.index);
    let target = prefix + m[0].replace(/\[(count\.index|each\.key)\]/, ownIndex === undefined ? '' : `[${ownIndex}]`);
    // `aws_subnet.a.id` matched as type.name, the attribute is not part of the address.
    target = target.replace(/\.(id|arn|name)$/, '');
    if (this.addresses.has(target)) return target;
    if (ownIndex !== undefined && this.addresses.has(`${target}[${ownIndex}]`)) return `${target}[${ownIndex}]`;
    for (const index of ['[0]', '["0"]']) if (this.addresses.has(target + index)) return target + index;
    return undefined;
  }
}

/** Reads an attribute of `after` (or `before`), honouring `after_unknown` and turning unknown references into `Ref`s. */
class PlanAttributes implements Attributes {
  constructor(
    private value: unknown,
    private unknown: unknown,
    private rc: Json,
    private cfg: ConfigResource | undefined,
    private index: PlanIndex,
  ) {}

  get(...path: PathKey[]): unknown {
    let v = this.value;
    let u = this.unknown;
    for (let i = 0; i < path.length; i++) {
      if (u === true) return this.unknownAt(path);
      const key = path[i];
      v = v !== null && typeof v === 'object' ? (v as Record<PathKey, unknown>)[key] : undefined;
      u = u !== null && typeof u === 'object' ? (u as Record<PathKey, unknown>)[key] : undefined;
    }
    if (u === true) return this.unknownAt(path);
    return v;
  }

  private unknownAt(path: PathKey[]): Unknown | Ref {
    let expr: unknown = this.cfg?.expressions;
    for (const key of path) {
      if (expr === null || typeof expr !== 'object') break;
      if (Array.isArray((expr as Json).references)) break;
      expr = Array.isArray(expr) && typeof key !== 'number' ? expr[0]?.[key] : (expr as Record<PathKey, unknown>)[key];
    }
    const refs = (expr as Json | undefined)?.references as string[] | undefined;
    for (const r of refs ?? []) {
      const target = this.index.resolveReference(r, this.rc);
      if (target) return new Ref(target);
    }
    return new Unknown(`${this.rc.address as string}: ${path.join('.')} is known only after apply`);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function skipSpace(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++i);
  return i;
}

/** Index just past the string whose opening quote is at `i`; -1 if it never closes. */
function skipString(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** Index just past the JSON value that starts at `i`, without building it; -1 when the text ends first. */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return skipString(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let j = i;
    for (let c = text.charCodeAt(j); j < text.length && c !== 44 && c !== CLOSE_BRACE && c !== CLOSE_BRACKET && c > 32; c = text.charCodeAt(++j));
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = skipString(text, j) - 1;
      if (j < 0) return -1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return j + 1;
  }
  return -1;
}

/**
 * The value of the first `"key":` at or after `from` (and before `to`) that `accept` takes, parsed, with its end;
 * undefined when there is none. A quote inside a JSON string is always escaped, so an unescaped `"key":` is a real
 * key of some object; `accept` checks it is the plan's own member by its shape.
 */
function findMember(text: string, key: string, from: number, to: number, accept: (value: unknown) => boolean, ends: string[] = []): { value: unknown; end: number } | undefined {
  const needle = `"${key}":`;
  for (let at = text.indexOf(needle, from); at >= 0 && at < to; at = text.indexOf(needle, at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2) continue;
    const start = skipSpace(text, at + needle.length);
    // Terraform writes the next top-level member right after this one: try ending there before walking the value.
    let value: unknown;
    let end = -1;
    for (const next of ends) {
      const e = text.indexOf(next, start);
      if (e < 0) continue;
      try {
        value = JSON.parse(text.slice(start, e + 1));
        end = e + 1;
        break;
      } catch {
        // that was not the end of this value
      }
    }
    if (end < 0) {
      end = skipValue(text, start);
      if (end < 0) return undefined;
      value = JSON.parse(text.slice(start, end));
    }
    if (accept(value)) return { value, end };
  }
  return undefined;
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const looksLikeChange = (rc: unknown): boolean => isObject(rc) && typeof rc.address === 'string' && isObject(rc.change);
/** Members Terraform writes after resource_changes (jsonplan plan.go field order). */
const AFTER_CHANGES = ['output_changes', 'prior_state', 'configuration', 'deferred_changes', 'relevant_attributes', 'checks', 'timestamp', 'applyable', 'complete', 'errored'].map((k) => `],"${k}":`);

/**
 * Reads only what quota-guard uses — format_version, variables, resource_changes, configuration — and leaves
 * planned_values, prior_state and resource_drift, which repeat every resource's values, unparsed: faster than
 * JSON.parse of the whole file, with about half the objects in memory. Terraform writes format_version first and
 * the members in a fixed order; anything else (or a syntax error) takes the full JSON.parse path, which also
 * reports errors with their line.
 */
function readPlan(text: string, file: string): { plan: Json; changes: Json[] } {
  try {
    const version = /^\s*\{\s*"format_version"\s*:\s*"([^"\\]*)"/.exec(text);
    const rcs = version ? findMember(text, 'resource_changes', 0, text.length, (v) => Array.isArray(v) && v.every(looksLikeChange), AFTER_CHANGES) : undefined;
    if (version && rcs) {
      const configuration = findMember(text, 'configuration', rcs.end, text.length, (v) => isObject(v) && ('root_module' in v || 'provider_config' in v));
      // Top-level variables come before planned_values (or, without it, resource_changes): search only there.
      const planned = text.indexOf('"planned_values":');
      const head = text.slice(0, planned >= 0 ? planned : text.indexOf('"resource_changes":'));
      const variables = findMember(head, 'variables', 0, head.length, isObject);
      const changes = rcs.value as Json[];
      for (const rc of changes) {
        const change = rc.change as Json;
        // Keep what is read later; the sensitivity maps and the rest die young.
        rc.change = { actions: change.actions, before: change.before, after: change.after, after_unknown: change.after_unknown };
      }
      return { plan: { format_version: version[1], resource_changes: true, configuration: configuration?.value, variables: variables?.value }, changes };
    }
  } catch {
    // fall through to the full parse, which names the error
  }
  const plan = parseJson(text, file);
  return { plan, changes: Array.isArray(plan.resource_changes) ? (plan.resource_changes as Json[]) : [] };
}

export function parseTerraformPlan(text: string, file: string, options: TerraformOptions = {}): ParsedInput {
  const { plan, changes: rcs } = readPlan(extractJson(text, file), file);
  validatePlan(plan, file);
  if (plan.resource_changes !== true && plan.resource_changes !== undefined && !Array.isArray(plan.resource_changes)) {
    throw new InputError(file, 'resource_changes is not a list; is this the output of `terraform show -json`?');
  }
  rcs.forEach((rc, i) => {
    if (!looksLikeChange(rc)) throw new InputError(file, `resource_changes[${i}] is not a resource change (it needs an address and a change object)`);
  });
  const index = new PlanIndex(plan);
  for (const rc of rcs) index.addresses.add(rc.address as string);

  const changes: ResourceChange[] = [];
  for (const rc of rcs) {
    if (rc.mode !== 'managed' || typeof rc.type !== 'string' || !rc.type.startsWith('aws_')) continue;
    const provider = String(rc.provider_name ?? 'aws');
    if (provider !== 'aws' && !provider.endsWith('/aws')) continue;
    const change = (rc.change as Json | undefined) ?? {};
    const cfg = index.configFor(rc);
    const after = change.after == null ? null : new PlanAttributes(change.after, change.after_unknown, rc, cfg, index);
    const before = change.before == null ? null : new PlanAttributes(change.before, undefined, rc, cfg, index);
    // AWS provider v6 puts a per-resource `region` argument in the resource itself.
    const own = (change.after ?? change.before) as Json | null;
    const region =
      (typeof own?.region === 'string' && own.region) ||
      index.providerRegion(cfg) ||
      options.region ||
      new Unknown('no region: the provider configuration names none; pass --region or set AWS_REGION');
    changes.push({
      format: 'terraform',
      file,
      address: rc.address as string,
      type: rc.type,
      action: rc.deposed ? (toAction(change.actions) === 'delete' ? 'delete' : 'none') : toAction(change.actions),
      before,
      after,
      region,
      account: null,
    });
  }
  return { file, format: 'terraform', changes, moduleSources: index.moduleSources };
}
