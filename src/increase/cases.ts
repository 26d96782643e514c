// AWS Support cases for quotas Service Quotas cannot raise (`support-case: api`): which quotas need one, the stable
// marker that finds a case again, the subject and body, the category, the console links, and the decisions about
// cases AWS already has. Pure: the Support API calls are in src/aws/support.ts, the sequencing in ./run.ts.
//
// Facts used:
// * CreateCase {subject, communicationBody (1–8000 chars), serviceCode, categoryCode, severityCode, language} →
//   {caseId}; DescribeCases {caseIdList ≤ 100, afterTime, includeResolvedCases, maxResults 10–100, nextToken};
//   ResolveCase {caseId}; DescribeServices {serviceCodeList} → services[].categories[] ([BC support], copy:
//   /shared/reference/aws-models/support.json).
// * Case status values: opened, pending-customer-action, customer-action-completed, reopened, resolved, unassigned,
//   work-in-progress ([BC support] CaseDetails.status); only `resolved` is final.
// * Severity codes: low, normal, high, urgent, critical ([BC support] CreateCase.severityCode; which ones a plan
//   may use depends on the plan — DescribeSeverityLevels).
// * Accounts without Business, Enterprise On-Ramp or Enterprise Support get SubscriptionRequiredException from every
//   Support API call (https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html).
// * The console's Create case page takes the limit-increase form pre-selected:
//   https://console.aws.amazon.com/support/home#/case/create?issueType=service-limit-increase&limitType=service-code-<svc>
//   (the link AWS's own API references give, e.g. SQS ChangeMessageVisibility, Route 53 GetHostedZoneLimit).
import { LIMIT_INCREASE_SERVICE } from '../model.js';
import type { IncreaseRecord, SupportCaseRecord } from '../model.js';
import { fmt } from '../verdict/evaluate.js';
import type { ChangeContext } from './plan.js';
import type { CaseInfo, IncreaseFault, SupportService, Target } from '../ports/increase.js';

