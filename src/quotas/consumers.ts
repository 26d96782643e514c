// What one resource consumes, shared by the Terraform and CloudFormation mappings: they only differ in how they
// read attributes, so each reads its own names and hands plain specs to these functions.
import { Ref, Unknown } from '../model.js';
import { scopeKey } from '../model.js';
import type { Attributes, Parent, ResourceChange, Scope } from '../model.js';
import { SCALABLE_TARGET_QUOTA } from './catalog.js';
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

/** A fleet's sizes as its input gives them (counted by `capacityOf`). */
export interface Sizes {
  max: unknown;
  desired: unknown;
  min: unknown;
}

/** The instance type and market a launch template or launch configuration gives. */
export interface TemplateInstance {
  type: unknown;
  spot: boolean;
}

/** One override of a mixed-instances policy: its type, and its weight as counted. */
export interface Override {
  type: unknown;
  weight: Amount | undefined;
}

/** A mixed-instances policy: its launch template, its overrides and its on-demand distribution. */
export interface MixedInstances {
  template: unknown;
  overrides: Override[];
  distribution: FleetSpec['distribution'];
}

/**
 * What an Auto Scaling group names. `instanceOf` reads a launch template or configuration in the input's own
 * terms; `source` is the one of a group without a mixed-instances policy.
 */
export interface AutoScalingGroupSpec {
  sizes: Sizes;
  instanceOf: (source: unknown) => TemplateInstance;
  mixed?: MixedInstances;
  source?: unknown;
}

/** An Auto Scaling group: one group, and the vCPUs of its fleet at the chosen capacity. */
export function scalingGroup(ctx: ExtractContext, spec: AutoScalingGroupSpec): Consumption[] {
  const { max, desired, min } = spec.sizes;
  const capacity = capacityOf(ctx, max, desired, min);
  const fleet = spec.mixed ? mixedFleet(spec.mixed, spec.instanceOf) : singleFleet(ctx, spec.source, spec.instanceOf);
  return [one('L-CDE20ADC'), ...fleetVcpus({ capacity, ...fleet }, ctx)];
}

type Fleet = Pick<FleetSpec, 'options' | 'spot' | 'distribution'>;

/** A mixed-instances fleet: each override (its type, else the launch template's) or the launch template alone. */
function mixedFleet(mixed: MixedInstances, instanceOf: AutoScalingGroupSpec['instanceOf']): Fleet {
  const base = instanceOf(mixed.template);
  const options = mixed.overrides.length ? mixed.overrides.map((o) => ({ type: o.type ?? base.type, weight: overrideWeight(o.weight) })) : [{ type: base.type }];
  return { options, spot: false, distribution: mixed.distribution };
}

/** An override's capacity units: a weight that is not a positive number counts as 1 (one instance, one unit). */
function overrideWeight(weight: Amount | undefined): number {
  return typeof weight === 'number' && weight > 0 ? weight : 1;
}

/** A fleet of the one type its launch template or launch configuration names. */
function singleFleet(ctx: ExtractContext, source: unknown, instanceOf: AutoScalingGroupSpec['instanceOf']): Fleet {
  const found = source === undefined ? { type: new Unknown(`${ctx.resource.address}: no launch template or launch configuration`), spot: false } : instanceOf(source);
  return { options: [{ type: found.type }], spot: found.spot };
}

/**
 * What an EKS managed node group names. `template` is its launch template's id or name, read through
 * `templateType` only when no instance types are given; `maxName` is how the input names the maximum size.
 */
export interface NodeGroupSpec {
  sizes: Sizes;
  maxName: string;
  instanceTypes: unknown;
  template: unknown;
  templateType: (template: unknown) => unknown;
  spot: boolean;
  /** The cluster it belongs to, for nodegroups per cluster. */
  cluster: Scope;
}

/** An EKS managed node group: one in its cluster, its nodes at the maximum size, and the vCPUs of its fleet. */
export function managedNodeGroup(ctx: ExtractContext, spec: NodeGroupSpec): Consumption[] {
  const { max, desired, min } = spec.sizes;
  const capacity = capacityOf(ctx, max, desired, min);
  // Nodes per managed node group holds the group at its maximum size, whatever the capacity mode.
  const nodes = count(max, spec.maxName, ctx) ?? new Unknown(`${ctx.resource.address}: ${spec.maxName} is not set`);
  return [one('L-CDE20ADC'), { ...one('L-6D54EA21'), scope: spec.cluster }, ...ownCount(ctx, 'L-BD136A63', nodes), ...fleetVcpus({ capacity, options: nodeGroupOptions(spec), spot: spec.spot }, ctx)];
}

