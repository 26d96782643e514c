// The live reader against the local fake AWS, through the real SDK clients over HTTP.
import { jest } from '@jest/globals';
import { liveReader } from '../../src/aws/readings.js';
import { evaluate, readingKey } from '../../src/verdict/evaluate.js';
import type { QuotaReading, Requirement } from '../../src/model.js';
import { callCounts, req, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeQuota, FakeSeed } from '../fake-aws/server.mjs';

jest.setTimeout(30_000);

const NOW = new Date('2026-03-01T12:00:00Z');
const STANDARD_DIMS = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/OnDemand' };
const SPOT_DIMS = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/Spot' };
const G_DIMS = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'G/OnDemand' };

function vcpuQuota(code: string, value: number | undefined, dims: Record<string, string>, stat: 'Maximum' | 'Sum' = 'Maximum'): FakeQuota {
  return { serviceCode: 'ec2', quotaCode: code, value, default: 5, usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: dims, stat } };
}

/** Filler quotas so a ListServiceQuotas walk needs more than one page. */
function filler(service: string, n: number): FakeQuota[] {
  return Array.from({ length: n }, (_, i) => ({ serviceCode: service, quotaCode: `L-F${String(i).padStart(7, '0')}`, value: 1, default: 1 }));
}

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

async function read(seed: FakeSeed, requirements: Requirement[], options: { maxAttempts?: number; credentials?: boolean } = {}) {
  env = await useFakeAws(seed, { credentials: options.credentials });
  const lines: string[] = [];
  const readings = await liveReader({ maxAttempts: options.maxAttempts ?? 3, now: () => NOW, log: (l) => lines.push(l) })(requirements);
  const get = (r: Requirement): QuotaReading => {
    const x = readings.get(readingKey(r));
    if (!x) throw new Error(`no reading for ${readingKey(r)}`);
    return x;
  };
  return { readings, get, lines, fake: env.fake, calls: callCounts(env.fake) };
}

