// The live reader under hostile answers, against the local fake AWS: endless tokens, empty pages with tokens, negative
// and non-finite values, throttling on every call, 503 HTML pages. Every call count is bounded, nothing becomes a
// false `ok`, and a setup fault is named in `setupError`.
import { jest } from '@jest/globals';
import { liveReader } from '../../src/aws/readings.js';
import { DEFAULT_MAX_PAGES } from '../../src/aws/paging.js';
import { evaluate, readingKey } from '../../src/verdict/evaluate.js';
import type { QuotaReading, Requirement } from '../../src/model.js';
import { req, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeRegion, FakeSeed } from '../fake-aws/server.mjs';
import type { ScanFakeCall, ScanFakeSeed } from '../fake-aws/org-sts.mjs';

jest.setTimeout(120_000);

const R = 'eu-west-1';
const BUFFERS = { default: 0, byQuota: {} };
const STANDARD_DIMS = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/OnDemand' };

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

const igw = req({ region: R, serviceCode: 'vpc', quotaCode: 'L-A4707A72' });
const vcpus = req({ region: R, serviceCode: 'ec2', quotaCode: 'L-1216C47A', required: 8 });
const asg = req({ region: R, serviceCode: 'autoscaling', quotaCode: 'L-CDE20ADC' });
const tables = req({ region: R, serviceCode: 'dynamodb', quotaCode: 'L-F98FE922' });
const groups = req({ region: R, serviceCode: 'vpc', quotaCode: 'L-E79EC296' });

function region(extra: FakeRegion = {}): FakeRegion {
  return {
    quotas: [
      { serviceCode: 'vpc', quotaCode: 'L-A4707A72', value: 5, default: 5 },
      { serviceCode: 'ec2', quotaCode: 'L-1216C47A', value: 64, default: 5, usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS } },
      { serviceCode: 'autoscaling', quotaCode: 'L-CDE20ADC', value: 500, default: 500 },
      { serviceCode: 'dynamodb', quotaCode: 'L-F98FE922', value: 2500, default: 2500 },
      { serviceCode: 'vpc', quotaCode: 'L-E79EC296', value: 2500, default: 2500 },
    ],
    securityGroups: 3,
    internetGateways: 3,
    tables: 3,
    ...extra,
  };
}

async function read(seed: FakeSeed, requirements: Requirement[]) {
  env = await useFakeAws(seed);
  const readings = await liveReader({ maxAttempts: 2 })(requirements);
  const get = (r: Requirement): QuotaReading => readings.get(readingKey(r))!;
  return { get, calls: env.fake.calls };
}

const status = (r: Requirement, reading: QuotaReading) => evaluate(r, reading, BUFFERS).status;

