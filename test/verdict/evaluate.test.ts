import { evaluate, passes } from '../../src/verdict/evaluate.js';
import { buildReport } from '../../src/report/report.js';
import type { Requirement, Result } from '../../src/model.js';

const req = (over: Partial<Requirement> = {}): Requirement => ({
  account: null,
  region: 'eu-west-1',
  serviceCode: 'ec2',
  quotaCode: 'L-1216C47A',
  quotaName: 'Running On-Demand Standard instances',
  scope: 'region',
  required: 10,
  unknowns: [],
  sources: [],
  ...over,
});
const buffers = { default: 0.2, byQuota: {} };

describe('verdict: usage + required <= quota × (1 − buffer)', () => {
  test('fits exactly at the limit, short one above it', () => {
    expect(evaluate(req({ required: 10 }), { quota: 100, usage: 70 }, buffers).status).toBe('ok');
    const short = evaluate(req({ required: 11 }), { quota: 100, usage: 70 }, buffers);
    expect(short.status).toBe('shortfall');
    expect(short.reason).toBe('needs 81 (usage 70 + 11) but the limit is 80 (quota 100 less 20 % buffer)');
  });

  test('per-quota buffer overrides the default', () => {
    expect(evaluate(req({ required: 15 }), { quota: 100, usage: 70 }, { default: 0.2, byQuota: { 'L-1216C47A': 0.1 } }).status).toBe('ok');
  });

  test('unknown usage or quota is never a pass', () => {
    expect(evaluate(req(), { quota: 100, usage: null, reason: 'AccessDenied: cloudwatch:GetMetricData' }, buffers)).toMatchObject({
      status: 'unknown',
      reason: 'usage unknown: AccessDenied: cloudwatch:GetMetricData',
    });
    expect(evaluate(req(), { quota: null, usage: 3, reason: 'throttled' }, buffers)).toMatchObject({ status: 'unknown', reason: 'throttled' });
  });

  test('short on the known part alone is a shortfall even with unknowns', () => {
    expect(evaluate(req({ required: 90, unknowns: ['x: max_size is known only after apply'] }), { quota: 100, usage: 0 }, buffers).status).toBe('shortfall');
    expect(evaluate(req({ required: 90 }), { quota: 100, usage: null }, buffers).status).toBe('shortfall');
    expect(evaluate(req({ required: 1, unknowns: ['x: unknown'] }), { quota: 100, usage: 0 }, buffers)).toMatchObject({ status: 'unknown', reason: 'amount not known offline: unknown (x)' });
    // One cause said once, with the resources it applies to.
    const twice = evaluate(req({ required: 1, unknowns: ['a: no region; pass --region', 'b: no region; pass --region', 'b: count known after apply'] }), { quota: 100, usage: 0 }, buffers);
    expect(twice.reason).toBe('amount not known offline: no region; pass --region (a, b); count known after apply (b)');
  });

  test('policy', () => {
    const r = (status: Result['status']): Result => ({ ...req(), usage: 0, quota: 1, buffer: 0, status, reason: null });
    expect(passes([r('ok'), r('unknown')], 'shortfall')).toBe(true);
    expect(passes([r('ok'), r('unknown')], 'unknown')).toBe(false);
    expect(passes([r('shortfall')], 'shortfall')).toBe(false);
    expect(passes([r('shortfall')], 'never')).toBe(true);
  });
});

describe('unknowns say where they come from', () => {
  test('the plan: an amount known only after apply, no region, an instance class not known', () => {
    expect(evaluate(req({ required: 1, unknowns: ['x: count known after apply'] }), { quota: 100, usage: 0 }, buffers).unknownFrom).toBe('plan');
    expect(evaluate(req({ region: 'unknown' }), { quota: null, usage: null, reason: 'the region is not known' }, buffers)).toMatchObject({ status: 'unknown', unknownFrom: 'plan' });
    expect(evaluate(req({ quotaCode: 'unknown-vcpu' }), { quota: null, usage: null, reason: 'instance class not known' }, buffers).unknownFrom).toBe('plan');
  });

  test('the reading: a quota or usage AWS did not give, with the setup root cause copied when there is one', () => {
    const denied = 'access denied: the credentials lack IAM permission cloudwatch:GetMetricData: grant it';
    const r = evaluate(req(), { quota: 100, usage: null, reason: 'access denied (AccessDenied)', setupError: denied }, buffers);
    expect(r).toMatchObject({ status: 'unknown', unknownFrom: 'reading', setupError: denied });
    expect(evaluate(req(), { quota: null, usage: null, reason: 'no bundled default' }, buffers)).toMatchObject({ unknownFrom: 'reading' });
    expect(evaluate(req(), { quota: null, usage: null, reason: 'x' }, buffers).setupError).toBeUndefined();
    expect(evaluate(req(), { quota: 100, usage: 0 }, buffers).unknownFrom).toBeUndefined();
  });
});

