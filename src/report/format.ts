// Small text helpers shared by the table, markdown, annotation and SARIF renderers.
import type { Report, Result, Source } from '../model.js';
import { fmt } from '../verdict/evaluate.js';

export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '?' : fmt(n));

/** Line breaks of every kind: CR LF, a bare CR or LF, NEL, and the Unicode line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Other control characters (C0 but tab, DEL, C1) and the bidirectional overrides that make text read differently
 * from what it is ("Trojan Source", CVE-2021-42574): shown as U+FFFD, never passed on.
 */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from an input or from AWS made safe to put on one line of any output (a markdown cell, an annotation, a
 * workflow command, a log line): line breaks and tabs become spaces, other control characters U+FFFD.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, '\uFFFD');
}

/** A web address made safe for a link target or a log line: https only, no spaces or control characters, and quotes, brackets and parentheses percent-encoded. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https:\/\/[^\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/.test(url)) return undefined;
  return url.replace(/[()<>"'`[\]\\|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** At most `max` characters of one-line text, cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  let cut = max - 1;
  const code = line.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  return `${line.slice(0, cut)}…`;
}

export function scopeLabel(r: Result): string {
  if (r.scope === 'region') return r.region;
  const [kind, ...rest] = r.scope.split(':');
  const what = rest.join(':');
  return `${r.region} ${kind === 'az' ? 'AZ' : kind === 'vpc' ? 'VPC' : ''} ${what}`.replace(/\s+/g, ' ').trim();
}

export function accountLabel(r: Result): string {
  return r.account ?? 'current';
}

/** `main.tf:16`, or the file alone: where a source or a waiver is written down, on one line. */
export function placeText(place: { file: string; line?: number }): string {
  return oneLine(place.line ? `${place.file}:${place.line}` : place.file);
}

/** How many sources a finding names before the rest are counted ("and 3 more"); the JSON report lists them all. */
export const MAX_SOURCES = 5;

/**
 * The first `max` of `items` and, when some are left out, `more(n)` for the n of them (else `more` is ''): the one
 * cut-and-count of every list that is shortened for reading.
 */
export function firstN<T>(items: readonly T[], max: number, more: (n: number) => string): { shown: T[]; more: string } {
  return { shown: items.slice(0, max), more: items.length > max ? more(items.length - max) : '' };
}

/** What a source adds, "+8", or `unknown` when the amount is known only after apply. */
export function plusAmount(amount: number | null, unknown: string): string {
  return amount === null ? unknown : `+${fmt(amount)}`;
}

export function sourceLabel(s: Source): string {
  return `${s.address} (${placeText(s)}) ${plusAmount(s.amount, '?')}${s.note ? ` [${s.note}]` : ''}`;
}

export function headline(report: Report): string {
  const { ok, shortfall, unknown } = report.summary;
  const parts = [shortfall && `${shortfall} shortfall${shortfall > 1 ? 's' : ''}`, unknown && `${unknown} unknown`, ok && `${ok} ok`].filter(Boolean);
  const verdict = report.passed ? (shortfall || unknown ? 'passed with warnings' : 'passed') : 'failed';
  return `quota-guard ${verdict}: ${parts.join(', ') || 'no quota requirements'}`;
}

export const OFFLINE_NOTE =
  'Offline check: quotas are the AWS default values and usage is taken as 0, so this answers "would this change fit a fresh account". Run without --offline to read the real quotas and usage.';

export function coverageLine(report: Report): string {
  const { resources, mapped, unsupported } = report.coverage;
  const rest = unsupported.map((u) => `${u.type} (${u.count})`).join(', ');
  return `${resources} changed resource${resources === 1 ? '' : 's'}, ${mapped} understood${rest ? `; not covered: ${rest}` : ''}`;
}

/** What is left of the quota for this change: quota × (1 − buffer) − usage, never below 0; null when not known. */
export function available(r: Result): number | null {
  if (r.quota === null || r.usage === null) return null;
  return Math.max(0, r.quota * (1 - r.buffer) - r.usage);
}

/** "54 needed, 4 available" in numbers: the need (with "+ ?" for amounts not known before apply) and what is left. */
export function neededText(r: Result): string {
  return `${fmt(r.required)}${r.unknowns.length ? ' + ?' : ''}`;
}

/**
 * The next step for a finding, the same words in the PR comment, the annotations and SARIF. `url` is where to act
 * (the Service Quotas console page of the quota, or the request filed), to be shown as a link.
 */
export interface NextStep {
  text: string;
  url?: string;
}

/** Whether a waiver still holds for the result (present and not expired). */
export function waived(r: Result): boolean {
  return r.waiver !== undefined && !r.waiver.expired;
}

export function nextStep(r: Result): NextStep {
  const w = r.waiver;
  if (w && !w.expired) return { text: `waived until ${oneLine(w.expires)}: ${oneLine(w.reason)}` };
  const expired = w ? `waiver expired on ${oneLine(w.expires)}; ` : '';
  if (r.status === 'ok') return { text: 'nothing: it fits' };
  if (r.status === 'unknown') {
    if (r.setupError) return { text: `${expired}fix the setup: ${oneLine(r.setupError)}` };
    if (r.unknownFrom === 'plan') return { text: `${expired}known only after apply: pin the value in the change, or check again after apply` };
    return { text: `${expired}the quota or usage could not be read: remove the cause and run again` };
  }
  const url = safeUrl(r.requestUrl);
  if (r.adjustable === false) {
    const room = available(r);
    return { text: `${expired}not adjustable: the change must need less${room !== null ? ` (at most ${fmt(Math.floor(room))} more)` : ''}`, url };
  }
  const adjustable = r.adjustable ? ' (adjustable)' : '';
  if (typeof r.suggestedValue === 'number') return { text: `${expired}request at least ${fmt(r.suggestedValue)}${adjustable}`, url };
  if (r.suggestedValue === null) return { text: `${expired}request an increase${adjustable}; the value is not known (usage unknown)`, url };
  return { text: `${expired}raise the quota${adjustable} or make the change need less`, url };
}

/** The next step of a shortfall on one line of text (the CLI table): "request at least 68 (adjustable) — https://…". */
export function nextStepLine(r: Result): string | null {
  if (r.status !== 'shortfall') return null;
  const { text, url } = nextStep(r);
  return url ? `${text} — ${url}` : text;
}