describe('quota values', () => {
  it('reads the applied value with GetServiceQuota and usage from its metric', async () => {
    const r = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
    const { get, calls, fake } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [{ ...vcpuQuota('L-1216C47A', 256, STANDARD_DIMS), adjustable: true }],
            metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: [40, 96, 12] }],
          },
        },
      },
      [r],
    );
    expect(get(r)).toEqual({ quota: 256, usage: 96, adjustable: true });
    expect(calls).toEqual({ GetServiceQuota: 1, GetMetricData: 1 });
    expect(fake.calls.every((c) => c.region === 'eu-west-1')).toBe(true);
    expect(fake.calls[0]).toMatchObject({ service: 'servicequotas', protocol: 'json1.1', body: { ServiceCode: 'ec2', QuotaCode: 'L-1216C47A' } });
  });

  it('falls back to GetAWSDefaultServiceQuota when the quota has no applied value (NoSuchResourceException)', async () => {
    const r = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
    const { get, calls } = await read({ regions: { 'eu-west-1': { quotas: [{ ...vcpuQuota('L-1216C47A', undefined, STANDARD_DIMS), default: 5 }] } } }, [r]);
    expect(get(r)).toMatchObject({ quota: 5, usage: 0 });
    expect(calls).toEqual({ GetServiceQuota: 1, GetAWSDefaultServiceQuota: 1, GetMetricData: 1 });
  });

  it('gives a reason, not a number, for a quota Service Quotas does not have', async () => {
    const r = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-0000DEAD' });
    const { get } = await read({ regions: { 'eu-west-1': { quotas: [vcpuQuota('L-1216C47A', 10, STANDARD_DIMS)] } } }, [r]);
    expect(get(r).quota).toBeNull();
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toMatch(/no quota ec2 L-0000DEAD in eu-west-1 \(NoSuchResourceException/);
  });

  it('reads global quotas in us-east-1, whatever region the requirement names', async () => {
    const roles = req({ region: 'us-east-1', serviceCode: 'iam', quotaCode: 'L-FE177D64' });
    const rolesElsewhere = req({ region: 'eu-central-1', serviceCode: 'iam', quotaCode: 'L-FE177D64' });
    const { get, fake, calls } = await read(
      {
        regions: {
          'us-east-1': { quotas: [{ serviceCode: 'iam', quotaCode: 'L-FE177D64', value: 2000, default: 1000, global: true }] },
          'eu-central-1': { quotas: [vcpuQuota('L-1216C47A', 10, STANDARD_DIMS)] },
        },
      },
      [roles, rolesElsewhere],
    );
    expect(get(roles)).toMatchObject({ quota: 2000 });
    expect(get(rolesElsewhere)).toMatchObject({ quota: 2000 });
    expect(fake.calls.every((c) => c.region === 'us-east-1')).toBe(true);
    // Usage of a global quota is read once too, in us-east-1 (IAM GetAccountSummary).
    expect(calls).toEqual({ GetServiceQuota: 1, GetAccountSummary: 1 });
  });

  it('walks ListServiceQuotas for three or more codes of a service, then reads defaults only for codes it lacks', async () => {
    const codes = ['L-1216C47A', 'L-34B43A08', 'L-DB2E81BA', 'L-417A185B'];
    const requirements = codes.map((quotaCode) => req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode }));
    const { get, calls, fake } = await read(
      {
        regions: {
          'eu-west-1': {
            // 150 quotas with an applied value; the wanted ones come after the first page of 100.
            quotas: [
              ...filler('ec2', 120),
              vcpuQuota('L-1216C47A', 512, STANDARD_DIMS),
              vcpuQuota('L-34B43A08', 128, SPOT_DIMS),
              vcpuQuota('L-DB2E81BA', 64, G_DIMS),
              { ...vcpuQuota('L-417A185B', undefined, { ...G_DIMS, Class: 'P/OnDemand' }), default: 0 },
              ...filler('ec2', 30).map((q) => ({ ...q, quotaCode: q.quotaCode.replace('L-F', 'L-E') })),
            ],
          },
        },
      },
      requirements,
    );
    expect(requirements.map((r) => get(r).quota)).toEqual([512, 128, 64, 0]);
    expect(calls).toEqual({ ListServiceQuotas: 2, GetAWSDefaultServiceQuota: 1, GetMetricData: 1 });
    const pages = fake.calls.filter((c) => c.operation === 'ListServiceQuotas').map((c) => c.body as { MaxResults: number; NextToken?: string });
    expect(pages[0]).toMatchObject({ ServiceCode: 'ec2', MaxResults: 100 });
    expect(pages[1].NextToken).toBeTruthy();
  });

  it('stops the walk as soon as every wanted code was seen', async () => {
    const codes = ['L-1216C47A', 'L-34B43A08', 'L-DB2E81BA'];
    const requirements = codes.map((quotaCode) => req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode }));
    const { get, calls } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [vcpuQuota('L-1216C47A', 512, STANDARD_DIMS), vcpuQuota('L-34B43A08', 128, SPOT_DIMS), vcpuQuota('L-DB2E81BA', 64, G_DIMS), ...filler('ec2', 250)],
          },
        },
      },
      requirements,
    );
    expect(requirements.map((r) => get(r).quota)).toEqual([512, 128, 64]);
    expect(calls.ListServiceQuotas).toBe(1);
  });

  it('reads single codes when fewer than three codes of a service are needed', async () => {
    const a = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
    const b = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-34B43A08' });
    const { calls } = await read(
      { regions: { 'eu-west-1': { quotas: [vcpuQuota('L-1216C47A', 512, STANDARD_DIMS), vcpuQuota('L-34B43A08', 128, SPOT_DIMS), ...filler('ec2', 10)] } } },
      [a, b],
    );
    expect(calls).toEqual({ GetServiceQuota: 2, GetMetricData: 1 });
  });
});

