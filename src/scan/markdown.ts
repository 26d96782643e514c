// Renderers of a scan report: the job summary (markdown), the sticky issue's body (one line per (account, region,
// quota) finding, each with a hidden stable key) and the terminal text. Text that comes from AWS or the policy
// (account names, quota names, messages) is escaped so it cannot inject markdown or HTML.
import { createHash } from 'node:crypto';
import { fmt } from '../verdict/evaluate.js';
import { targetKey } from '../increase/plan.js';
import type { IncreaseRecord } from '../model.js';
import { escapeMarkdown, markdownTable } from '../report/markdown.js';
import { firstN, num } from '../report/format.js';
import { prewarmOutcome, prewarmSummary } from './prewarm-text.js';
import { levelRank } from './findings.js';
import { levelOf } from './automation.js';
import { LEVELS } from './model.js';
import type { Finding, Level, PlannedIncrease, ScanReport } from './model.js';
import type { IssueText } from '../github/scan-issue.js';
import { MAX_ISSUE_CHARTS, MAX_SUMMARY_CHARTS, usageCharts } from './chart.js';

/** A request's line in the sticky issue: where, the values, the status and the link (request or console). */
function requestIssueLine(r: IncreaseRecord): string {
  const what = `${r.account ?? ''} ${r.region} ${r.serviceCode}/${r.quotaCode}${r.trigger ? ` (${r.trigger})` : ''}: ${num(r.currentValue)} → ${num(r.desiredValue)}`;
  const status = r.requestId ? `request ${r.requestId} **${r.status ?? 'status unknown'}**` : r.outcome === 'planned' ? '**awaiting approval**' : `**not filed (${r.outcome})**`;
  return `${escapeMarkdown(what.trim())} — ${status} ([console](${r.consoleUrl}))`;
}
import { failingLevels } from './report.js';

const ICON: Record<Level, string> = { critical: ':red_circle:', forecast: ':hourglass_flowing_sand:', error: ':x:', warning: ':orange_circle:', info: ':large_blue_circle:' };

