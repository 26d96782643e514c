// Files the increases a check's shortfalls need, never twice, then waits for AWS to decide and re-checks.
// The sequencing only: decisions are in ./plan.ts, AWS calls behind `IncreaseApi` (src/aws/increases.ts), and
// time behind `sleep`/`now`, so tests drive the poll loop with a virtual clock.
//
// Order per quota (one per account, region and quota code):
//   1. non-adjustable → reported as a design change, no AWS call;
//   2. ListRequestedServiceQuotaChangeHistoryByQuota: an open request (PENDING, CASE_OPENED) is reused — also when
//      the quota is over a cap, since that may be the request someone made by hand; when the history cannot be
//      read nothing is filed, because a duplicate could not be ruled out;
//   3. over a cap / usage unknown / waiting only / max-requests reached → reported, nothing filed;
//   4. RequestServiceQuotaIncrease; ResourceAlreadyExistsException (another run filed it between 2 and 4) is a
//      reuse of that request, looked up again; QuotaExceededException stops filing in that region for this run.
// Then GetRequestedServiceQuotaChange every poll until each awaited request is terminal or the wait runs out.
// Steps 2 and 4 are lookForOpenRequest and fileRequest, shared with the org-wide scan's DR prewarm
// (src/scan/prewarm.ts), which files the same way in each member account but never waits.
import type { IncreaseRecord, Report } from '../model.js';
import { fmt } from '../verdict/evaluate.js';
import { consoleUrl } from '../verdict/next-step.js';
import {
  faultNote,
  isOpen,
  latestRequest,
  openRequest,
  filingBudget,
  planIncreases,
  requestLine,
  targetKey,
  withRequest,
  type Candidate,
  type ChangeContext,
  type FilingBudget,
  type IncreasePolicy,
  type TrackedRequest,
} from './plan.js';
import { caseReason } from './cases.js';
import type { IncreaseApi, IncreaseFault, RequestedChange, Target } from '../ports/increase.js';
import { caseOpen, refreshCases, settleCase } from './case-run.js';

function isFault(x: unknown): x is IncreaseFault {
  return typeof x === 'object' && x !== null && 'code' in x && 'detail' in x;
}

/**
 * `file`: file what is missing, then wait. `wait`: file nothing; wait for the requests that are open. `plan`: a dry
 * run — say what `file` would file (and which open requests it would reuse), file nothing, wait for nothing.
 */
export type RequestMode = 'file' | 'wait' | 'plan';

export interface IncreaseOptions {
  mode: RequestMode;
  policy: IncreasePolicy;
  waitMinutes: number;
  pollSeconds: number;
  context: ChangeContext;
  track?: TrackedRequest[];
}

export interface IncreaseDeps {
  api: IncreaseApi;
  /** A fresh check: quota values and usage read again. */
  recheck(): Promise<Report>;
  sleep(ms: number): Promise<void>;
  /** Epoch milliseconds. */
  now(): number;
  log(line: string): void;
}

export interface IncreaseResult {
  /** The final report (re-checked after an approval), with `requests`. */
  report: Report;
  requests: IncreaseRecord[];
  /** Every request listed is APPROVED (false when there is none). */
  approved: boolean;
  /** The wait ran out with a request still open. */
  timedOut: boolean;
}

interface Entry {
  key: string;
  target: Target;
  record: IncreaseRecord;
  /** The quota is short in this run's check, so its request is awaited. */
  await: boolean;
}

