// DR prewarm: files the increase requests of `prewarm: true` DR gaps (ScanReport.prewarm), each in its member
// account, through the check's increase machinery — the same caps, the same "never twice", the same AWS adapter:
//   - caps (max-increase-factor, max-increase) and the console link: capNote / overCapNote / consoleUrl of
//     src/increase/plan.ts; the value asked for is already step-rounded by the findings (desiredValue of plan.ts);
//   - an open request (PENDING, CASE_OPENED) in ListRequestedServiceQuotaChangeHistoryByQuota is reused, also for a
//     value over a cap; RequestServiceQuotaIncrease within max-requests; ResourceAlreadyExistsException is a reuse;
//     QuotaExceededException stops filing in that account and region: lookForOpenRequest / fileRequest of
//     src/increase/run.ts, with one FilingBudget for the whole run (max-requests counts across accounts);
//   - Service Quotas calls: awsIncreases (src/aws/increases.ts) signed with the member account's assumed role.
// Not adjustable quotas are reported, never requested. Prewarm only files: it never waits for a decision and opens no
// support case itself (`support-case: allow` only lets AWS open one: SupportCaseAllowed). A later scan reuses the
// open request, and the gap closes once AWS approves it.
//
// Where the caps come from: the same action inputs and CLI flags as the check's requests (`support-case`,
// `max-increase-factor`, `max-increase`, `max-requests`; resolveIncreasePolicy in ./options.ts), so one workflow
// states its caps once; the policy file's DR entry says only whether a pair is prewarmed (`prewarm: true`).
//
// Credentials: one AssumeRole per member account that has something to look up or file (the scan's role name,
// external id and home region; session name quota-guard-prewarm, so CloudTrail tells prewarm from the reads), reused
// by every request of that account. Every failure is a record with a note and a log line, never an exception.
import { AssumeRoleError, RoleAssumer } from '../aws/assume-role.js';
import { awsIncreases } from '../aws/increases.js';
import { ScanHttp } from '../aws/scan-http.js';
import { fmt } from '../verdict/evaluate.js';
import { consoleUrl } from '../verdict/next-step.js';
import {
  capNote,
  DEFAULTS,
  isTerminal,
  latestRequest,
  overCapNote,
  requestLine,
  targetKey,
  withRequest,
  type Candidate,
  type ChangeContext,
  type IncreasePolicy,
} from '../increase/plan.js';
import type { RequestedChange, Target } from '../ports/increase.js';
import { fileRequest, lookForOpenRequest, type Settled } from '../increase/run.js';
import { filingBudget } from '../increase/plan.js';
import { partitionOf } from '../model.js';
import type { IncreaseRecord } from '../model.js';
import { QUOTAS } from '../quotas/catalog.js';
import type { PlannedIncrease, PrewarmRequest, ScanSettings } from './model.js';
import { prewarmSummary } from './prewarm-text.js';

/**
 * After AWS refuses a request (DENIED, NOT_APPROVED, CASE_CLOSED, INVALID_REQUEST), the automation rules do not
 * file for the quota again within this many days: a nightly scan would otherwise ask every night.
 */
const REFUSAL_COOLDOWN_DAYS = 30;

/** The newest request of a quota's history when AWS refused it within the cool-down, else undefined. */
function refusedLately(history: RequestedChange[], now: number): RequestedChange | undefined {
  const last = latestRequest(history);
  if (!last || last.status === 'APPROVED' || !isTerminal(last.status) || last.created === null) return undefined;
  return now - last.created < REFUSAL_COOLDOWN_DAYS * 86_400_000 ? last : undefined;
}

/** RoleSessionName of prewarm's AssumeRole (the scan's reads use quota-guard-scan). */
const PREWARM_SESSION_NAME = 'quota-guard-prewarm';

/** The check's defaults (action.yml and `quota-guard request` declare the same). */
const DEFAULT_INCREASE_POLICY: IncreasePolicy = {
  supportCase: DEFAULTS.supportCase,
  maxIncreaseFactor: DEFAULTS.maxIncreaseFactor,
  maxIncrease: { byQuota: {} },
  maxRequests: DEFAULTS.maxRequests,
};