describe('usage', () => {
  it('reads every metric of a region in one GetMetricData call, with Maximum for ResourceCount (not Lambda concurrency)', async () => {
    const lambdaDims = {};
    const requirements = [
      req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' }),
      req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-34B43A08' }),
      req({ region: 'eu-west-1', serviceCode: 'lambda', quotaCode: 'L-B99A9384' }),
      req({ region: 'eu-west-1', serviceCode: 'autoscaling', quotaCode: 'L-CDE20ADC' }),
    ];
    const { get, calls, fake } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [
              // The recommendation says Sum; a ResourceCount gauge is still read with Maximum.
              vcpuQuota('L-1216C47A', 512, STANDARD_DIMS, 'Sum'),
              vcpuQuota('L-34B43A08', 128, SPOT_DIMS),
              { serviceCode: 'lambda', quotaCode: 'L-B99A9384', value: 1000, default: 1000, usageMetric: { namespace: 'AWS/Lambda', name: 'ConcurrentExecutions', dimensions: lambdaDims, stat: 'Maximum' } },
              {
                serviceCode: 'autoscaling',
                quotaCode: 'L-CDE20ADC',
                value: 500,
                default: 500,
                usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'AutoScaling', Type: 'Resource', Resource: 'NumberOfAutoScalingGroup', Class: 'None' } },
              },
            ],
            metrics: [
              { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: [100, 300, 200] },
              { namespace: 'AWS/Lambda', name: 'ConcurrentExecutions', dimensions: {}, values: [7, 3] },
              // Spot and Auto Scaling publish nothing: nothing in use.
            ],
          },
        },
      },
      requirements,
    );
    // Lambda concurrency comes from GetAccountSettings (nothing reserved in this seed), not its running-executions metric.
    expect(requirements.map((r) => get(r).usage)).toEqual([300, 0, 0, 0]);
    expect(calls.GetMetricData).toBe(1);
    expect(calls.GetAccountSettings).toBe(1);
    const body = fake.calls.find((c) => c.operation === 'GetMetricData')!.body as {
      MetricDataQueries: { Id: string; MetricStat: { Stat: string; Period: number; Metric: { MetricName: string } } }[];
      StartTime: number;
      EndTime: number;
    };
    expect(fake.calls.find((c) => c.operation === 'GetMetricData')!.protocol).toBe('json1.0');
    expect(body.MetricDataQueries).toHaveLength(3);
    expect(body.MetricDataQueries.some((q) => q.MetricStat.Metric.MetricName === 'ConcurrentExecutions')).toBe(false);
    expect(body.MetricDataQueries.every((q) => q.MetricStat.Stat === 'Maximum' && q.MetricStat.Period === 300)).toBe(true);
    expect(body.EndTime - body.StartTime).toBe(3600);
    expect(body.EndTime).toBe(NOW.getTime() / 1000);
  });

  it('asks for the recommended statistic of metrics other than ResourceCount', async () => {
    const r = req({ region: 'eu-west-1', serviceCode: 'sns', quotaCode: 'L-AAAAAAAA' });
    const dims = { Service: 'SNS', Type: 'API', Resource: 'Publish', Class: 'None' };
    const { get, fake } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [{ serviceCode: 'sns', quotaCode: 'L-AAAAAAAA', value: 9000, default: 9000, usageMetric: { namespace: 'AWS/Usage', name: 'CallCount', dimensions: dims, stat: 'Sum' } }],
            metrics: [{ namespace: 'AWS/Usage', name: 'CallCount', dimensions: dims, values: { Sum: [50, 70], Maximum: [1, 1] } }],
          },
        },
      },
      [r],
    );
    expect(get(r).usage).toBe(70);
    const body = fake.calls.find((c) => c.operation === 'GetMetricData')!.body as { MetricDataQueries: { MetricStat: { Stat: string } }[] };
    expect(body.MetricDataQueries[0].MetricStat.Stat).toBe('Sum');
  });

  it('sends at most 500 queries per GetMetricData call', async () => {
    const quotas: FakeQuota[] = Array.from({ length: 501 }, (_, i) => ({
      serviceCode: 'ec2',
      quotaCode: `L-A${String(i).padStart(7, '0')}`,
      value: 10,
      default: 10,
      usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'EC2', Type: 'Resource', Resource: `r${i}`, Class: 'None' } },
    }));
    const requirements = quotas.map((q) => req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: q.quotaCode }));
    const { calls, fake, readings } = await read({ regions: { 'eu-west-1': { quotas } } }, requirements);
    expect(calls).toEqual({ ListServiceQuotas: 6, GetMetricData: 2 });
    const sizes = fake.calls.filter((c) => c.operation === 'GetMetricData').map((c) => (c.body as { MetricDataQueries: unknown[] }).MetricDataQueries.length);
    expect(sizes.sort((a, b) => a - b)).toEqual([1, 500]);
    expect([...readings.values()].every((x) => x.quota === 10 && x.usage === 0)).toBe(true);
  });

  const natSeed: FakeSeed = {
    regions: {
      'eu-west-1': {
        quotas: [{ serviceCode: 'vpc', quotaCode: 'L-FE5A380F', value: 5, default: 5 }],
        subnets: [
          { id: 'subnet-a1', zone: 'eu-west-1a', zoneId: 'euw1-az3' },
          { id: 'subnet-a2', zone: 'eu-west-1a', zoneId: 'euw1-az3' },
          { id: 'subnet-b1', zone: 'eu-west-1b', zoneId: 'euw1-az1' },
          { id: 'subnet-c1', zone: 'eu-west-1c', zoneId: 'euw1-az2' },
        ],
        natGateways: [
          { id: 'nat-1', subnetId: 'subnet-a1', state: 'available' },
          { id: 'nat-2', subnetId: 'subnet-a2', state: 'pending' },
          { id: 'nat-3', subnetId: 'subnet-a1', state: 'deleting' },
          { id: 'nat-4', subnetId: 'subnet-b1', state: 'available' },
          { id: 'nat-5', subnetId: 'subnet-c1', state: 'failed' },
          { id: 'nat-6', subnetId: 'subnet-c1', state: 'deleted' },
        ],
      },
    },
  };

  it('counts NAT gateways per Availability Zone (pending, available, deleting), by zone name or id', async () => {
    const zoneA = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: 'az:eu-west-1a' });
    const zoneB = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: 'az:euw1-az1' });
    const zoneC = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: 'az:eu-west-1c' });
    const later = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: 'az:(zone known after apply)' });
    const { get, calls, fake } = await read(natSeed, [zoneA, zoneB, zoneC, later]);
    expect(get(zoneA)).toMatchObject({ quota: 5, usage: 3 });
    expect(get(zoneB)).toMatchObject({ quota: 5, usage: 1 });
    expect(get(zoneC)).toMatchObject({ quota: 5, usage: 0 });
    // Unknown zone: the fullest zone.
    expect(get(later)).toMatchObject({ quota: 5, usage: 3 });
    expect(calls).toEqual({ GetServiceQuota: 1, DescribeNatGateways: 1, DescribeSubnets: 1 });
    const nat = fake.calls.find((c) => c.operation === 'DescribeNatGateways')!.body as { Filter: { Name: string; Value: string[] }[] };
    expect(nat.Filter).toEqual([{ Name: 'state', Value: ['pending', 'available', 'deleting'] }]);
  });

  it('counts a regional NAT gateway (no subnet) in every zone', async () => {
    const seed: FakeSeed = structuredClone(natSeed);
    seed.regions['eu-west-1'].natGateways!.push({ id: 'nat-r', availabilityMode: 'regional' });
    const zoneC = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: 'az:eu-west-1c' });
    const { get } = await read(seed, [zoneC]);
    expect(get(zoneC).usage).toBe(1);
  });

  it('counts VPCs and Elastic IPs with EC2 when their quotas publish no usage metric', async () => {
    const vpcs = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-F678F1CE' });
    const eips = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-0263D0A3' });
    const { get, calls } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [
              { serviceCode: 'vpc', quotaCode: 'L-F678F1CE', value: 5, default: 5 },
              { serviceCode: 'ec2', quotaCode: 'L-0263D0A3', value: 5, default: 5 },
            ],
            vpcs: [{ id: 'vpc-default', isDefault: true }, { id: 'vpc-1' }, { id: 'vpc-2' }],
            addresses: [{ allocationId: 'eipalloc-1' }, { allocationId: 'eipalloc-2' }, { allocationId: 'eipalloc-3' }, { allocationId: 'eipalloc-4' }],
            ec2PageSize: 2,
          },
        },
      },
      [vpcs, eips],
    );
    expect(get(vpcs)).toMatchObject({ quota: 5, usage: 3 });
    expect(get(eips)).toMatchObject({ quota: 5, usage: 4 });
    // DescribeVpcs pages (2 per page in this seed); DescribeAddresses has no pages.
    expect(calls).toEqual({ GetServiceQuota: 2, DescribeVpcs: 2, DescribeAddresses: 1 });
  });

  it('counts a quota without a usage metric with its source, and says why a VPC without an id cannot be counted', async () => {
    const igw = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-A4707A72' });
    const subnets = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-407747CB', scope: 'vpc:vpc-1' });
    const { get, calls } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [
              { serviceCode: 'vpc', quotaCode: 'L-A4707A72', value: 5, default: 5 },
              { serviceCode: 'vpc', quotaCode: 'L-407747CB', value: 200, default: 200 },
            ],
          },
        },
      },
      [igw, subnets],
    );
    expect(get(igw)).toEqual({ quota: 5, usage: 0, adjustable: true });
    expect(get(subnets)).toMatchObject({ quota: 200, usage: null, reason: 'the VPC vpc-1 is not created by this change and the input does not give its id, so what it already holds cannot be counted' });
    expect(calls).toEqual({ GetServiceQuota: 2, DescribeInternetGateways: 1 });
  });
});

