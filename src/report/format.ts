// Small text helpers shared by the table and markdown renderers.
import type { Report, Result, Source } from '../model.js';
import { fmt } from '../check/evaluate.js';

export const num = (n: number | null): string => (n === null ? '?' : fmt(n));

export function scopeLabel(r: Result): string {
  if (r.scope === 'region') return r.region;
  const [kind, ...rest] = r.scope.split(':');
  const what = rest.join(':');
  return `${r.region} ${kind === 'az' ? 'AZ' : kind === 'vpc' ? 'VPC' : ''} ${what}`.replace(/\s+/g, ' ').trim();
}

export function accountLabel(r: Result): string {
  return r.account ?? 'current';
}

export function sourceLabel(s: Source): string {
  const where = s.line ? `${s.file}:${s.line}` : s.file;
  return `${s.address} (${where}) ${s.amount === null ? '?' : `+${fmt(s.amount)}`}${s.note ? ` [${s.note}]` : ''}`;
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

/**
 * The next step of a shortfall in words (the JSON report's `suggestedValue`, `adjustable`, `requestUrl`):
 * "request at least 68 (adjustable) — https://…".
 */
export function nextStepLine(r: Result): string | null {
  if (r.status !== 'shortfall' || r.suggestedValue === undefined) return null;
  if (r.adjustable === false) {
    const least = r.suggestedValue === null ? '' : ` (it would need at least ${fmt(r.suggestedValue)})`;
    return `AWS does not raise this quota (not adjustable)${least}: fit the change to it — fewer or smaller resources, another region or account`;
  }
  const link = r.requestUrl ? ` — ${r.requestUrl}` : '';
  if (r.suggestedValue === null) return `usage is not known, so neither is the value to request${link}`;
  return `request at least ${fmt(r.suggestedValue)}${r.adjustable ? ' (adjustable)' : ''}${link}`;
}