export interface PrewarmContext {
  /** The scan's effective settings: role name and home region (the STS endpoint). */
  settings: ScanSettings;
  externalId?: string;
  /** The caps; default DEFAULT_INCREASE_POLICY. */
  policy?: IncreasePolicy;
  /** The scanner's own credentials for STS; default chain when absent. */
  credentials?: unknown;
  /** SDK attempts per call. */
  maxAttempts?: number;
  /** Repository and run, for the justification. */
  change?: ChangeContext;
  /** Epoch milliseconds (tests); default Date.now. */
  now?: () => number;
  log: (line: string) => void;
}

export interface PrewarmOutcome {
  /** One record per (account, region, quota), in the order of the prewarm list. */
  requests: IncreaseRecord[];
  /** Lines for the job summary / terminal. */
  lines: string[];
}

/**
 * Files the prewarm requests of a scan, and the increases of its automation rules (PlannedIncrease: `auto` ones are
 * filed, `request` ones are looked up and otherwise recorded as `planned` for the approval run); `runScanAction` and
 * `scanCommand` use filePrewarm unless a test passes one.
 */
export type PrewarmFiler = (requests: (PrewarmRequest | PlannedIncrease)[], context: PrewarmContext) => Promise<PrewarmOutcome>;

const isPlanned = (p: PrewarmRequest | PlannedIncrease): p is PlannedIncrease => 'trigger' in p;

function justification(p: PrewarmRequest | PlannedIncrease, desired: number, change: ChangeContext): string {
  const who = change.repository ? ` (${change.repository})` : '';
  if (isPlanned(p)) {
    return [
      `quota-guard scan${who}, ${p.trigger} trigger: account ${p.account} needs more of "${p.quotaName ?? p.quotaCode}" (${p.serviceCode} ${p.quotaCode}) in ${p.region}: ${p.reason}.`,
      `This asks for ${fmt(desired)} (now ${fmt(p.currentValue)}).`,
      ...(change.runUrl ? [`Run: ${change.runUrl}`] : []),
    ].join(' ');
  }
  return [
    `quota-guard DR prewarm${who}: account ${p.account} needs "${p.quotaName ?? p.quotaCode}" (${p.serviceCode} ${p.quotaCode}) in its standby region ${p.region} to take over: ${p.reason}.`,
    `This asks for ${fmt(desired)} (now ${fmt(p.currentValue)}).`,
    ...(change.runUrl ? [`Run: ${change.runUrl}`] : []),
  ].join(' ');
}

/**
 * One candidate per (account, region, quota) — two DR pairs with the same standby region ask once, for the larger
 * value — decided as far as no AWS call is needed: not adjustable, beyond a cap, or fileable.
 */
type ScanCandidate = Candidate & { approval: boolean; automated: boolean };

function planPrewarm(requests: readonly (PrewarmRequest | PlannedIncrease)[], policy: IncreasePolicy, change: ChangeContext = {}): ScanCandidate[] {
  const groups = new Map<string, PrewarmRequest | PlannedIncrease>();
  for (const p of requests) {
    const key = targetKey(p.account, p);
    const had = groups.get(key);
    if (!had || p.desiredValue > had.desiredValue) groups.set(key, had ? { ...p, adjustable: p.adjustable ?? had.adjustable } : p);
  }
  return [...groups.values()].map((p) => ({ ...candidate(p, policy, change), approval: isPlanned(p) && p.level === 'request', automated: isPlanned(p) }));
}

function candidate(p: PrewarmRequest | PlannedIncrease, policy: IncreasePolicy, change: ChangeContext): Candidate {
  const target: Target = { region: p.region, serviceCode: p.serviceCode, quotaCode: p.quotaCode };
  const desired = p.desiredValue;
  const record: IncreaseRecord = {
    account: p.account,
    ...target,
    quotaName: p.quotaName ?? QUOTAS.get(p.quotaCode)?.name ?? p.quotaCode,
    currentValue: p.currentValue,
    desiredValue: desired,
    requestedValue: null,
    requestId: null,
    caseId: null,
    status: null,
    outcome: 'no-request',
    note: null,
    justification: (isPlanned(p) ? p.justification : undefined) ?? justification(p, desired, change),
    consoleUrl: consoleUrl(target),
    ...(isPlanned(p) ? { trigger: p.trigger } : {}),
  };
  if ((p.adjustable ?? QUOTAS.get(p.quotaCode)?.adjustable) === false) {
    const note = isPlanned(p)
      ? 'AWS does not raise this quota (not adjustable), so nothing is requested: the account needs another way to stay within it (fewer or smaller resources, another region or account).'
      : `AWS does not raise this quota (not adjustable), so nothing is requested: the standby region needs another way to take the failover load (fewer or smaller resources, another region or account).`;
    return { target, record: { ...record, outcome: 'not-adjustable', note }, fileable: false };
  }
  const cap = capNote(target, p.currentValue, desired, policy);
  if (cap) return { target, record: { ...record, outcome: 'over-cap', note: `${overCapNote(target, desired, cap)} Sign in to account ${p.account} for that.` }, fileable: false };
  return { target, record, fileable: true };
}


