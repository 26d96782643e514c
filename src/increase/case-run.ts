// The support-case path of a run (`support-case: api`): for a quota Service Quotas cannot raise, find the open AWS
// Support case with the quota's marker or open one — never two — and follow it. Decisions are in ./cases.ts, the
// Support API behind `SupportApi` (src/aws/support.ts).
//
// "Never twice", and what it guarantees:
//   1. DescribeCases (created in the last CASE_LOOKBACK_DAYS days, open and resolved) for the quota's marker: an open
//      case is reused; a case AWS resolved is followed (the quota is re-checked), and no new one is opened within the
//      look-back (reopen it in the console if more is needed).
//   2. Otherwise CreateCase, then DescribeCases again. The Support API has no idempotency token, so two runs that
//      both passed step 1 at the same moment both create. Each then sees every open case with the marker and agrees
//      on the same one (canonicalOrder: the oldest); a run whose own case is not that one resolves its own
//      (ResolveCase) and reuses the other. So after concurrent runs exactly one case per quota stays open; a
//      duplicate can exist for the seconds between the two calls, and is resolved by the run that made it (if that
//      run dies in between, the duplicate stays open — the next run reuses the oldest and says so). A workflow-level
//      `concurrency:` group serializes runs of one repository and avoids even that window.
import type { IncreaseRecord } from '../model.js';
import { fmt } from '../verdict/evaluate.js';
import {
  CASE_LOOKBACK_DAYS,
  canonicalOrder,
  caseBody,
  caseLine,
  caseMarker,
  caseRecord,
  caseSubject,
  chooseCategory,
  createCaseUrl,
  isNoPlan,
  isResolved,
  noPlanNote,
} from './cases.js';
import { DEFAULTS, capNote, type ChangeContext, type FilingBudget, type IncreasePolicy } from './plan.js';
import type { CaseInfo, IncreaseFault, SupportApi, Target } from '../ports/increase.js';

const DAY = 86_400_000;

function isFault(x: unknown): x is IncreaseFault {
  return typeof x === 'object' && x !== null && 'code' in x && 'detail' in x;
}

export interface CaseStep {
  record: IncreaseRecord;
  target: Target;
  /** Why Service Quotas cannot raise it (caseReason). */
  why: string;
}

export interface CaseContext {
  support: SupportApi | undefined;
  policy: IncreasePolicy;
  budget: FilingBudget;
  change: ChangeContext;
  /** `plan`: say what would be opened; `wait`: follow an existing case only; `file`: open one when none is. */
  mode: 'file' | 'wait' | 'plan';
  now: number;
  log: (line: string) => void;
}

