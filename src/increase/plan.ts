// Which quota increases a check's shortfalls need, and what may be filed: the desired value, step rounding, caps,
// the justification text, and the decisions about requests AWS already has. Pure: plain data in, plain data out;
// the AWS calls are in src/aws/increases.ts and the sequencing in ./run.ts.
//
// Facts used ([BC] = botocore service-quotas model, see /shared/reference/quota-facts.md §3.1):
// * RequestStatus PENDING | CASE_OPENED are open, APPROVED | DENIED | CASE_CLOSED | NOT_APPROVED | INVALID_REQUEST
//   are terminal ([BC]; the Terraform provider treats PENDING and CASE_OPENED as in flight, [TFSQGO]).
// * One open request per quota: a second RequestServiceQuotaIncrease answers ResourceAlreadyExistsException ([TFSQ]).
// * DesiredValue is a double from 0 to 1e10 ([BC] QuotaValue).
// * Increases are per region; global quotas (IAM, S3, Route 53) are requested through us-east-1 like they are read.
import { fmt } from '../verdict/evaluate.js';
import { MAX_SOURCES, firstN, placeText, plusAmount } from '../report/format.js';
import { QUOTAS } from '../quotas/catalog.js';
import { REQUEST_ID_RE, isQuotaTarget, type IncreaseOutcome, type IncreaseRecord, type RequestStatus, type Result } from '../model.js';
import { splitList } from '../inputs/list.js';
import { consoleUrl, desiredValue } from '../verdict/next-step.js';
import type { IncreaseFault, RequestedChange, Target } from '../ports/increase.js';

const OPEN_STATUSES: readonly RequestStatus[] = ['PENDING', 'CASE_OPENED'];
const TERMINAL_STATUSES: readonly RequestStatus[] = ['APPROVED', 'DENIED', 'CASE_CLOSED', 'NOT_APPROVED', 'INVALID_REQUEST'];
/** [BC] QuotaValue maximum. */
const MAX_DESIRED_VALUE = 1e10;

export const isOpen = (s: RequestStatus | null): boolean => s !== null && OPEN_STATUSES.includes(s);
export const isTerminal = (s: RequestStatus | null): boolean => s !== null && TERMINAL_STATUSES.includes(s);

/** Defaults of the request settings; action.yml declares the same ones (a test keeps them equal). */
export const DEFAULTS = {
  supportCase: 'allow',
  supportSeverity: 'low',
  maxIncreaseFactor: 10,
  maxRequests: 5,
  waitMinutes: 30,
  pollSeconds: 60,
} as const;

/** Absolute cap on how much one request may add to the current value: a default and per-quota-code values. */
export interface MaxIncrease {
  default?: number;
  byQuota: Record<string, number>;
}

export interface IncreasePolicy {
  /**
   * `allow`: SupportCaseAllowed=true, and a request still PENDING when the wait runs out gets a support case. `api`:
   * as `allow`, and a quota Service Quotas cannot raise gets an AWS Support case (src/increase/cases.ts).
   */
  supportCase: 'allow' | 'never' | 'api';
  /** Severity of the support cases `api` opens (default low). */
  supportSeverity?: string;
  /** The desired value may be at most this many times the current value; undefined = no factor cap. */
  maxIncreaseFactor?: number;
  maxIncrease: MaxIncrease;
  /** How many new requests one run may file. */
  maxRequests: number;
}

/** Where the change comes from, for the justification. Each part is optional. */
export interface ChangeContext {
  repository?: string;
  pullRequest?: number;
  commit?: string;
  runUrl?: string;
}

/** One quota to act on: what the increase record says so far, and whether a request may be filed for it. */
export interface Candidate {
  target: Target;
  record: IncreaseRecord;
  /** False when planning already decided nothing is filed (record.outcome says why). */
  fileable: boolean;
}

export class PolicyValueError extends Error {}

/** A request named by an earlier step (the `requests` output of the job that filed it). */
export type TrackedRequest = Pick<IncreaseRecord, 'region' | 'serviceCode' | 'quotaCode'> & { requestId: string } & Partial<Omit<IncreaseRecord, 'requestId'>>;

/**
 * `track-requests`: the JSON `requests` output of an earlier step. Entries without a request id (nothing was filed)
 * are left out; every other entry needs region, serviceCode and quotaCode in their AWS forms.
 */