export function scanHeadline(report: ScanReport): string {
  const f = report.totals.findings;
  const parts = LEVELS.filter((l) => f[l]).map((l) => `${f[l]} ${l === 'error' ? `error${f[l] > 1 ? 's' : ''}` : l}`);
  const verdict = report.passed ? (parts.length ? 'passed with findings' : 'all clear') : 'failed';
  return `quota-guard scan ${verdict}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function totalsLine(report: ScanReport): string {
  const t = report.totals;
  const shards = report.shards.length ? `; shards ${report.shards.map((s) => s.index).join(', ')} of ${report.shards[0].count}` : '';
  return `${t.accounts} account${t.accounts === 1 ? '' : 's'}${t.accountsFailed ? ` (${t.accountsFailed} not readable)` : ''}, ${t.regions} region${t.regions === 1 ? '' : 's'}, ${t.accountRegions} account-region${t.accountRegions === 1 ? '' : 's'}, ${t.quotasChecked} quota value${t.quotasChecked === 1 ? '' : 's'} checked, ${t.errors} error${t.errors === 1 ? '' : 's'}${shards}`;
}

function accountCell(f: Finding): string {
  if (f.account === '*') return 'all';
  return `${f.account}${f.accountName ? ` ${f.accountName}` : ''}${f.environment ? ` (${f.environment})` : ''}`;
}

function quotaCell(f: Finding): string {
  if (!f.serviceCode) return '';
  return `${f.quotaName ? `${f.quotaName} ` : ''}${f.serviceCode}${f.quotaCode ? `/${f.quotaCode}` : ''}`;
}

export interface SummaryOptions {
  /** Rows of the findings table; the rest are counted and left to the JSON report (the summary is at most 1 MiB). */
  maxRows?: number;
  notes?: string[];
  /** Usage charts of the quotas closest to exhaustion (default MAX_SUMMARY_CHARTS). */
  maxCharts?: number;
}

/** One line per automated increase: where, the values, what fired, and what happened (status and link). */
function automationLine(p: PlannedIncrease, r: IncreaseRecord | undefined): string {
  const what = `${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${fmt(p.currentValue)} → ${fmt(p.desiredValue)} (${p.level}, ${p.trigger}: ${p.reason})`;
  if (!r) return `${escapeMarkdown(what)} — **listed only, not filed**`;
  const link = r.requestId ? '' : ` ([console](${r.consoleUrl}))`;
  return `${escapeMarkdown(what)} — **${escapeMarkdown(prewarmOutcome(r))}**${link}`;
}

/** The job summary: headline, totals, the findings table worst first, prewarm requests, coverage. */
export function renderScanMarkdown(report: ScanReport, options: SummaryOptions = {}): string {
  const maxRows = options.maxRows ?? 1000;
  const failing = failingLevels(report.failOn);
  const worst = report.findings[0]?.level;
  const icon = !report.passed ? ':x:' : worst && levelRank(worst) <= levelRank('warning') ? ':warning:' : ':white_check_mark:';
  const out = [`### ${icon} ${escapeMarkdown(scanHeadline(report))}`, '', `**Scanned:** ${escapeMarkdown(totalsLine(report))}. **fail-on:** \`${report.failOn}\``, ''];
  if (report.findings.length) {
    const head = ['Level', 'Account', 'Region', 'Quota', 'Value', 'Usage', 'Finding'];
    const { shown, more } = firstN(report.findings, maxRows, (n) => `_${n} more finding(s) are in the JSON report artifact._`);
    const rows = shown.map((f) => {
      const level = `${ICON[f.level]} ${f.level.toUpperCase()}${failing.has(f.level) ? ' (fails)' : ''}`;
      return [level, escapeMarkdown(accountCell(f)), escapeMarkdown(f.region === '*' ? 'all' : f.region), escapeMarkdown(quotaCell(f)), num(f.value), num(f.usage), escapeMarkdown(f.message)];
    });
    out.push(...markdownTable(head, rows));
    if (more) out.push('', more);
    out.push('');
  } else {
    out.push('Every watched quota is below its thresholds, and nothing failed to read.', '');
  }
  if (report.prewarm.length) {
    const records = prewarmRecords(report);
    // Open when prewarm did something or something needs a hand: the outcome is not hidden behind a click.
    const open = report.requests?.length ? ' open' : '';
    const own = report.prewarm.map((p) => records.get(targetKey(p.account, p))).filter((r): r is IncreaseRecord => !!r);
    out.push(`<details${open}><summary>${report.prewarm.length} DR prewarm increase request(s)${own.length ? `: ${escapeMarkdown(prewarmSummary(own).replace(/^DR prewarm: /, ''))}` : ''}</summary>`, '');
    for (const p of report.prewarm) {
      const r = records.get(targetKey(p.account, p));
      const what = `${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${fmt(p.currentValue)} → ${fmt(p.desiredValue)} (${p.reason})`;
      out.push(`- ${escapeMarkdown(what)}${r ? ` — **${escapeMarkdown(prewarmOutcome(r))}**${!r.requestId && r.outcome !== 'reused' ? ` ([console](${r.consoleUrl}))` : ''}` : ''}`);
    }
    out.push('', '</details>', '');
  }
  if (report.automation?.length) {
    const records = prewarmRecords(report);
    const own = report.automation.map((p) => records.get(targetKey(p.account, p))).filter((r): r is IncreaseRecord => !!r);
    out.push(`#### Increase requests (automation rules)`, '', escapeMarkdown(own.length ? prewarmSummary(own, 'Increase requests') : 'Increase requests: listed only, not filed.'), '');
    for (const p of report.automation) out.push(`- ${automationLine(p, records.get(targetKey(p.account, p)))}`);
    out.push('');
  }
  const charts = usageCharts(report, options.maxCharts ?? MAX_SUMMARY_CHARTS);
  if (charts.length) out.push(`#### Closest to exhaustion`, '', ...charts, '');
  if (report.coverage.length) {
    out.push(`<details><summary>Coverage: ${report.coverage.length} quota(s) whose usage cannot be compared</summary>`, '');
    for (const c of report.coverage) out.push(`- ${escapeMarkdown(`${c.serviceCode}/${c.quotaCode}: ${c.note} (${c.targets} account-region${c.targets === 1 ? '' : 's'})`)}`);
    out.push('', '</details>', '');
  }
  for (const note of options.notes ?? []) out.push(note, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** What prewarm did per (account, region, quota) key (targetKey), from the report's `requests`. */
function prewarmRecords(report: ScanReport): Map<string, IncreaseRecord> {
  return new Map((report.requests ?? []).map((r) => [targetKey(r.account, r), r]));
}

/** Plain text for the terminal (`--format table`). */
export function renderScanText(report: ScanReport): string {
  const out = [scanHeadline(report), totalsLine(report), ''];
  const rows = report.findings.map((f) => [f.level.toUpperCase(), f.account, f.region, f.serviceCode ? `${f.serviceCode}/${f.quotaCode ?? ''}` : '-', f.message]);
  if (rows.length) {
    const head = ['LEVEL', 'ACCOUNT', 'REGION', 'QUOTA', 'FINDING'];
    const widths = head.map((h, i) => (i === head.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => r[i].length))));
    const line = (cells: string[]): string => cells.map((c, i) => (widths[i] ? c.padEnd(widths[i]) : c)).join('  ');
    out.push(line(head), ...rows.map(line), '');
  }
  if (report.prewarm.length) {
    const records = prewarmRecords(report);
    for (const p of report.prewarm) {
      const r = records.get(targetKey(p.account, p));
      out.push(`prewarm: ${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${fmt(p.currentValue)} → ${fmt(p.desiredValue)}: ${r ? prewarmOutcome(r) : 'not filed (listed only)'}`);
    }
    const own = report.prewarm.map((p) => records.get(targetKey(p.account, p))).filter((r): r is IncreaseRecord => !!r);
    if (own.length) out.push(prewarmSummary(own));
    out.push('');
  }
  if (report.automation?.length) {
    const records = prewarmRecords(report);
    for (const p of report.automation) {
      const r = records.get(targetKey(p.account, p));
      out.push(`increase (${p.level}, ${p.trigger}): ${p.account} ${p.region} ${p.serviceCode}/${p.quotaCode}: ${fmt(p.currentValue)} → ${fmt(p.desiredValue)}: ${r ? prewarmOutcome(r) : 'not filed (listed only)'}`);
    }
    out.push('');
  }
  for (const c of report.coverage) out.push(`coverage: ${c.serviceCode}/${c.quotaCode}: ${c.note} (${c.targets})`);
  return `${out.join('\n').trimEnd()}\n`;
}

// ---- Sticky issue body --------------------------------------------------------------------------------------

/** One issue line: every finding of one (account, region, quota) key, at its worst level. */
export interface IssueLine {
  key: string;
  /** Short stable id of the key, kept in the line as a hidden comment. */
  id: string;
  level: Level;
  account: string;
  region: string;
  text: string;
}

function lineId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** Findings at `minLevel` or worse, grouped by key, worst first. */
export function issueLines(report: ScanReport, minLevel: Level = 'warning'): IssueLine[] {
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (levelRank(f.level) > levelRank(minLevel)) continue;
    // Automation level `report`: findings only, never in the issue.
    if (f.quotaCode && levelOf(report.policy, f.quotaCode) === 'report') continue;
    groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  }
  const lines: IssueLine[] = [];
  for (const [key, fs] of groups) {
    const level = fs.map((f) => f.level).sort((a, b) => levelRank(a) - levelRank(b))[0];
    const f = fs[0];
    const where = [accountCell(f), f.region === '*' ? 'all regions' : f.region, quotaCell(f)].filter(Boolean).join(' · ');
    const what = fs.map((x) => x.message).join('; ');
    lines.push({ key, id: lineId(key), level, account: f.account, region: f.region, text: `${ICON[level]} **${level.toUpperCase()}** ${escapeMarkdown(where)} — ${escapeMarkdown(what)}` });
  }
  return lines.sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

const LINE_STATE = /<!-- qg:([0-9a-f]{12}):([a-z]+)(?::([^:\s]*):([^:\s]*))? -->/g;
const BODY_LINE = /^- (.*) <!-- qg:([0-9a-f]{12}):([a-z]+):([^:\s]*):([^:\s]*) -->$/;

/**
 * The issue body: a headline, the totals and one line per key; each line ends with
 * `<!-- qg:ID:LEVEL:ACCOUNT:REGION -->`, which the next run reads back (new-or-worse detection, partial updates).
 */
export function renderIssueBody(report: ScanReport, lines: IssueLine[], options: { runUrl?: string; maxLength?: number; level?: Level } = {}): string {
  const head = [`**${escapeMarkdown(scanHeadline(report))}**`, '', `Last scan ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC: ${escapeMarkdown(totalsLine(report))}.${options.runUrl ? ` [Run](${options.runUrl})` : ''}`, ''];
  if (!lines.length) head.push(':white_check_mark: All clear: no finding at the level this issue tracks. quota-guard closes the issue and reopens it when a finding comes back.');
  const max = options.maxLength ?? 60_000;
  const tail = (n: number): string => `\n_${n} more line(s) did not fit; see the job summary or the JSON report artifact._\n`;
  let body = `${head.join('\n')}\n`;
  for (let i = 0; i < lines.length; i++) {
    const l = `- ${lines[i].text} <!-- qg:${lines[i].id}:${lines[i].level}:${lines[i].account}:${lines[i].region} -->\n`;
    if (body.length + l.length + tail(lines.length - i).length > max) return body + tail(lines.length - i);
    body += l;
  }
  // What was asked of AWS, one line per request (status and link), then the charts: each only while it fits.
  const extra: string[] = [];
  const requests = report.requests ?? [];
  if (requests.length) extra.push('', '**Increase requests**', '', ...requests.map((r) => `- ${requestIssueLine(r)}`));
  const charts = usageCharts(report, MAX_ISSUE_CHARTS, options.level);
  if (charts.length) extra.push('', '**Closest to exhaustion**', '', ...charts);
  for (const l of extra) {
    if (body.length + l.length + 1 > max) break;
    body += `${l}\n`;
  }
  return body;
}

/** The line ids and levels a previous body carried (see renderIssueBody). */
export function parseIssueState(body: string): Map<string, Level> {
  const out = new Map<string, Level>();
  for (const m of body.matchAll(LINE_STATE)) if ((LEVELS as readonly string[]).includes(m[2])) out.set(m[1], m[2] as Level);
  return out;
}

/** The lines of a previous body, as they were rendered (for a partial update, which keeps the ones it did not scan). */
function parseIssueLines(body: string): IssueLine[] {
  const out: IssueLine[] = [];
  for (const line of body.split('\n')) {
    const m = BODY_LINE.exec(line);
    if (m && (LEVELS as readonly string[]).includes(m[3])) out.push({ key: '', id: m[2], level: m[3] as Level, account: m[4], region: m[5], text: m[1] });
  }
  return out;
}

/** For a partial run: the previous lines outside what `report` scanned, to keep. */
function keptLines(report: ScanReport, previous: string): IssueLine[] {
  const scanned = new Map(report.targets.map((t) => [t.account, new Set([...t.regions, '*', 'global'])]));
  return parseIssueLines(previous).filter((l) => !scanned.get(l.account)?.has(l.region));
}

/**
 * What the sticky issue (src/github/scan-issue.ts) says after `report`: its lines at `level` or worse (default
 * `warning`: critical, forecast, error, warning), and a notification for those new or worse than in the open issue.
 * `partial`: the run scanned only some accounts or regions (e.g. one account-region named by an AWS Health event), so
 * it replaces the lines of the account-regions it scanned and keeps every other line of the open issue.
 */
export function issueText(report: ScanReport, options: { level?: Level; partial?: boolean; runUrl?: string } = {}): IssueText {
  const level = options.level ?? 'warning';
  return (openBody, maxLength) => {
    const fresh = issueLines(report, level);
    const lines = options.partial && openBody !== undefined ? [...fresh, ...keptLines(report, openBody)].sort((a, b) => levelRank(a.level) - levelRank(b.level)) : fresh;
    return {
      body: renderIssueBody(report, lines, { runUrl: options.runUrl, maxLength, level }),
      lines: lines.length,
      notify: newOrWorse(fresh, parseIssueState(openBody ?? '')).map((l) => l.text),
    };
  };
}

/** Lines that are new since `previous`, or worse than they were: what is worth a notification. */
export function newOrWorse(lines: readonly IssueLine[], previous: ReadonlyMap<string, Level>): IssueLine[] {
  return lines.filter((l) => {
    const was = previous.get(l.id);
    return was === undefined || levelRank(l.level) < levelRank(was);
  });
}