function nodeGroupOptions(spec: NodeGroupSpec): InstanceOption[] {
  const types = spec.instanceTypes;
  if (types instanceof Unknown) return [{ type: types }];
  if (Array.isArray(types) && types.length) return types.map((type) => ({ type }));
  if (spec.template !== undefined) return [{ type: spec.templateType(spec.template) }];
  // EKS default when neither instance types nor a launch template names one (EKS CreateNodegroup API reference).
  return [{ type: 't3.medium' }];
}

/**
 * Cache nodes of an ElastiCache replication group: with node groups (shards) given, each has its primary and its
 * replicas (none unless given); else its cache clusters, one unless given.
 */
export function replicationGroupNodes(nodeGroups: Amount | undefined, replicas: Amount | undefined, clusters: Amount | undefined): Consumption[] {
  if (nodeGroups === undefined) return [{ quotaCode: 'L-DFE45DF3', amount: clusters ?? 1, scope: REGION }];
  const perGroup = replicas ?? 0;
  const amount = nodeGroups instanceof Unknown ? nodeGroups : perGroup instanceof Unknown ? perGroup : nodeGroups * (perGroup + 1);
  return [{ quotaCode: 'L-DFE45DF3', amount, scope: REGION }];
}

/** A Kinesis data stream's shards; an on-demand stream chooses its own count, which is not known offline. */
export function kinesisShards(ctx: ExtractContext, mode: unknown, shards: Amount | undefined): Consumption[] {
  if (mode === 'ON_DEMAND') return [{ quotaCode: 'L-0918CF54', amount: new Unknown(`${ctx.resource.address}: on-demand streams choose their own shard count`), scope: REGION }];
  return shards === undefined ? [] : [{ quotaCode: 'L-0918CF54', amount: shards, scope: REGION }];
}

/** What an ECS service names, with its input's own defaults applied (desired count, cluster). */
export interface EcsServiceSpec {
  cluster: Scope;
  launchType: unknown;
  /** The capacity providers of its capacity provider strategy. */
  providers: unknown[];
  desired: Amount;
  /** CPU units of one task (its task definition's), or why they are not known. */
  taskCpu: Amount;
}

/** An ECS service: one in its cluster, and the Fargate (or Fargate Spot) vCPUs of its tasks. */
export function ecsServiceQuotas(spec: EcsServiceSpec): Consumption[] {
  const out: Consumption[] = [{ ...one('L-9EF96962'), scope: spec.cluster }];
  const codes = new Set<string>();
  // An unknown launch type may be FARGATE.
  if (spec.launchType === 'FARGATE' || spec.launchType instanceof Unknown || spec.providers.includes('FARGATE')) codes.add('L-3032A538');
  if (spec.providers.includes('FARGATE_SPOT')) codes.add('L-36FBB829');
  // Fargate counts vCPUs: task CPU units / 1024 per running task (Fargate quotas, AWS docs).
  const { desired, taskCpu } = spec;
  const amount = desired instanceof Unknown ? desired : taskCpu instanceof Unknown ? taskCpu : (desired * taskCpu) / 1024;
  for (const code of codes) out.push({ quotaCode: code, amount, scope: REGION });
  return out;
}

/** What a DynamoDB table names: its GSIs, its replicas' regions, and its throughput unless billed per request. */
export interface TableSpec {
  gsis: Amount;
  replicas: Consumption[];
  /** Read and write capacity units of the table and its GSIs together. */
  throughput?: { read: Amount; write: Amount };
}

/** A DynamoDB table: one table here and one per replica, its GSIs, and its provisioned throughput. */
export function dynamodbTableQuotas(ctx: ExtractContext, spec: TableSpec): Consumption[] {
  const out: Consumption[] = [one('L-F98FE922'), ...ownCount(ctx, 'L-F7858A77', spec.gsis), ...spec.replicas];
  if (!spec.throughput) return out;
  for (const [amount, quotaCode] of [
    [spec.throughput.read, 'L-34F6A552'],
    [spec.throughput.write, 'L-34F8CCC8'],
  ] as const) {
    if (amount instanceof Unknown || amount > 0) out.push({ quotaCode, amount, scope: REGION });
  }
  return out;
}