describe('faults', () => {
  const seed = (): FakeSeed => ({
    regions: {
      'eu-west-1': {
        quotas: [vcpuQuota('L-1216C47A', 256, STANDARD_DIMS), { serviceCode: 'vpc', quotaCode: 'L-FE5A380F', value: 5, default: 5 }],
        metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: [10] }],
        subnets: [{ id: 'subnet-a', zone: 'eu-west-1a' }],
        natGateways: [{ id: 'nat-1', subnetId: 'subnet-a' }],
      },
    },
  });
  const vcpus = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
  const nat = req({ region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: 'az:eu-west-1a' });

  it('names the IAM action when Service Quotas denies access, and still reads the usage', async () => {
    const { get, lines } = await read({ ...seed(), faults: [{ operation: 'GetServiceQuota', kind: 'accessDenied' }] }, [vcpus]);
    expect(get(vcpus).quota).toBeNull();
    // The vCPU metric AWS documents for the class is read without Service Quotas naming it.
    expect(get(vcpus).usage).toBe(10);
    expect(get(vcpus).setupError).toMatch(/access denied: the credentials lack IAM permission servicequotas:GetServiceQuota/);
    expect(get(vcpus).reason).toContain('servicequotas:GetServiceQuota');
    expect(get(vcpus).reason).toContain('access denied');
    expect(lines.join('\n')).toContain('servicequotas:GetServiceQuota');
  });

  it('names cloudwatch:GetMetricData and ec2:DescribeNatGateways when those are denied, and keeps the quota', async () => {
    const { get } = await read(
      {
        ...seed(),
        faults: [
          { operation: 'GetMetricData', kind: 'accessDenied' },
          { operation: 'DescribeNatGateways', kind: 'accessDenied' },
        ],
      },
      [vcpus, nat],
    );
    expect(get(vcpus)).toMatchObject({ quota: 256, usage: null });
    expect(get(vcpus).reason).toContain('cloudwatch:GetMetricData');
    expect(get(nat)).toMatchObject({ quota: 5, usage: null });
    expect(get(nat).reason).toContain('ec2:DescribeNatGateways');
    expect(get(nat).reason).toContain('UnauthorizedOperation');
  });

  it('reads codes one by one when ListServiceQuotas is denied', async () => {
    const codes = ['L-1216C47A', 'L-34B43A08', 'L-DB2E81BA'];
    const requirements = codes.map((quotaCode) => req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode }));
    const { get, calls } = await read(
      {
        regions: { 'eu-west-1': { quotas: [vcpuQuota('L-1216C47A', 1, STANDARD_DIMS), vcpuQuota('L-34B43A08', 2, SPOT_DIMS), vcpuQuota('L-DB2E81BA', 3, G_DIMS)] } },
        faults: [{ operation: 'ListServiceQuotas', kind: 'accessDenied' }],
      },
      requirements,
    );
    expect(requirements.map((r) => get(r).quota)).toEqual([1, 2, 3]);
    expect(calls).toEqual({ ListServiceQuotas: 1, GetServiceQuota: 3, GetMetricData: 1 });
  });

  it('lets the SDK retry throttling, then reads the value', async () => {
    const { get, calls } = await read(
      {
        ...seed(),
        faults: [
          { operation: 'GetServiceQuota', kind: 'throttle', times: 2 },
          { operation: 'GetMetricData', kind: 'throttle', times: 1 },
        ],
      },
      [vcpus],
      { maxAttempts: 5 },
    );
    expect(get(vcpus)).toMatchObject({ quota: 256, usage: 10 });
    expect(calls).toEqual({ GetServiceQuota: 3, GetMetricData: 2 });
  });

  it('never turns a persistent 500 into a number', async () => {
    const { get, calls } = await read(
      {
        ...seed(),
        faults: [
          { operation: 'GetServiceQuota', kind: 'internal', match: { QuotaCode: 'L-1216C47A' } },
          { operation: 'DescribeSubnets', kind: 'internal' },
        ],
      },
      [vcpus, nat],
      { maxAttempts: 2 },
    );
    expect(get(vcpus)).toMatchObject({ quota: null, usage: 10 });
    expect(get(vcpus).setupError).toMatch(/HTTP 500/);
    expect(get(vcpus).reason).toMatch(/servicequotas:GetServiceQuota failed in eu-west-1: ServiceException.*HTTP 500, 2 attempts/);
    // No fallback to the default on a fault: the applied value may differ.
    expect(calls.GetAWSDefaultServiceQuota).toBeUndefined();
    expect(get(nat)).toMatchObject({ quota: 5, usage: null });
    expect(get(nat).reason).toContain('ec2:DescribeSubnets');
    expect(calls.GetServiceQuota).toBe(3);
  });

  it('keeps the other regions when one region fails', async () => {
    const s = seed();
    s.regions['us-west-2'] = structuredClone(s.regions['eu-west-1']);
    s.faults = [{ operation: '*', region: 'eu-west-1', kind: 'internal' }];
    const west = req({ region: 'us-west-2', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
    const { get } = await read(s, [vcpus, west], { maxAttempts: 1 });
    expect(get(vcpus).quota).toBeNull();
    expect(get(west)).toMatchObject({ quota: 256, usage: 10 });
  });

  it('reads nothing for an unknown region', async () => {
    const r = req({ region: 'unknown', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
    const { get, fake } = await read(seed(), [r]);
    expect(get(r)).toMatchObject({ quota: null, usage: null });
    expect(get(r).reason).toMatch(/region is not known/);
    expect(fake.calls).toHaveLength(0);
  });

  it('gives every reading a reason when there are no credentials', async () => {
    const { get, fake } = await read(seed(), [vcpus], { credentials: false });
    expect(get(vcpus)).toMatchObject({ quota: null, usage: null });
    expect(get(vcpus).reason).toMatch(/no AWS credentials/);
    expect(fake.calls).toHaveLength(0);
  });

  it('refuses requirements for another account than the credentials’ one', async () => {
    const mine = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', account: '123456789012' });
    const theirs = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', account: '210987654321' });
    const { get, calls } = await read(seed(), [vcpus, mine, theirs]);
    expect(get(vcpus)).toMatchObject({ quota: 256, usage: 10 });
    expect(get(mine)).toMatchObject({ quota: 256, usage: 10 });
    expect(get(theirs)).toMatchObject({ quota: null, usage: null });
    expect(get(theirs).reason).toMatch(/account 210987654321 but the credentials are for account 123456789012/);
    expect(calls).toEqual({ GetServiceQuota: 1, GetMetricData: 1 });
  });
});

describe('call budget', () => {
  it('reads a plan of many requirements over few quotas with an exact number of calls', async () => {
    const seed: FakeSeed = {
      regions: {
        'eu-west-1': {
          quotas: [
            ...filler('ec2', 40),
            vcpuQuota('L-1216C47A', 512, STANDARD_DIMS),
            vcpuQuota('L-34B43A08', 128, SPOT_DIMS),
            vcpuQuota('L-DB2E81BA', undefined, G_DIMS),
            { serviceCode: 'ec2', quotaCode: 'L-0263D0A3', value: 10, default: 5 },
            { serviceCode: 'vpc', quotaCode: 'L-FE5A380F', value: 5, default: 5 },
            { serviceCode: 'vpc', quotaCode: 'L-F678F1CE', default: 5 },
            {
              serviceCode: 'elasticloadbalancing',
              quotaCode: 'L-53DA6B97',
              value: 50,
              default: 50,
              usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'Elastic Load Balancing', Type: 'Resource', Resource: 'ApplicationLoadBalancersPerRegion', Class: 'None' } },
            },
          ],
          metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: [64] }],
          subnets: [
            { id: 'subnet-a', zone: 'eu-west-1a' },
            { id: 'subnet-b', zone: 'eu-west-1b' },
          ],
          natGateways: [{ id: 'nat-1', subnetId: 'subnet-a' }],
          vpcs: [{ id: 'vpc-1' }],
          addresses: [{ allocationId: 'eipalloc-1' }],
        },
        'us-east-1': {
          quotas: [
            vcpuQuota('L-1216C47A', 32, STANDARD_DIMS),
            { serviceCode: 'iam', quotaCode: 'L-FE177D64', value: 1000, default: 1000, global: true },
            { serviceCode: 's3', quotaCode: 'L-DC2B2D3D', value: 10000, default: 10000, global: true },
          ],
        },
      },
    };
    const requirements: Requirement[] = [];
    for (const account of [null, '123456789012']) {
      for (const quotaCode of ['L-1216C47A', 'L-34B43A08', 'L-DB2E81BA', 'L-0263D0A3']) requirements.push(req({ account, region: 'eu-west-1', serviceCode: 'ec2', quotaCode }));
      for (const zone of ['eu-west-1a', 'eu-west-1b', 'eu-west-1c', '(zone known after apply)']) {
        requirements.push(req({ account, region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-FE5A380F', scope: `az:${zone}` }));
      }
      requirements.push(req({ account, region: 'eu-west-1', serviceCode: 'vpc', quotaCode: 'L-F678F1CE' }));
      requirements.push(req({ account, region: 'eu-west-1', serviceCode: 'elasticloadbalancing', quotaCode: 'L-53DA6B97' }));
      requirements.push(req({ account, region: 'us-east-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' }));
      requirements.push(req({ account, region: 'us-east-1', serviceCode: 'iam', quotaCode: 'L-FE177D64' }));
      requirements.push(req({ account, region: 'us-east-1', serviceCode: 's3', quotaCode: 'L-DC2B2D3D' }));
      // Same quota, other scopes: shares the read.
      requirements.push(req({ account, region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', scope: 'resource:asg' }));
    }
    const { readings, calls, fake, lines } = await read(seed, requirements);
    expect(readings.size).toBe(requirements.length);
    expect([...readings.values()].every((r) => r.quota !== null)).toBe(true);
    expect(calls).toEqual({
      // eu-west-1: ec2 has 4 codes → one walk page (44 quotas), L-DB2E81BA only has a default; vpc and elb 2 + 1 codes
      // → single reads, L-F678F1CE has no applied value. us-east-1: ec2, iam, s3 one code each.
      ListServiceQuotas: 1,
      GetAWSDefaultServiceQuota: 2,
      GetServiceQuota: 3 + 3,
      // One call per region: eu-west-1 (3 vCPU metrics + ALB), us-east-1 (1 vCPU metric).
      GetMetricData: 2,
      DescribeNatGateways: 1,
      DescribeSubnets: 1,
      DescribeVpcs: 1,
      DescribeAddresses: 1,
      // us-east-1: IAM roles and S3 buckets, one count each.
      GetAccountSummary: 1,
      ListBuckets: 1,
    });
    const byRegion = (region: string) => fake.calls.filter((c) => c.region === region).length;
    expect(byRegion('eu-west-1') + byRegion('us-east-1')).toBe(fake.calls.length);
    expect(lines.at(-1)).toMatch(/^quota-guard: AWS calls: /);
  });
});

describe('Lambda concurrency (L-B99A9384)', () => {
  const LAMBDA = 'L-B99A9384';
  const running = { namespace: 'AWS/Lambda', name: 'ConcurrentExecutions', dimensions: {} };
  const lambdaQuota = (value = 1000): FakeQuota => ({ serviceCode: 'lambda', quotaCode: LAMBDA, name: 'Concurrent executions', value, default: 1000, adjustable: true, usageMetric: { ...running, stat: 'Maximum' } });
  /** A change reserving 100 for one function, plus the 100 AWS keeps unreserved (as build.ts adds it). */
  const reservation = (region: string, extra: Partial<Requirement> = {}): Requirement =>
    req({
      region,
      serviceCode: 'lambda',
      quotaCode: LAMBDA,
      quotaName: 'Concurrent executions',
      required: 200,
      sources: [
        { file: 'plan.json', address: 'aws_lambda_function.worker', amount: 100 },
        { file: 'plan.json', address: 'AWS keeps 100 concurrent executions unreserved', amount: 100 },
      ],
      ...extra,
    });

  it('takes usage from GetAccountSettings (reserved = ConcurrentExecutions − Unreserved), not the running-executions metric', async () => {
    const r = reservation('eu-west-1');
    const { get, calls, fake } = await read(
      {
        regions: {
          'eu-west-1': {
            quotas: [lambdaQuota()],
            // 850 already reserved by existing functions, 10 running right now.
            lambdaAccount: { concurrentExecutions: 1000, unreservedConcurrentExecutions: 150 },
            metrics: [{ ...running, values: [10, 4] }],
          },
        },
      },
      [r],
    );
    expect(get(r)).toEqual({ quota: 1000, usage: 850, adjustable: true, note: 'concurrency already reserved (GetAccountSettings ConcurrentExecutions − UnreservedConcurrentExecutions)' });
    // The old metric is not read for this quota.
    expect(calls).toEqual({ GetServiceQuota: 1, GetAccountSettings: 1 });
    const wire = fake.calls.find((c) => c.operation === 'GetAccountSettings')!;
    expect(wire).toMatchObject({ service: 'lambda', protocol: 'rest-json', region: 'eu-west-1' });

    // 850 + 200 > 1000: a shortfall even without a buffer, which AWS would refuse at PutFunctionConcurrency.
    const result = evaluate(r, get(r), { default: 0, byQuota: {} });
    expect(result.status).toBe('shortfall');
    expect(result.reason).toMatch(/needs 1050 \(usage 850 \+ 200\) but the limit is 1000/);
    // What the running-executions metric (10) would have said: a pass.
    expect(evaluate(r, { quota: 1000, usage: 10 }, { default: 0, byQuota: {} }).status).toBe('ok');
  });

  it('calls GetAccountSettings once per region, in that region, whatever number of requirements share it', async () => {
    const eu = reservation('eu-west-1');
    const euMine = reservation('eu-west-1', { account: '123456789012' });
    const us = reservation('us-west-2');
    const { get, calls, fake } = await read(
      {
        regions: {
          'eu-west-1': { quotas: [lambdaQuota()], lambdaAccount: { concurrentExecutions: 1000, unreservedConcurrentExecutions: 150 } },
          'us-west-2': { quotas: [lambdaQuota(3000)], lambdaAccount: { concurrentExecutions: 3000, unreservedConcurrentExecutions: 2900 } },
        },
      },
      [eu, euMine, us],
    );
    expect(get(eu)).toMatchObject({ quota: 1000, usage: 850 });
    expect(get(euMine)).toMatchObject({ quota: 1000, usage: 850 });
    expect(get(us)).toMatchObject({ quota: 3000, usage: 100 });
    expect(calls).toEqual({ GetServiceQuota: 2, GetAccountSettings: 2 });
    expect(fake.calls.filter((c) => c.operation === 'GetAccountSettings').map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-west-2']);
  });

  it('names lambda:GetAccountSettings when it is denied, and keeps the quota', async () => {
    const r = reservation('eu-west-1');
    const { get, lines } = await read(
      { regions: { 'eu-west-1': { quotas: [lambdaQuota()], metrics: [{ ...running, values: [10] }] } }, faults: [{ operation: 'GetAccountSettings', kind: 'accessDenied' }] },
      [r],
    );
    expect(get(r)).toMatchObject({ quota: 1000, usage: null });
    expect(get(r).reason).toMatch(/access denied: the credentials lack IAM permission lambda:GetAccountSettings in eu-west-1 \(AccessDeniedException\)/);
    expect(lines.join('\n')).toContain('lambda:GetAccountSettings');
    // Unknown usage is never a pass (the metric is not a fallback).
    expect(evaluate(r, get(r), { default: 0, byQuota: {} }).status).toBe('unknown');
  });

  it('lets the SDK retry Lambda throttling (429) and a 500 never becomes a number', async () => {
    const r = reservation('eu-west-1');
    const seed = (): FakeSeed => ({ regions: { 'eu-west-1': { quotas: [lambdaQuota()], lambdaAccount: { concurrentExecutions: 1000, unreservedConcurrentExecutions: 400 } } } });
    const retried = await read({ ...seed(), faults: [{ operation: 'GetAccountSettings', kind: 'throttle', times: 1 }] }, [r], { maxAttempts: 3 });
    expect(retried.get(r)).toMatchObject({ quota: 1000, usage: 600 });
    expect(retried.calls.GetAccountSettings).toBe(2);
    await env!.restore();
    env = undefined;
    const failed = await read({ ...seed(), faults: [{ operation: 'GetAccountSettings', kind: 'internal' }] }, [r], { maxAttempts: 2 });
    expect(failed.get(r)).toMatchObject({ quota: 1000, usage: null });
    expect(failed.get(r).reason).toMatch(/lambda:GetAccountSettings failed in eu-west-1: ServiceException.*HTTP 500, 2 attempts/);
  });
});

describe('accounts', () => {
  // Only a default value: no applied quota ARN names the credentials' account.
  const seed = (extra: Partial<FakeSeed> = {}): FakeSeed => ({
    regions: {
      'eu-west-1': {
        quotas: [{ ...vcpuQuota('L-1216C47A', undefined, STANDARD_DIMS), default: 32 }],
        metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: [8] }],
      },
    },
    ...extra,
  });
  const none = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A' });
  const mine = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', account: '123456789012' });
  const theirs = req({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', account: '210987654321' });

  it('asks STS GetCallerIdentity once when only defaults were read and a requirement names an account', async () => {
    const { get, calls, fake } = await read(seed(), [none, mine, theirs]);
    expect(get(none)).toMatchObject({ quota: 32, usage: 8 });
    expect(get(mine)).toMatchObject({ quota: 32, usage: 8 });
    expect(get(theirs)).toMatchObject({ quota: null, usage: null });
    expect(get(theirs).reason).toMatch(/account 210987654321 but the credentials are for account 123456789012/);
    expect(calls).toEqual({ GetServiceQuota: 1, GetAWSDefaultServiceQuota: 1, GetCallerIdentity: 1, GetMetricData: 1 });
    expect(fake.calls.find((c) => c.operation === 'GetCallerIdentity')).toMatchObject({ service: 'sts', protocol: 'query', region: 'eu-west-1' });
  });

  it('refuses the other account when the credentials are for another one than assumed', async () => {
    const { get } = await read(seed({ account: '210987654321' }), [mine, theirs]);
    expect(get(theirs)).toMatchObject({ quota: 32, usage: 8 });
    expect(get(mine)).toMatchObject({ quota: null, usage: null });
    expect(get(mine).reason).toMatch(/account 123456789012 but the credentials are for account 210987654321/);
  });

  it('never assumes the account when GetCallerIdentity fails: requirements naming one get null with the reason', async () => {
    const { get, calls } = await read(seed({ faults: [{ operation: 'GetCallerIdentity', kind: 'internal' }] }), [none, mine, theirs], { maxAttempts: 2 });
    expect(get(none)).toMatchObject({ quota: 32, usage: 8 });
    for (const r of [mine, theirs]) {
      expect(get(r)).toMatchObject({ quota: null, usage: null });
      expect(get(r).reason).toContain(`requirement is for account ${r.account}`);
      expect(get(r).reason).toMatch(/sts:GetCallerIdentity failed in eu-west-1: InternalFailure.*HTTP 500, 2 attempts/);
    }
    expect(calls.GetCallerIdentity).toBe(2);
  });

  it('names sts:GetCallerIdentity when STS denies it', async () => {
    const { get } = await read(seed({ faults: [{ operation: 'GetCallerIdentity', kind: 'accessDenied' }] }), [theirs]);
    expect(get(theirs)).toMatchObject({ quota: null, usage: null });
    expect(get(theirs).reason).toMatch(/access denied: the credentials lack IAM permission sts:GetCallerIdentity in eu-west-1/);
  });

  it('makes no STS call for requirements without an account, nor when an applied quota ARN names the account', async () => {
    const defaults = await read(seed(), [none]);
    expect(defaults.calls).toEqual({ GetServiceQuota: 1, GetAWSDefaultServiceQuota: 1, GetMetricData: 1 });
    await env!.restore();
    env = undefined;
    const applied = await read({ regions: { 'eu-west-1': { quotas: [vcpuQuota('L-1216C47A', 64, STANDARD_DIMS)] } } }, [none, mine, theirs]);
    expect(applied.calls.GetCallerIdentity).toBeUndefined();
    expect(applied.get(theirs).reason).toMatch(/account 210987654321 but the credentials are for account 123456789012/);
  });
});
