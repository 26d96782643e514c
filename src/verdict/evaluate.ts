// The verdict: usage + required <= quota × (1 − buffer). Unknown usage, an unknown amount or an unread quota is
// never a pass; a requirement that is short on its known part alone is a shortfall whatever else is unknown.
// Every shortfall carries its next step (the value to request and where); every unknown says whether the plan or
// the reading left it unknown; a read that failed because of the setup carries the root cause (`setupError`).
import { REGION_RE } from '../model.js';
import type { FailOn, QuotaReading, Requirement, Result, UnknownFrom } from '../model.js';
import { QUOTAS } from '../quotas/catalog.js';
import { consoleUrl, desiredValue } from './next-step.js';

export const DEFAULT_BUFFER = 0.2;

/** What a run does when reads failed because of the setup: fail the step (default) or only warn. */
export type OnReadError = 'fail' | 'warn';

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
  // The live reader says the same: neither offline nor live is there a quota for a class the plan does not name.
  if (r.quotaCode.startsWith('unknown-')) return { quota: null, usage: 0, reason: 'the instance class is not known, so there is no vCPU quota to read' };
  if (!def) return { quota: null, usage: 0, reason: `no bundled default for ${r.serviceCode} ${r.quotaCode}; run without --offline to read it from AWS` };
  return { quota: def.defaultValue, usage: 0, adjustable: def.adjustable };
}

/**
 * Whether the plan itself leaves the quota unreadable: no region (or not a region name), or an instance class that
 * is known only after apply (the requirement builder's `unknown-…` codes). Anything else unread is the reading's.
 */
function planHidesQuota(r: Requirement): boolean {
  return !REGION_RE.test(r.region) || r.quotaCode.startsWith('unknown-');
}

export function evaluate(r: Requirement, reading: QuotaReading, buffers: Buffers): Result {
  const buffer = buffers.byQuota[r.quotaCode] ?? buffers.default;
  const base: Omit<Result, 'status' | 'reason'> = { ...r, usage: reading.usage, quota: reading.quota, buffer };
  if (reading.adjustable !== undefined) base.adjustable = reading.adjustable;
  if (reading.setupError) base.setupError = reading.setupError;
  const unknown = (reason: string, from: UnknownFrom): Result => ({ ...base, status: 'unknown', reason, unknownFrom: from });
  const shortfall = (reason: string): Result => ({ ...base, status: 'shortfall', reason, ...nextStep(base) });
  if (reading.quota === null) return unknown(reading.reason ?? 'quota value could not be read', planHidesQuota(r) ? 'plan' : 'reading');
  const limit = reading.quota * (1 - buffer);
  const unknownAmount = r.unknowns.length ? `amount not known offline: ${unknownCauses(r.unknowns).map((c) => (c.addresses.length ? `${c.why} (${c.addresses.join(', ')})` : c.why)).join('; ')}` : null;
  if (reading.usage === null) {
    if (r.required > limit) return shortfall(`needs ${fmt(r.required)} even at zero usage; usage unknown: ${reading.reason ?? 'not read'}`);
    return unknown(`usage unknown: ${reading.reason ?? 'not read'}${unknownAmount ? `; ${unknownAmount}` : ''}`, 'reading');
  }
  const total = reading.usage + r.required;
  if (total > limit) {
    const buf = buffer ? ` (quota ${fmt(reading.quota)} less ${fmt(buffer * 100)} % buffer)` : '';
    return shortfall(`needs ${fmt(total)} (usage ${fmt(reading.usage)} + ${fmt(r.required)}) but the limit is ${fmt(limit)}${buf}${unknownAmount ? `; and ${unknownAmount}` : ''}`);
  }
  if (unknownAmount) return unknown(unknownAmount, 'plan');
  // A count cut at a page cap is a lower bound: it can prove a shortfall, never a fit.
  if (reading.usageLowerBound) return unknown(`usage is at least ${fmt(reading.usage)}, not an exact count${reading.note ? ` (${reading.note})` : ''}`, 'reading');
  return { ...base, status: 'ok', reason: null };
}

/**
 * The distinct causes of an unknown amount, each with the resources it applies to: the requirement builder words
 * each as "ADDRESS: why", so that ten resources with no region say "no region" once.
 */
export function unknownCauses(unknowns: readonly string[]): { why: string; addresses: string[] }[] {
  const causes = new Map<string, string[]>();
  for (const u of unknowns) {
    const i = u.indexOf(': ');
    const [address, why] = i > 0 ? [u.slice(0, i), u.slice(i + 2)] : ['', u];
    const addresses = causes.get(why) ?? [];
    if (address && !addresses.includes(address)) addresses.push(address);
    causes.set(why, addresses);
  }
  return [...causes].map(([why, addresses]) => ({ why, addresses }));
}

/**
 * The next step of a shortfall: the value to request (the increase flow's own rounding, so a request for it makes
 * the re-check pass), whether AWS raises the quota at all (the reading's `Adjustable`, else the bundled catalog's),
 * and the console page to request it — none for a quota AWS does not raise.
 */
function nextStep(r: Omit<Result, 'status' | 'reason'>): Pick<Result, 'suggestedValue' | 'adjustable' | 'requestUrl'> {
  const adjustable = r.adjustable ?? QUOTAS.get(r.quotaCode)?.adjustable;
  const step: Pick<Result, 'suggestedValue' | 'adjustable' | 'requestUrl'> = { suggestedValue: r.usage === null ? null : desiredValue(r.usage + r.required, r.buffer) };
  if (adjustable !== undefined) step.adjustable = adjustable;
  if (adjustable !== false && REGION_RE.test(r.region)) step.requestUrl = consoleUrl(r);
  return step;
}

/** Whether a finding stops the deploy by itself: not when a waiver in force covers it. */
function waived(r: Result): boolean {
  return r.waiver !== undefined && !r.waiver.expired;
}

/**
 * Whether the findings let the deploy go ahead under the policy. A shortfall gates unless `never`; an unknown gates
 * under `unknown`, except one the setup caused — those are the setup error's (`gatesOnSetup`), not `fail-on`'s.
 */
export function passes(results: Result[], failOn: FailOn): boolean {
  if (failOn === 'never') return true;
  return !results.some((r) => !waived(r) && (r.status === 'shortfall' || (failOn === 'unknown' && r.status === 'unknown' && !r.setupError)));
}

/** The distinct root causes of the reads the setup made fail, in the order first met. */
export function setupErrorsOf(results: Result[]): string[] {
  return [...new Set(results.flatMap((r) => (r.setupError ? [r.setupError] : [])))];
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}