export function parseTrackedRequests(text: string): TrackedRequest[] {
  if (!text.trim()) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PolicyValueError('is not JSON (expected the `requests` output of an earlier quota-guard step)');
  }
  if (!Array.isArray(value)) throw new PolicyValueError('is not a JSON array (expected the `requests` output of an earlier quota-guard step)');
  const out: TrackedRequest[] = [];
  value.forEach((v, i) => {
    const r = (v ?? {}) as Record<string, unknown>;
    if (r.requestId === null || r.requestId === undefined) return;
    const ok = typeof r.requestId === 'string' && REQUEST_ID_RE.test(r.requestId) && isQuotaTarget(r);
    if (!ok) throw new PolicyValueError(`entry ${i} needs requestId, region, serviceCode and quotaCode`);
    out.push(r as unknown as TrackedRequest);
  });
  return out;
}

/**
 * `max-increase`: a number (for every quota), `L-xxxx=N` pairs (per quota code), or both, comma- or
 * newline-separated: `500`, `L-1216C47A=1024, L-0263D0A3=10`, `200, L-1216C47A=1024`.
 */
export function parseMaxIncrease(text: string): MaxIncrease {
  const out: MaxIncrease = { byQuota: {} };
  for (const part of splitList(text)) {
    const m = /^(?:([A-Za-z][A-Za-z0-9-]{1,128})\s*=\s*)?(\S+)$/.exec(part);
    const n = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(n) || n <= 0) throw new PolicyValueError(`"${part}" is not a positive number or a QUOTA-CODE=NUMBER pair`);
    if (m[1]) out.byQuota[m[1]] = n;
    else if (out.default !== undefined) throw new PolicyValueError(`"${part}": more than one value for every quota`);
    else out.default = n;
  }
  return out;
}

export function targetKey(account: string | null, t: Target): string {
  return [account ?? '', t.region, t.serviceCode, t.quotaCode].join('|');
}

/**
 * Text that says why the increase is needed, built from the change: who (repository, pull request or commit, run),
 * how much, and which resources. The Service Quotas API takes no free text, so it goes into the report, the job
 * summary and the `requests` output, and is what to paste when a request is made by hand or a case asks why.
 */
export function justification(group: Result[], desired: number, ctx: ChangeContext): string {
  const worst = group.reduce((a, b) => (need(b) > need(a) ? b : a));
  const who = [ctx.repository, ctx.pullRequest !== undefined ? `pull request #${ctx.pullRequest}` : undefined, ctx.commit ? `commit ${ctx.commit.slice(0, 12)}` : undefined]
    .filter(Boolean)
    .join(' ');
  const sources = new Map<string, string>();
  for (const r of group) {
    for (const s of r.sources) {
      const where = placeText(s);
      sources.set(`${s.address}|${where}`, `${s.address} ${plusAmount(s.amount, '+?')} (${where})`);
    }
  }
  const listed = firstN([...sources.values()], MAX_SOURCES, (n) => ` and ${n} more`);
  const shown = listed.shown.join(', ') + listed.more;
  const scope = worst.scope === 'region' ? '' : ` (per ${worst.scope.split(':')[0] === 'az' ? 'Availability Zone' : worst.scope.split(':')[0]}, worst ${worst.scope})`;
  const parts = [
    `quota-guard: ${who || 'a deploy'} needs ${fmt(worst.required)} more of "${worst.quotaName}" (${worst.serviceCode} ${worst.quotaCode}) in ${worst.region}${scope}${shown ? ` for ${shown}` : ''}.`,
    `In use ${worst.usage === null ? 'unknown' : fmt(worst.usage)}; with a ${fmt(worst.buffer * 100)} % buffer the quota must be at least ${fmt(need(worst) / (1 - worst.buffer))}, so this asks for ${fmt(desired)} (now ${worst.quota === null ? 'unknown' : fmt(worst.quota)}).`,
  ];
  if (worst.unknowns.length) parts.push('Part of the amount is known only after apply and is not included.');
  if (ctx.runUrl) parts.push(`Run: ${ctx.runUrl}`);
  return parts.join(' ');
}

function need(r: Result): number {
  return (r.usage ?? 0) + r.required;
}

function adjustable(r: Result): boolean | undefined {
  return r.adjustable ?? QUOTAS.get(r.quotaCode)?.adjustable;
}

/**
 * Turns the shortfalls of a report into one candidate per (account, region, quota): the largest need over the
 * scopes that share the quota (a NAT gateway quota short in two zones is one request, sized for the fuller zone).
 * Non-adjustable quotas, unknown usage and values beyond a cap are decided here and never filed.
 */
