// Plain-text table for the terminal (`--format table`).
import type { Report } from '../model.js';
import { OFFLINE_NOTE, accountLabel, coverageLine, headline, num, scopeLabel, sourceLabel } from './format.js';

export function renderTable(report: Report): string {
  const header = ['STATUS', 'QUOTA', 'ACCOUNT', 'WHERE', 'USAGE', 'NEEDED', 'QUOTA VALUE', 'BUFFER'];
  const rows = report.results.map((r) => [
    r.status.toUpperCase(),
    `${r.serviceCode}/${r.quotaCode} ${r.quotaName}`,
    accountLabel(r),
    scopeLabel(r),
    num(r.usage),
    num(r.required) + (r.unknowns.length ? '+?' : ''),
    num(r.quota),
    `${num(r.buffer * 100)}%`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [headline(report), ''];
  if (report.mode === 'offline') out.push(OFFLINE_NOTE, '');
  if (rows.length) out.push(line(header), ...rows.map(line), '');
  for (const r of report.results.filter((x) => x.status !== 'ok')) {
    out.push(`${r.status.toUpperCase()} ${r.serviceCode}/${r.quotaCode} in ${scopeLabel(r)}: ${r.reason}`);
    for (const s of r.sources) out.push(`  - ${sourceLabel(s)}`);
  }
  if (report.results.some((x) => x.status !== 'ok')) out.push('');
  out.push(`Coverage: ${coverageLine(report)}`);
  return `${out.join('\n')}\n`;
}