/** The default PrewarmFiler: files (or reuses) each prewarm request in its member account. Never throws. */
export const filePrewarm: PrewarmFiler = async (requests, ctx) => {
  const policy = ctx.policy ?? DEFAULT_INCREASE_POLICY;
  const candidates = planPrewarm(requests, policy, ctx.change ?? {});
  if (!candidates.length) return { requests: [], lines: [] };
  const label = requests.some(isPlanned) ? 'Increase requests' : 'DR prewarm';
  const log = ctx.log;
  const settled = new Map<Candidate, IncreaseRecord>();
  /** Candidates whose failure is already in the log (an account whose role could not be assumed). */
  const logged = new Set<Candidate>();
  const budget = filingBudget(policy);
  const byAccount = new Map<string, ScanCandidate[]>();
  const now = ctx.now?.() ?? Date.now();
  for (const c of candidates) {
    if (c.record.outcome === 'not-adjustable') settled.set(c, c.record); // no AWS call needed
    else byAccount.set(c.record.account!, [...(byAccount.get(c.record.account!) ?? []), c]);
  }
  const partition = partitionOf(ctx.settings.homeRegion);
  const http = new ScanHttp({ maxAttempts: ctx.maxAttempts, log });
  const assumer = new RoleAssumer(http, {
    roleName: ctx.settings.roleName,
    ...(ctx.externalId ? { externalId: ctx.externalId } : {}),
    sessionName: PREWARM_SESSION_NAME,
    region: ctx.settings.homeRegion,
    credentials: ctx.credentials,
  });
  try {
    for (const [account, list] of byAccount) {
      let api: ReturnType<typeof awsIncreases>;
      try {
        const first = await assumer.assume(account, partition);
        api = awsIncreases({ maxAttempts: ctx.maxAttempts, log, credentials: assumer.provider(account, first, partition) });
      } catch (e) {
        const why = e instanceof AssumeRoleError ? e.message : `cannot assume the role: ${(e as Error).message}`;
        log(`quota-guard: DR prewarm in ${account}: nothing filed for ${list.length} quota(s): ${why}`);
        for (const c of list) {
          logged.add(c);
          settled.set(c, c.fileable ? { ...c.record, outcome: 'error', note: `nothing filed: ${why}` } : { ...c.record, note: `${c.record.note} (Open requests could not be looked up: ${why}.)` });
        }
        continue;
      }
      try {
        for (const c of list) {
          let done: Settled;
          try {
            const looked = await lookForOpenRequest(c, api, log);
            if ('record' in looked) done = looked;
            else if (!c.fileable) done = { record: c.record, awaited: false };
            else if (c.automated && refusedLately(looked.history, now)) {
              const last = refusedLately(looked.history, now)!;
              done = { record: { ...withRequest(c.record, last, 'previous'), note: `AWS decided the last request for this quota ${last.status} less than ${REFUSAL_COOLDOWN_DAYS} days ago; the automation rules do not ask again until then (request it by hand if the need changed)` }, awaited: false };
            } else if (c.approval) done = { record: { ...c.record, outcome: 'planned', note: `awaiting approval: asks for ${fmt(c.record.desiredValue!)}; the approval job (mode: file-requests) files it once its environment's reviewers approve` }, awaited: false };
            else done = await fileRequest(c, api, budget, log);
          } catch (e) {
            done = { record: { ...c.record, outcome: 'error', note: `nothing filed: ${(e as Error).message}` }, awaited: false };
          }
          settled.set(c, done.record);
        }
      } finally {
        api.destroy();
      }
    }
  } finally {
    http.close();
  }
  for (const c of candidates) {
    const r = settled.get(c)!;
    if (!r.requestId && r.outcome !== 'reused' && !logged.has(c)) log(`quota-guard: ${label} in ${r.account}: ${requestLine(r)}`);
  }
  const records = candidates.map((c) => settled.get(c)!);
  return { requests: records, lines: [prewarmSummary(records, label)] };
};