export function planIncreases(results: Result[], policy: IncreasePolicy, ctx: ChangeContext): Candidate[] {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    if (r.status !== 'shortfall') continue;
    const key = targetKey(r.account, { region: r.region, serviceCode: r.serviceCode, quotaCode: r.quotaCode });
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: Candidate[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const target: Target = { region: first.region, serviceCode: first.serviceCode, quotaCode: first.quotaCode };
    const current = first.quota;
    const record = (outcome: IncreaseOutcome, desired: number | null, note: string | null, why: string | null): IncreaseRecord => ({
      account: first.account,
      region: target.region,
      serviceCode: target.serviceCode,
      quotaCode: target.quotaCode,
      quotaName: first.quotaName,
      currentValue: current,
      desiredValue: desired,
      requestedValue: null,
      requestId: null,
      caseId: null,
      status: null,
      outcome,
      note,
      justification: why,
      consoleUrl: consoleUrl(target),
    });
    const blocked = (outcome: IncreaseOutcome, desired: number | null, note: string, why: string | null = null): Candidate => ({
      target,
      record: record(outcome, desired, note, why),
      fileable: false,
    });

    if (group.some((r) => adjustable(r) === false)) {
      // The value is still worked out when it can be: an AWS Support case (support-case: api) asks for it.
      const known = group.every((r) => r.usage !== null && r.quota !== null);
      const value = known ? Math.max(...group.map((r) => desiredValue(need(r), r.buffer))) : null;
      out.push(
        blocked(
          'not-adjustable',
          value,
          'AWS does not raise this quota through Service Quotas (not adjustable), so nothing is requested: the change needs a design change to fit it (fewer or smaller resources, another region or account), or an AWS Support case (support-case: api).',
          value === null ? null : justification(group, value, ctx),
        ),
      );
      continue;
    }
    const unread = group.find((r) => r.usage === null || r.quota === null);
    if (unread) {
      const why = unread.reason ? `: ${unread.reason}` : '';
      out.push(blocked('usage-unknown', null, `the current usage or value could not be read, so the value to ask for is not known; nothing is filed${why}. Request it by hand if needed.`));
      continue;
    }
    const desired = Math.max(...group.map((r) => desiredValue(need(r), r.buffer)));
    const why = justification(group, desired, ctx);
    const cap = capNote(target, current!, desired, policy);
    if (cap) {
      out.push(blocked('over-cap', desired, overCapNote(target, desired, cap), why));
      continue;
    }
    out.push({ target, record: record('no-request', desired, null, why), fileable: true });
  }
  return out;
}

/** The note of a value beyond a cap (capNote): nothing is filed, and where to request it by hand. */
export function overCapNote(t: Target, desired: number, cap: string): string {
  return `${cap}; nothing filed. If ${fmt(desired)} is right, request it by hand in the Service Quotas console (${consoleUrl(t)}).`;
}

/** Why a desired value is beyond a cap, or null when it is within all of them. */
export function capNote(t: Target, current: number, desired: number, policy: IncreasePolicy): string | null {
  if (desired > MAX_DESIRED_VALUE) return `${fmt(desired)} is more than Service Quotas accepts (${MAX_DESIRED_VALUE})`;
  const factor = policy.maxIncreaseFactor;
  if (factor !== undefined && desired > current * factor) {
    const times = current > 0 ? `${fmt(desired / current)} × the current ${fmt(current)}` : `from the current ${fmt(current)}`;
    return `asking for ${fmt(desired)} (${times}) is beyond max-increase-factor ${fmt(factor)}`;
  }
  const abs = policy.maxIncrease.byQuota[t.quotaCode] ?? policy.maxIncrease.default;
  if (abs !== undefined && desired - current > abs) {
    return `asking for ${fmt(desired)} adds ${fmt(desired - current)} to the current ${fmt(current)}, beyond max-increase ${fmt(abs)}${t.quotaCode in policy.maxIncrease.byQuota ? ` for ${t.quotaCode}` : ''}`;
  }
  return null;
}

/** The open request to reuse among a quota's history (the newest), if any. */
export function openRequest(history: RequestedChange[]): RequestedChange | undefined {
  return newestFirst(history.filter((r) => isOpen(r.status)))[0];
}