/** A table replica counts as a table in its region; one whose region is not known offline is unknown here. */
export function tableReplica(region: unknown, why: string): Consumption {
  return typeof region === 'string' ? { ...one('L-F98FE922'), region } : { quotaCode: 'L-F98FE922', amount: new Unknown(why), scope: REGION };
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

/** A Classic Load Balancer: one, and its listeners against listeners per Classic Load Balancer. */
export function classicLoadBalancer(ctx: ExtractContext, listeners: Amount): Consumption[] {
  return [one('L-E9E9831D'), ...ownCount(ctx, 'L-1A491844', listeners)];
}

/** Where an ELBv2 load balancer is named by ARN, the ARN says its type: `…:loadbalancer/app/…`, `/net/`, `/gwy/` (ELBv2 ARN format). */
function loadBalancerKindOfArn(arn: string): string | undefined {
  const m = /:(?:loadbalancer|listener|listener-rule)\/(app|net|gwy)\//.exec(arn);
  return m ? ({ app: 'application', net: 'network', gwy: 'gateway' } as Record<string, string>)[m[1]!] : undefined;
}

/**
 * The load balancer type a listener protocol implies (ELBv2 API reference, CreateListener Protocol: HTTP and HTTPS
 * for Application, TCP, TLS, UDP and TCP_UDP for Network, GENEVE for Gateway Load Balancers).
 */
const KIND_OF_PROTOCOL: Record<string, string> = { HTTP: 'application', HTTPS: 'application', TCP: 'network', TLS: 'network', UDP: 'network', TCP_UDP: 'network', GENEVE: 'gateway' };

/** How one input format names ELBv2 load balancers and listeners. */
export interface Elbv2Names {
  loadBalancerTypes: readonly string[];
  /** The load balancer's type attribute (Terraform `load_balancer_type`, CloudFormation `Type`). */
  typeAttribute: string;
  listenerTypes: readonly string[];
  /** The listener's load balancer attribute (Terraform `load_balancer_arn`, CloudFormation `LoadBalancerArn`). */
  listenerLoadBalancer: string;
}

const LISTENER_QUOTA: Record<string, string> = {
  application: 'L-B6DF7632', // Listeners per Application Load Balancer
  network: 'L-57A373D6', // Listeners per Network Load Balancer
};

/**
 * A listener counts against its own load balancer's listener quota. The type comes from the load balancer (in the
 * input, or its ARN), else from the listener protocol; when neither tells, both quotas are unknown (never the ALB's
 * quota by default). Gateway Load Balancer listeners: no listener quota mapped.
 */
export function listenerQuota(ctx: ExtractContext, loadBalancer: unknown, protocol: unknown, names: Elbv2Names): Consumption[] {
  const target = ctx.lookup(loadBalancer, names.loadBalancerTypes);
  let kind: string | Unknown | undefined = target ? (text(valueOf(ctx, target, names.typeAttribute)) ?? 'application') : typeof loadBalancer === 'string' ? loadBalancerKindOfArn(loadBalancer) : undefined;
  const byProtocol = text(protocol);
  if ((kind === undefined || kind instanceof Unknown) && typeof byProtocol === 'string') kind = KIND_OF_PROTOCOL[byProtocol.toUpperCase()] ?? kind;
  const scope = resourceScope(loadBalancer, ctx, names.loadBalancerTypes);
  if (typeof kind === 'string') return LISTENER_QUOTA[kind] ? [{ ...one(LISTENER_QUOTA[kind]!), scope }] : [];
  const why = kind ?? new Unknown(`${ctx.resource.address}: the type of its load balancer is not known offline`);
  return Object.values(LISTENER_QUOTA).map((quotaCode) => ({ quotaCode, amount: why, scope }));
}

/**
 * A listener rule counts against "Rules per Application Load Balancer" of the load balancer its listener belongs
 * to (rules exist on ALB listeners only; ELBv2 CreateRule). A listener named by ARN gives its load balancer's ARN.
 */
export function listenerRuleQuota(ctx: ExtractContext, listener: unknown, names: Elbv2Names): Consumption[] {
  const target = ctx.lookup(listener, names.listenerTypes);
  const loadBalancer = target
    ? valueOf(ctx, target, names.listenerLoadBalancer)
    : typeof listener === 'string' && /:listener\/app\//.test(listener)
      ? listener.replace(':listener/', ':loadbalancer/').replace(/\/[^/]+$/, '')
      : undefined;
  return [{ ...one('L-7EED9B64'), scope: resourceScope(loadBalancer, ctx, names.loadBalancerTypes) }];
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

/** One unknown amount on each quota a value could mean, when the value that chooses among them is not known. */
function unknownAcross(codes: readonly string[], why: Unknown, scope: Scope = REGION): Consumption[] {
  return codes.map((quotaCode) => ({ quotaCode, amount: why, scope }));
}

/** Rules of one network ACL in one direction; the quota is one-way and IPv4 and IPv6 rules count apart (VPC user guide). */
export function networkAclRules(ctx: ExtractContext, acl: unknown, aclTypes: readonly string[], egress: unknown, v4: Amount, v6: Amount): Consumption[] {
  const out: Consumption[] = [];
  // Egress defaults to false (ingress) in Terraform and CloudFormation alike; a template may give "true" as a string.
  const direction = egress instanceof Unknown ? 'ingress-or-egress' : egress === true || egress === 'true' ? 'egress' : 'ingress';
  if (v4 instanceof Unknown || v4) out.push({ quotaCode: 'L-2AEEBF1A', amount: v4, scope: resourceScope(acl, ctx, aclTypes, `/${direction}`) });
  if (v6 instanceof Unknown || v6) out.push({ quotaCode: 'L-2AEEBF1A', amount: v6, scope: resourceScope(acl, ctx, aclTypes, `/${direction}-ipv6`) });
  return out;
}

/** The IPv4 and IPv6 rule counts of a single rule, for `securityGroupRules` and `networkAclRules`. */
export function oneRule(ipv6: boolean): [Amount, Amount] {
  return ipv6 ? [0, 1] : [1, 0];
}

/** EBS storage quota per volume type (TiB), and the IOPS quota of provisioned-IOPS types. */
const EBS_STORAGE: Record<string, string> = { gp2: 'L-D18FCD1D', gp3: 'L-7A658B76', io1: 'L-FD252861', io2: 'L-09BD8365', st1: 'L-82ACEF56', sc1: 'L-17AF77E8', standard: 'L-9CF3C2EB' };
const EBS_IOPS: Record<string, string> = { io1: 'L-B3A130E6', io2: 'L-8D977E7E' };

/**
 * One EBS volume: its size in GiB counts in TiB against its type's storage quota, and io1 / io2 IOPS against theirs.
 * The type defaults to gp2 (EC2 CreateVolume VolumeType; Terraform aws_ebs_volume `type`, AWS::EC2::Volume
 * VolumeType). A size left to a snapshot is not known offline.
 */
export function ebsVolume(ctx: ExtractContext, type: unknown, sizeGiB: unknown, iops: unknown): Consumption[] {
  const kind = text(type) ?? 'gp2';
  const size = count(sizeGiB, 'size', ctx) ?? new Unknown(`${ctx.resource.address}: size comes from its snapshot, not known offline`);
  const tib = size instanceof Unknown ? size : size / 1024;
  if (kind instanceof Unknown) return unknownAcross(Object.values(EBS_STORAGE), kind);
  const storage = EBS_STORAGE[kind];
  if (!storage) return unknownAcross(Object.values(EBS_STORAGE), new Unknown(`${ctx.resource.address}: volume type "${kind}" is not recognised`));
  const out: Consumption[] = [{ quotaCode: storage, amount: tib, scope: REGION }];
  const iopsCode = EBS_IOPS[kind];
  if (iopsCode) out.push({ quotaCode: iopsCode, amount: count(iops, 'iops', ctx) ?? new Unknown(`${ctx.resource.address}: ${kind} volume without iops`), scope: REGION });
  return out;
}

/** A REST API by endpoint type; EDGE is the default (API Gateway CreateRestApi endpointConfiguration). */
export function restApiByEndpoint(type: unknown): Consumption[] {
  const codes: Record<string, string> = { EDGE: 'L-B97207D0', REGIONAL: 'L-AA0FF27B', PRIVATE: 'L-A966AB5C' };
  const kind = text(type) ?? 'EDGE';
  if (kind instanceof Unknown) return unknownAcross(Object.values(codes), kind);
  return codes[kind.toUpperCase()] ? [one(codes[kind.toUpperCase()]!)] : [];
}

/** An Application Auto Scaling target counts against its service namespace's quota (catalog SCALABLE_TARGET_QUOTA). */
export function scalableTarget(namespace: unknown): Consumption[] {
  const kind = text(namespace);
  if (kind instanceof Unknown) return unknownAcross(Object.values(SCALABLE_TARGET_QUOTA), kind);
  const code = kind === undefined ? undefined : SCALABLE_TARGET_QUOTA[kind];
  return code ? [one(code)] : [];
}

/** A WAFv2 web ACL by scope: REGIONAL, or CLOUDFRONT (which lives in us-east-1). */
export function webAclByScope(scope: unknown): Consumption[] {
  const codes: Record<string, string> = { REGIONAL: 'L-2EC3DE7B', CLOUDFRONT: 'L-24189897' };
  const kind = text(scope);
  if (kind instanceof Unknown) return unknownAcross(Object.values(codes), kind);
  return kind && codes[kind.toUpperCase()] ? [one(codes[kind.toUpperCase()]!)] : [];
}

/** One of a per-resource quota in the parent `value` names (a rule in its event bus, a record in its zone…). */
export function oneIn(quotaCode: string, ctx: ExtractContext, value: unknown, types: readonly string[]): Consumption {
  return { ...one(quotaCode), scope: resourceScope(value, ctx, types) };
}

/** One of a per-VPC quota in the VPC of a subnet (a subnet outside the input: the VPC is not known offline). */
export function inVpcOfSubnet(quotaCode: string, ctx: ExtractContext, subnet: unknown, subnetTypes: readonly string[], vpcAttribute: string, vpcTypes: readonly string[]): Consumption {
  const target = ctx.lookup(subnet, subnetTypes);
  return { ...one(quotaCode), scope: vpcScope(target ? valueOf(ctx, target, vpcAttribute) : undefined, ctx, vpcTypes) };
}

/** A count that is per the resource itself (GSIs of a table, nodes of a group): nothing when it is 0. */
export function ownCount(ctx: ExtractContext, quotaCode: string, amount: Amount): Consumption[] {
  return amount instanceof Unknown || amount > 0 ? [{ quotaCode, amount, scope: resourceScope(new Ref(ctx.resource.address), ctx, []) }] : [];
}

/**
 * A VPC peering connection counts in the requester VPC, and in the accepter VPC when it is in the same account and
 * region (no peer owner or region named); a peer elsewhere is counted there, not here.
 */
export function vpcPeering(ctx: ExtractContext, vpc: unknown, peerVpc: unknown, peerElsewhere: boolean, vpcTypes: readonly string[]): Consumption[] {
  return [{ ...one('L-7E9ECCDB'), scope: vpcScope(vpc, ctx, vpcTypes) }, ...(peerElsewhere ? [] : [{ ...one('L-7E9ECCDB'), scope: vpcScope(peerVpc, ctx, vpcTypes) }])];
}

/** Roles and users a managed policy is attached to: each gets one more managed policy. */
export function policyHolders(ctx: ExtractContext, roles: unknown[], users: unknown[], roleTypes: readonly string[], userTypes: readonly string[]): Consumption[] {
  return [...roles.map((role) => oneIn('L-0DA4ABF3', ctx, role, roleTypes)), ...users.map((user) => oneIn('L-4019AD8B', ctx, user, userTypes))];
}

/** A transit gateway VPC attachment: one attachment on its transit gateway, one in its VPC. */
export function transitGatewayVpcAttachment(ctx: ExtractContext, transitGateway: unknown, vpc: unknown, tgwTypes: readonly string[], vpcTypes: readonly string[]): Consumption[] {
  return [oneIn('L-E0233F82', ctx, transitGateway, tgwTypes), { ...one('L-6DA43717'), scope: vpcScope(vpc, ctx, vpcTypes) }];
}

/** A transit gateway peering attachment: an attachment and a peering attachment on its transit gateway. */
export function transitGatewayPeering(ctx: ExtractContext, transitGateway: unknown, tgwTypes: readonly string[]): Consumption[] {
  return [oneIn('L-E0233F82', ctx, transitGateway, tgwTypes), oneIn('L-A1B5A36F', ctx, transitGateway, tgwTypes)];
}

/** Elastic IPs of a public NAT gateway (primary + secondary), counted when it asks for more than the one it needs. */
export function natGatewayAddresses(ctx: ExtractContext, connectivity: unknown, secondary: unknown, what: string): Consumption[] {
  if (connectivity === 'private') return [];
  const extra = lengthOf(secondary, what, ctx);
  return extra instanceof Unknown || extra > 0 ? ownCount(ctx, 'L-5F53652F', plus(1, extra)) : [];
}

/**
 * An Optional+Computed Terraform attribute the configuration leaves unset is unknown in a plan, with no reference
 * behind it (a reference becomes a `Ref`): read it as unset, so that AWS's default applies, as inline security
 * group rules are read. A value from a reference stays unknown.
 */
export function unlessComputed(value: unknown): unknown {
  return value instanceof Unknown ? undefined : value;
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