export const realClock = {
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

export async function requestIncreases(initial: Report, deps: IncreaseDeps, options: IncreaseOptions): Promise<IncreaseResult> {
  const { api, log } = deps;
  const candidates = planIncreases(initial.results, options.policy, options.context);
  const shortKeys = new Set(candidates.map((c) => targetKey(c.record.account, c.target)));
  const entries: Entry[] = [];

  // Requests an earlier step filed: their current status, whether or not the quota is still short.
  const tracked = new Map<string, Entry>();
  for (const t of options.track ?? []) {
    if (!t.requestId || [...tracked.values()].some((e) => e.record.requestId === t.requestId)) continue;
    const target: Target = { region: t.region, serviceCode: t.serviceCode, quotaCode: t.quotaCode };
    const key = targetKey(t.account ?? null, target);
    const base: IncreaseRecord = {
      account: t.account ?? null,
      ...target,
      quotaName: t.quotaName ?? t.quotaCode,
      currentValue: t.currentValue ?? null,
      desiredValue: t.desiredValue ?? null,
      requestedValue: t.requestedValue ?? null,
      requestId: t.requestId,
      caseId: t.caseId ?? null,
      status: t.status ?? null,
      outcome: 'tracked',
      note: null,
      justification: t.justification ?? null,
      consoleUrl: consoleUrl(target),
    };
    const got = await api.get(t.region, t.requestId);
    const record = isFault(got) ? { ...base, note: `could not read the request: ${got.detail}` } : withRequest(base, got, 'tracked');
    tracked.set(key, { key, target, record, await: shortKeys.has(key) });
  }

  const budget = filingBudget(options.policy);
  // Quotas Service Quotas cannot raise, for the support-case path (support-case: api), with why.
  const cases: { entry: Entry; why: string }[] = [];
  for (const c of candidates) {
    const key = targetKey(c.record.account, c.target);
    const push = (record: IncreaseRecord, awaited: boolean, fault?: IncreaseFault): void => {
      const entry: Entry = { key, target: c.target, record, await: awaited };
      entries.push(entry);
      const why = options.policy.supportCase === 'api' ? caseReason(record, fault) : null;
      if (why) cases.push({ entry, why });
    };
    if (c.record.outcome === 'not-adjustable') {
      push(c.record, false);
      continue;
    }
    const known = tracked.get(key);
    if (known && (isOpen(known.record.status) || options.mode === 'wait')) {
      tracked.delete(key);
      push({ ...known.record, desiredValue: c.record.desiredValue ?? known.record.desiredValue, justification: c.record.justification ?? known.record.justification }, true);
      continue;
    }
    const looked = await lookForOpenRequest(c, api, log);
    if ('record' in looked) {
      push(looked.record, looked.awaited, looked.fault);
      continue;
    }
    if (!c.fileable) {
      push(c.record, false);
      continue;
    }
    if (options.mode === 'plan') {
      push({ ...c.record, outcome: 'planned', note: `would be filed asking for ${fmt(c.record.desiredValue!)} by a step with request-increases: true` }, false);
      continue;
    }
    if (options.mode === 'wait') {
      const latest = latestRequest(looked.history);
      if (latest && latest.status !== 'APPROVED') push({ ...withRequest(c.record, latest, 'previous'), note: `no open request for this quota; the latest one is ${latest.status}` }, false);
      else push({ ...c.record, outcome: 'no-request', note: 'no open request for this quota; a step with request-increases: true files one' }, false);
      continue;
    }
    const done = await fileRequest(c, api, budget, log);
    push(done.record, done.awaited, done.fault);
  }
  for (const e of tracked.values()) entries.push({ ...e, await: false });
  for (const { entry, why } of cases) {
    entry.record = await settleCase({ record: entry.record, target: entry.target, why }, { support: api.support, policy: options.policy, budget, change: options.context, mode: options.mode, now: deps.now(), log });
    entry.await = caseOpen(entry.record);
  }

  const timedOut = options.mode === 'plan' ? false : await waitForDecisions(entries, deps, options);
  if (timedOut && options.policy.supportCase !== 'never') await escalate(entries, api, log);

  let report = initial;
  if (entries.some((e) => decided(e.record) && shortKeys.has(e.key))) {
    log('quota-guard: an increase was approved; reading the quotas again');
    report = await deps.recheck();
    const stillShort = new Set(report.results.filter((r) => r.status === 'shortfall').map((r) => targetKey(r.account, r)));
    for (const e of entries) {
      if (e.record.status === 'APPROVED' && stillShort.has(e.key)) {
        e.record = { ...e.record, note: 'approved, but the quota still falls short (the new value may not be applied yet, or is less than this change needs); a later run re-checks and can ask for more' };
      } else if (e.record.supportCase?.outcome === 'resolved' && stillShort.has(e.key)) {
        e.record = { ...e.record, supportCase: { ...e.record.supportCase, note: 'AWS resolved the case, but the quota still falls short: read the case in the console; a case for this quota is not opened again within 30 days' } };
      }
    }
  }
  const requests = entries.map((e) => e.record);
  return {
    report: { ...report, requests },
    requests,
    approved: requests.length > 0 && requests.every((r) => r.status === 'APPROVED'),
    timedOut,
  };
}

/** A request AWS approved, or a support case AWS resolved: the quota is worth reading again. */
const decided = (r: IncreaseRecord): boolean => r.status === 'APPROVED' || r.supportCase?.outcome === 'resolved';

/** A candidate's record once it is settled, and whether its request is one to wait for. */
export interface Settled {
  record: IncreaseRecord;
  awaited: boolean;
  /** The AWS error that settled it, when one did (a support case may be the way on: caseReason). */
  fault?: IncreaseFault;
}

/**
 * Step 2: the quota's request history. An open request is reused (settled); a history that cannot be read settles
 * the candidate as an error, since a duplicate could not be ruled out. Otherwise the history, for what comes next.
 */
export async function lookForOpenRequest(c: Candidate, api: IncreaseApi, log: (line: string) => void): Promise<Settled | { history: RequestedChange[] }> {
  const history = await api.history(c.target);
  if (isFault(history)) {
    return { record: { ...c.record, outcome: 'error', note: `could not look for an open request, so nothing is filed (a duplicate could not be ruled out): ${history.detail}` }, awaited: false, fault: history };
  }
  const open = openRequest(history);
  if (open) {
    log(`quota-guard: ${c.target.serviceCode}/${c.target.quotaCode} in ${c.target.region}${c.record.account ? ` of ${c.record.account}` : ''}: reusing open request ${open.id} (${open.status})`);
    return { record: withRequest(c.record, open, 'reused'), awaited: true };
  }
  return { history };
}

/**
 * Step 4 for a fileable candidate with no open request: within max-requests, and not in a region where AWS already
 * said too many requests are open, RequestServiceQuotaIncrease. ResourceAlreadyExistsException (another run filed it
 * since step 2) is a reuse of that request, looked up again.
 */
export async function fileRequest(c: Candidate, api: IncreaseApi, budget: FilingBudget, log: (line: string) => void): Promise<Settled> {
  if (budget.filed >= budget.maxRequests) {
    return { record: { ...c.record, outcome: 'max-requests', note: `max-requests (${budget.maxRequests}) already filed in this run; nothing filed for this quota, a later run files it` }, awaited: false };
  }
  const where = `${c.record.account ?? ''}|${c.target.region}`;
  const full = budget.exhausted.get(where);
  if (full) return { record: { ...c.record, outcome: 'error', note: faultNote(full, c.target) }, awaited: false };
  const res = await api.file(c.target, c.record.desiredValue!, budget.supportCaseAllowed);
  if (!isFault(res)) {
    budget.filed++;
    const record = withRequest(c.record, res, 'filed');
    log(`quota-guard: filed ${requestLine(record)}${c.record.account ? ` in account ${c.record.account}` : ''}`);
    return { record, awaited: true };
  }
  if (res.code === 'ResourceAlreadyExistsException') {
    // Another run filed it between our look and our request: that one is ours too.
    const again = await api.history(c.target);
    const found = isFault(again) ? undefined : openRequest(again);
    if (found) return { record: withRequest(c.record, found, 'reused'), awaited: true };
    return { record: { ...c.record, outcome: 'reused', note: `AWS says a request for this quota is already open (${res.detail}) but does not list it yet; it is looked up again while waiting` }, awaited: true };
  }
  if (res.code === 'QuotaExceededException') budget.exhausted.set(where, res);
  return { record: { ...c.record, outcome: 'error', note: faultNote(res, c.target) }, awaited: false, fault: res };
}

const awaiting = (e: Entry): boolean => e.await && (caseOpen(e.record) || (e.record.requestId === null ? e.record.outcome === 'reused' : isOpen(e.record.status)));

/**
 * Polls every awaited request until each is terminal or the wait runs out; a last poll happens at the deadline.
 * True when it ran out with a request still open (never with wait-minutes 0: that only files).
 */
async function waitForDecisions(entries: Entry[], deps: IncreaseDeps, options: Pick<IncreaseOptions, 'waitMinutes' | 'pollSeconds'>): Promise<boolean> {
  if (options.waitMinutes <= 0 || !entries.some(awaiting)) return false;
  const deadline = deps.now() + options.waitMinutes * 60_000;
  deps.log(`quota-guard: waiting up to ${fmt(options.waitMinutes)} min for ${entries.filter(awaiting).length} increase request(s), checking every ${fmt(options.pollSeconds)} s`);
  while (entries.some(awaiting)) {
    const left = deadline - deps.now();
    if (left <= 0) return true;
    await deps.sleep(Math.min(options.pollSeconds * 1000, left));
    const polled = entries.filter(awaiting);
    await Promise.all(polled.filter((e) => !e.record.supportCase).map((e) => refresh(e, deps.api)));
    const withCase = polled.filter((e) => e.record.supportCase);
    const cases = await refreshCases(withCase.map((e) => e.record), deps.api.support);
    withCase.forEach((e, i) => (e.record = cases[i]));
    const open = entries.filter(awaiting);
    deps.log(`quota-guard: ${open.length ? `still open: ${open.map((e) => requestLine(e.record)).join('; ')}` : `every request is decided: ${entries.filter((e) => e.await).map((e) => requestLine(e.record)).join('; ')}`}`);
  }
  return false;
}

async function refresh(e: Entry, api: IncreaseApi): Promise<void> {
  if (e.record.requestId === null) {
    const history = await api.history(e.target);
    const open = isFault(history) ? undefined : openRequest(history);
    if (open) e.record = { ...withRequest(e.record, open, 'reused'), note: null };
    return;
  }
  const got = await api.get(e.target.region, e.record.requestId);
  // A failed poll keeps the last known status; the next poll tries again.
  if (isFault(got)) e.record = { ...e.record, note: `the last status check failed: ${got.detail}` };
  else e.record = withRequest({ ...e.record, note: null }, got, e.record.outcome);
}

/** The wait ran out: a request still PENDING gets a support case (CreateSupportCase acts only on PENDING ones). */
async function escalate(entries: Entry[], api: IncreaseApi, log: (line: string) => void): Promise<void> {
  for (const e of entries) {
    const id = e.record.requestId;
    if (!e.await || !id || e.record.status !== 'PENDING' || e.record.caseId) continue;
    const res = await api.openCase(e.target.region, id);
    if (isFault(res) && res.code !== 'InvalidResourceStateException' && res.code !== 'ResourceAlreadyExistsException') {
      e.record = { ...e.record, note: `a support case could not be opened: ${faultNote(res, e.target)}` };
      continue;
    }
    const note = isFault(res)
      ? res.code === 'ResourceAlreadyExistsException'
        ? 'a support case is already open for this request'
        : 'the request was no longer pending, so no support case was opened'
      : 'still pending when the wait ran out: a support case was opened for it (CreateSupportCase)';
    log(`quota-guard: request ${id}: ${note}`);
    const got = await api.get(e.target.region, id);
    e.record = { ...(isFault(got) ? e.record : withRequest(e.record, got, e.record.outcome)), note };
  }
}
