import { consoleUrl, linkFiledRequests } from '../../src/verdict/next-step.js';
import type { IncreaseRecord, Report, Result } from '../../src/model.js';

const shortfall = (over: Partial<Result> = {}): Result => ({
  account: null,
  region: 'eu-west-1',
  serviceCode: 'ec2',
  quotaCode: 'L-1216C47A',
  quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
  scope: 'region',
  required: 8,
  unknowns: [],
  sources: [],
  usage: 50,
  quota: 64,
  buffer: 0.2,
  status: 'shortfall',
  reason: 'needs 58',
  suggestedValue: 73,
  requestUrl: consoleUrl({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' }),
  ...over,
});

const record = (over: Partial<IncreaseRecord>): IncreaseRecord => ({
  account: null,
  region: 'eu-west-1',
  serviceCode: 'ec2',
  quotaCode: 'L-1216C47A',
  quotaName: 'x',
  currentValue: 64,
  desiredValue: 73,
  requestedValue: 73,
  requestId: 'req-1',
  caseId: null,
  status: 'PENDING',
  outcome: 'filed',
  note: null,
  justification: null,
  consoleUrl: consoleUrl({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' }),
  ...over,
});

const report = (results: Result[], requests?: IncreaseRecord[]): Report => ({
  version: 1,
  mode: 'live',
  passed: false,
  failOn: 'shortfall',
  summary: { ok: 0, shortfall: results.length, unknown: 0 },
  coverage: { resources: 1, mapped: 1, unsupported: [] },
  inputs: [],
  results,
  ...(requests ? { requests } : {}),
});

describe('next step helpers', () => {
  test('a shortfall whose request has a support case points at the case; others keep the console page', () => {
    const other = shortfall({ quotaCode: 'L-0263D0A3', requestUrl: consoleUrl({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-0263D0A3' }) });
    const linked = linkFiledRequests(report([shortfall(), other], [record({ caseId: '6780195351', status: 'CASE_OPENED' }), record({ quotaCode: 'L-0263D0A3' })]));
    expect(linked.results[0].requestUrl).toBe('https://console.aws.amazon.com/support/home#/case/?displayId=6780195351&language=en');
    expect(linked.results[1].requestUrl).toBe(other.requestUrl);
    // Another region's case is not this shortfall's.
    const elsewhere = linkFiledRequests(report([shortfall()], [record({ region: 'us-east-1', caseId: '1' })]));
    expect(elsewhere.results[0].requestUrl).toBe(shortfall().requestUrl);
    const none = report([shortfall()]);
    expect(linkFiledRequests(none)).toBe(none);
  });
});