describe('every shortfall says what to request and where', () => {
  test('usage + required over (1 − buffer), rounded up to the step, and the console page of the quota', () => {
    // 0 + 54 over 0.8 = 67.5 → 68 (the example plan's vCPUs against the default quota of 5).
    const short = evaluate(req({ required: 54 }), { quota: 5, usage: 0, adjustable: true }, buffers);
    expect(short).toMatchObject({
      status: 'shortfall',
      suggestedValue: 68,
      adjustable: true,
      requestUrl: 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A',
    });
    // 70 + 40 = 110 over 0.8 = 137.5 → 140 (two significant figures from 100 on); the value makes the check pass.
    const big = evaluate(req({ required: 40 }), { quota: 100, usage: 70 }, buffers);
    expect(big.suggestedValue).toBe(140);
    expect(evaluate(req({ required: 40 }), { quota: big.suggestedValue!, usage: 70 }, buffers).status).toBe('ok');
  });

  test('adjustable comes from the reading, else the bundled catalog; a quota AWS does not raise gets no link', () => {
    expect(evaluate(req({ required: 54 }), { quota: 5, usage: 0 }, buffers).adjustable).toBe(true); // catalog: L-1216C47A is adjustable
    const fixed = evaluate(req({ required: 54 }), { quota: 5, usage: 0, adjustable: false }, buffers);
    expect(fixed).toMatchObject({ adjustable: false, suggestedValue: 68 });
    expect(fixed.requestUrl).toBeUndefined();
  });

  test('region not known: no link to a console page that does not exist', () => {
    const r = evaluate(req({ region: 'unknown', required: 54 }), { quota: 5, usage: 0 }, buffers);
    expect(r).toMatchObject({ status: 'shortfall', suggestedValue: 68 });
    expect(r.requestUrl).toBeUndefined();
  });

  test('usage not known: no value to suggest, still the link', () => {
    const r = evaluate(req({ required: 90 }), { quota: 100, usage: null, reason: 'denied' }, buffers);
    expect(r).toMatchObject({ status: 'shortfall', suggestedValue: null });
    expect(r.requestUrl).toMatch(/^https:\/\/eu-west-1\.console/);
  });

  test('an ok or unknown result has no next step', () => {
    const ok = evaluate(req(), { quota: 100, usage: 0 }, buffers);
    expect('suggestedValue' in ok || 'requestUrl' in ok).toBe(false);
  });
});

describe('the gate: waivers and setup errors', () => {
  const result = (over: Partial<Result>): Result => ({ ...req(), usage: 0, quota: 1, buffer: 0, status: 'shortfall', reason: 'short', ...over });
  const waiver = { reason: 'capacity reserved elsewhere', expires: '2030-01-01', file: '.quota-guard-ignore.yml', line: 3 };

  test('a waived shortfall does not gate; an expired waiver gates again', () => {
    expect(passes([result({ waiver: { ...waiver, expired: false } })], 'shortfall')).toBe(true);
    expect(passes([result({ waiver: { ...waiver, expired: true } })], 'shortfall')).toBe(false);
    expect(passes([result({ status: 'unknown', waiver: { ...waiver, expired: false } })], 'unknown')).toBe(true);
  });

  test('an unknown the setup caused is not fail-on\'s: the setup error gates it, once, in the report', () => {
    const denied = 'access denied: grant cloudwatch:GetMetricData';
    const unknowns = [result({ status: 'unknown', setupError: denied }), result({ status: 'unknown', quotaCode: 'L-0263D0A3', setupError: denied }), result({ status: 'ok', setupError: 'AWS kept throttling' })];
    expect(passes(unknowns, 'unknown')).toBe(true);
    const coverage = { resources: 1, mapped: 1, unsupported: [] };
    const failed = buildReport({ results: unknowns, coverage, mode: 'live', failOn: 'shortfall', inputs: [] });
    expect(failed).toMatchObject({ passed: false, setupErrors: [denied, 'AWS kept throttling'] });
    expect(buildReport({ results: unknowns, coverage, mode: 'live', failOn: 'shortfall', onReadError: 'warn', inputs: [] }).passed).toBe(true);
    // fail-on never does not hide a setup error: only on-read-error warn does.
    expect(buildReport({ results: unknowns, coverage, mode: 'live', failOn: 'never', inputs: [] }).passed).toBe(false);
    const clean = buildReport({ results: [result({ status: 'ok' })], coverage, mode: 'live', failOn: 'shortfall', inputs: [] });
    expect(clean).toMatchObject({ passed: true, setupErrors: [] });
  });
});
