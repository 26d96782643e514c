// What one resource consumes, shared by the Terraform and CloudFormation mappings: they only differ in how they
// read attributes, so each reads its own names and hands plain specs to these functions.
import { Ref, Unknown } from '../model.js';
import { scopeKey } from '../model.js';
import type { Attributes, Parent, ResourceChange, Scope } from '../model.js';
import { instanceClass, vcpuQuotaCode } from './instance-types.js';
import type { VcpuLookup } from './instance-types.js';

export type Amount = number | Unknown;

export interface Consumption {
  quotaCode: string;
  amount: Amount;
  scope: Scope;
  /** Region override (a DynamoDB replica lives in another region than its table). */
  region?: string;
  note?: string;
}

export type CapacityMode = 'max' | 'desired';

/** What an extractor may use: the resource's attributes (before or after) and lookups into the same input. */
export interface ExtractContext {
  resource: ResourceChange;
  attrs: Attributes;
  /**
   * Follows a `Ref` to another resource of the same input, or a literal id / ARN / name to a resource of one of
   * `types` (a name alone says nothing of the type: a launch configuration and a table may share one).
   */
  lookup(value: unknown, types?: readonly string[]): ResourceChange | undefined;
  vcpus: VcpuLookup;
  capacity: CapacityMode;
  /** Which state `attrs` is: resources looked up are read in the same state (a launch template before and after). */
  side: 'before' | 'after';
}

/** Reads an attribute of a looked-up resource in the state being extracted (falling back to the other one). */
export function valueOf(ctx: ExtractContext, r: ResourceChange | undefined, ...path: (string | number)[]): unknown {
  if (!r) return undefined;
  const [first, second] = ctx.side === 'before' ? [r.before, r.after] : [r.after, r.before];
  return (first ?? second)?.get(...path);
}

export type Extractor = (ctx: ExtractContext) => Consumption[];

export const REGION: Scope = { kind: 'region' };

export function one(quotaCode: string, scope: Scope = REGION): Consumption {
  return { quotaCode, amount: 1, scope };
}

export function describe(value: unknown): string {
  if (value instanceof Ref) return value.target;
  if (value instanceof Unknown) return 'unknown';
  return String(value);
}

/**
 * A count from a plan (number) or a template (numeric string): a whole number from 0 up to 2^53 - 1 (every count,
 * size, capacity and percentage AWS takes here is an integer). Anything else (negative, fractional, non-finite,
 * not a number) is unknown with the reason, never counted and never 0: a negative amount would cancel another
 * resource's need. `notSet` is an attribute's "not set" sentinel (Lambda's reserved_concurrent_executions -1).
 */
export function count(value: unknown, what: string, ctx: ExtractContext, opts: { notSet?: number } = {}): Amount | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Unknown) return value;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) n = Number(value);
  if (n === undefined) return new Unknown(`${ctx.resource.address}: ${what} is not a number offline (${describe(value)})`);
  if (opts.notSet !== undefined && n === opts.notSet) return undefined;
  if (!Number.isSafeInteger(n) || n < 0) {
    const why = !Number.isFinite(n) ? 'not a finite number' : n < 0 ? 'negative' : !Number.isInteger(n) ? 'not a whole number' : 'too large';
    return new Unknown(`${ctx.resource.address}: ${what} is ${why} (${describe(value)})`);
  }
  return n;
}

/** Sum of counts; unknown as soon as one part is (or the total leaves the safe integers). Absent parts add nothing. */
export function sum(values: unknown[], what: string, ctx: ExtractContext): Amount {
  let total = 0;
  for (const v of values) {
    const n = count(v, what, ctx);
    if (n instanceof Unknown) return n;
    if (n !== undefined) total += n;
  }
  return Number.isSafeInteger(total) ? total : new Unknown(`${ctx.resource.address}: ${what} adds up to more than any quota (${total})`);
}

/** On-demand share of a mixed-instances group, read through `get(key)` with AWS's defaults (base 0, 100 % above). */
export function distribution(get: (key: 'base' | 'percent') => unknown, ctx: ExtractContext): FleetSpec['distribution'] {
  const base = count(get('base'), 'on-demand base capacity', ctx) ?? 0;
  const percent = count(get('percent'), 'on-demand percentage', ctx) ?? 100;
  // Not known offline: either share may be the whole group, so each quota is checked for all of it.
  if (base instanceof Unknown || percent instanceof Unknown) return 'unknown';
  return { base, percentAboveBase: percent };
}

