// Resource changes → quota requirements: the peak extra amount per (account, region, quota, scope).
// Pure: parsed inputs in, requirements and coverage out.
import { Ref, Unknown, scopeKey } from '../model.js';
import type { Coverage, ParsedInput, Requirement, ResourceChange } from '../model.js';
import { GLOBAL_QUOTA_REGION, QUOTAS } from '../quotas/catalog.js';
import { increase, isUnknownCode, sumByKey } from '../quotas/consumers.js';
import type { CapacityMode, Consumption, ExtractContext } from '../quotas/consumers.js';
import { extractorFor, hasNoQuota } from '../quotas/resources.js';
import type { VcpuLookup } from '../quotas/instance-types.js';
import { readingKey } from '../verdict/evaluate.js';

export interface BuildOptions {
  capacity: CapacityMode;
  vcpus: VcpuLookup;
}

export interface BuildResult {
  requirements: Requirement[];
  coverage: Coverage;
}

const UNKNOWN_REGION = 'unknown';
const LAMBDA_CONCURRENCY = 'L-B99A9384';
/** Lambda keeps 100 concurrent executions unreserved: reservations fit only in (quota − 100) (Lambda concurrency docs). */
const LAMBDA_UNRESERVED = 100;

/** Index of the resources of one input, to follow references (Ref targets; ids, ARNs and names by type). */
function lookupFor(input: ParsedInput): ExtractContext['lookup'] {
  const byAddress = new Map(input.changes.map((c) => [c.address, c]));
  let byValue: Map<string, ResourceChange[]> | undefined;
  return (value, types) => {
    if (value instanceof Ref) return byAddress.get(value.target);
    if (typeof value !== 'string' || value === '') return undefined;
    if (!byValue) {
      byValue = new Map();
      for (const c of input.changes) {
        for (const attrs of [c.before, c.after]) {
          for (const key of ['id', 'arn', 'name']) {
            const v = attrs?.get(key);
            if (typeof v !== 'string' || !v) continue;
            const list = byValue.get(v) ?? [];
            if (!list.includes(c)) list.push(c);
            byValue.set(v, list);
          }
        }
      }
    }
    return byValue.get(value)?.find((c) => !types || types.includes(c.type));
  };
}

type Base = Omit<ExtractContext, 'attrs' | 'resource' | 'side'>;

function consumptions(change: ResourceChange, side: 'before' | 'after', base: Base): Consumption[] {
  const extract = extractorFor(change);
  const attrs = change[side];
  return attrs && extract ? extract({ ...base, resource: change, attrs, side }) : [];
}

/**
 * A resource the change leaves alone can still need more when something it uses changes: an Auto Scaling group on
 * `$Latest` of a launch template whose instance type grows. Returns the changed resource it reads, if any.
 */
function changedDependency(change: ResourceChange, base: Base): ResourceChange | undefined {
  let found: ResourceChange | undefined;
  const lookup: Base['lookup'] = (value, types) => {
    const target = base.lookup(value, types);
    if (target && target !== change && target.action !== 'none') found ??= target;
    return target;
  };
  consumptions(change, 'after', { ...base, lookup });
  return found;
}

/**
 * The extra amount a change needs at its peak. A create (or a replacement that creates first, when old and new
 * exist at once) needs all of `after`; an update or a destroy-first replacement only its increase; a delete frees
 * capacity only after apply, so it never offsets another resource's need.
 */
function delta(change: ResourceChange, base: Base): Consumption[] {
  switch (change.action) {
    case 'create':
    case 'replace-create-first': {
      const created = consumptions(change, 'after', base);
      return created.length < 2 ? created : [...sumByKey(created).values()];
    }
    case 'update':
    case 'replace-delete-first':
      return increase(consumptions(change, 'before', base), consumptions(change, 'after', base));
    default:
      return [];
  }
}

function noteFor(change: ResourceChange): string | undefined {
  const notes: string[] = [];
  if (change.action === 'replace-create-first') notes.push('replaced, new created before old is destroyed');
  if (change.action === 'update' || change.action === 'replace-delete-first') notes.push('increase only');
  if (change.condition) notes.push(`conditional on ${change.condition}`);
  return notes.length ? notes.join('; ') : undefined;
}

