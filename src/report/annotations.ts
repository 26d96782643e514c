// File/line annotations for the check run: a shortfall is an error, an unknown a warning, placed at the resource that
// needs the quota. GitHub shows at most 10 per level per step, so the rest come back as one-line texts for the
// summary. Pure: where a resource is written down is asked of `locate`, and nothing is printed here.
import type { Report, Result, Source } from '../model.js';
import { fmt } from '../check/evaluate.js';
import { accountLabel, scopeLabel } from './format.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  /** Plain text (annotation messages are not markdown); may span lines. */
  message: string;
  /** Repository-relative path. */
  file: string;
  line?: number;
}

/** Where a source is written down (e.g. the `.tf` line of a plan address), or undefined to use the source's own file/line. */
export type Locate = (source: Source) => { file: string; line?: number } | undefined;

export interface OmittedAnnotation {
  level: 'error' | 'warning';
  text: string;
}

/** GitHub shows this many annotations of one level per step. */
const ANNOTATIONS_PER_LEVEL = 10;

const MAX_ADDRESSES = 5;

interface Group {
  result: Result;
  file: string;
  line?: number;
  sources: Source[];
}

function where(file: string, line?: number): string {
  return line ? `${file}:${line}` : file;
}

function amountText(sources: Source[]): string {
  if (sources.some((s) => s.amount === null)) {
    const known = sources.reduce((sum, s) => sum + (s.amount ?? 0), 0);
    return known ? `+${fmt(known)} and an amount not known before apply` : 'an amount not known before apply';
  }
  return `+${fmt(sources.reduce((sum, s) => sum + (s.amount ?? 0), 0))}`;
}

function addressesText(sources: Source[]): string {
  const names = sources.slice(0, MAX_ADDRESSES).map((s) => (s.note ? `${s.address} (${s.note})` : s.address));
  if (sources.length > MAX_ADDRESSES) names.push(`and ${sources.length - MAX_ADDRESSES} more`);
  return names.join(', ');
}

function needVersusLimit(r: Result): string {
  const unknownPart = r.unknowns.length ? ' + ?' : '';
  const req = `${fmt(r.required)}${unknownPart}`;
  const need =
    r.usage === null
      ? `needs ${req} more (current usage unknown)`
      : `needs ${fmt(r.usage + r.required)}${unknownPart} in total (usage ${fmt(r.usage)} + ${req} for this change)`;
  if (r.quota === null) return `${need}; limit unknown (the quota value could not be read)`;
  const limit = r.quota * (1 - r.buffer);
  const buf = r.buffer ? ` (quota ${fmt(r.quota)} less ${fmt(r.buffer * 100)} % buffer)` : '';
  return `${need}; limit ${fmt(limit)}${buf}`;
}

function message(g: Group): string {
  const r = g.result;
  const quota = `"${r.quotaName}" (${r.serviceCode} ${r.quotaCode}) in ${scopeLabel(r)}, account ${accountLabel(r)}.`;
  const who = g.sources.length ? `${addressesText(g.sources)} ${g.sources.length > 1 ? 'add' : 'adds'} ${amountText(g.sources)} to ${quota}` : quota;
  const lines = [who, `Quota as a whole: ${needVersusLimit(r)}.`];
  if (r.reason) lines.push(`Why: ${r.reason}`);
  return lines.join('\n');
}

function groups(results: Result[], locate: Locate, fallbackFile: string | undefined): Group[] {
  const out: Group[] = [];
  for (const result of results) {
    const byPlace = new Map<string, Group>();
    for (const source of result.sources) {
      const loc = safeLocate(locate, source) ?? { file: source.file, line: source.line };
      if (!loc.file) continue;
      // Instances of one `count`/`for_each` resource land on the same line: one annotation for all of them.
      const key = `${loc.file}\0${loc.line ?? ''}`;
      const g = byPlace.get(key);
      if (g) g.sources.push(source);
      else {
        const created: Group = { result, file: loc.file, line: loc.line, sources: [source] };
        byPlace.set(key, created);
        out.push(created);
      }
    }
    if (!byPlace.size && fallbackFile) out.push({ result, file: fallbackFile, sources: [] });
  }
  return out;
}

function safeLocate(locate: Locate, source: Source): { file: string; line?: number } | undefined {
  try {
    return locate(source);
  } catch {
    return undefined; // a location is a nicety; never fail the report over it
  }
}

function omittedText(g: Group): string {
  const r = g.result;
  const what = g.sources.length ? `${addressesText(g.sources)} at ${where(g.file, g.line)}` : where(g.file, g.line);
  return `${r.quotaName} (${r.serviceCode} ${r.quotaCode}, ${scopeLabel(r)}): ${what}`;
}

/**
 * Annotations for the shortfalls (errors) and unknowns (warnings) of a report, at most `perLevel` of each, in report
 * order. Sources of one result that resolve to the same place are merged. What does not fit is returned in `omitted`.
 */
export function annotationsFor(
  report: Report,
  locate: Locate,
  perLevel: number = ANNOTATIONS_PER_LEVEL,
): { annotations: Annotation[]; omitted: OmittedAnnotation[] } {
  const annotations: Annotation[] = [];
  const omitted: OmittedAnnotation[] = [];
  const levels = [
    { level: 'error', status: 'shortfall', title: 'Quota shortfall' },
    { level: 'warning', status: 'unknown', title: 'Quota unknown' },
  ] as const;
  for (const { level, status, title } of levels) {
    const results = report.results.filter((r) => r.status === status);
    groups(results, locate, report.inputs[0]).forEach((g, i) => {
      if (i < perLevel) {
        annotations.push({ level, title: `${title}: ${g.result.quotaName}`, message: message(g), file: g.file, ...(g.line ? { line: g.line } : {}) });
      } else omitted.push({ level, text: omittedText(g) });
    });
  }
  return { annotations, omitted };
}