export const SEVERITIES = ['low', 'normal', 'high', 'urgent', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How far back a case with the quota's marker counts ("open and recently resolved"). */
export const CASE_LOOKBACK_DAYS = 30;

/** CreateCase communicationBody maximum ([BC support] CommunicationBody). */
const MAX_BODY = 8000;

export const isResolved = (status: string | null): boolean => status === 'resolved';

/** The fault of an account whose support plan has no Support API. */
export const isNoPlan = (f: IncreaseFault): boolean => f.code === 'SubscriptionRequiredException';

/**
 * The stable marker of a quota's case: account, region, service and quota code. It is in every subject quota-guard
 * writes, and is what a later run (or a concurrent one) looks for. `self` stands for the credentials' own account
 * when the check does not name one.
 */
export function caseMarker(account: string | null, t: Target): string {
  return `[quota-guard ${account ?? 'self'}/${t.region}/${t.serviceCode}/${t.quotaCode}]`;
}

/** Why a quota needs a support case rather than a Service Quotas request, or null. */
export function caseReason(record: IncreaseRecord, fault: IncreaseFault | undefined): string | null {
  if (record.outcome === 'not-adjustable') return 'Service Quotas marks this quota not adjustable';
  if (fault?.code === 'NoSuchResourceException') return 'Service Quotas does not list this quota';
  if (fault && /contact\s+(aws\s+)?support|support\s+case/i.test(fault.detail)) return `Service Quotas answered: ${fault.detail}`;
  return null;
}

/** The console's Create case page with the limit-increase form for the quota's service pre-selected. */
export function createCaseUrl(t: Target): string {
  return `https://console.aws.amazon.com/support/home#/case/create?issueType=${LIMIT_INCREASE_SERVICE}&limitType=service-code-${encodeURIComponent(t.serviceCode)}`;
}

/** The console page of a case (the Support Center finds it by its display id). */
function caseUrl(c: Pick<CaseInfo, 'caseId' | 'displayId'>): string {
  return c.displayId ? `https://console.aws.amazon.com/support/home#/case/?displayId=${encodeURIComponent(c.displayId)}` : `https://console.aws.amazon.com/support/home#/case/?caseId=${encodeURIComponent(c.caseId)}`;
}

/**
 * The category of the quota's service among the service-limit-increase categories DescribeServices lists: the one
 * whose code or name names the Service Quotas service code or the service's name, else `general`-like, else the
 * first; undefined when there are none (CreateCase then goes without, and AWS files it under the service).
 */
export function chooseCategory(services: SupportService[], t: Target, serviceName?: string): string | undefined {
  const cats = services.find((s) => s.code === LIMIT_INCREASE_SERVICE)?.categories ?? [];
  if (!cats.length) return undefined;
  const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const code = norm(t.serviceCode);
  const name = serviceName ? norm(serviceName) : '';
  const exact = cats.find((c) => norm(c.code) === code || norm(c.code) === `servicecode${code}` || norm(c.name) === code || (name && norm(c.name) === name));
  if (exact) return exact.code;
  const partial = cats.find((c) => norm(c.code).startsWith(code) || norm(c.name).includes(code));
  if (partial) return partial.code;
  return (cats.find((c) => /general|other/i.test(c.name)) ?? cats[0]).code;
}

/** Subject: readable, and ends with the marker. */
export function caseSubject(record: IncreaseRecord): string {
  const t = { region: record.region, serviceCode: record.serviceCode, quotaCode: record.quotaCode };
  return `Raise "${record.quotaName}" (${record.serviceCode} ${record.quotaCode}) in ${record.region} ${caseMarker(record.account, t)}`;
}

/** Body: the values, the change and the justification; within CreateCase's 8000 characters. */
export function caseBody(record: IncreaseRecord, why: string, ctx: ChangeContext): string {
  const lines = [
    `Please raise the quota "${record.quotaName}" (service ${record.serviceCode}, quota code ${record.quotaCode}) in ${record.region}${record.account ? ` for account ${record.account}` : ''}.`,
    '',
    `Current value: ${record.currentValue === null ? 'unknown' : fmt(record.currentValue)}`,
    `Requested value: ${record.desiredValue === null ? 'unknown' : fmt(record.desiredValue)}`,
    `Why a case: ${why}.`,
    '',
    'The change that needs it:',
    ...(ctx.repository ? [`- repository: ${ctx.repository}`] : []),
    ...(ctx.pullRequest !== undefined ? [`- pull request: #${ctx.pullRequest}`] : []),
    ...(ctx.commit ? [`- commit: ${ctx.commit}`] : []),
    ...(ctx.runUrl ? [`- run: ${ctx.runUrl}`] : []),
    ...(!ctx.repository && !ctx.commit && !ctx.runUrl ? ['- (not run from a repository)'] : []),
    '',
    `Justification: ${record.justification ?? 'not given'}`,
    '',
    'Opened by quota-guard; the marker in the subject lets it find this case again instead of opening a second one.',
  ];
  const text = lines.join('\n');
  return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY - 1)}…` : text;
}

/** Open cases first, then oldest first (caseId breaks ties): every run that sees the same cases picks the same one. */
export function canonicalOrder(cases: CaseInfo[]): CaseInfo[] {
  return [...cases].sort(
    (a, b) => Number(isResolved(a.status)) - Number(isResolved(b.status)) || (a.created ?? Infinity) - (b.created ?? Infinity) || a.caseId.localeCompare(b.caseId),
  );
}

export function caseRecord(outcome: SupportCaseRecord['outcome'], c: CaseInfo | null, t: Target, severity: string, note: string | null): SupportCaseRecord {
  return {
    outcome,
    caseId: c?.caseId ?? null,
    displayId: c?.displayId ?? null,
    status: c?.status ?? null,
    severity,
    url: c ? caseUrl(c) : createCaseUrl(t),
    note,
  };
}

/** The one line for an account without the Support API. */
export function noPlanNote(t: Target): string {
  return `this account's support plan has no Support API (SubscriptionRequiredException): open the case in the console: ${createCaseUrl(t)}`;
}

/** One line for logs and the gate's message. */
export function caseLine(c: SupportCaseRecord): string {
  if (c.caseId) return `support case ${c.displayId ?? c.caseId} ${c.status ?? 'status unknown'} (${c.outcome})`;
  return `no support case (${c.outcome})${c.note ? `: ${c.note}` : ''}`;
}
