// The next step of a shortfall: the quota value to ask for and where to ask. Pure; shared by the verdict (every
// shortfall's `suggestedValue` / `requestUrl`), the increase flow (src/increase, the value it files) and the scan.
import type { Report } from '../model.js';

/**
 * Step a value is rounded up to: whole units below 100, two significant figures from 100 on (137.5 → 140). Quota
 * values are counts (instances, vCPUs, addresses) or sizes the console takes as whole numbers; two significant
 * figures keep a request readable for whoever approves it without asking for much more than needed (at most 10 %).
 */
function stepOf(value: number): number {
  return value < 100 ? 1 : 10 ** (Math.floor(Math.log10(value)) - 1);
}

export function roundUpToStep(value: number): number {
  // toPrecision(12) drops binary noise (54 / 0.8 = 67.49999999999999) before rounding up.
  const v = Number(value.toPrecision(12));
  const step = stepOf(v);
  return Math.ceil(v / step) * step;
}

/**
 * The smallest step-rounded value with `usage + required <= value × (1 − buffer)` — exactly the test the verdict
 * applies (./evaluate.ts), so an approved request makes the re-check pass.
 */
export function desiredValue(total: number, buffer: number): number {
  let v = roundUpToStep(Math.max(total / (1 - buffer), 1));
  while (total > v * (1 - buffer)) v = roundUpToStep(v + stepOf(v));
  return v;
}

/**
 * The Service Quotas console page of a quota in a region, where an increase is requested by hand: the form AWS's
 * own docs link each quota code to ("Amazon EC2 instance type quotas",
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html, [EC2DOC]). The console opens it for the signed-in account.
 */
export function consoleUrl(t: { region: string; serviceCode: string; quotaCode: string }): string {
  return `https://${t.region}.console.aws.amazon.com/servicequotas/home/services/${encodeURIComponent(t.serviceCode)}/quotas/${encodeURIComponent(t.quotaCode)}`;
}

/**
 * The AWS Support Center page of a case — the link AWS Support's own case e-mails carry
 * (https://console.aws.amazon.com/support/home#/case/?displayId=CASE_ID&language=en).
 */
function supportCaseUrl(caseId: string): string {
  return `https://console.aws.amazon.com/support/home#/case/?displayId=${encodeURIComponent(caseId)}&language=en`;
}

/**
 * Points each shortfall whose increase request already has a support case (filed, reused or tracked by the increase
 * flow: `report.requests`) at that case, where the request is followed up, instead of at a new request.
 */
export function linkFiledRequests(report: Report): Report {
  const key = (r: { account: string | null; region: string; serviceCode: string; quotaCode: string }): string => [r.account ?? '', r.region, r.serviceCode, r.quotaCode].join('|');
  const cases = new Map((report.requests ?? []).filter((q) => q.caseId).map((q) => [key(q), q.caseId!]));
  if (!cases.size) return report;
  return { ...report, results: report.results.map((r) => (r.status === 'shortfall' && cases.has(key(r)) ? { ...r, requestUrl: supportCaseUrl(cases.get(key(r))!) } : r)) };
}
