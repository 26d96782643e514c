// File/line annotations for the check run: a shortfall is an error, an unknown a warning, placed at the resource that
// needs the quota. GitHub shows at most 10 per level per step, so the rest come back as one-line texts for the
// summary. Pure: where a resource is written down is asked of `locate`, and nothing is printed here. Every text from
// an input or from AWS is made one line (`oneLine`): annotations end up in workflow commands.
import type { Report, Result, Source } from '../model.js';
import { fmt } from '../verdict/evaluate.js';
import { MAX_SOURCES, accountLabel, firstN, nextStep, oneLine, placeText, scopeLabel, waived } from './format.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  /** Plain text (annotation messages are not markdown); may span lines. */
  message: string;
  /** Repository-relative path. */
  file: string;
  line?: number;
}

/**
 * Where a source is written down: a repository-relative file and line (the `.tf` line of a plan address, the line of
 * a CDK app that made a template's resource), and `label`, what the source is called there (a CDK construct path).
 */
export interface Place {
  file: string;
  line?: number;
  label?: string;
}

/** Where a source is written down, or undefined to use the source's own file/line. */
export type Locate = (source: Source) => Place | undefined;

/** The place of a source: what `locate` finds, else the source's own file and line. Never throws. */
export function placeOf(source: Source, locate: Locate | undefined): Place {
  let found: Place | undefined;
  try {
    found = locate?.(source);
  } catch {
    found = undefined; // a location is a nicety; never fail the report over it
  }
  return found ?? { file: source.file, ...(source.line ? { line: source.line } : {}) };
}

/** A source's name: its address, with what it is called where it is written down (a CDK construct path). */
export function sourceName(source: Source, place: Place): string {
  return oneLine(place.label ? `${place.label} (${source.address})` : source.address);
}

export interface OmittedAnnotation {
  level: 'error' | 'warning';
  text: string;
}

/** GitHub shows this many annotations of one level per step. */
const ANNOTATIONS_PER_LEVEL = 10;

/** The sources of one finding that are written down at one place. */
export interface Group {
  result: Result;
  place: Place;
  sources: Source[];
}

function amountText(sources: Source[]): string {
  const known = sources.reduce((sum, s) => sum + (s.amount ?? 0), 0);
  if (!sources.some((s) => s.amount === null)) return `+${fmt(known)}`;
  return known ? `+${fmt(known)} and an amount not known before apply` : 'an amount not known before apply';
}

function addressesText(g: Group): string {
  const { shown, more } = firstN(g.sources, MAX_SOURCES, (n) => `, and ${n} more`);
  const names = shown.map((s) => {
    const name = sourceName(s, g.place);
    return s.note ? `${name} (${oneLine(s.note)})` : name;
  });
  return names.join(', ') + more;
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

/** `"name" (ec2 L-1216C47A) in eu-west-1, account current`. */
function quotaText(r: Result): string {
  return oneLine(`"${r.quotaName}" (${r.serviceCode} ${r.quotaCode}) in ${scopeLabel(r)}, account ${accountLabel(r)}`);
}

/** The plain-text message of a finding at one place (annotations, SARIF). */
export function findingMessage(g: Group): string {
  const r = g.result;
  const quota = `${quotaText(r)}.`;
  const who = g.sources.length ? `${addressesText(g)} ${g.sources.length > 1 ? 'add' : 'adds'} ${amountText(g.sources)} to ${quota}` : quota;
  const lines = [who, `Quota as a whole: ${needVersusLimit(r)}.`];
  if (r.reason) lines.push(`Why: ${oneLine(r.reason)}`);
  const next = nextStep(r);
  lines.push(`Next: ${next.text}${next.url ? ` — ${next.url}` : ''}`);
  return lines.join('\n');
}

/**
 * The findings of `results` grouped by place: sources of one result written down at the same place (instances of
 * one `count`/`for_each` resource) make one group. A result with no source that has a file gets `fallbackFile`.
 */
export function findingGroups(results: Result[], locate: Locate | undefined, fallbackFile: string | undefined): Group[] {
  const out: Group[] = [];
  for (const result of results) {
    const byPlace = new Map<string, Group>();
    for (const source of result.sources) {
      const place = placeOf(source, locate);
      if (!place.file) continue;
      const key = `${place.file}\0${place.line ?? ''}`;
      const g = byPlace.get(key);
      if (g) g.sources.push(source);
      else {
        const created: Group = { result, place, sources: [source] };
        byPlace.set(key, created);
        out.push(created);
      }
    }
    if (!byPlace.size && fallbackFile) out.push({ result, place: { file: fallbackFile }, sources: [] });
  }
  return out;
}

function omittedText(g: Group): string {
  const r = g.result;
  const what = g.sources.length ? `${addressesText(g)} at ${placeText(g.place)}` : placeText(g.place);
  return oneLine(`${r.quotaName} (${r.serviceCode} ${r.quotaCode}, ${scopeLabel(r)}): ${what}`);
}

/**
 * Annotations for the shortfalls (errors) and unknowns (warnings) of a report, at most `perLevel` of each, in report
 * order; a waived finding is not annotated (the report lists it). Sources of one result that resolve to the same
 * place are merged. What does not fit is returned in `omitted`.
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
    const results = report.results.filter((r) => r.status === status && !waived(r));
    findingGroups(results, locate, report.inputs[0]).forEach((g, i) => {
      if (i < perLevel) {
        const { file, line } = g.place;
        annotations.push({ level, title: oneLine(`${title}: ${g.result.quotaName}`), message: findingMessage(g), file: oneLine(file), ...(line ? { line } : {}) });
      } else omitted.push({ level, text: omittedText(g) });
    });
  }
  return { annotations, omitted };
}
