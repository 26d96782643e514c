// The increase audit trail as markdown (job summary, pull-request comment) and plain text (CLI), appended after the
// check's own report. Text that comes from AWS or inputs is escaped like the rest of the markdown report.
import type { IncreaseRecord } from '../model.js';
import { fmt } from '../check/evaluate.js';
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

export function requestsMarkdown(records: IncreaseRecord[], summary: string): string[] {
  if (!records.length) return [];
  const head = ['Quota', 'Where', 'Now', 'Needs', 'Request', 'Status', 'Notes'];
  const rows = records.map((r) => [
    `${escapeMarkdown(r.quotaName)}<br><sub>${escapeMarkdown(`${r.serviceCode} ${r.quotaCode}`)}</sub>`,
    `[${escapeMarkdown(r.region)}](${r.consoleUrl})`,
    num(r.currentValue),
    num(r.desiredValue) + (r.requestedValue !== null && r.requestedValue !== r.desiredValue ? ` <sub>(request asks ${fmt(r.requestedValue)})</sub>` : ''),
    r.requestId ? `\`${escapeMarkdown(r.requestId)}\`${r.caseId ? `<br><sub>case ${escapeMarkdown(r.caseId)}</sub>` : ''}` : '–',
    r.status ? `**${r.status}**` : '–',
    escapeMarkdown([OUTCOME[r.outcome], r.note].filter(Boolean).join(': ')),
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
  const notFiled = records.length - withId.length - records.filter((r) => r.outcome === 'reused' && !r.requestId).length;
  if (notFiled) parts.push(`${notFiled} not filed`);
  const statuses = ['APPROVED', 'PENDING', 'CASE_OPENED', 'DENIED', 'CASE_CLOSED', 'NOT_APPROVED', 'INVALID_REQUEST'].filter((s) => count(s)).map((s) => `${count(s)} ${s}`);
  let tail = '';
  if (opts.approved) tail = ' Every request is approved.';
  else if (opts.timedOut) tail = ` The wait of ${fmt(opts.waitMinutes)} min ran out with requests still open; a later run picks them up again.`;
  else if (withId.some((r) => r.status === 'PENDING' || r.status === 'CASE_OPENED')) tail = opts.waitMinutes > 0 ? '' : ' Not waited for (wait-minutes 0); a later step or run waits for them.';
  return `Increase requests: ${parts.join(', ')}${statuses.length ? ` (${statuses.join(', ')})` : ''}.${tail}`;
}
