// Usage charts of the quotas closest to exhaustion, for the scan's job summary and sticky issue: the last days of
// daily peaks against the quota value and the forecast (the Theil–Sen trend of ./forecast.ts, carried on into the
// days ahead until it reaches the value), as Mermaid `xychart-beta` blocks, which GitHub renders in markdown
// (https://mermaid.js.org/syntax/xyChart.html). Pure. Bounded: a few charts, so the issue stays readable.
//
// Lines, in order: usage (daily peak; a day without a datapoint is 0, as AWS/Usage publishes nothing while nothing
// is counted), the quota value, the forecast. The usage line has only the past days, so it is shorter than the
// others; Mermaid draws a shorter series over the first categories.
import { fmt } from '../verdict/evaluate.js';
import { escapeMarkdown } from '../report/markdown.js';
import { levelRank } from './findings.js';
import type { Finding, ScanReport } from './model.js';
import type { ObservedQuota } from '../ports/scan.js';

/** Charts in the job summary, and in the sticky issue. */
export const MAX_SUMMARY_CHARTS = 5;
export const MAX_ISSUE_CHARTS = 3;
/** Days ahead the forecast line is drawn at most. */
const MAX_AHEAD = 14;
const DAY = 86_400_000;

interface Candidate {
  account: string;
  region: string;
  q: ObservedQuota & { value: number; history: number[] };
  /** Days to exhaustion by the forecast, Infinity without one. */
  days: number;
  percent: number;
}

/** Quotas with a kept history, closest to exhaustion first: forecast days, then utilisation. */
function chartCandidates(report: ScanReport): Candidate[] {
  const forecasts = new Map<string, Finding>();
  for (const f of report.findings) if (f.kind === 'forecast' && f.exhaustion) forecasts.set(f.key, f);
  const out: Candidate[] = [];
  for (const o of report.observations) {
    for (const q of o.quotas) {
      if (!q.history || q.history.length < 2 || q.value === null || !(q.value > 0)) continue;
      const f = forecasts.get(`${o.account}|${o.region}|${q.serviceCode}/${q.quotaCode}`);
      out.push({ account: o.account, region: o.region, q: q as Candidate['q'], days: f?.exhaustion?.days ?? Infinity, percent: ((q.usage ?? 0) / q.value) * 100 });
    }
  }
  return out.sort((a, b) => a.days - b.days || b.percent - a.percent || a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
}

/** Mermaid-safe label text: no quotes, brackets or line breaks. */
function label(s: string): string {
  return s.replace(/["[\]\n\r`]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** One chart block (markdown lines) for a candidate, dated from `generatedAt`. */
function chartBlock(c: Candidate, generatedAt: string): string[] {
  const now = Date.parse(generatedAt);
  const past = c.q.history.length;
  const trend = c.q.trend;
  const ahead = trend && trend.slopePerDay > 0 && Number.isFinite(c.days) ? Math.min(MAX_AHEAD, Math.ceil(c.days) + 1) : 0;
  const dates = Array.from({ length: past + ahead }, (_, i) => new Date(now + (i - past + 1) * DAY).toISOString().slice(5, 10));
  const forecast = trend ? dates.map((_, i) => round(Math.max(0, trend.level + trend.slopePerDay * ((now - Date.parse(trend.asOf)) / DAY + (i - past + 1))))) : [];
  const top = Math.max(c.q.value, ...c.q.history, ...forecast);
  const name = c.q.name ? `${c.q.name} ` : '';
  const when = Number.isFinite(c.days) ? `, runs out in ~${fmt(Math.ceil(c.days))} d` : '';
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${label(`${c.account} ${c.region} ${c.q.serviceCode}/${c.q.quotaCode}: ${fmt(Math.round(c.percent))} %${when}`)}"`,
    `    x-axis [${dates.map((d) => `"${d}"`).join(', ')}]`,
    `    y-axis "${label(`${name}${c.q.unit && c.q.unit !== 'None' ? ` (${c.q.unit})` : ''}`) || 'value'}" 0 --> ${fmt(Math.ceil(top * 1.1))}`,
    `    line [${c.q.history.map(round).join(', ')}]`,
    `    line [${dates.map(() => c.q.value).join(', ')}]`,
    ...(forecast.length ? [`    line [${forecast.join(', ')}]`] : []),
    '```',
  ];
}

/**
 * The charts of the `max` quotas closest to exhaustion, each after a one-line caption saying what the lines are
 * (xychart has no legend). Empty when no quota kept a history (no forecast, or nothing near its value).
 */
export function usageCharts(report: ScanReport, max: number, minLevel?: Finding['level']): string[] {
  let candidates = chartCandidates(report);
  if (minLevel) {
    // The issue charts only quotas it lists.
    const listed = new Set(report.findings.filter((f) => levelRank(f.level) <= levelRank(minLevel)).map((f) => f.key));
    candidates = candidates.filter((c) => listed.has(`${c.account}|${c.region}|${c.q.serviceCode}/${c.q.quotaCode}`));
  }
  const out: string[] = [];
  for (const c of candidates.slice(0, Math.max(0, max))) {
    out.push(`_${escapeMarkdown(`${c.account} ${c.region} ${c.q.serviceCode}/${c.q.quotaCode}`)}: daily peak usage (${c.q.history.length} days), quota value ${fmt(c.q.value)}${c.q.trend ? ', forecast' : ''}._`, '', ...chartBlock(c, report.generatedAt), '');
  }
  return out;
}