/** Fleet capacity by the chosen mode: max size, or desired (which defaults to the minimum size). */
export function capacityOf(ctx: ExtractContext, max: unknown, desired: unknown, min: unknown): Amount {
  if (ctx.capacity === 'max') return count(max, 'maximum size', ctx) ?? new Unknown(`${ctx.resource.address}: maximum size is not set`);
  // AWS sets an unset desired capacity to the minimum size; with neither, the maximum is the safe bound.
  return count(desired, 'desired capacity', ctx) ?? count(min, 'minimum size', ctx) ?? count(max, 'maximum size', ctx) ?? new Unknown(`${ctx.resource.address}: no size is set`);
}

export function text(value: unknown): string | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (value instanceof Unknown) return value;
  if (value instanceof Ref) return new Unknown(`value comes from ${value.target}`);
  return String(value);
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const CREATING: ReadonlySet<ResourceChange['action']> = new Set(['create', 'replace-create-first', 'replace-delete-first']);

/**
 * The parent a scope is counted in. A parent the change creates (or replaces: the new one starts empty) is
 * `created`; one that exists already carries its id from the input (Terraform `id`, a CloudFormation change set's
 * physical id) or the literal id the attribute gives.
 */
export function parentOf(value: unknown, target: ResourceChange | undefined, idAttribute = 'id'): Parent | undefined {
  if (target) {
    if (CREATING.has(target.action)) return { address: target.address, created: true };
    const id = target.before?.get(idAttribute) ?? target.after?.get(idAttribute);
    return typeof id === 'string' && id ? { address: target.address, id, created: false } : { address: target.address, created: false };
  }
  if (typeof value === 'string' && value) return { id: value, created: false };
  return undefined;
}

/** Scope keyed by the VPC a resource belongs to: the VPC's address in the input, else its id. */
export function vpcScope(value: unknown, ctx: ExtractContext, types: readonly string[]): Scope {
  const target = ctx.lookup(value, types);
  const parent = parentOf(value, target);
  if (target) return { kind: 'vpc', vpc: target.address, parent };
  if (typeof value === 'string') return { kind: 'vpc', vpc: value, parent };
  return { kind: 'vpc', vpc: '(VPC known after apply)' };
}

/** Scope keyed by one resource (a security group, a route table, a role…) for per-resource quotas. */
export function resourceScope(value: unknown, ctx: ExtractContext, types: readonly string[], suffix = ''): Scope {
  const target = ctx.lookup(value, types);
  const name = target ? target.address : typeof value === 'string' ? value : '(resource known after apply)';
  const parent = parentOf(value, target);
  return parent ? { kind: 'resource', resource: name + suffix, parent } : { kind: 'resource', resource: name + suffix };
}

/** The Availability Zone of a subnet: its attribute when known; unknown zones share one scope (the worst case). */
export function subnetZone(subnet: unknown, ctx: ExtractContext, types: readonly string[], zoneAttributes: readonly string[]): Scope {
  const target = ctx.lookup(subnet, types);
  const zone = zoneAttributes.map((name) => valueOf(ctx, target, name)).find((z) => z !== undefined);
  if (typeof zone === 'string') return { kind: 'az', zone };
  return { kind: 'az', zone: '(zone known after apply)' };
}

export interface InstanceOption {
  type: unknown;
  /** Capacity units one instance of this type provides (mixed-instances `weighted_capacity`). */
  weight?: number;
}

export interface FleetSpec {
  /** Capacity in units (instances unless overrides carry weights). */
  capacity: Amount;
  options: InstanceOption[];
  /** Everything runs on Spot (a launch template's market type, a launch configuration's spot price). */
  spot: boolean;
  /** Mixed-instances distribution: on-demand base and percentage above it; 'unknown' when they are not known. */
  distribution?: { base: number; percentAboveBase: number } | 'unknown';
}

