// Assembles the stable JSON report (version 1, documented in README "JSON report").
import type { Coverage, FailOn, Report, Result } from '../model.js';
import { passes, setupErrorsOf } from '../verdict/evaluate.js';
import type { OnReadError } from '../verdict/evaluate.js';

const ORDER = { shortfall: 0, unknown: 1, ok: 2 } as const;

export function buildReport(args: { results: Result[]; coverage: Coverage; mode: Report['mode']; failOn: FailOn; onReadError?: OnReadError; inputs: string[] }): Report {
  const results = [...args.results].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.account ?? '').localeCompare(b.account ?? '') ||
      a.region.localeCompare(b.region) ||
      a.serviceCode.localeCompare(b.serviceCode) ||
      a.quotaCode.localeCompare(b.quotaCode) ||
      a.scope.localeCompare(b.scope),
  );
  const count = (s: Result['status']): number => results.filter((r) => r.status === s).length;
  const setupErrors = setupErrorsOf(results);
  return {
    version: 1,
    mode: args.mode,
    passed: passes(results, args.failOn) && !gatesOnSetup(setupErrors, args.onReadError ?? 'fail'),
    failOn: args.failOn,
    summary: { ok: count('ok'), shortfall: count('shortfall'), unknown: count('unknown') },
    setupErrors,
    coverage: args.coverage,
    inputs: args.inputs,
    results,
  };
}

/** Whether the run fails as a setup error: reads failed because of the setup, and the user did not choose `warn`. */
export function gatesOnSetup(setupErrors: readonly string[] | undefined, onReadError: OnReadError): boolean {
  return onReadError === 'fail' && (setupErrors?.length ?? 0) > 0;
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
