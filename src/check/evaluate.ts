// The verdict: usage + required <= quota × (1 − buffer). Unknown usage, an unknown amount or an unread quota is
// never a pass; a requirement that is short on its known part alone is a shortfall whatever else is unknown.
import type { FailOn, QuotaReading, Requirement, Result, Status } from '../model.js';
import { QUOTAS } from '../quotas/catalog.js';

export const DEFAULT_BUFFER = 0.2;

export interface Buffers {
  default: number;
  /** Per quota code, from the deploy config. */
  byQuota: Record<string, number>;
}

/** Key under which a reading is looked up: one per account, region, quota and scope. */
export function readingKey(r: Pick<Requirement, 'account' | 'region' | 'serviceCode' | 'quotaCode' | 'scope'>): string {
  return [r.account ?? '', r.region, r.serviceCode, r.quotaCode, r.scope].join('|');
}

/** Offline readings: the AWS default from the bundled catalog and zero usage ("would this fit a fresh account"). */
export function offlineReading(r: Requirement): QuotaReading {
  const def = QUOTAS.get(r.quotaCode);
  if (!def) return { quota: null, usage: 0, reason: `no bundled default for ${r.serviceCode} ${r.quotaCode}; run without --offline to read it from AWS` };
  return { quota: def.defaultValue, usage: 0, adjustable: def.adjustable };
}

export function evaluate(r: Requirement, reading: QuotaReading, buffers: Buffers): Result {
  const buffer = buffers.byQuota[r.quotaCode] ?? buffers.default;
  const base: Omit<Result, 'status' | 'reason'> = { ...r, usage: reading.usage, quota: reading.quota, buffer };
  if (reading.adjustable !== undefined) base.adjustable = reading.adjustable;
  const verdict = (status: Status, reason: string | null): Result => ({ ...base, status, reason });
  if (reading.quota === null) return verdict('unknown', reading.reason ?? 'quota value could not be read');
  const limit = reading.quota * (1 - buffer);
  const unknownAmount = r.unknowns.length ? `amount not known offline: ${r.unknowns.join('; ')}` : null;
  if (reading.usage === null) {
    if (r.required > limit) return verdict('shortfall', `needs ${fmt(r.required)} even at zero usage; usage unknown: ${reading.reason ?? 'not read'}`);
    return verdict('unknown', `usage unknown: ${reading.reason ?? 'not read'}${unknownAmount ? `; ${unknownAmount}` : ''}`);
  }
  const total = reading.usage + r.required;
  if (total > limit) {
    const buf = buffer ? ` (quota ${fmt(reading.quota)} less ${fmt(buffer * 100)} % buffer)` : '';
    return verdict('shortfall', `needs ${fmt(total)} (usage ${fmt(reading.usage)} + ${fmt(r.required)}) but the limit is ${fmt(limit)}${buf}${unknownAmount ? `; and ${unknownAmount}` : ''}`);
  }
  if (unknownAmount) return verdict('unknown', unknownAmount);
  // A count cut at a page cap is a lower bound: it can prove a shortfall, never a fit.
  if (reading.usageLowerBound) return verdict('unknown', `usage is at least ${fmt(reading.usage)}, not an exact count${reading.note ? ` (${reading.note})` : ''}`);
  return verdict('ok', null);
}

/** Whether the deploy may go ahead under the policy. */
export function passes(results: Result[], failOn: FailOn): boolean {
  if (failOn === 'never') return true;
  return !results.some((r) => r.status === 'shortfall' || (failOn === 'unknown' && r.status === 'unknown'));
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}
