// The next step of a shortfall: the quota value to ask for and where to ask. Pure; shared by the verdict (every
// shortfall's `suggestedValue` / `requestUrl`), the increase flow (src/increase, the value it files) and the scan.

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
