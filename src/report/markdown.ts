// Markdown report: the pull-request comment, and the job summary (the same, with notes below). It reads at PR width:
// a headline with the verdict, setup errors one line each, one compact table of what needs attention (quota ·
// where · needed vs. available · what to do), each distinct reason said once, the sources in a collapsed section with
// links to their lines at the commit, what fits collapsed, coverage and a footer with the run and the commit.
// Everything from inputs or AWS (addresses, file names, reasons) is escaped: a resource name cannot inject markdown,
// HTML, a mention, a line break or a control character.
import type { Report, Result, Source } from '../model.js';
import type { Locate, Place } from './annotations.js';
import { placeOf, sourceName } from './annotations.js';
import { OFFLINE_NOTE, accountLabel, available, clip, coverageLine, firstN, headline, neededText, nextStep, num, oneLine, placeText, plusAmount, safeUrl, scopeLabel, waived } from './format.js';
import { fmt } from '../verdict/evaluate.js';

/** Escapes text for markdown (a table cell, a list item, a heading): HTML entities, markdown punctuation, pipes, line breaks, control characters, and what would start a block at the start of a line. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1') // `#` too: text placed at the start of a line is never a heading
    .replace(/^([-+=])/, '\\$1') // nor a list item or a setext underline
    .replace(/^(\d+)([.)])/, '$1\\$2') // nor a numbered item
    .replace(/@/g, '&#64;'); // no @mentions of people or teams from resource names
}

/** Where the sources link to: the repository's web address and the commit the change is at. */
export interface Links {
  /** `https://github.com/OWNER/REPO`. */
  repoUrl: string;
  /** The commit the lines are read at: the pull request's head. */
  sha: string;
  /** The workflow run that made the report. */
  runUrl?: string;
}

export interface MarkdownOptions {
  /** Hard limit on the body length (a PR comment is at most 65,536 characters). */
  maxLength?: number;
  /** Extra lines to append (annotations left out, the reason there is no PR comment, …). */
  notes?: string[];
  /** Where each source is written down (the same places as the annotations). */
  locate?: Locate;
  /** Links to lines, the run and the commit; without it, places are plain text and there is no footer. */
  links?: Links;
}

/** Longest text of a cell part, in characters: a row stays readable in the comment column. */
const CELL_TEXT = 90;
/** Longest next step in a cell (the full text is in the annotations and SARIF). */
const STEP_TEXT = 120;
/** Sources shown in the table's "where" cell; all are in the details. */
const CELL_SOURCES = 2;
/** Sources listed per finding in the details. */
const DETAIL_SOURCES = 10;

/** `https://github.com/OWNER/REPO/blob/SHA/path#Lnn` for a repository-relative path, else undefined. */
export function lineUrl(links: Links | undefined, place: Place): string | undefined {
  if (!links) return undefined;
  const file = place.file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!file || file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.split('/').some((p) => p === '..' || p === '.' || p === '')) return undefined;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return safeUrl(`${links.repoUrl}/blob/${encodeURIComponent(links.sha)}/${encoded}${place.line ? `#L${place.line}` : ''}`);
}

/** Words longer than a cell can wrap (an ARN, a long id) keep their start and end around an ellipsis. */
function wrappable(text: string, max = 40): string {
  return text.replace(/\S+/g, (word) => (word.length <= max ? word : `${word.slice(0, 16)}…${word.slice(word.length - (max - 17))}`));
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/** A place as text that a cell can wrap: the first folders of a long path give way to "…/", a long name to "…". */
function shortPlace(place: Place): string {
  const text = placeText(place);
  if (text.length <= 40) return text;
  const parts = text.split('/');
  let out = parts[parts.length - 1];
  if (out.length > 38) return wrappable(out, 40);
  for (let i = parts.length - 2; i >= 0 && `${parts[i]}/${out}`.length <= 38; i--) out = `${parts[i]}/${out}`;
  return `…/${out}`;
}

const ICON = { shortfall: ':x:', unknown: ':warning:', ok: ':white_check_mark:', waived: ':zzz:' } as const;

function icon(r: Result): string {
  return waived(r) ? ICON.waived : ICON[r.status];
}

function quotaCell(r: Result): string {
  return `${icon(r)} ${escapeMarkdown(clip(r.quotaName, CELL_TEXT))}<br><sub>${escapeMarkdown(`${r.serviceCode} ${r.quotaCode}`)}</sub>`;
}

function whereCell(r: Result, o: MarkdownOptions): string {
  const scope = escapeMarkdown(wrappable(r.account ? `${scopeLabel(r)} · ${r.account}` : scopeLabel(r)));
  const seen = new Set<string>();
  const places: string[] = [];
  for (const s of r.sources) {
    const place = placeOf(s, o.locate);
    const key = placeText(place);
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(link(escapeMarkdown(shortPlace(place)), lineUrl(o.links, place)));
  }
  if (!places.length) return scope;
  const { shown, more } = firstN(places, CELL_SOURCES, (n) => ` +${n} more`);
  return `${scope}<br><sub>${shown.join(', ')}${more}</sub>`;
}

function neededCell(r: Result): string {
  const quota = r.quota === null ? 'quota ?' : `quota ${fmt(r.quota)}`;
  const usage = `usage ${num(r.usage)}`;
  const buffer = r.buffer ? ` − ${fmt(r.buffer * 100)} %` : '';
  return `**${neededText(r)}** needed<br>${num(available(r))} available<br><sub>${quota}${buffer}, ${usage}</sub>`;
}

/** Numbered distinct reasons of the unknowns, so that each is said once. */
function reasonNumbers(results: Result[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const r of results) if (r.status === 'unknown' && !r.setupError && r.reason && !numbers.has(oneLine(r.reason))) numbers.set(oneLine(r.reason), numbers.size + 1);
  return numbers;
}

function todoCell(r: Result, reasons: Map<string, number>, setupErrors: string[]): string {
  // A setup error is said once, above the table.
  const step = r.setupError && setupErrors.includes(r.setupError) && !r.waiver ? { text: 'fix the setup error above, then run again' } : nextStep(r);
  const w = r.waiver;
  let text = waived(r) && w ? `**waived** until ${escapeMarkdown(w.expires)}: ${escapeMarkdown(clip(w.reason, CELL_TEXT))}` : escapeMarkdown(clip(step.text, STEP_TEXT));
  if (step.url && !waived(r)) text += ` — [open the request](${step.url})`;
  const n = r.reason ? reasons.get(oneLine(r.reason)) : undefined;
  if (n !== undefined) text += ` (why: ${n})`;
  return text;
}

/** A markdown table of cells that are already escaped. */
export function markdownTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function sourceLine(s: Source, o: MarkdownOptions): string {
  const place = placeOf(s, o.locate);
  const amount = plusAmount(s.amount, '? (known after apply)');
  const at = link(`\`${placeText(place).replace(/`/g, "'")}\``, lineUrl(o.links, place));
  return `  - ${escapeMarkdown(sourceName(s, place))} ${amount} — ${at}${s.note ? ` — ${escapeMarkdown(s.note)}` : ''}`;
}

