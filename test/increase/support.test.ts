// AWS Support cases for quotas Service Quotas cannot raise (`support-case: api`), at the wire level: the CLI core
// with the real SDK clients (@aws-sdk/client-support among them) against the local fake (test/fake-aws/support.mjs),
// and a virtual clock.
import { main } from '../../src/cli/main.js';
import { awsLive } from '../../src/live.js';
import { awsIncreases } from '../../src/aws/increases.js';
import type { IncreaseRecord, Report } from '../../src/model.js';
import { callCounts, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeSeed } from '../fake-aws/server.mjs';
import { caseReason, chooseCategory } from '../../src/increase/cases.js';
import { DESIRED, PLAN, VCPU_CODE, increaseSeed, virtualClock } from './fixtures.js';

interface Run {
  code: number;
  report: Report;
  requests: IncreaseRecord[];
  err: string;
}

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

const notAdjustable = (seed: Partial<FakeSeed> = {}): FakeSeed => increaseSeed({ vcpuQuota: { adjustable: false }, seed });

async function cli(args: string[], onSleep?: () => void): Promise<Run> {
  let out = '';
  let err = '';
  const clock = virtualClock();
  const sleep = async (ms: number) => {
    await clock.sleep(ms);
    onSleep?.();
  };
  const code = await main(
    ['request', '--plan', PLAN, '--region', 'eu-west-1', '--format', 'json', '--support-case', 'api', ...args],
    { stdout: (t) => (out += t), stderr: (t) => (err += t), env: { GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: 'abcdef0123456789', GITHUB_RUN_ID: '42', GITHUB_REF: 'refs/pull/7/merge' } },
    (region) => awsLive(region, () => {}),
    { api: () => awsIncreases({ maxAttempts: 1 }), sleep, now: clock.now },
  );
  if (code === 2) throw new Error(err);
  const report = JSON.parse(out) as Report;
  return { code, report, requests: report.requests ?? [], err };
}

const supportCalls = (fake: FakeEnv['fake']) => fake.calls.filter((c) => c.service === 'support');