/** The record with its support case settled; `awaited` when the case is open and the quota is short. */
export async function settleCase(step: CaseStep, ctx: CaseContext): Promise<IncreaseRecord> {
  const { record, target: t } = step;
  const severity = ctx.policy.supportSeverity ?? DEFAULTS.supportSeverity;
  const done = (c: IncreaseRecord['supportCase']): IncreaseRecord => {
    const next = { ...record, supportCase: c };
    ctx.log(`quota-guard: ${t.serviceCode}/${t.quotaCode} in ${t.region}${record.account ? ` of ${record.account}` : ''}: ${caseLine(c!)}`);
    return next;
  };
  const noCase = (outcome: 'error' | 'no-plan', note: string): IncreaseRecord => done(caseRecord(outcome, null, t, severity, note));
  if (!ctx.support) return noCase('error', 'the Support API is not available in this run');
  const marker = caseMarker(record.account, t);
  const found = await ctx.support.find(marker, ctx.now - CASE_LOOKBACK_DAYS * DAY);
  if (isFault(found)) {
    if (isNoPlan(found)) return noCase('no-plan', noPlanNote(t));
    return noCase('error', `could not look for an open support case, so none is opened (a duplicate could not be ruled out): ${found.detail}`);
  }
  const [first] = canonicalOrder(found);
  if (first && !isResolved(first.status)) return done(caseRecord('reused', first, t, severity, `${step.why}; the open case for this quota is followed`));
  if (first) {
    const newest = [...found].sort((a, b) => (b.created ?? 0) - (a.created ?? 0))[0];
    return done(caseRecord('resolved', newest, t, severity, `AWS resolved the case for this quota; no new case is opened within ${CASE_LOOKBACK_DAYS} days of it: reopen it in the console if more is needed`));
  }
  if (record.desiredValue === null || record.currentValue === null) {
    return noCase('error', `${step.why}, but the usage or the current value is unknown, so the value to ask for is not known: open the case by hand (${createCaseUrl(t)})`);
  }
  const cap = capNote(t, record.currentValue, record.desiredValue, ctx.policy);
  if (cap) return noCase('error', `${cap}; no support case opened. If ${fmt(record.desiredValue)} is right, open it by hand (${createCaseUrl(t)})`);
  if (ctx.mode === 'plan') return done({ ...caseRecord('planned', null, t, severity, `${step.why}: a ${severity} Service limit increase case asking for ${fmt(record.desiredValue)} would be opened`), url: createCaseUrl(t) });
  if (ctx.mode === 'wait') return noCase('error', `${step.why}; no case is open for it, and this run only waits: a run with request-increases: true opens one`);
  if (ctx.budget.filed >= ctx.budget.maxRequests) return noCase('error', `max-requests (${ctx.budget.maxRequests}) already filed in this run; no support case opened, a later run opens it`);

  const services = await ctx.support.services();
  if (isFault(services) && isNoPlan(services)) return noCase('no-plan', noPlanNote(t));
  const category = isFault(services) ? undefined : chooseCategory(services, t);
  const created = await ctx.support.create({ subject: caseSubject(record), body: caseBody(record, step.why, ctx.change), categoryCode: category, severity });
  if (isFault(created)) {
    if (isNoPlan(created)) return noCase('no-plan', noPlanNote(t));
    return noCase('error', `AWS did not open the case: ${created.detail}`);
  }
  ctx.budget.filed++;
  // Step 2 of "never twice": every run agrees on the oldest open case; a run whose own case is not it resolves it.
  const after = await ctx.support.find(marker, ctx.now - CASE_LOOKBACK_DAYS * DAY);
  const open = isFault(after) ? [] : canonicalOrder(after.filter((c) => !isResolved(c.status)));
  const mine: CaseInfo = open.find((c) => c.caseId === created) ?? { caseId: created, displayId: null, subject: caseSubject(record), status: 'opened', created: ctx.now };
  const keep = open[0];
  if (keep && keep.caseId !== created) {
    const resolved = await ctx.support.resolve(created);
    const what = isFault(resolved) ? `resolving ours (${created}) failed: ${resolved.detail}; resolve it by hand` : `ours (${mine.displayId ?? created}) was resolved as its duplicate`;
    return done(caseRecord('reused', keep, t, severity, `another run opened the case for this quota at the same time; ${what}`));
  }
  return done(caseRecord('opened', mine, t, severity, `${step.why}: a ${severity} Service limit increase case asks for ${fmt(record.desiredValue)}`));
}

/** Polls the open cases of `records` once; a failed poll keeps the last known status. */
export async function refreshCases(records: IncreaseRecord[], support: SupportApi | undefined): Promise<IncreaseRecord[]> {
  const ids = records.map((r) => r.supportCase?.caseId).filter((id): id is string => !!id);
  if (!support || !ids.length) return records;
  const got = await support.get(ids);
  if (isFault(got)) return records.map((r) => (r.supportCase?.caseId ? { ...r, supportCase: { ...r.supportCase, note: `the last status check failed: ${got.detail}` } } : r));
  const byId = new Map(got.map((c) => [c.caseId, c]));
  return records.map((r) => {
    const c = r.supportCase?.caseId ? byId.get(r.supportCase.caseId) : undefined;
    if (!c || !r.supportCase) return r;
    return { ...r, supportCase: { ...r.supportCase, status: c.status, displayId: c.displayId ?? r.supportCase.displayId, ...(isResolved(c.status) ? { outcome: 'resolved' as const } : {}) } };
  });
}

export const caseOpen = (r: IncreaseRecord): boolean => !!r.supportCase?.caseId && !isResolved(r.supportCase.status);
