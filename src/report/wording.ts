// One wording table for the hints findings and errors carry, keyed by the surface that shows them. The core and the
// readers word their hints for the command line ("pass --region"); the action shows the same hint as its input
// ("set the `region` input"), so a reader of the job summary is told what to change in the workflow, not a flag it
// does not have.
import type { Report, Result } from '../model.js';

export type Surface = 'cli' | 'action';

/** Command-line flags that are action inputs of the same name (action.yml). AWS CLI flags are left alone. */
const AS_INPUT = ['region', 'offline', 'buffer', 'fail-on', 'asg-capacity', 'on-read-error', 'waivers', 'plan', 'template', 'changeset', 'config'];
const FLAG = `--(${AS_INPUT.join('|')})\\b`;

const ACTION_WORDING: [RegExp, string | ((...m: string[]) => string)][] = [
  [/\b([Rr])un without --offline\b/g, (_, r) => `${r === 'R' ? 'S' : 's'}et \`offline: false\``],
  [/\b([Rr])un with --offline\b/g, (_, r) => `${r === 'R' ? 'S' : 's'}et \`offline: true\``],
  [new RegExp(`\\bpass it with ${FLAG}`, 'g'), 'give it in the `$1` input'],
  [new RegExp(`\\b(?:pass|give) ${FLAG}`, 'g'), 'set the `$1` input'],
  [new RegExp(`${FLAG} (fail|warn|shortfall|unknown|never|max|desired)\\b`, 'g'), '`$1: $2`'],
  [new RegExp(FLAG, 'g'), 'the `$1` input'],
];

/** A hint in the words of `surface`. */
export function phrase(text: string, surface: Surface): string {
  if (surface === 'cli') return text;
  return ACTION_WORDING.reduce((t, [re, to]) => t.replace(re, to as string), text);
}

/** The report with every reason, unknown and setup error in the words of `surface`. */
export function phraseReport(report: Report, surface: Surface): Report {
  if (surface === 'cli') return report;
  const result = (r: Result): Result => {
    const out: Result = { ...r, reason: r.reason === null ? null : phrase(r.reason, surface), unknowns: r.unknowns.map((u) => phrase(u, surface)) };
    if (r.setupError) out.setupError = phrase(r.setupError, surface);
    return out;
  };
  const out: Report = { ...report, results: report.results.map(result) };
  if (report.setupErrors) out.setupErrors = report.setupErrors.map((e) => phrase(e, surface));
  return out;
}
