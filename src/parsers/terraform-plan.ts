// Terraform plan JSON (`terraform show -json tfplan`, format_version 0.1 to 1.2) → resource changes.
// Shapes: hashicorp/terraform internal/command/jsonplan/{plan,resource}.go and jsonconfig/{config,expression}.go.
// Attribute values are read lazily (after + after_unknown side by side), so a 150 MB plan costs little more than
// its JSON.parse.
import { LineCounter, parseDocument } from 'yaml';
import { Ref, Unknown, InputError, plainAttributes } from '../model.js';
import type { Action, Attributes, ParsedInput, PathKey, ResourceChange } from '../model.js';

export interface TerraformOptions {
  /** Region for resources whose provider names none (the `--region` flag, else `AWS_REGION`). */
  region?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The strings of a configuration list (`references`); a configuration of another shape gives none. */
const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

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

/**
 * Terraform's action lists, a closed set (hashicorp/terraform internal/command/jsonplan/plan.go, UnmarshalActions):
 * anything else is not a plan Terraform wrote, and is refused rather than read as "nothing to do".
 */
const ACTIONS: Record<string, Action> = {
  'no-op': 'none',
  read: 'none',
  forget: 'none',
  create: 'create',
  'create,forget': 'create',
  update: 'update',
  delete: 'delete',
  'create,delete': 'replace-create-first',
  'delete,create': 'replace-delete-first',
};

function toAction(rc: Json, file: string): Action {
  const actions = (rc.change as Json).actions;
  const key = Array.isArray(actions) && actions.every((a) => typeof a === 'string') ? actions.join(',') : undefined;
  if (key === undefined || !Object.hasOwn(ACTIONS, key)) {
    throw new InputError(file, `${rc.address as string}: change.actions is ${JSON.stringify(actions) ?? 'missing'}, not a Terraform action list (["create"], ["update"], ["delete"], ["delete","create"], ["create","delete"], ["no-op"], ["read"], ["forget"])`);
  }
  return ACTIONS[key]!;
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
  private accounts = new Map<string, string | null>();
  /** Account → the `assume_role` role ARN a provider names for it (what `use-plan-roles` reads through). */
  readonly providerRoles: Record<string, string> = {};

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
    const key = typeof cfg?.provider_config_key === 'string' ? cfg.provider_config_key : 'aws';
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
      const refs = stringList(region.references);
      // Only the root module's variables have values in the plan.
      const variable = !p.module_address ? refs.find((r) => r.startsWith('var.'))?.slice(4) : undefined;
      const value = variable ? ((this.plan.variables as Record<string, Json> | undefined)?.[variable]?.value as unknown) : undefined;
      if (typeof value === 'string') return value;
      return new Unknown(`the region of provider "${k}" is ${refs.length ? `set from ${refs.join(', ')}` : 'an expression'}, which cannot be resolved from the plan`);
    }
    return undefined;
  }

  /**
   * The account a provider deploys into, when its configuration says: the account of its `assume_role` role ARN,
   * else a single `allowed_account_ids` entry (terraform-provider-aws docs, "assume_role" and "allowed_account_ids").
   * A resource of such a provider is never read against the credentials' own account: the live reader reads it
   * through a role for that account (`account-roles`) or says it cannot.
   */
  providerAccount(cfg: ConfigResource | undefined): string | null {
    const key = typeof cfg?.provider_config_key === 'string' ? cfg.provider_config_key : 'aws';
    if (!this.accounts.has(key)) this.accounts.set(key, this.accountOf(key));
    return this.accounts.get(key) ?? null;
  }

  private accountOf(key: string): string | null {
    const providers = ((this.plan.configuration as Json | undefined)?.provider_config as Record<string, Json> | undefined) ?? {};
    for (const k of [key, key.replace(/^.*:/, ''), 'aws']) {
      const p = providers[k];
      if (!isObject(p)) continue;
      const expressions = (p.expressions as Json | undefined) ?? {};
      // A nested block is a list of objects in the plan's configuration (terraform show -json, "Expression Representation").
      const assume = Array.isArray(expressions.assume_role) ? (expressions.assume_role[0] as Json | undefined) : undefined;
      const arn = this.constant(p, (assume?.role_arn as Json | undefined) ?? undefined);
      const fromArn = typeof arn === 'string' ? /^arn:aws[a-z-]*:iam::(\d{12}):role\//.exec(arn)?.[1] : undefined;
      if (fromArn) {
        this.providerRoles[fromArn] ??= arn as string;
        return fromArn;
      }
      const allowed = this.constant(p, expressions.allowed_account_ids as Json | undefined);
      if (Array.isArray(allowed) && allowed.length === 1 && typeof allowed[0] === 'string' && /^\d{12}$/.test(allowed[0])) return allowed[0];
      return null;
    }
    return null;
  }

  /** A provider argument's value: a constant, or a root-module variable the plan gives a value for. */
  private constant(provider: Json, expression: Json | undefined): unknown {
    if (!isObject(expression)) return undefined;
    if (expression.constant_value !== undefined) return expression.constant_value;
    const variable = !provider.module_address ? stringList(expression.references).find((r) => r.startsWith('var.'))?.slice(4) : undefined;
    return variable ? ((this.plan.variables as Record<string, Json> | undefined)?.[variable]?.value as unknown) : undefined;
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

/**
 * Arguments of which a resource takes exactly one (provider schema `ExactlyOneOf`): when the configuration sets one,
 * the others are not set, whatever the plan's after_unknown says. aws_autoscaling_group: launch_configuration,
 * launch_template, mixed_instances_policy (hashicorp/terraform-provider-aws internal/service/autoscaling/group.go;
 * launch_template and mixed_instances_policy are Optional+Computed, hence whole-block unknown when left out).
 */
const EXACTLY_ONE_OF: Record<string, string[][]> = {
  aws_autoscaling_group: [['launch_configuration', 'launch_template', 'mixed_instances_policy']],
};

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
      if (u === true) return this.notConfigured(path[0]) ? undefined : this.unknownAt(path);
      const key = path[i];
      v = v !== null && typeof v === 'object' ? (v as Record<PathKey, unknown>)[key] : undefined;
      u = u !== null && typeof u === 'object' ? (u as Record<PathKey, unknown>)[key] : undefined;
    }
    if (u === true) return this.notConfigured(path[0]) ? undefined : this.unknownAt(path);
    return v;
  }

  /**
   * Whether an argument the plan marks unknown as a whole is in fact not set: Optional+Computed blocks that the
   * configuration leaves out are "known after apply" in recent Terraform, yet nothing will set them. The
   * configuration's expressions tell only when an argument that excludes this one is set there: a `dynamic` block
   * is left out of the expressions (jsonconfig/expression.go ignores it), so absence alone proves nothing.
   */
  private notConfigured(name: PathKey | undefined): boolean {
    const groups = Object.hasOwn(EXACTLY_ONE_OF, this.rc.type as string) ? EXACTLY_ONE_OF[this.rc.type as string] : undefined;
    const expressions = this.cfg?.expressions;
    if (!groups || typeof name !== 'string' || !isObject(expressions) || Object.hasOwn(expressions, name)) return false;
    return groups.some((group) => group.includes(name) && group.some((other) => other !== name && Object.hasOwn(expressions, other)));
  }

  private unknownAt(path: PathKey[]): Unknown | Ref {
    let expr: unknown = this.cfg?.expressions;
    for (const key of path) {
      if (expr === null || typeof expr !== 'object') break;
      if (Array.isArray((expr as Json).references)) break;
      expr = Array.isArray(expr) && typeof key !== 'number' ? expr[0]?.[key] : (expr as Record<PathKey, unknown>)[key];
    }
    const refs = isObject(expr) ? stringList(expr.references) : [];
    for (const r of refs) {
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


const looksLikeChange = (rc: unknown): boolean => isObject(rc) && typeof rc.address === 'string' && isObject(rc.change);

/** Deeper than any plan Terraform writes (values nest a few levels per block); bounds what a crafted file costs. */
const MAX_JSON_DEPTH = 256;

/**
 * Top-level members quota-guard reads; the rest (planned_values, prior_state, resource_drift…) is only skipped and
 * stands as `true` (present), which is all validatePlan asks of it.
 */
const READ_MEMBERS = new Set(['format_version', 'variables', 'resource_changes', 'configuration']);

class SyntaxTrouble extends Error {}

/**
 * Index just past the JSON value that starts at `i`, without building it; throws SyntaxTrouble when the text ends
 * first (a truncated file) or the value nests deeper than MAX_JSON_DEPTH.
 */
function skipValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) {
    const end = skipString(text, i);
    if (end < 0) throw new SyntaxTrouble();
    return end;
  }
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let j = i;
    for (let c = text.charCodeAt(j); j < text.length && c !== 44 && c !== CLOSE_BRACE && c !== CLOSE_BRACKET && c > 32; c = text.charCodeAt(++j));
    if (j === i) throw new SyntaxTrouble();
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = skipString(text, j) - 1;
      if (j < 0) throw new SyntaxTrouble();
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) throw new InputDepthError();
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return j + 1;
  }
  throw new SyntaxTrouble();
}