describe('hostile answers', () => {
  it('endless tokens: every walk stops at its cap, and the count is never a pass', async () => {
    const { get, calls } = await read({ regions: { [R]: region({ paging: { DescribeInternetGateways: 'endless', DescribeSecurityGroups: 'endless' } }) } }, [igw, groups]);
    expect(calls.filter((c) => c.operation === 'DescribeInternetGateways').length).toBeLessThanOrEqual(DEFAULT_MAX_PAGES);
    expect(calls.filter((c) => c.operation === 'DescribeSecurityGroups').length).toBeLessThanOrEqual(DEFAULT_MAX_PAGES);
    for (const r of [igw, groups]) {
      expect(get(r).usageLowerBound).toBe(true);
      expect(status(r, get(r))).not.toBe('ok');
    }
  });

  it('a lower bound still proves a shortfall', async () => {
    const small = req({ ...igw, required: 10 });
    const { get } = await read({ regions: { [R]: region({ paging: { DescribeInternetGateways: 'endless' } }) } }, [small]);
    expect(get(small).usageLowerBound).toBe(true);
    expect(status(small, get(small))).toBe('shortfall');
  });

  it('empty pages with tokens are walked through to the real count', async () => {
    const { get, calls } = await read({ regions: { [R]: region({ internetGateways: 7, usagePageSize: 5, paging: { DescribeInternetGateways: 'empty' } }) } }, [igw]);
    expect(get(igw)).toMatchObject({ usage: 7, quota: 5 });
    expect(calls.filter((c) => c.operation === 'DescribeInternetGateways')).toHaveLength(4);
  });

  it('negative numbers from AWS are unknown, never a smaller usage', async () => {
    const seed: FakeSeed = {
      regions: {
        [R]: region({
          metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: [-500, 3] }],
          autoScaling: { groups: -4, maxGroups: 500 },
        }),
      },
    };
    const { get } = await read(seed, [vcpus, asg]);
    expect(get(vcpus).usage).toBeNull();
    expect(get(vcpus).reason).toMatch(/invalid datapoint \(-500\)/);
    expect(get(asg).usage).toBeNull();
    expect(get(asg).reason).toMatch(/no usable count of Auto Scaling groups \(-4\)/);
    for (const r of [vcpus, asg]) expect(status(r, get(r))).not.toBe('ok');
  });

  it('a negative quota value is not a value', async () => {
    const seed: FakeSeed = { regions: { [R]: { ...region(), quotas: [{ serviceCode: 'vpc', quotaCode: 'L-A4707A72', value: -1, default: 5 }] } } };
    const { get } = await read(seed, [igw]);
    expect(get(igw).quota).toBeNull();
    expect(get(igw).usage).toBe(3); // read all the same
    expect(status(igw, get(igw))).toBe('unknown');
  });

  it('throttling on every call: a bounded number of attempts, setupError on every reading, no number', async () => {
    const { get, calls } = await read({ regions: { [R]: region() }, faults: [{ operation: '*', kind: 'throttle' }] }, [igw, vcpus, asg, tables]);
    // maxAttempts 2: each planned call is tried twice, and no walk goes past its first page.
    expect(calls.length).toBeLessThanOrEqual(2 * 12);
    for (const r of [igw, vcpus, asg, tables]) {
      expect(get(r)).toMatchObject({ quota: null, usage: null });
      expect(get(r).setupError).toMatch(/AWS kept throttling/);
      expect(status(r, get(r))).toBe('unknown');
    }
  });

  it('503 HTML pages (a proxy in front of AWS): unknown with a setup error, never a number', async () => {
    const { get, calls } = await read({ regions: { [R]: region() }, faults: [{ operation: '*', kind: 'html503' }] }, [igw, vcpus, asg, tables]);
    expect(calls.length).toBeLessThanOrEqual(2 * 12);
    for (const r of [igw, vcpus, asg, tables]) {
      expect(get(r)).toMatchObject({ quota: null, usage: null });
      expect(get(r).setupError).toBeTruthy();
      expect(status(r, get(r))).toBe('unknown');
    }
  });

  it('no credentials: every reading carries the setup error, and no call is made', async () => {
    env = await useFakeAws({ regions: { [R]: region() } }, { credentials: false });
    const readings = await liveReader({ maxAttempts: 1 })([igw, vcpus]);
    for (const r of [igw, vcpus]) {
      const x = readings.get(readingKey(r))!;
      expect(x).toMatchObject({ quota: null, usage: null });
      expect(x.setupError).toMatch(/credentials/);
    }
    expect(env.fake.calls).toHaveLength(0);
  });
});

describe('quota values', () => {
  it('a ListServiceQuotas walk that fails (HTTP 500) falls back to GetServiceQuota per code', async () => {
    const codes = ['L-A4707A72', 'L-45FE3B85', 'L-E79EC296'];
    const rs = codes.map((quotaCode) => req({ region: R, serviceCode: 'vpc', quotaCode }));
    const seed: FakeSeed = {
      regions: { [R]: { quotas: codes.map((quotaCode, i) => ({ serviceCode: 'vpc', quotaCode, value: 10 + i, default: 5 })) } },
      faults: [{ operation: 'ListServiceQuotas', kind: 'internal' }],
    };
    const { get, calls } = await read(seed, rs);
    expect(rs.map((r) => get(r).quota)).toEqual([10, 11, 12]);
    expect(calls.filter((c) => c.operation === 'ListServiceQuotas')).toHaveLength(2); // maxAttempts 2
    expect(calls.filter((c) => c.operation === 'GetServiceQuota')).toHaveLength(3);
  });

  it('Lambda concurrency: the lower of Service Quotas and GetAccountSettings, and the reading says so', async () => {
    const lambda = req({ region: R, serviceCode: 'lambda', quotaCode: 'L-B99A9384', required: 5 });
    const seed: FakeSeed = {
      regions: { [R]: { quotas: [{ serviceCode: 'lambda', quotaCode: 'L-B99A9384', value: 1000, default: 1000 }], lambdaAccount: { concurrentExecutions: 10, unreservedConcurrentExecutions: 10 } } },
    };
    const { get } = await read(seed, [lambda]);
    expect(get(lambda)).toMatchObject({ quota: 10, usage: 0 });
    expect(get(lambda).note).toMatch(/the limit in force is 10 \(Lambda GetAccountSettings AccountLimit.ConcurrentExecutions\), lower than the 1000 Service Quotas shows/);
  });

  it('the limit the counting API gives stands in for a quota value Service Quotas denied', async () => {
    const seed: FakeSeed = { regions: { [R]: region({ autoScaling: { groups: 7, maxGroups: 300 } }) }, faults: [{ operation: 'GetServiceQuota', kind: 'accessDenied' }] };
    const { get } = await read(seed, [asg]);
    expect(get(asg)).toMatchObject({ quota: 300, usage: 7 });
    expect(get(asg).note).toMatch(/quota value from Auto Scaling DescribeAccountLimits/);
    expect(get(asg).setupError).toMatch(/servicequotas:GetServiceQuota/);
  });
});

