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
  const hasChanges = Array.isArray(plan.resource_changes);
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
  const list = Array.isArray(actions) ? actions.join(',') : '';
  switch (list) {
    case 'create':
    case 'create,forget':
      return 'create';
    case 'update':
      return 'update';
    case 'delete':
      return 'delete';
    case 'create,delete':
      return 'replace-create-first';
    case 'delete,create':
      return 'replace-delete-first';
    default:
      return 'none'; // no-op, read, forget
  }
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
    const root = (plan.configuration as Json | undefined)?.root_module as Json | undefined;
    if (root) this.indexModule(root, '');
  }

  private indexModule(module: Json, prefix: string): void {
    for (const r of (module.resources as (ConfigResource & { address?: string })[] | undefined) ?? []) {
      if (r.address) this.config.set(prefix + r.address, r);
    }
    const calls = (module.module_calls as Record<string, Json> | undefined) ?? {};
    for (const [name, call] of Object.entries(calls)) {
      if (typeof call.source === 'string') this.moduleSources[`${prefix}module.${name}`] = call.source;
      if (call.module) this.indexModule(call.module as Json, `${prefix}module.${name}.`);
    }
  }

  configFor(rc: Json): ConfigResource | undefined {
    const mod = typeof rc.module_address === 'string' ? `${stripIndices(rc.module_address)}.` : '';
    const mode = rc.mode === 'data' ? 'data.' : '';
    return this.config.get(`${mod}${mode}${rc.type as string}.${rc.name as string}`);
  }

  /** The provider region of a resource, from `configuration.provider_config` (constant or root variable). */
  providerRegion(cfg: ConfigResource | undefined): string | undefined {
    const providers = ((this.plan.configuration as Json | undefined)?.provider_config as Record<string, Json> | undefined) ?? {};
    const key = cfg?.provider_config_key ?? 'aws';
    const candidates = [key, key.replace(/^.*:/, ''), 'aws'];
    for (const k of candidates) {
      const p = providers[k];
      if (!p) continue;
      const region = (p.expressions as Json | undefined)?.region as Json | undefined;
      if (!region) return undefined;
      if (typeof region.constant_value === 'string') return region.constant_value;
      const refs = region.references as string[] | undefined;
      const variable = refs?.find((r) => r.startsWith('var.'))?.slice(4);
      const value = variable ? ((this.plan.variables as Record<string, Json> | undefined)?.[variable]?.value as unknown) : undefined;
      return typeof value === 'string' ? value : undefined;
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

export function parseTerraformPlan(text: string, file: string, options: TerraformOptions = {}): ParsedInput {
  const plan = parseJson(extractJson(text, file), file);
  validatePlan(plan, file);
  const rcs = (plan.resource_changes as Json[] | undefined) ?? [];
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