describe('support-case: api against the fake Support API', () => {
  test('a not-adjustable quota → one Service limit increase case in us-east-1, with the marker, the values and the change', async () => {
    env = await useFakeAws(notAdjustable());
    const run = await cli(['--wait-minutes', '0', '--support-severity', 'normal']);
    expect(run.code).toBe(1);
    const [r] = run.requests;
    expect(r).toMatchObject({ outcome: 'not-adjustable', requestId: null, desiredValue: DESIRED, supportCase: { outcome: 'opened', status: 'opened', severity: 'normal' } });
    const cases = env.fake.seed.support!.cases!;
    expect(cases).toHaveLength(1);
    expect(r.supportCase!.caseId).toBe(cases[0].caseId);
    expect(r.supportCase!.url).toBe(`https://console.aws.amazon.com/support/home#/case/?displayId=${cases[0].displayId}`);
    const create = env.fake.calls.find((c) => c.operation === 'CreateCase')!;
    expect(create.region).toBe('us-east-1');
    expect(create.body).toMatchObject({ serviceCode: 'service-limit-increase', categoryCode: 'ec2-instances', severityCode: 'normal', language: 'en' });
    const body = create.body as { subject: string; communicationBody: string };
    expect(body.subject).toContain(`[quota-guard self/eu-west-1/ec2/${VCPU_CODE}]`);
    expect(body.communicationBody).toContain(`Requested value: ${DESIRED}`);
    expect(body.communicationBody).toContain('Current value: 64');
    expect(body.communicationBody).toContain('- pull request: #7');
    expect(body.communicationBody).toContain('- run: https://github.com/acme/infra/actions/runs/42');
    expect(body.communicationBody).toMatch(/Justification: quota-guard: acme\/infra pull request #7 .* needs 8 more/);
    // Service Quotas is not asked for a not-adjustable quota; DescribeServices once.
    expect(callCounts(env.fake)).toMatchObject({ DescribeServices: 1, CreateCase: 1 });
    expect(callCounts(env.fake).RequestServiceQuotaIncrease).toBeUndefined();
  });

  test('a re-run reuses the open case: never a second one', async () => {
    env = await useFakeAws(notAdjustable());
    const first = await cli(['--wait-minutes', '0']);
    const again = await cli(['--wait-minutes', '0']);
    expect(again.requests[0].supportCase).toMatchObject({ outcome: 'reused', caseId: first.requests[0].supportCase!.caseId });
    expect(env.fake.seed.support!.cases).toHaveLength(1);
    expect(callCounts(env.fake).CreateCase).toBe(1);
  });

  test('two concurrent runs → one open case: the later case is resolved as a duplicate and both follow the same one', async () => {
    // Both runs look for the quota's case before either creates one: the race the duplicate handling is for.
    env = await useFakeAws(notAdjustable({ support: { barrier: { operation: 'DescribeCases', count: 2 } } }));
    const [a, b] = await Promise.all([cli(['--wait-minutes', '0']), cli(['--wait-minutes', '0'])]);
    const open = env.fake.seed.support!.cases!.filter((c) => c.status !== 'resolved');
    expect(open).toHaveLength(1);
    expect(a.requests[0].supportCase!.caseId).toBe(open[0].caseId);
    expect(b.requests[0].supportCase!.caseId).toBe(open[0].caseId);
    const outcomes = [a.requests[0].supportCase!.outcome, b.requests[0].supportCase!.outcome].sort();
    // Both looked before either created, so both created; each then saw both
    // open cases, agreed on the older one, and the run that made the newer one resolved it.
    expect(callCounts(env.fake).CreateCase).toBe(2);
    expect(callCounts(env.fake).ResolveCase).toBe(1);
    expect(outcomes).toEqual(['opened', 'reused']);
    expect([a, b].map((r) => r.requests[0].supportCase!.note).join(' ')).toMatch(/another run opened the case for this quota at the same time; ours \(\d+\) was resolved as its duplicate/);
    // A third run follows the same case.
    const third = await cli(['--wait-minutes', '0']);
    expect(third.requests[0].supportCase).toMatchObject({ outcome: 'reused', caseId: open[0].caseId });
  });

  test('the wait polls DescribeCases; AWS resolves the case (and raised the quota) → the re-check passes', async () => {
    const seed = notAdjustable({ support: { caseScript: ['opened', 'work-in-progress', 'resolved'] } });
    env = await useFakeAws(seed);
    const vcpu = seed.regions['eu-west-1'].quotas!.find((q) => q.quotaCode === VCPU_CODE)!;
    // AWS Support raises the quota out of band while the case is worked on.
    const run = await cli(['--wait-minutes', '10', '--poll-seconds', '60'], () => {
      if (env!.fake.seed.support!.cases![0]?.step === 1) vcpu.value = 80;
    });
    expect(run.code).toBe(0);
    expect(run.report.passed).toBe(true);
    expect(run.requests[0].supportCase).toMatchObject({ outcome: 'resolved', status: 'resolved' });
    expect(run.report.results.find((r) => r.quotaCode === VCPU_CODE)).toMatchObject({ quota: 80, status: 'ok' });
    const polls = supportCalls(env.fake).filter((c) => c.operation === 'DescribeCases' && (c.body as { caseIdList?: string[] }).caseIdList);
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.every((c) => c.region === 'us-east-1')).toBe(true);
  });

  test('no Business / Enterprise support plan: one clear line with the pre-filled console link, no crash', async () => {
    env = await useFakeAws(notAdjustable({ support: { plan: 'basic' } }));
    const run = await cli(['--wait-minutes', '0']);
    expect(run.code).toBe(1);
    expect(run.requests[0].supportCase).toMatchObject({
      outcome: 'no-plan',
      caseId: null,
      url: 'https://console.aws.amazon.com/support/home#/case/create?issueType=service-limit-increase&limitType=service-code-ec2',
      note: "this account's support plan has no Support API (SubscriptionRequiredException): open the case in the console: https://console.aws.amazon.com/support/home#/case/create?issueType=service-limit-increase&limitType=service-code-ec2",
    });
    expect(run.err).toContain("support plan has no Support API");
    expect(env.fake.seed.support!.cases ?? []).toHaveLength(0);
  });

  test('a dry run says which case would be opened and opens none', async () => {
    env = await useFakeAws(notAdjustable());
    const run = await cli(['--dry-run']);
    expect(run.requests[0].supportCase).toMatchObject({ outcome: 'planned', caseId: null });
    expect(run.requests[0].supportCase!.note).toMatch(/a low Service limit increase case asking for 73 would be opened/);
    expect(callCounts(env.fake).CreateCase).toBeUndefined();
  });

  test('without api (allow), a not-adjustable quota opens no case and calls no Support API', async () => {
    env = await useFakeAws(notAdjustable());
    await cli(['--wait-minutes', '0', '--support-case', 'allow']);
    expect(supportCalls(env.fake)).toHaveLength(0);
  });
});

describe('which quotas need a case, and under which category', () => {
  const record = { outcome: 'error' } as IncreaseRecord;
  test('not adjustable, not listed by Service Quotas, or "contact support" — nothing else', () => {
    expect(caseReason({ ...record, outcome: 'not-adjustable' }, undefined)).toMatch(/not adjustable/);
    expect(caseReason(record, { code: 'NoSuchResourceException', detail: 'servicequotas:RequestServiceQuotaIncrease failed: NoSuchResourceException' })).toMatch(/does not list/);
    expect(caseReason(record, { code: 'IllegalArgumentException', detail: 'To raise this quota, contact AWS Support' })).toMatch(/contact AWS Support/);
    expect(caseReason(record, { code: 'QuotaExceededException', detail: 'too many open requests' })).toBeNull();
    expect(caseReason({ ...record, outcome: 'over-cap' }, undefined)).toBeNull();
  });
  test('the category is the quota service\'s, else a general one, else the first', () => {
    const t = (serviceCode: string) => ({ region: 'eu-west-1', serviceCode, quotaCode: 'L-1' });
    const services = [{ code: 'service-limit-increase', name: 'x', categories: [{ code: 'other-x', name: 'Other' }, { code: 'lambda', name: 'Lambda' }, { code: 'ec2-instances', name: 'EC2 Instances' }] }];
    expect(chooseCategory(services, t('lambda'))).toBe('lambda');
    expect(chooseCategory(services, t('ec2'))).toBe('ec2-instances');
    expect(chooseCategory(services, t('sagemaker'))).toBe('other-x');
    expect(chooseCategory([], t('ec2'))).toBeUndefined();
  });
});