class InputDepthError extends Error {}

/** Members Terraform writes after resource_changes (jsonplan plan.go field order), as they follow its last `]`. */
const AFTER_CHANGES = ['output_changes', 'prior_state', 'configuration', 'deferred_changes', 'relevant_attributes', 'checks', 'timestamp', 'applyable', 'complete', 'errored'].map((k) => `],"${k}":`);

/**
 * The array at `start` parsed without scanning it first, when it ends where Terraform puts the next member: a text
 * that parses from `start` up to a candidate end is a complete JSON value, and a JSON value has only one end, so a
 * candidate that parses is the real end (a `],"checks":` inside a string just fails to parse and the next is tried).
 * The largest member quota-guard reads is parsed once instead of scanned and parsed.
 */
function parseUpTo(text: string, start: number, ends: string[]): { value: unknown; end: number } | undefined {
  if (text.charCodeAt(start) !== OPEN_BRACKET) return undefined;
  for (const next of ends) {
    const e = text.indexOf(next, start);
    if (e < 0) continue;
    try {
      return { value: JSON.parse(text.slice(start, e + 1)), end: e + 1 };
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * The top-level members of the JSON object in `text`: the ones quota-guard reads parsed, the others only skipped
 * (planned_values, prior_state and resource_drift repeat every resource's values: skipping them is faster than
 * JSON.parse of the whole file, with about half the objects in memory). Only top-level members count: a variable's
 * or an output's value that holds a `"resource_changes"` key is skipped with its member, and a top-level key given
 * twice is refused rather than one of the two silently read. Any syntax trouble (a truncated file included) takes
 * JSON.parse of the whole text, which names the line.
 */
function readTopLevel(text: string, file: string): Json {
  const members: Json = {};
  const seen = new Set<string>();
  try {
    let i = skipSpace(text, 0);
    if (text.charCodeAt(i) !== OPEN_BRACE) throw new SyntaxTrouble();
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) === CLOSE_BRACE) i = skipSpace(text, i + 1);
    else {
      for (;;) {
        if (text.charCodeAt(i) !== QUOTE) throw new SyntaxTrouble();
        const keyEnd = skipValue(text, i);
        const key = JSON.parse(text.slice(i, keyEnd)) as string;
        i = skipSpace(text, keyEnd);
        if (text.charCodeAt(i) !== 58) throw new SyntaxTrouble(); // ':'
        const start = skipSpace(text, i + 1);
        if (seen.has(key)) throw new InputError(file, `the top-level key "${key}" appears twice; a plan from \`terraform show -json\` has each once`);
        seen.add(key);
        const fast = key === 'resource_changes' ? parseUpTo(text, start, AFTER_CHANGES) : undefined;
        const end = fast?.end ?? skipValue(text, start);
        members[key] = fast ? fast.value : READ_MEMBERS.has(key) ? JSON.parse(text.slice(start, end)) : true;
        i = skipSpace(text, end);
        const c = text.charCodeAt(i);
        i = skipSpace(text, i + 1);
        if (c === CLOSE_BRACE) break;
        if (c !== 44) throw new SyntaxTrouble(); // ','
      }
    }
    if (i < text.length) throw new SyntaxTrouble();
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (err instanceof InputDepthError) throw new InputError(file, `the JSON nests deeper than ${MAX_JSON_DEPTH} levels; no Terraform plan does`);
    parseJson(text, file); // throws with the line of the error
    throw new InputError(file, 'not a well-formed JSON object'); // unreachable for valid JSON; never a silent pass
  }
  return members;
}

/** Keeps of a resource change what is read later; the sensitivity maps and the rest die young. */
function slim(rc: unknown): void {
  if (!looksLikeChange(rc)) return;
  const change = (rc as Json).change as Json;
  (rc as Json).change = { actions: change.actions, before: change.before, after: change.after, after_unknown: change.after_unknown };
}

function readPlan(text: string, file: string): { plan: Json; changes: Json[] } {
  const plan = readTopLevel(text, file);
  const changes = Array.isArray(plan.resource_changes) ? (plan.resource_changes as Json[]) : [];
  changes.forEach(slim);
  return { plan, changes };
}

/** Thrown by PlanStream for anything but a well-formed plan of the usual shape; the caller then reads the whole text. */
export class NotStreamable extends Error {}

const NEXT_CHANGE = '},{"address":';

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseOrNot(text: string): unknown {
  const value = parsedOrUndefined(text); // JSON has no undefined
  if (value === undefined) throw new NotStreamable();
  return value;
}

const enum At {
  Start,
  Key,
  Colon,
  Value,
  After,
  Done,
}

/**
 * A plan read in pieces as it arrives, so the text of a 150 MB plan is never whole in memory: only the members
 * quota-guard reads are kept (each resource change parsed as soon as it ends, and slimmed), planned_values,
 * prior_state, resource_drift and the rest are only scanned past. It reads the common case only, a UTF-8 plan
 * that starts with `{`: anything else, every syntax error included, throws NotStreamable and the caller falls back
 * to parseTerraformPlan on the whole text, which gives the same result or the same error (so there is one place
 * that words errors). Values are JSON.parse'd, so what it keeps is what readTopLevel would keep.
 */
export class PlanStream {
  private at = At.Start;
  private members: Json = {};
  private key = '';
  private keep = false;
  /** Depth inside the current top-level value; in a string; a backslash ended the last piece inside a string. */
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  /** resource_changes as an array, change by change; `expect` is what may come next at its top level. */
  private changes: unknown[] | undefined;
  private expect: 'first' | 'comma' | 'change' = 'first';
  /** Text of the key, kept value or resource change being read, in pieces. */
  private pieces: string[] | undefined;

  push(text: string): void {
    const n = text.length;
    let from = this.pieces ? 0 : -1; // where capture starts in this piece
    let next = -1; // where the next `},{"address":` is in this piece (n: none)
    let i = 0;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        const q = text.indexOf('"', i);
        const stop = q < 0 ? n : q;
        let run = 0;
        while (stop - 1 - run >= i && text.charCodeAt(stop - 1 - run) === BACKSLASH) run++;
        if (q < 0) {
          this.escaped = run % 2 === 1;
          break;
        }
        i = q + 1;
        if (run % 2 === 1) continue;
        this.inString = false;
        if (this.at === At.Key) {
          this.pieces!.push(text.slice(from, i));
          from = -1;
          this.key = parseOrNot(this.pieces!.join('')) as string;
          this.pieces = undefined;
          if (Object.hasOwn(this.members, this.key)) throw new NotStreamable(); // the text path words the error
          this.at = At.Colon;
        } else if (this.depth === 0) from = this.endValue(text, from, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.scalar) {
        if (c === 44 || c === CLOSE_BRACE || c === CLOSE_BRACKET || c <= 32) {
          this.scalar = false;
          from = this.endValue(text, from, i);
          continue; // the delimiter is read in At.After
        }
        i++;
        continue;
      }
      if (this.at === At.Value) {
        if (this.changes && this.depth === 1 && c > 32) {
          // Between resource changes: only `{`, `,` and `]`, in JSON's order.
          const ok = c === OPEN_BRACE ? this.expect !== 'comma' : c === 44 ? this.expect === 'comma' : c === CLOSE_BRACKET && this.expect !== 'change';
          if (!ok) throw new NotStreamable();
          if (c === 44) this.expect = 'change';
        }
        if (c === OPEN_BRACE && this.changes && this.depth === 1) {
          // Fast path: a change ends where the next begins (Terraform writes `address` first); a candidate end that
          // parses is the real one, as in parseUpTo. Otherwise (a false candidate inside a string, the last change,
          // one cut by the piece's end) the change is scanned below. One search per piece, reused, so the work
          // stays linear whatever the text.
          if (next < i) next = text.indexOf(NEXT_CHANGE, i);
          if (next < 0) next = n;
          if (next < n) {
            const change = parsedOrUndefined(text.slice(i, next + 1));
            if (change !== undefined) {
              slim(change);
              this.changes.push(change);
              this.expect = 'comma';
              i = next + 1;
              continue;
            }
          }
        }
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (++this.depth > MAX_JSON_DEPTH) throw new NotStreamable();
          if (this.depth === 1 && c === OPEN_BRACKET && this.key === 'resource_changes') {
            this.changes = [];
            this.expect = 'first';
            this.pieces = undefined;
            from = -1;
          } else if (this.changes && this.depth === 2) {
            this.pieces = [];
            from = i;
          }
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (--this.depth < 0) throw new NotStreamable();
          if (this.changes && this.depth === 1) {
            this.pieces!.push(text.slice(from, i + 1));
            from = -1;
            const rc = parseOrNot(this.pieces!.join(''));
            this.pieces = undefined;
            slim(rc);
            this.changes.push(rc);
            this.expect = 'comma';
          } else if (this.depth === 0) {
            from = this.endValue(text, from, i + 1);
          }
        } else if (this.depth === 0 && c > 32) this.scalar = true; // a number, true, null… at the top level
        i++;
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9 || (c === 0xfeff && this.at === At.Start)) {
        i++;
        continue;
      }
      switch (this.at) {
        case At.Start:
          if (c !== OPEN_BRACE) throw new NotStreamable();
          this.at = At.Key;
          break;
        case At.Key:
          if (c === CLOSE_BRACE && Object.keys(this.members).length === 0) this.at = At.Done;
          else if (c !== QUOTE) throw new NotStreamable();
          else {
            this.inString = true;
            this.pieces = [];
            from = i;
          }
          break;
        case At.Colon:
          if (c !== 58) throw new NotStreamable();
          this.at = At.Value;
          this.depth = 0;
          this.keep = READ_MEMBERS.has(this.key);
          this.pieces = this.keep ? [] : undefined;
          from = this.keep ? i + 1 : -1;
          break;
        case At.After:
          if (c === 44) this.at = At.Key;
          else if (c === CLOSE_BRACE) this.at = At.Done;
          else throw new NotStreamable();
          break;
        default:
          throw new NotStreamable();
      }
      i++;
    }
    if (this.pieces && from >= 0) this.pieces.push(text.slice(from));
  }

  /** The value that started after the last colon ends before `end`; returns the capture start for the rest (none). */
  private endValue(text: string, from: number, end: number): number {
    if (this.changes) this.members[this.key] = this.changes;
    else if (this.keep) {
      if (from >= 0) this.pieces!.push(text.slice(from, end));
      this.members[this.key] = parseOrNot(this.pieces!.join(''));
    } else this.members[this.key] = true;
    this.changes = undefined;
    this.pieces = undefined;
    this.at = At.After;
    return -1;
  }

  /** The plan and its (slimmed) resource changes, as readPlan gives them; throws NotStreamable if the text was not whole. */
  end(): { plan: Json; changes: Json[] } {
    if (this.at !== At.Done) throw new NotStreamable();
    const plan = this.members;
    return { plan, changes: Array.isArray(plan.resource_changes) ? (plan.resource_changes as Json[]) : [] };
  }
}