describe('other accounts through a role', () => {
  const other = req({ region: R, serviceCode: 'vpc', quotaCode: 'L-A4707A72', account: '222233334444' });

  it('reads another account through its role: one AssumeRole, reused by every client', async () => {
    const seed: ScanFakeSeed = {
      regions: { [R]: region({ internetGateways: 1 }) },
      members: { '222233334444': { regions: { [R]: region({ internetGateways: 4 }) } } },
    };
    env = await useFakeAws(seed);
    const both = [other, req({ ...other, quotaCode: 'L-CDE20ADC', serviceCode: 'autoscaling' })];
    const readings = await liveReader({ maxAttempts: 2, accountRoles: { '222233334444': 'arn:aws:iam::222233334444:role/QuotaGuardReadOnly' } })([igw, ...both]);
    expect(readings.get(readingKey(other))).toMatchObject({ quota: 5, usage: 4 });
    expect(readings.get(readingKey(igw))).toMatchObject({ quota: 5, usage: 1 });
    expect(env.fake.calls.filter((c) => c.operation === 'AssumeRole')).toHaveLength(1);
    expect((env.fake.calls as ScanFakeCall[]).filter((c) => c.account === '222233334444').length).toBeGreaterThan(1);
  });

  it('use-plan-roles: a role the plan names is used; without it the other account is not read, never taken for ours', async () => {
    const seed: ScanFakeSeed = {
      regions: { [R]: region({ internetGateways: 1 }) },
      members: { '222233334444': { regions: { [R]: region({ internetGateways: 4 }) } } },
    };
    env = await useFakeAws(seed);
    const planRoles = { '222233334444': 'arn:aws:iam::222233334444:role/QuotaGuardReadOnly' };
    const withRoles = await liveReader({ maxAttempts: 2 })([igw, other], planRoles);
    expect(withRoles.get(readingKey(other))).toMatchObject({ quota: 5, usage: 4 });
    expect(env.fake.calls.filter((c) => c.operation === 'AssumeRole')).toHaveLength(1);
    const without = await liveReader({ maxAttempts: 2 })([igw, other]);
    expect(without.get(readingKey(other))).toMatchObject({ quota: null, usage: null });
    expect(without.get(readingKey(other))!.reason).toMatch(/requirement is for account 222233334444 but the credentials are for account \d{12}/);
    // A role the user lists wins over the plan's.
    await liveReader({ maxAttempts: 2, accountRoles: { '222233334444': 'arn:aws:iam::222233334444:role/Listed' } })([other], planRoles);
    const assumed = env.fake.calls.filter((c) => c.operation === 'AssumeRole').map((c) => (c.body as { RoleArn?: string }).RoleArn);
    expect(assumed.at(-1)).toBe('arn:aws:iam::222233334444:role/Listed');
  });

  it('a role that cannot be assumed: that account unknown with a setup error naming sts:AssumeRole, the rest read', async () => {
    env = await useFakeAws({ regions: { [R]: region() }, faults: [{ operation: 'AssumeRole', kind: 'accessDenied' }] });
    const readings = await liveReader({ maxAttempts: 1, accountRoles: { '222233334444': 'arn:aws:iam::222233334444:role/Nope' } })([igw, other]);
    expect(readings.get(readingKey(other))).toMatchObject({ quota: null, usage: null });
    expect(readings.get(readingKey(other))!.setupError).toMatch(/sts:AssumeRole/);
    expect(readings.get(readingKey(igw))).toMatchObject({ quota: 5, usage: 3 });
  });
});