function unknownQuotaName(code: string): string {
  return `Running ${code.endsWith('spot') ? 'Spot' : 'On-Demand'} instances of an unknown instance class (vCPU)`;
}

export function buildRequirements(inputs: ParsedInput[], options: BuildOptions): BuildResult {
  const requirements = new Map<string, Requirement>();
  const unsupported = new Map<string, number>();
  let resources = 0;
  let mapped = 0;

  const requirement = (account: string | null, region: string, serviceCode: string, quotaCode: string, quotaName: string, scope: string): Requirement => {
    const key = readingKey({ account, region, serviceCode, quotaCode, scope });
    let r = requirements.get(key);
    if (!r) {
      r = { account, region, serviceCode, quotaCode, quotaName, scope, required: 0, unknowns: [], sources: [] };
      requirements.set(key, r);
    }
    return r;
  };

  for (const input of inputs) {
    const base = { lookup: lookupFor(input), vcpus: options.vcpus, capacity: options.capacity };
    for (const change of input.changes) {
      let needs: Consumption[];
      let note: string | undefined;
      if (change.action === 'none') {
        const dependency = extractorFor(change) && changedDependency(change, base);
        if (!dependency) continue;
        needs = delta({ ...change, action: 'update' }, base);
        note = `uses ${dependency.address}, which changes`;
      } else {
        resources++;
        if (extractorFor(change) || hasNoQuota(change)) mapped++;
        else unsupported.set(change.type, (unsupported.get(change.type) ?? 0) + 1);
        needs = delta(change, base);
        note = noteFor(change);
      }
      if (!needs.length) continue;
      const regionUnknown = change.region instanceof Unknown ? change.region : undefined;
      for (const consumption of needs) {
        const { amount } = consumption;
        const unknownClass = isUnknownCode(consumption.quotaCode);
        const def = QUOTAS.get(consumption.quotaCode);
        const region = def?.global ? GLOBAL_QUOTA_REGION : (consumption.region ?? (regionUnknown ? UNKNOWN_REGION : (change.region as string)));
        const r = requirement(
          change.account,
          region,
          def?.serviceCode ?? 'ec2',
          unknownClass ? consumption.quotaCode.replace(':', '-') : consumption.quotaCode,
          def?.name ?? unknownQuotaName(consumption.quotaCode),
          scopeKey(consumption.scope),
        );
        const scope = consumption.scope;
        if ((scope.kind === 'vpc' || scope.kind === 'resource') && scope.parent && !r.parent) r.parent = scope.parent;
        const known = amount instanceof Unknown ? null : amount;
        if (known !== null) r.required += known;
        if (amount instanceof Unknown) r.unknowns.push(amount.reason);
        if (regionUnknown && !def?.global && !consumption.region) r.unknowns.push(`${change.address}: ${regionUnknown.reason}`);
        r.sources.push({ file: change.file, address: change.address, line: change.line, amount: known, note });
      }
    }
    for (const e of input.explicit ?? []) {
      resources++;
      mapped++;
      const def = QUOTAS.get(e.quotaCode);
      const region = def?.global ? GLOBAL_QUOTA_REGION : e.region instanceof Unknown ? UNKNOWN_REGION : e.region;
      const r = requirement(e.account, region, e.serviceCode, e.quotaCode, def?.name ?? `${e.serviceCode} quota ${e.quotaCode}`, 'region');
      r.required += e.amount;
      if (e.region instanceof Unknown) r.unknowns.push(`${e.address}: ${e.region.reason}`);
      r.sources.push({ file: e.file, address: e.address, line: e.line, amount: e.amount });
    }
  }

  for (const r of requirements.values()) {
    if (r.quotaCode === LAMBDA_CONCURRENCY) {
      r.required += LAMBDA_UNRESERVED;
      r.sources.push({ file: r.sources[0].file, address: 'AWS keeps 100 concurrent executions unreserved', amount: LAMBDA_UNRESERVED });
    }
  }

  return {
    requirements: [...requirements.values()],
    coverage: {
      resources,
      mapped,
      unsupported: [...unsupported].map(([type, n]) => ({ type, count: n })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    },
  };
}
