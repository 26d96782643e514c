import { evaluate, passes } from '../../src/check/evaluate.js';
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
    expect(evaluate(req({ required: 1, unknowns: ['x: unknown'] }), { quota: 100, usage: 0 }, buffers)).toMatchObject({ status: 'unknown', reason: 'amount not known offline: x: unknown' });
  });

  test('policy', () => {
    const r = (status: Result['status']): Result => ({ ...req(), usage: 0, quota: 1, buffer: 0, status, reason: null });
    expect(passes([r('ok'), r('unknown')], 'shortfall')).toBe(true);
    expect(passes([r('ok'), r('unknown')], 'unknown')).toBe(false);
    expect(passes([r('shortfall')], 'shortfall')).toBe(false);
    expect(passes([r('shortfall')], 'never')).toBe(true);
  });
});
