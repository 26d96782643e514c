// The increase audit trail as markdown (job summary, pull-request comment) and plain text (CLI), appended after the
// check's own report. Text that comes from AWS or inputs is escaped like the rest of the markdown report.
import type { IncreaseRecord, SupportCaseRecord } from '../model.js';
import { fmt } from '../verdict/evaluate.js';
import { escapeMarkdown, markdownTable } from '../report/markdown.js';
import { requestLine } from './plan.js';

const num = (n: number | null): string => (n === null ? '–' : fmt(n));

/** What a reader should take from the outcome, in a few words. */
const OUTCOME: Record<IncreaseRecord['outcome'], string> = {
  filed: 'filed by this run',
  reused: 'already open, reused',
  tracked: 'filed by an earlier step',
  previous: 'latest request (none open)',
  planned: 'to be filed',
  'no-request': 'no open request',
  'not-adjustable': 'not adjustable: design change needed',
  'over-cap': 'beyond a cap: request by hand',
  'max-requests': 'not filed: max-requests reached',
  'usage-unknown': 'not filed: usage unknown',
  error: 'not filed',
};

const CASE_OUTCOME: Record<SupportCaseRecord['outcome'], string> = {
  opened: 'opened by this run',
  reused: 'already open, followed',
  resolved: 'resolved by AWS',
  planned: 'to be opened',
  'no-plan': 'not opened: no Support API on this plan',
  error: 'not opened',
};

/** The Request cell of a quota with an AWS Support case: the case and its console link (or the Create case page). */
function supportCell(c: SupportCaseRecord): string {
  return c.caseId ? `[case ${escapeMarkdown(c.displayId ?? c.caseId)}](${c.url})<br><sub>AWS Support, ${escapeMarkdown(c.severity)}</sub>` : `[open a case](${c.url})`;
}

export function requestsMarkdown(records: IncreaseRecord[], summary: string): string[] {
  if (!records.length) return [];
  const head = ['Quota', 'Where', 'Now', 'Needs', 'Request', 'Status', 'Notes'];
  const rows = records.map((r) => [
    `${escapeMarkdown(r.quotaName)}<br><sub>${escapeMarkdown(`${r.serviceCode} ${r.quotaCode}`)}</sub>`,
    `[${escapeMarkdown(r.region)}](${r.consoleUrl})`,
    num(r.currentValue),
    num(r.desiredValue) + (r.requestedValue !== null && r.requestedValue !== r.desiredValue ? ` <sub>(request asks ${fmt(r.requestedValue)})</sub>` : ''),
    r.requestId ? `\`${escapeMarkdown(r.requestId)}\`${r.caseId ? `<br><sub>case ${escapeMarkdown(r.caseId)}</sub>` : ''}` : r.supportCase ? supportCell(r.supportCase) : '–',
    r.status ? `**${r.status}**` : r.supportCase?.status ? `**${escapeMarkdown(r.supportCase.status)}**` : '–',
    escapeMarkdown([OUTCOME[r.outcome], r.supportCase ? `support case ${CASE_OUTCOME[r.supportCase.outcome]}` : '', r.supportCase?.note ?? r.note].filter(Boolean).join(': ')),
  ]);
  const why = records.filter((r) => r.justification);
  return [
    '#### Quota increase requests',
    '',
    escapeMarkdown(summary),
    '',
    ...markdownTable(head, rows),
    ...(why.length
      ? ['', '<details><summary>Justifications</summary>', '', ...why.map((r) => `- ${escapeMarkdown(`${r.serviceCode} ${r.quotaCode} in ${r.region}`)}: ${escapeMarkdown(r.justification!)}`), '', '</details>']
      : []),
  ];
}

export function requestsText(records: IncreaseRecord[], summary: string): string {
  if (!records.length) return '';
  const lines = ['Quota increase requests', summary, ''];
  for (const r of records) {
    lines.push(`- ${requestLine(r)}`);
    if (r.requestId === null && r.outcome === 'over-cap') lines.push(`    ${r.consoleUrl}`);
    if (r.supportCase && !r.supportCase.caseId) lines.push(`    ${r.supportCase.url}`);
    if (r.justification) lines.push(`    why: ${r.justification}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One sentence on the state of the increases, for the summary and the gate's message. */
export function requestsSummary(records: IncreaseRecord[], opts: { approved: boolean; timedOut: boolean; waitMinutes: number }): string {
  if (!records.length) return 'No increase was needed.';
  const withId = records.filter((r) => r.requestId);
  const count = (s: string): number => withId.filter((r) => r.status === s).length;
  const parts: string[] = [];
  const filed = records.filter((r) => r.outcome === 'filed').length;
  if (filed) parts.push(`${filed} filed`);
  const planned = records.filter((r) => r.outcome === 'planned').length;
  if (planned) parts.push(`${planned} to be filed once approved`);
  const reused = records.filter((r) => r.outcome === 'reused' || r.outcome === 'tracked').length;
  if (reused) parts.push(`${reused} already open or tracked`);
  const cases = records.filter((r) => r.supportCase?.caseId);
  const notFiled = records.length - withId.length - records.filter((r) => r.outcome === 'reused' && !r.requestId).length - cases.length;
  if (notFiled) parts.push(`${notFiled} not filed`);
  if (cases.length) parts.push(`${cases.length} AWS Support case(s) (${cases.map((r) => `${r.supportCase!.displayId ?? r.supportCase!.caseId} ${r.supportCase!.status ?? 'status unknown'}`).join(', ')})`);
  const noPlan = records.filter((r) => r.supportCase?.outcome === 'no-plan').length;
  if (noPlan) parts.push(`${noPlan} support case(s) to open in the console (no Support API on this plan)`);
  const statuses = ['APPROVED', 'PENDING', 'CASE_OPENED', 'DENIED', 'CASE_CLOSED', 'NOT_APPROVED', 'INVALID_REQUEST'].filter((s) => count(s)).map((s) => `${count(s)} ${s}`);
  let tail = '';
  if (opts.approved) tail = ' Every request is approved.';
  else if (opts.timedOut) tail = ` The wait of ${fmt(opts.waitMinutes)} min ran out with requests still open; a later run picks them up again.`;
  else if (withId.some((r) => r.status === 'PENDING' || r.status === 'CASE_OPENED') || cases.some((r) => r.supportCase!.status !== 'resolved')) tail = opts.waitMinutes > 0 ? '' : ' Not waited for (wait-minutes 0); a later step or run waits for them.';
  return `Increase requests: ${parts.join(', ')}${statuses.length ? ` (${statuses.join(', ')})` : ''}.${tail}`;
}