/** The newest request of a quota's history, whatever its status. */
export function latestRequest(history: RequestedChange[]): RequestedChange | undefined {
  return newestFirst(history)[0];
}

function newestFirst(list: RequestedChange[]): RequestedChange[] {
  return [...list].sort((a, b) => (b.created ?? 0) - (a.created ?? 0));
}

/** Copies what AWS says about a request into a record. */
export function withRequest(record: IncreaseRecord, r: RequestedChange, outcome: IncreaseOutcome): IncreaseRecord {
  const next: IncreaseRecord = { ...record, outcome, requestId: r.id, caseId: r.caseId ?? record.caseId, status: r.status, requestedValue: r.desiredValue };
  if (outcome === 'reused' && r.desiredValue !== null && record.desiredValue !== null && r.desiredValue < record.desiredValue) {
    next.note = `the open request asks for ${fmt(r.desiredValue)}, less than the ${fmt(record.desiredValue)} this change needs; AWS keeps one open request per quota, so it is reused and the gate re-checks once it is decided`;
  }
  return next;
}

/** The report line for a request that AWS refused or that could not be made. */
export function faultNote(fault: IncreaseFault, t: Target): string {
  const where = `${t.serviceCode} ${t.quotaCode} in ${t.region}`;
  switch (fault.code) {
    case 'QuotaExceededException':
      return `AWS refused a new request: too many quota increase requests are open in this account or region (${fault.detail}). Nothing filed for ${where}; wait for open requests to be decided, or request it by hand.`;
    case 'IllegalArgumentException':
      return `AWS rejected the request as invalid (${fault.detail}); the quota may not be adjustable or the value may no longer be above the current one.`;
    case 'DependencyAccessDeniedException':
      return `Service Quotas could not act for the account because a service it depends on denied access (${fault.detail}); check that the account can open AWS Support cases and that the role may (support:CreateCase).`;
    case 'InvalidResourceStateException':
      return `the quota or request is in a state that accepts no request now (${fault.detail}).`;
    case 'NoSuchResourceException':
      return `Service Quotas has no ${where} (${fault.detail}).`;
    default:
      return fault.detail;
  }
}

/** One line per request for the gate's failure message and logs. */
export function requestLine(r: IncreaseRecord): string {
  const what = `${r.serviceCode}/${r.quotaCode} in ${r.region}`;
  const value = r.requestedValue ?? r.desiredValue;
  if (r.requestId) {
    return `${what}${value !== null ? ` → ${fmt(value)}` : ''}: request ${r.requestId} ${r.status ?? 'status unknown'}${r.caseId ? `, case ${r.caseId}` : ''} (${r.outcome})`;
  }
  if (r.status === null && r.outcome === 'reused') return `${what}: a request is open (AWS said so) but not listed yet; a later run picks it up`;
  const c = r.supportCase;
  if (c?.caseId) return `${what}${value !== null ? ` → ${fmt(value)}` : ''}: support case ${c.displayId ?? c.caseId} ${c.status ?? 'status unknown'} (${c.outcome}) ${c.url}`;
  if (c) return `${what}: not requested (${r.outcome}); support case ${c.outcome}${c.note ? `: ${c.note}` : ''}`;
  return `${what}: not requested (${r.outcome})${r.note ? `: ${r.note}` : ''}`;
}

/** Where a run comes from, from the runner's environment (GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_SHA, GITHUB_REF). */
export function runContext(env: NodeJS.ProcessEnv | Record<string, string | undefined>): ChangeContext {
  const ctx: ChangeContext = {};
  if (env.GITHUB_REPOSITORY) ctx.repository = env.GITHUB_REPOSITORY;
  if (env.GITHUB_SHA) ctx.commit = env.GITHUB_SHA;
  const pr = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '')?.[1];
  if (pr) ctx.pullRequest = Number(pr);
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) ctx.runUrl = `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  return ctx;
}

/** What one run may still file: `max-requests` counts only the requests this run files, across every account. */
export interface FilingBudget {
  maxRequests: number;
  supportCaseAllowed: boolean;
  filed: number;
  /** Account|region pairs where AWS answered QuotaExceededException: nothing more is filed there in this run. */
  exhausted: Map<string, IncreaseFault>;
}

export function filingBudget(policy: Pick<IncreasePolicy, 'maxRequests' | 'supportCase'>): FilingBudget {
  return { maxRequests: policy.maxRequests, supportCaseAllowed: policy.supportCase !== 'never', filed: 0, exhausted: new Map() };
}
