// Plain-text report for the terminal (`--format table`): headline, setup errors (one line per root cause), the
// results table (fits `width` columns: long quota names and scopes are shortened, the full text is in
// `--format json`), then each finding once — identical reasons said once for all the quotas they apply to — with
// its next step and the resources behind it.
import type { Report, Result } from '../model.js';
import { unknownCauses } from '../verdict/evaluate.js';
import type { OnReadError } from '../verdict/evaluate.js';
import { MAX_SOURCES, OFFLINE_NOTE, accountLabel, coverageLine, firstN, headline, nextStepLine, num, placeText, scopeLabel, sourceLabel } from './format.js';

export interface TableOptions {
  /** ANSI colour for the status words (only on a terminal, never with NO_COLOR: the caller decides). */
  color?: boolean;
  /** Line width to fit (default 120). */
  width?: number;
  /** Whether setup errors fail the run (default) or are warnings; only changes their heading. */
  onReadError?: OnReadError;
}

const DEFAULT_WIDTH = 120;
const GAP = '  ';
/** Narrowest the quota column gets before the other columns are shortened too. */
const MIN_QUOTA = 24;
const MAX_WHERE = 28;

const COLORS: Record<string, number> = { SHORTFALL: 31, UNKNOWN: 33, OK: 32, WAIVED: 36, 'SETUP ERROR': 31, 'SETUP WARNING': 33 };

/** Status word of a row: a waiver in force shows as WAIVED (the JSON keeps the status and adds `waiver`). */
function statusWord(r: Result): string {
  return r.waiver && !r.waiver.expired ? 'WAIVED' : r.status.toUpperCase();
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(max - 1, 0))}…`;
}

/**
 * Wraps at spaces to `width`, continuation lines indented by `indent`; the text's own leading spaces are kept and a
 * word longer than a line (a URL) stays whole.
 */
function wrap(text: string, width: number, indent: string): string[] {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (line.trim() && `${line} ${word}`.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() ? `${line} ${word}` : line + word;
  }
  lines.push(line);
  return lines;
}

export function renderTable(report: Report, options: TableOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const paint = (word: string, padded: string = word): string => (options.color && COLORS[word] ? `\x1b[${COLORS[word]}m${padded}\x1b[0m` : padded);
  const out = [headline(report), ''];

  const setupErrors = report.setupErrors ?? [];
  if (setupErrors.length) {
    const unread = report.results.filter((r) => r.setupError).length;
    const fails = (options.onReadError ?? 'fail') === 'fail';
    const head = `${paint(fails ? 'SETUP ERROR' : 'SETUP WARNING')}: AWS could not be read, so ${unread} quota${unread === 1 ? ' was' : 's were'} not checked against the account.`;
    out.push(head, ...setupErrors.flatMap((e) => wrap(`  - ${e}`, width, '    ')));
    out.push(
      ...wrap(fails ? 'Fix the setup and re-run; --on-read-error warn reports this as a warning instead (the quotas stay unknown).' : 'Reported as a warning (--on-read-error warn): the quotas above stay unknown.', width, ''),
      '',
    );
  }
  if (report.mode === 'offline') out.push(...wrap(OFFLINE_NOTE, width, ''), '');

  // The account column only when a requirement names one; "QUOTA VALUE" is VALUE, to leave room for names.
  const accounts = report.results.some((r) => r.account !== null);
  const header = ['STATUS', 'QUOTA', ...(accounts ? ['ACCOUNT'] : []), 'WHERE', 'USAGE', 'NEEDED', 'VALUE', 'BUFFER'];
  const rows = report.results.map((r) => [
    statusWord(r),
    `${r.serviceCode}/${r.quotaCode} ${r.quotaName}`,
    ...(accounts ? [accountLabel(r)] : []),
    shorten(scopeLabel(r), MAX_WHERE),
    num(r.usage),
    num(r.required) + (r.unknowns.length ? '+?' : ''),
    num(r.quota),
    `${num(r.buffer * 100)}%`,
  ]);
  if (rows.length) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    // The quota column takes what the others leave of the width; a longer name wraps inside it.
    const others = widths.reduce((a, w, i) => (i === 1 ? a : a + w), 0) + GAP.length * (header.length - 1);
    widths[1] = Math.min(widths[1], Math.max(MIN_QUOTA, width - others));
    const line = (cells: string[]): string[] => {
      const quota = wrap(cells[1], widths[1], '  ').map((q) => shorten(q, widths[1]));
      return quota.map((q, n) =>
        cells
          .map((c, i) => {
            if (n > 0 && i !== 1) return ''.padEnd(widths[i]);
            const padded = (i === 1 ? q : c).padEnd(widths[i]);
            return i === 0 ? paint(c, padded) : padded;
          })
          .join(GAP)
          .trimEnd(),
      );
    };
    out.push(...line(header), ...rows.flatMap(line), '');
  }

  const findings = report.results.filter((r) => r.status !== 'ok' && !r.setupError);
  for (const group of groupByReason(findings)) out.push(...finding(group, width, paint));
  const setupFindings = report.results.filter((r) => r.status !== 'ok' && r.setupError);
  for (const r of setupFindings.filter((x) => x.status === 'shortfall')) out.push(...finding([r], width, paint));
  if (findings.length || setupFindings.some((x) => x.status === 'shortfall')) out.push('');
  out.push(...wrap(`Coverage: ${coverageLine(report)}`, width, '  '));
  return `${out.join('\n')}\n`;
}

/**
 * What a finding says, for grouping: its reason, except that an unknown left by the plan says its causes without
 * the resources (those are listed under it), so ten quotas with no region share one paragraph.
 */
function saying(r: Result): string {
  if (r.status === 'unknown' && r.unknownFrom === 'plan' && r.unknowns.length && r.quota !== null) {
    return `amount not known offline: ${unknownCauses(r.unknowns).map((c) => c.why).join('; ')}`;
  }
  return r.reason ?? '';
}

/** Findings that say the same (status, reason, waiver, next step), in report order: one paragraph each. */
function groupByReason(results: Result[]): Result[][] {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const key = JSON.stringify([statusWord(r), saying(r), r.waiver?.expires, r.waiver?.reason, r.suggestedValue, r.requestUrl]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

function finding(group: Result[], width: number, paint: (word: string, padded?: string) => string): string[] {
  const first = group[0];
  const word = statusWord(first);
  const what = group.map((r) => `${r.serviceCode}/${r.quotaCode} in ${scopeLabel(r)}`);
  const subject = group.length === 1 ? what[0] : `${group.length} quotas (${what.join(', ')})`;
  const out = wrap(`${paint(word)} ${subject}: ${saying(first)}`, width + (paint(word).length - word.length), '  ');
  if (first.waiver) {
    const where = placeText(first.waiver);
    const text = first.waiver.expired
      ? `waiver expired on ${first.waiver.expires} (${where}), so this gates again: ${first.waiver.reason}`
      : `waived until ${first.waiver.expires} (${where}): ${first.waiver.reason}`;
    out.push(...wrap(`  ${text}`, width, '    '));
  }
  const next = nextStepLine(first);
  if (next) out.push(...wrap(`  → ${next}`, width, '    '));
  const sources = [...new Set(group.flatMap((r) => r.sources.map(sourceLabel)))];
  const { shown, more } = firstN(sources, MAX_SOURCES, (n) => `  … and ${n} more (--format json lists them all)`);
  for (const s of shown) out.push(...wrap(`  - ${s}`, width, '    '));
  if (more) out.push(more);
  return out;
}
