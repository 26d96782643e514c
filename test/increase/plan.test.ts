// The pure increase decisions: desired value, step rounding, caps, justification, request states.
import type { Result } from '../../src/model.js';
import { evaluate } from '../../src/verdict/evaluate.js';
import {
  capNote,
  faultNote,
  isOpen,
  isTerminal,
  justification,
  latestRequest,
  openRequest,
  parseMaxIncrease,
  parseTrackedRequests,
  planIncreases,
  requestLine,
  withRequest,
  type IncreasePolicy,
} from '../../src/increase/plan.js';
import { consoleUrl, desiredValue, roundUpToStep } from '../../src/verdict/next-step.js';

const policy = (p: Partial<IncreasePolicy> = {}): IncreasePolicy => ({ supportCase: 'allow', maxIncreaseFactor: 10, maxIncrease: { byQuota: {} }, maxRequests: 5, ...p });

function short(p: Partial<Result> = {}): Result {
  return {
    account: null,
    region: 'eu-west-1',
    serviceCode: 'ec2',
    quotaCode: 'L-1216C47A',
    quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
    scope: 'region',
    required: 8,
    unknowns: [],
    sources: [{ file: 'plan.json', address: 'aws_autoscaling_group.web', amount: 8 }],
    usage: 50,
    quota: 64,
    buffer: 0.2,
    status: 'shortfall',
    reason: 'needs 58',
    ...p,
  };
}