function details(findings: Result[], o: MarkdownOptions): string[] {
  const out: string[] = [];
  for (const r of findings) {
    const why = r.status === 'shortfall' && r.reason ? `: ${escapeMarkdown(r.reason)}` : '';
    out.push(`- **${escapeMarkdown(r.quotaName)}** (${escapeMarkdown(`${r.serviceCode} ${r.quotaCode}, ${scopeLabel(r)}, account ${accountLabel(r)}`)})${why}`);
    const { shown, more } = firstN(r.sources, DETAIL_SOURCES, (n) => `  - and ${n} more (all are in the JSON report)`);
    for (const s of shown) out.push(sourceLine(s, o));
    if (more) out.push(more);
    for (const u of r.unknowns.slice(0, DETAIL_SOURCES)) out.push(`  - not known: ${escapeMarkdown(u)}`);
    if (r.waiver) out.push(`  - waiver in ${escapeMarkdown(placeText(r.waiver))}: ${escapeMarkdown(r.waiver.reason)} (${r.waiver.expired ? 'expired' : 'until'} ${escapeMarkdown(r.waiver.expires)})`);
  }
  return out;
}

function footer(links: Links): string {
  const sha = escapeMarkdown(links.sha.slice(0, 7));
  const commit = link(`\`${sha}\``, safeUrl(`${links.repoUrl}/commit/${encodeURIComponent(links.sha)}`));
  const run = links.runUrl ? link('workflow run', safeUrl(links.runUrl)) : undefined;
  return `<sub>quota-guard · ${run ? `${run} · ` : ''}commit ${commit}</sub>`;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const icon = report.passed ? (report.summary.shortfall || report.summary.unknown ? ':warning:' : ':white_check_mark:') : ':x:';
  const out: string[] = [`### ${icon} ${escapeMarkdown(headline(report))}`, ''];
  if (report.mode === 'offline') out.push(`_${escapeMarkdown(OFFLINE_NOTE)}_`, '');
  for (const e of report.setupErrors ?? []) out.push(`- :no_entry: **Setup error:** ${escapeMarkdown(e)}`);
  if (report.setupErrors?.length) out.push('');
  const findings = report.results.filter((r) => r.status !== 'ok');
  const ok = report.results.filter((r) => r.status === 'ok');
  if (findings.length) {
    const reasons = reasonNumbers(findings);
    const rows = findings.map((r) => [quotaCell(r), whereCell(r, options), neededCell(r), todoCell(r, reasons, report.setupErrors ?? [])]);
    out.push(...markdownTable(['Quota', 'Where', 'Needed vs. available', 'What to do'], rows), '');
    if (reasons.size) {
      out.push('**Why unknown**', '');
      for (const [reason, n] of reasons) out.push(`${n}. ${escapeMarkdown(reason)}`);
      out.push('');
    }
    out.push(`<details><summary>Which resources need it</summary>`, '', ...details(findings, options), '', '</details>', '');
  }
  if (ok.length) {
    const rows = ok.map((r) => [quotaCell(r), whereCell(r, options), neededCell(r)]);
    out.push(`<details><summary>${ok.length} quota${ok.length > 1 ? 's' : ''} fit</summary>`, '', ...markdownTable(['Quota', 'Where', 'Needed vs. available'], rows), '', '</details>', '');
  }
  if (!report.results.length) out.push('This change needs no additional quota.', '');
  out.push(`**Coverage:** ${escapeMarkdown(coverageLine(report))}`);
  for (const note of options.notes ?? []) out.push('', note);
  if (options.links) out.push('', footer(options.links));
  return truncate(`${out.join('\n')}\n`, options.maxLength);
}

function truncate(body: string, max: number | undefined): string {
  if (max === undefined || body.length <= max) return body;
  const tail = '\n\n_The report is too long for here; see the job summary or the JSON report artifact for all rows._\n';
  const cut = body.lastIndexOf('\n', max - tail.length);
  return body.slice(0, Math.max(cut, 0)) + tail;
}
