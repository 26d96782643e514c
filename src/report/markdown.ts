// Markdown report: the job summary and the pull-request comment. Shortfalls first, then unknowns, then a
// collapsed list of what fits, then coverage. Text from inputs (addresses, file names, reasons) is escaped so a
// resource name cannot inject markdown or HTML.
import type { Report, Result } from '../model.js';
import { OFFLINE_NOTE, accountLabel, coverageLine, headline, num, scopeLabel } from './format.js';
import { fmt } from '../check/evaluate.js';

/** Escapes text for a markdown table cell: HTML entities, markdown punctuation, pipes and newlines. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/@/g, '&#64;') // no @mentions of people or teams from resource names
    .replace(/\r?\n/g, ' ');
}

export interface MarkdownOptions {
  /** Hard limit on the body length (a PR comment is at most 65,536 characters). */
  maxLength?: number;
  /** Extra lines to append (annotations left out, the reason there is no PR comment, …). */
  notes?: string[];
}

const MAX_SOURCES = 5;

function sourcesCell(r: Result): string {
  const shown = r.sources.slice(0, MAX_SOURCES).map((s) => {
    const where = escapeMarkdown(s.line ? `${s.file}:${s.line}` : s.file);
    const amount = s.amount === null ? '?' : `+${fmt(s.amount)}`;
    return `${escapeMarkdown(s.address)} ${amount} <sub>${where}${s.note ? `, ${escapeMarkdown(s.note)}` : ''}</sub>`;
  });
  if (r.sources.length > MAX_SOURCES) shown.push(`… and ${r.sources.length - MAX_SOURCES} more`);
  return shown.join('<br>');
}

function table(results: Result[], withReason: boolean): string[] {
  const head = ['Quota', 'Account', 'Where', 'Usage', 'Needed', 'Quota value', 'Buffer', ...(withReason ? ['Why'] : []), 'From'];
  const rows = results.map((r) => [
    `${escapeMarkdown(r.quotaName)}<br><sub>${escapeMarkdown(`${r.serviceCode} ${r.quotaCode}`)}</sub>`,
    escapeMarkdown(accountLabel(r)),
    escapeMarkdown(scopeLabel(r)),
    num(r.usage),
    `${num(r.required)}${r.unknowns.length ? ' + ?' : ''}`,
    num(r.quota),
    `${num(r.buffer * 100)} %`,
    ...(withReason ? [escapeMarkdown(r.reason ?? '')] : []),
    sourcesCell(r),
  ]);
  return markdownTable(head, rows);
}

/** A markdown table of cells that are already escaped. */
export function markdownTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const icon = report.passed ? (report.summary.shortfall || report.summary.unknown ? ':warning:' : ':white_check_mark:') : ':x:';
  const out: string[] = [`### ${icon} ${escapeMarkdown(headline(report))}`, ''];
  if (report.mode === 'offline') out.push(`_${escapeMarkdown(OFFLINE_NOTE)}_`, '');
  const shortfalls = report.results.filter((r) => r.status === 'shortfall');
  const unknowns = report.results.filter((r) => r.status === 'unknown');
  const ok = report.results.filter((r) => r.status === 'ok');
  if (shortfalls.length) out.push('#### Shortfalls', '', ...table(shortfalls, true), '');
  if (unknowns.length) out.push('#### Unknown', '', ...table(unknowns, true), '');
  if (ok.length) out.push(`<details><summary>${ok.length} quota${ok.length > 1 ? 's' : ''} fit</summary>`, '', ...table(ok, false), '', '</details>', '');
  if (!report.results.length) out.push('This change needs no additional quota.', '');
  out.push(`**Coverage:** ${escapeMarkdown(coverageLine(report))}`);
  for (const note of options.notes ?? []) out.push('', note);
  return truncate(`${out.join('\n')}\n`, options.maxLength);
}

function truncate(body: string, max: number | undefined): string {
  if (max === undefined || body.length <= max) return body;
  const tail = '\n\n_The report is too long for here; see the job summary or the JSON report artifact for all rows._\n';
  const cut = body.lastIndexOf('\n', max - tail.length);
  return body.slice(0, Math.max(cut, 0)) + tail;
}