/** vCPU quota consumption of a fleet of instances (an instance is a fleet of 1). */
export function fleetVcpus(spec: FleetSpec, ctx: ExtractContext): Consumption[] {
  const { capacity } = spec;
  if (capacity instanceof Unknown) {
    return spec.options.flatMap((o) => vcpuTargets(o, spec, ctx).map((code) => ({ quotaCode: code, amount: capacity, scope: REGION })));
  }
  let onDemand = spec.spot ? 0 : capacity;
  let spot = capacity - onDemand;
  if (spec.distribution === 'unknown') {
    onDemand = capacity;
    spot = capacity;
  } else if (spec.distribution) {
    // AWS: on-demand = base + percentage of what is above the base, rounded up (EC2 Auto Scaling user guide,
    // "Mixed instances groups": OnDemandBaseCapacity / OnDemandPercentageAboveBaseCapacity).
    const base = Math.min(capacity, spec.distribution.base);
    onDemand = base + Math.ceil(((capacity - base) * spec.distribution.percentAboveBase) / 100);
    spot = capacity - onDemand;
  }
  // Each quota must hold the worst case: the whole share running on whichever option needs most vCPUs there.
  const worst = new Map<string, Amount>();
  const add = (code: string, amount: Amount): void => {
    const prev = worst.get(code);
    if (prev instanceof Unknown) return;
    if (amount instanceof Unknown || prev === undefined || amount > prev) worst.set(code, amount);
  };
  for (const option of spec.options) {
    const type = text(option.type);
    for (const [units, market] of [
      [onDemand, 'on-demand'],
      [spot, 'spot'],
    ] as const) {
      if (units <= 0) continue;
      if (type === undefined) {
        add(`unknown:${market}`, new Unknown(`${ctx.resource.address}: no instance type`));
        continue;
      }
      if (type instanceof Unknown) {
        add(`unknown:${market}`, type);
        continue;
      }
      const code = vcpuQuotaCode(type, market);
      const vcpus = ctx.vcpus(type);
      if (!code || vcpus === undefined) {
        add(`unknown:${market}`, new Unknown(`${ctx.resource.address}: instance type "${type}" is not recognised`));
        continue;
      }
      const instances = Math.ceil(units / Math.max(option.weight ?? 1, 1e-9));
      add(code, instances * vcpus);
    }
  }
  return [...worst].map(([code, amount]) => ({ quotaCode: code, amount, scope: REGION }));
}

/** Quotas an option could draw on when its capacity is unknown (its class, or an unknown placeholder). */
function vcpuTargets(option: InstanceOption, spec: FleetSpec, ctx: ExtractContext): string[] {
  const type = text(option.type);
  const markets: ('on-demand' | 'spot')[] = spec.distribution ? ['on-demand', 'spot'] : [spec.spot ? 'spot' : 'on-demand'];
  return markets.map((m) => (typeof type === 'string' && instanceClass(type) && ctx.vcpus(type) !== undefined ? (vcpuQuotaCode(type, m) ?? `unknown:${m}`) : `unknown:${m}`));
}

/** An instance type's whole fleet is unknown when the type itself is: mark it so in the unknown placeholder code. */
export function isUnknownCode(code: string): boolean {
  return code.startsWith('unknown:');
}

/** Sums consumptions per (quota, region override, scope). */
export function sumByKey(consumptions: Consumption[]): Map<string, Consumption> {
  const out = new Map<string, Consumption>();
  for (const c of consumptions) {
    const key = `${c.quotaCode}|${c.region ?? ''}|${scopeKey(c.scope)}`;
    const prev = out.get(key);
    if (!prev) out.set(key, { ...c });
    else if (!(prev.amount instanceof Unknown)) prev.amount = c.amount instanceof Unknown ? c.amount : prev.amount + c.amount;
  }
  return out;
}

/**
 * What an in-place change needs on top of what it had, per quota and scope. An unknown amount needs checking
 * unless it is the very same unknown before and after (a property the change leaves alone); an unknown old
 * amount cannot offset a known new one.
 */
export function increase(before: Consumption[], after: Consumption[]): Consumption[] {
  const old = sumByKey(before);
  const out: Consumption[] = [];
  for (const [key, next] of sumByKey(after)) {
    const prev = old.get(key)?.amount ?? 0;
    if (next.amount instanceof Unknown) {
      if (prev !== next.amount) out.push(next);
    } else if (prev instanceof Unknown) out.push(next);
    else if (next.amount > prev) out.push({ ...next, amount: next.amount - prev });
  }
  return out;
}