export function parseTerraformPlan(text: string, file: string, options: TerraformOptions = {}): ParsedInput {
  return terraformChanges(readPlan(extractJson(text, file), file), file, options);
}

/** A plan's resource changes from its top-level members (readPlan or PlanStream). */
export function terraformChanges({ plan, changes: rcs }: { plan: Json; changes: Json[] }, file: string, options: TerraformOptions = {}): ParsedInput {
  validatePlan(plan, file);
  if (plan.resource_changes !== undefined && plan.resource_changes !== null && !Array.isArray(plan.resource_changes)) {
    throw new InputError(file, 'resource_changes is not a list; is this the output of `terraform show -json`?');
  }
  rcs.forEach((rc, i) => {
    if (!looksLikeChange(rc)) throw new InputError(file, `resource_changes[${i}] is not a resource change (it needs an address and a change object)`);
  });
  const index = new PlanIndex(plan);
  for (const rc of rcs) index.addresses.add(rc.address as string);

  const changes: ResourceChange[] = [];
  for (const rc of rcs) {
    // Closed sets: a mode or an action Terraform never writes is an error, never "nothing to do".
    if (rc.mode !== 'managed' && rc.mode !== 'data') throw new InputError(file, `${rc.address as string}: mode is ${JSON.stringify(rc.mode) ?? 'missing'}, not managed or data`);
    const action = toAction(rc, file);
    if (typeof rc.type !== 'string' || rc.type === '') throw new InputError(file, `${rc.address as string}: type is ${JSON.stringify(rc.type) ?? 'missing'}, not a resource type`);
    // AWS (aws_*) and Cloud Control (awscc_*) resources; awscc types reuse the CloudFormation mapping.
    if (rc.mode !== 'managed' || !/^aws(cc)?_/.test(rc.type)) continue;
    const change = rc.change as Json;
    // A value the action needs but the plan leaves out (hand-trimmed plans do) reads as unknown, never as a
    // resource that consumes nothing.
    const missing = (side: string): Attributes => plainAttributes(new Unknown(`${rc.address as string}: the plan gives no change.${side} for this ${JSON.stringify(change.actions)} change`));
    const provider = String(rc.provider_name ?? 'aws');
    if (!/^(.*\/)?aws(cc)?$/.test(provider)) continue;
    const cfg = index.configFor(rc);
    const needsAfter = action !== 'delete' && action !== 'none';
    const needsBefore = action === 'update' || action === 'replace-delete-first';
    const after = isObject(change.after) ? new PlanAttributes(change.after, change.after_unknown, rc, cfg, index) : needsAfter ? missing('after') : null;
    const before = isObject(change.before) ? new PlanAttributes(change.before, undefined, rc, cfg, index) : needsBefore ? missing('before') : null;
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
      action: rc.deposed ? (action === 'delete' ? 'delete' : 'none') : action,
      before,
      after,
      region,
      account: index.providerAccount(cfg),
    });
  }
  const parsed: ParsedInput = { file, format: 'terraform', changes, moduleSources: index.moduleSources };
  if (Object.keys(index.providerRoles).length) parsed.providerRoles = index.providerRoles;
  return parsed;
}
