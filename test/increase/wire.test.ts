// Increase requests at the wire level: the CLI core with the real SDK clients, pointed at the local fake AWS
// (Service Quotas JSON 1.1), and a virtual clock so that waiting takes no real time.
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { awsLive } from '../../src/live.js';
import { awsIncreases } from '../../src/aws/increases.js';
import type { IncreaseRecord, Report } from '../../src/model.js';
import { callCounts, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeSeed } from '../fake-aws/server.mjs';
import { DESIRED, PLAN, VCPU_CODE, increaseSeed, virtualClock } from './fixtures.js';

interface Run {
  code: number;
  report: Report;
  requests: IncreaseRecord[];
  err: string;
  slept: number[];
}

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

async function start(seed: FakeSeed): Promise<FakeEnv> {
  env = await useFakeAws(seed);
  return env;
}

async function cli(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const clock = virtualClock();
  const code = await main(
    ['request', '--plan', PLAN, '--region', 'eu-west-1', '--format', 'json', ...args],
    { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} },
    (region) => awsLive(region, () => {}),
    { api: () => awsIncreases({ maxAttempts: 1 }), sleep: clock.sleep, now: clock.now },
  );
  if (code === 2) throw new Error(err);
  const report = JSON.parse(out) as Report;
  return { code, report, requests: report.requests ?? [], err, slept: clock.slept };
}

const vcpuResult = (r: Report) => r.results.find((x) => x.quotaCode === VCPU_CODE)!;
const approvalScript: FakeSeed['increaseScript'] = ['PENDING', 'CASE_OPENED', 'APPROVED'];

test('the seed the README offers for trying the flow by hand is this fixture', () => {
  const file = JSON.parse(readFileSync('test/fake-aws/seed.increase.json', 'utf8'));
  expect(file).toEqual(increaseSeed({ seed: { increaseScript: ['PENDING', 'CASE_OPENED', 'APPROVED'] } }));
});