/** Attributes with some top-level values replaced. */
function overlay(attrs: Attributes, values: Record<string, unknown>): Attributes {
  return {
    get: (...path) => (typeof path[0] === 'string' && values[path[0]] !== undefined ? (path.length === 1 ? values[path[0]] : undefined) : attrs.get(...path)),
  };
}

/**
 * A scheduled action that resizes a group needs, when it runs, the increase over the group's own size: the
 * group's consumption with the scheduled sizes laid over it, less its consumption as configured.
 */
export function scheduledIncrease(ctx: ExtractContext, group: ResourceChange | undefined, sizes: Record<string, unknown>, groupExtractor: Extractor): Consumption[] {
  const attrs = group && (ctx.side === 'before' ? (group.before ?? group.after) : (group.after ?? group.before));
  if (!group || !attrs) {
    return [{ quotaCode: 'unknown:on-demand', amount: new Unknown(`${ctx.resource.address}: the group it resizes is not in this input`), scope: REGION }];
  }
  const asGroup = { ...ctx, resource: group };
  const raised = increase(groupExtractor({ ...asGroup, attrs }), groupExtractor({ ...asGroup, attrs: overlay(attrs, sizes) }));
  return raised.filter((c) => c.quotaCode !== 'L-CDE20ADC');
}

/** A count read from one attribute path; nothing when the attribute is not set. */
export const amountOf =
  (quotaCode: string, what: string, ...path: string[]): Extractor =>
  (ctx) => {
    const amount = count(ctx.attrs.get(...path), what, ctx);
    return amount === undefined ? [] : [{ quotaCode, amount, scope: REGION }];
  };

/** An ELBv2 load balancer by type: "The default is application." (ELBv2 API reference, CreateLoadBalancer Type). */
export function loadBalancerByType(type: unknown): Consumption[] {
  const kind = text(type) ?? 'application';
  if (kind === 'application') return [one('L-53DA6B97')];
  if (kind === 'network') return [one('L-69A177A2')];
  if (kind instanceof Unknown) return [{ quotaCode: 'L-53DA6B97', amount: kind, scope: REGION }];
  return []; // gateway load balancers: no count quota mapped
}

/** A VPC endpoint by type (Gateway is the default in both Terraform and CloudFormation): interface per VPC, gateway per region. */
export function vpcEndpointByType(type: unknown, vpc: unknown, ctx: ExtractContext, vpcTypes: readonly string[]): Consumption[] {
  const kind = text(type) ?? 'Gateway';
  if (kind === 'Interface') return [{ ...one('L-29B6F2EB'), scope: vpcScope(vpc, ctx, vpcTypes) }];
  if (kind === 'Gateway') return [one('L-1B52E74A')];
  if (kind instanceof Unknown) return [{ quotaCode: 'L-29B6F2EB', amount: kind, scope: vpcScope(vpc, ctx, vpcTypes) }];
  return [];
}

/** Rules of one security group in one direction; IPv4 and IPv6 rules count apart (VPC user guide, security group quotas). */
export function securityGroupRules(ctx: ExtractContext, group: unknown, groupTypes: readonly string[], direction: string, v4: Amount, v6: Amount): Consumption[] {
  const out: Consumption[] = [];
  if (v4 instanceof Unknown || v4) out.push({ quotaCode: 'L-0EA8095F', amount: v4, scope: resourceScope(group, ctx, groupTypes, `/${direction}`) });
  if (v6 instanceof Unknown || v6) out.push({ quotaCode: 'L-0EA8095F', amount: v6, scope: resourceScope(group, ctx, groupTypes, `/${direction}-ipv6`) });
  return out;
}

/** The length of a list attribute; unknown when the list itself is (an empty list is not the same as "not known yet"). */
export function lengthOf(value: unknown, what: string, ctx: ExtractContext): Amount {
  if (value instanceof Unknown) return value;
  if (value instanceof Ref) return new Unknown(`${ctx.resource.address}: ${what} comes from ${value.target}`);
  return list(value).length;
}

/** Adds amounts; unknown as soon as one is. */
export function plus(...amounts: Amount[]): Amount {
  let total = 0;
  for (const a of amounts) {
    if (a instanceof Unknown) return a;
    total += a;
  }
  return total;
}
