// What DR prewarm and the automation rules' increase requests did, as text for the job summary, the issue and the
// terminal. Apart from src/scan/prewarm.ts (which files them through the AWS SDK) so that the scan's renderer loads
// no SDK client: `quota-guard merge` and `scan --help` start without one.
import type { IncreaseRecord } from '../model.js';

/**
 * One sentence on what prewarm (or the automation rules) did: `DR prewarm: 1 filed, 1 already open (reused), 1 not
 * filed (1 over a cap).`
 */
export function prewarmSummary(records: readonly IncreaseRecord[], label = 'DR prewarm'): string {
  if (!records.length) return `${label}: nothing to request.`;
  const n = (pred: (r: IncreaseRecord) => boolean): number => records.filter(pred).length;
  const parts: string[] = [];
  const filed = n((r) => r.outcome === 'filed');
  const reused = n((r) => r.outcome === 'reused');
  const planned = n((r) => r.outcome === 'planned');
  if (filed) parts.push(`${filed} filed`);
  if (reused) parts.push(`${reused} already open (reused)`);
  if (planned) parts.push(`${planned} awaiting approval`);
  const why: string[] = [];
  const count = (outcome: IncreaseRecord['outcome'], words: string): void => {
    const k = n((r) => r.outcome === outcome);
    if (k) why.push(`${k} ${words}`);
  };
  count('over-cap', 'beyond a cap: request by hand');
  count('not-adjustable', 'not adjustable');
  count('max-requests', 'over max-requests: a later run files it');
  count('error', 'failed');
  count('previous', 'refused by AWS lately, not asked again yet');
  const notFiled = records.length - filed - reused - planned;
  if (notFiled) parts.push(`${notFiled} not filed (${why.join(', ')})`);
  return `${label}: ${parts.join(', ')}.${filed || reused ? ' Not waited for: a later scan sees the gap close once AWS approves.' : ''}`;
}

/** What happened to one prewarm request, for the summary and the terminal. */
export function prewarmOutcome(r: IncreaseRecord): string {
  if (r.outcome === 'previous') return `not filed: the last request ${r.requestId} is ${r.status}${r.note ? ` (${r.note})` : ''}`;
  if (r.requestId) return `${r.outcome === 'filed' ? 'filed' : 'already open, reused'}: request ${r.requestId} ${r.status ?? 'status unknown'}${r.caseId ? `, case ${r.caseId}` : ''}${r.note ? ` (${r.note})` : ''}`;
  if (r.outcome === 'reused') return `already open, reused${r.note ? `: ${r.note}` : ''}`;
  if (r.outcome === 'planned') return `awaiting approval${r.note ? `: ${r.note}` : ''}`;
  return `not filed (${r.outcome})${r.note ? `: ${r.note}` : ''}`;
}