describe('request → wait → re-check against the fake Service Quotas', () => {
  test('PENDING → CASE_OPENED → APPROVED: the quota is raised and the gate passes', async () => {
    const { fake } = await start(increaseSeed({ seed: { increaseScript: approvalScript } }));
    const run = await cli('--poll-seconds', '30');
    expect(run.code).toBe(0);
    expect(run.report.passed).toBe(true);
    expect(run.requests).toEqual([
      expect.objectContaining({ serviceCode: 'ec2', quotaCode: VCPU_CODE, region: 'eu-west-1', currentValue: 64, desiredValue: DESIRED, requestedValue: DESIRED, status: 'APPROVED', outcome: 'filed', caseId: expect.stringMatching(/^\d{10}$/) }),
    ]);
    expect(run.requests[0].requestId).toMatch(/^[0-9a-zA-Z][a-zA-Z0-9-]{39}$/);
    expect(run.requests[0].justification).toMatch(/needs 8 more of "Running On-Demand Standard/);
    // Re-read after approval: the quota the fake serves is the approved value.
    expect(vcpuResult(run.report)).toMatchObject({ quota: DESIRED, usage: 50, status: 'ok' });
    expect(run.slept).toEqual([30_000, 30_000]);
    const calls = callCounts(fake);
    expect(calls).toMatchObject({ ListRequestedServiceQuotaChangeHistoryByQuota: 1, RequestServiceQuotaIncrease: 1, GetRequestedServiceQuotaChange: 2 });
    expect(fake.calls.find((c) => c.operation === 'RequestServiceQuotaIncrease')?.body).toEqual({ ServiceCode: 'ec2', QuotaCode: VCPU_CODE, DesiredValue: DESIRED, SupportCaseAllowed: true });
    expect(fake.seed.requests).toHaveLength(1);
  });

  test('DENIED: the gate fails with the request id and status, and nothing is re-read', async () => {
    const { fake } = await start(increaseSeed({ seed: { increaseScript: ['PENDING', 'DENIED'] } }));
    const run = await cli();
    expect(run.code).toBe(1);
    expect(run.report.passed).toBe(false);
    expect(run.requests[0]).toMatchObject({ status: 'DENIED', outcome: 'filed', requestId: fake.seed.requests![0].id });
    expect(vcpuResult(run.report)).toMatchObject({ quota: 64, status: 'shortfall' });
    expect(callCounts(fake).GetMetricData).toBe(1); // the first check only: no re-check without an approval
  });

  test('timeout: still PENDING when the wait runs out → a support case, the gate fails, and the next run picks the same request up', async () => {
    const { fake } = await start(increaseSeed());
    const run = await cli('--wait-minutes', '5', '--poll-seconds', '60');
    expect(run.code).toBe(1);
    expect(run.slept).toEqual([60_000, 60_000, 60_000, 60_000, 60_000]);
    const [r] = run.requests;
    expect(r).toMatchObject({ outcome: 'filed', status: 'CASE_OPENED', caseId: expect.stringMatching(/^\d+$/) });
    expect(r.note).toMatch(/support case was opened/);
    expect(run.err).toMatch(/the wait ran out with requests still open: ec2\/L-1216C47A in eu-west-1 → 73: request \w+ CASE_OPENED, case \d+/);
    expect(callCounts(fake).CreateSupportCase).toBe(1);

    const again = await cli('--wait-minutes', '0');
    expect(again.code).toBe(1);
    expect(again.requests[0]).toMatchObject({ outcome: 'reused', requestId: r.requestId, status: 'CASE_OPENED', caseId: r.caseId });
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBe(1);
    expect(fake.seed.requests).toHaveLength(1);
  });

  test('support-case never: SupportCaseAllowed=false, no case is opened, and a case-needing request ends NOT_APPROVED', async () => {
    const { fake } = await start(increaseSeed({ seed: { increaseScript: approvalScript } }));
    const run = await cli('--support-case', 'never', '--wait-minutes', '5');
    expect(run.code).toBe(1);
    expect(run.requests[0]).toMatchObject({ status: 'NOT_APPROVED' });
    expect(fake.calls.find((c) => c.operation === 'RequestServiceQuotaIncrease')?.body).toMatchObject({ SupportCaseAllowed: false });
    expect(callCounts(fake).CreateSupportCase).toBeUndefined();
  });

  test('an existing open request is reused, never a second one, and its approval passes the gate', async () => {
    const existing = { id: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5Existing', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: VCPU_CODE, desiredValue: 80, status: 'PENDING' as const, created: 1767225600, script: ['PENDING', 'APPROVED'] as const };
    const { fake } = await start(increaseSeed({ seed: { requests: [{ ...existing, script: [...existing.script] }] } }));
    const run = await cli();
    expect(run.code).toBe(0);
    expect(run.requests).toEqual([expect.objectContaining({ outcome: 'reused', requestId: existing.id, requestedValue: 80, desiredValue: DESIRED, status: 'APPROVED' })]);
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBeUndefined();
    expect(vcpuResult(run.report)).toMatchObject({ quota: 80, status: 'ok' });
  });

  test('ResourceAlreadyExistsException: a request filed by another run meanwhile is looked up and reused', async () => {
    // Another run's request exists but is not listed on our first look (just filed): filing answers
    // ResourceAlreadyExistsException, and the second look finds it.
    const other = { id: 'f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5OtherRun', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: VCPU_CODE, desiredValue: DESIRED, status: 'PENDING' as const, created: 1767225600, hiddenFromLists: 1, script: approvalScript!.slice() };
    const { fake } = await start(increaseSeed({ seed: { requests: [other] } }));
    const run = await cli();
    expect(run.code).toBe(0);
    expect(run.requests).toEqual([expect.objectContaining({ outcome: 'reused', requestId: other.id, status: 'APPROVED' })]);
    expect(fake.calls.map((c) => c.operation).filter((o) => o.includes('Request'))).toEqual([
      'ListRequestedServiceQuotaChangeHistoryByQuota',
      'RequestServiceQuotaIncrease',
      'ListRequestedServiceQuotaChangeHistoryByQuota',
      'GetRequestedServiceQuotaChange',
      'GetRequestedServiceQuotaChange',
    ]);
    expect(fake.seed.requests).toHaveLength(1);
  });

  test('ResourceAlreadyExistsException with the request not listed yet: it is looked up again while waiting', async () => {
    const other = { id: 'f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5SlowList', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: VCPU_CODE, desiredValue: DESIRED, status: 'PENDING' as const, created: 1767225600, hiddenFromLists: 2, script: ['PENDING', 'APPROVED'] as FakeSeed['increaseScript'] };
    await start(increaseSeed({ seed: { requests: [other] } }));
    const run = await cli('--wait-minutes', '0');
    expect(run.requests[0]).toMatchObject({ outcome: 'reused', requestId: null, status: null });
    expect(run.requests[0].note).toMatch(/already open \(.*ResourceAlreadyExistsException.*\) but does not list it yet/);
    const waited = await cli();
    expect(waited.code).toBe(0);
    expect(waited.requests[0]).toMatchObject({ outcome: 'reused', requestId: other.id, status: 'APPROVED' });
  });

  test('QuotaExceededException (too many open requests in the region): a clear line, no crash, nothing filed', async () => {
    const elsewhere = { id: 'c0ffee00c0ffee00c0ffee00c0ffee00OpenElse', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-0263D0A3', desiredValue: 10, status: 'PENDING' as const };
    const seed = increaseSeed({ seed: { requests: [elsewhere] } });
    seed.regions['eu-west-1'].openRequestLimit = 1;
    const { fake } = await start(seed);
    const run = await cli();
    expect(run.code).toBe(1);
    expect(run.requests).toEqual([expect.objectContaining({ outcome: 'error', requestId: null, status: null, desiredValue: DESIRED })]);
    expect(run.requests[0].note).toMatch(/^AWS refused a new request: too many quota increase requests are open in this account or region \(servicequotas:RequestServiceQuotaIncrease failed in eu-west-1: QuotaExceededException/);
    expect(fake.seed.requests).toHaveLength(1);
  });

  test.each([
    ['illegalArgument', /^AWS rejected the request as invalid \(.*IllegalArgumentException/],
    ['dependencyAccessDenied', /^Service Quotas could not act for the account .*DependencyAccessDeniedException/],
    ['invalidResourceState', /^the quota or request is in a state that accepts no request now \(.*InvalidResourceStateException/],
    ['accessDenied', /access denied: the credentials lack IAM permission servicequotas:RequestServiceQuotaIncrease in eu-west-1/],
  ] as const)('%s on filing: reported, not a crash', async (kind, note) => {
    await start(increaseSeed({ seed: { faults: [{ operation: 'RequestServiceQuotaIncrease', kind }] } }));
    const run = await cli();
    expect(run.code).toBe(1);
    expect(run.requests[0]).toMatchObject({ outcome: 'error', requestId: null });
    expect(run.requests[0].note).toMatch(note);
  });

  test('the history cannot be read: nothing is filed, since a duplicate could not be ruled out', async () => {
    const { fake } = await start(increaseSeed({ seed: { faults: [{ operation: 'ListRequestedServiceQuotaChangeHistoryByQuota', kind: 'accessDenied' }] } }));
    const run = await cli();
    expect(run.requests[0].outcome).toBe('error');
    expect(run.requests[0].note).toMatch(/nothing is filed \(a duplicate could not be ruled out\): access denied: .*servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota/);
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBeUndefined();
  });

  test('a non-adjustable quota is never requested: reported as a design change', async () => {
    const { fake } = await start(increaseSeed({ vcpuQuota: { adjustable: false } }));
    const run = await cli();
    expect(run.code).toBe(1);
    // The value is worked out (for a support case, support-case: api), but nothing is requested and no case opened.
    expect(run.requests).toEqual([expect.objectContaining({ outcome: 'not-adjustable', requestId: null, desiredValue: DESIRED })]);
    expect(run.requests[0].note).toMatch(/design change/);
    expect(run.requests[0].supportCase).toBeUndefined();
    const ops = new Set(fake.calls.map((c) => c.operation));
    expect(ops.has('RequestServiceQuotaIncrease') || ops.has('ListRequestedServiceQuotaChangeHistoryByQuota')).toBe(false);
  });

  test.each([
    ['max-increase-factor', ['--max-increase-factor', '1.1'], /asking for 73 \(1\.14 × the current 64\) is beyond max-increase-factor 1\.1/],
    ['max-increase per quota code', ['--max-increase', `${VCPU_CODE}=5`], /adds 9 to the current 64, beyond max-increase 5 for L-1216C47A/],
    ['max-increase for every quota', ['--max-increase', '8'], /adds 9 to the current 64, beyond max-increase 8$/m],
  ])('beyond %s: nothing filed; the report says what to request by hand, with the console link', async (_name, args, note) => {
    const { fake } = await start(increaseSeed());
    const run = await cli(...args);
    expect(run.code).toBe(1);
    expect(run.requests[0]).toMatchObject({ outcome: 'over-cap', desiredValue: DESIRED, requestId: null, consoleUrl: 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A' });
    expect(run.requests[0].note!.replace(/; nothing filed.*/, '')).toMatch(note);
    expect(run.requests[0].note).toMatch(/request it by hand in the Service Quotas console \(https:\/\/eu-west-1\.console\.aws\.amazon\.com\/servicequotas\/home\/services\/ec2\/quotas\/L-1216C47A\)/);
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBeUndefined();
  });

  test('beyond max-requests: the run files no more than allowed', async () => {
    const { fake } = await start(increaseSeed());
    const run = await cli('--max-requests', '0');
    expect(run.requests[0]).toMatchObject({ outcome: 'max-requests', requestId: null });
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBeUndefined();
  });

  test('an over-cap quota that someone requested by hand is waited for', async () => {
    const byHand = { id: 'aaaabbbbccccddddeeeeffff00001111ByHand00', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: VCPU_CODE, desiredValue: 200, status: 'CASE_OPENED' as const, caseId: '1234567890', script: ['CASE_OPENED', 'APPROVED'] as FakeSeed['increaseScript'] };
    await start(increaseSeed({ seed: { requests: [byHand] } }));
    const run = await cli('--max-increase-factor', '1.1');
    expect(run.code).toBe(0);
    expect(run.requests[0]).toMatchObject({ outcome: 'reused', requestId: byHand.id, status: 'APPROVED', caseId: '1234567890' });
  });

  test('two runs at once against the same fake file exactly one request', async () => {
    const { fake } = await start(increaseSeed({ seed: { increaseScript: approvalScript } }));
    const [a, b] = await Promise.all([cli('--wait-minutes', '0'), cli('--wait-minutes', '0')]);
    expect(fake.seed.requests).toHaveLength(1);
    const id = fake.seed.requests![0].id;
    expect([a.requests[0].requestId, b.requests[0].requestId]).toEqual([id, id]);
    expect([a.requests[0].outcome, b.requests[0].outcome].sort()).toEqual(['filed', 'reused']);
    // And re-running the same workflow: still one.
    const again = await cli();
    expect(again.code).toBe(0);
    expect(again.requests[0]).toMatchObject({ requestId: id, outcome: 'reused', status: 'APPROVED' });
    expect(fake.seed.requests).toHaveLength(1);
  });

  test('--wait-only files nothing: no open request is reported as such; an open one is waited for', async () => {
    const { fake } = await start(increaseSeed({ seed: { increaseScript: approvalScript } }));
    const none = await cli('--wait-only');
    expect(none.code).toBe(1);
    expect(none.requests[0]).toMatchObject({ outcome: 'no-request', requestId: null });
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBeUndefined();
    await cli('--wait-minutes', '0'); // a request step files it (PENDING)
    const waited = await cli('--wait-only');
    expect(waited.code).toBe(0);
    expect(waited.requests[0]).toMatchObject({ outcome: 'reused', status: 'APPROVED' });
  });

  test('--dry-run shows what would be filed, and the open request that would be reused, filing nothing', async () => {
    const open = { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb0000Open', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-0263D0A3', desiredValue: 10, status: 'PENDING' as const };
    const seed = increaseSeed({ seed: { requests: [open] } });
    seed.regions['eu-west-1'].addresses = [1, 2, 3, 4].map((n) => ({ allocationId: `eipalloc-${n}` })); // 4 + 1 > 5 × 0.8: short too
    const { fake } = await start(seed);
    const run = await cli('--dry-run');
    expect(run.code).toBe(1);
    expect(run.requests.map((r) => [r.quotaCode, r.outcome, r.desiredValue, r.requestId])).toEqual([
      ['L-0263D0A3', 'reused', 7, open.id],
      [VCPU_CODE, 'planned', DESIRED, null],
    ]);
    expect(run.requests[1].note).toBe('would be filed asking for 73 by a step with request-increases: true');
    expect(callCounts(fake).RequestServiceQuotaIncrease).toBeUndefined();
    expect(callCounts(fake).GetRequestedServiceQuotaChange).toBeUndefined();
    expect(run.slept).toEqual([]);
  });

  test('--wait-only after a denial shows the latest request and its case', async () => {
    const denied = { id: 'dddddddddddddddddddddddddddddddd00Denied', region: 'eu-west-1', serviceCode: 'ec2', quotaCode: VCPU_CODE, desiredValue: DESIRED, status: 'DENIED' as const, caseId: '5550001111', created: 1767225600 };
    await start(increaseSeed({ seed: { requests: [denied] } }));
    const run = await cli('--wait-only');
    expect(run.code).toBe(1);
    expect(run.requests[0]).toMatchObject({ outcome: 'previous', requestId: denied.id, status: 'DENIED', caseId: '5550001111' });
  });
});