describe('desired value', () => {
  test('usage + required <= value × (1 − buffer), rounded up to a step', () => {
    expect(desiredValue(58, 0.2)).toBe(73); // 72.5 → 73
    expect(desiredValue(54, 0.2)).toBe(68); // 67.5 (67.49999… in floating point) → 68
    expect(desiredValue(40, 0.2)).toBe(50); // exact: no extra step
    expect(desiredValue(110, 0.2)).toBe(140); // 137.5 → two significant figures
    expect(desiredValue(1000, 0)).toBe(1000);
    expect(desiredValue(987, 0.2)).toBe(1300); // 1233.75 → 1300
    expect(desiredValue(0.5, 0)).toBe(1);
  });

  test('the rounded value always passes the verdict it is for', () => {
    for (const buffer of [0, 0.1, 0.15, 0.2, 0.3, 0.33, 0.5]) {
      for (let total = 1; total < 3000; total += 7) {
        const v = desiredValue(total, buffer);
        const r = evaluate({ account: null, region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-X', quotaName: 'x', scope: 'region', required: total, unknowns: [], sources: [] }, { quota: v, usage: 0 }, { default: buffer, byQuota: {} });
        expect(r.status).toBe('ok');
      }
    }
  });

  test('steps: whole units below 100, two significant figures from 100', () => {
    expect([roundUpToStep(7.2), roundUpToStep(99.1), roundUpToStep(100), roundUpToStep(101), roundUpToStep(1234), roundUpToStep(25_001)]).toEqual([8, 100, 100, 110, 1300, 26_000]);
  });
});

describe('caps', () => {
  const t = { region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' };
  test('max-increase-factor: at most N × the current value', () => {
    expect(capNote(t, 64, 128, policy({ maxIncreaseFactor: 2 }))).toBeNull();
    expect(capNote(t, 64, 129, policy({ maxIncreaseFactor: 2 }))).toBe('asking for 129 (2.02 × the current 64) is beyond max-increase-factor 2');
    expect(capNote(t, 0, 5, policy({ maxIncreaseFactor: 2 }))).toMatch(/from the current 0/);
    expect(capNote(t, 64, 10_000, policy({ maxIncreaseFactor: undefined }))).toBeNull();
  });

  test('max-increase: absolute, per quota code winning over the default', () => {
    const p = policy({ maxIncreaseFactor: undefined, maxIncrease: parseMaxIncrease('20, L-1216C47A=100') });
    expect(capNote(t, 64, 164, p)).toBeNull();
    expect(capNote(t, 64, 165, p)).toBe('asking for 165 adds 101 to the current 64, beyond max-increase 100 for L-1216C47A');
    expect(capNote({ ...t, quotaCode: 'L-0263D0A3' }, 5, 26, p)).toBe('asking for 26 adds 21 to the current 5, beyond max-increase 20');
    expect(capNote(t, 1, 2e10, policy({ maxIncreaseFactor: undefined }))).toMatch(/more than Service Quotas accepts/);
  });

  test('max-increase parsing', () => {
    expect(parseMaxIncrease('')).toEqual({ byQuota: {} });
    expect(parseMaxIncrease('500')).toEqual({ default: 500, byQuota: {} });
    expect(parseMaxIncrease('L-1216C47A=1024,\nL-0263D0A3 = 10')).toEqual({ byQuota: { 'L-1216C47A': 1024, 'L-0263D0A3': 10 } });
    expect(() => parseMaxIncrease('lots')).toThrow('"lots" is not a positive number or a QUOTA-CODE=NUMBER pair');
    expect(() => parseMaxIncrease('L-1=0')).toThrow(/not a positive number/);
    expect(() => parseMaxIncrease('5, 6')).toThrow(/more than one value/);
  });
});

describe('planIncreases', () => {
  const ctx = { repository: 'acme/infra', pullRequest: 7, commit: '0123456789abcdef0123', runUrl: 'https://github.com/acme/infra/actions/runs/1' };

  test('a shortfall on an adjustable quota is a candidate with the desired value and a justification', () => {
    const [c] = planIncreases([short({ adjustable: true }), short({ status: 'ok', quotaCode: 'L-0263D0A3' })], policy(), ctx);
    expect(c.fileable).toBe(true);
    expect(c.target).toEqual({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
    expect(c.record).toMatchObject({ currentValue: 64, desiredValue: 73, requestId: null, status: null, consoleUrl: 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A' });
    expect(c.record.justification).toBe(
      'quota-guard: acme/infra pull request #7 commit 0123456789ab needs 8 more of "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" (ec2 L-1216C47A) in eu-west-1 for aws_autoscaling_group.web +8 (plan.json). In use 50; with a 20 % buffer the quota must be at least 72.5, so this asks for 73 (now 64). Run: https://github.com/acme/infra/actions/runs/1',
    );
  });

  test('scopes sharing a quota are one candidate sized for the worst scope', () => {
    const nat = { serviceCode: 'vpc', quotaCode: 'L-FE5A380F', quotaName: 'NAT gateways per Availability Zone', quota: 5, buffer: 0 };
    const out = planIncreases(
      [short({ ...nat, scope: 'az:eu-west-1a', usage: 5, required: 1 }), short({ ...nat, scope: 'az:eu-west-1b', usage: 4, required: 4 })],
      policy(),
      {},
    );
    expect(out).toHaveLength(1);
    expect(out[0].record.desiredValue).toBe(8);
    expect(out[0].record.justification).toMatch(/^quota-guard: a deploy needs 4 more .* \(per Availability Zone, worst az:eu-west-1b\)/);
  });

  test('a non-adjustable quota is never a candidate: a design change', () => {
    const [c] = planIncreases([short({ adjustable: false })], policy(), ctx);
    expect(c.fileable).toBe(false);
    expect(c.record).toMatchObject({ outcome: 'not-adjustable', desiredValue: 73 }); // worked out for a support case (support-case: api); never filed
    expect(c.record.note).toMatch(/design change/);
    // Adjustable not known (not read, not in the catalog): it is tried, and AWS answers IllegalArgumentException if not.
    expect(planIncreases([short({ quotaCode: 'L-NOT-IN-CATALOG' })], policy(), {})[0].fileable).toBe(true);
  });

  test('beyond a cap nothing is filed and the note says what to request by hand, with the console link', () => {
    const [c] = planIncreases([short({ usage: 0, required: 54, quota: 5 })], policy({ maxIncreaseFactor: 2 }), ctx);
    expect(c.fileable).toBe(false);
    expect(c.record.outcome).toBe('over-cap');
    expect(c.record.desiredValue).toBe(68);
    expect(c.record.note).toBe(
      'asking for 68 (13.6 × the current 5) is beyond max-increase-factor 2; nothing filed. If 68 is right, request it by hand in the Service Quotas console (https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A).',
    );
    const [abs] = planIncreases([short()], policy({ maxIncrease: parseMaxIncrease('L-1216C47A=5') }), ctx);
    expect(abs.record).toMatchObject({ outcome: 'over-cap', desiredValue: 73 });
  });

  test('usage unknown: the value to ask for is not known, nothing filed', () => {
    const [c] = planIncreases([short({ usage: null, required: 100, reason: 'needs 100 even at zero usage; usage unknown: denied' })], policy(), ctx);
    expect(c.record.outcome).toBe('usage-unknown');
    expect(c.fileable).toBe(false);
  });
});

describe('request states', () => {
  test('open and terminal statuses', () => {
    expect(['PENDING', 'CASE_OPENED'].every((s) => isOpen(s as never))).toBe(true);
    expect(['APPROVED', 'DENIED', 'CASE_CLOSED', 'NOT_APPROVED', 'INVALID_REQUEST'].every((s) => isTerminal(s as never) && !isOpen(s as never))).toBe(true);
    expect(isOpen(null) || isTerminal(null)).toBe(false);
  });

  test('the newest open request is reused; the newest of all is the latest', () => {
    const h = [
      { id: 'a1', caseId: null, status: 'DENIED' as const, desiredValue: 80, created: 3 },
      { id: 'a2', caseId: '1', status: 'CASE_OPENED' as const, desiredValue: 70, created: 2 },
      { id: 'a3', caseId: null, status: 'APPROVED' as const, desiredValue: 60, created: 1 },
    ];
    expect(openRequest(h)?.id).toBe('a2');
    expect(latestRequest(h)?.id).toBe('a1');
    expect(openRequest([h[0], h[2]])).toBeUndefined();
  });

  test('a reused request asking for less than needed says so', () => {
    const [c] = planIncreases([short()], policy(), {});
    const r = withRequest(c.record, { id: 'r1', caseId: null, status: 'PENDING', desiredValue: 70, created: 1 }, 'reused');
    expect(r).toMatchObject({ requestId: 'r1', requestedValue: 70, desiredValue: 73, status: 'PENDING', outcome: 'reused' });
    expect(r.note).toMatch(/asks for 70, less than the 73 this change needs/);
    expect(requestLine(r)).toBe('ec2/L-1216C47A in eu-west-1 → 70: request r1 PENDING (reused)');
  });

  test('AWS refusals become clear report lines', () => {
    const t = { region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' };
    const f = (code: string) => faultNote({ code, detail: `servicequotas:RequestServiceQuotaIncrease failed in eu-west-1: ${code}` }, t);
    expect(f('QuotaExceededException')).toMatch(/^AWS refused a new request: too many quota increase requests are open in this account or region/);
    expect(f('IllegalArgumentException')).toMatch(/^AWS rejected the request as invalid/);
    expect(f('DependencyAccessDeniedException')).toMatch(/support:CreateCase/);
    expect(f('InvalidResourceStateException')).toMatch(/accepts no request now/);
    expect(f('ThrottlingException')).toBe('servicequotas:RequestServiceQuotaIncrease failed in eu-west-1: ThrottlingException');
  });

  test('console link and justification without a context', () => {
    expect(consoleUrl({ region: 'us-east-1', serviceCode: 'iam', quotaCode: 'L-FE177D64' })).toBe('https://us-east-1.console.aws.amazon.com/servicequotas/home/services/iam/quotas/L-FE177D64');
    expect(justification([short({ unknowns: ['x: known after apply'] })], 73, {})).toMatch(/Part of the amount is known only after apply/);
  });

  test('track-requests: the requests output of an earlier step', () => {
    expect(parseTrackedRequests('')).toEqual([]);
    const out = JSON.stringify([
      { region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', requestId: 'abc123', status: 'PENDING' },
      { region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-0263D0A3', requestId: null, outcome: 'over-cap' },
    ]);
    expect(parseTrackedRequests(out).map((r) => r.requestId)).toEqual(['abc123']);
    expect(() => parseTrackedRequests('{}')).toThrow(/not a JSON array/);
    expect(() => parseTrackedRequests('[{"requestId":"x y"}]')).toThrow(/entry 0 needs/);
  });
});
