// The org-wide scan against the local fake AWS, through the real SDK clients over HTTP: Organizations (JSON 1.1),
// STS AssumeRole (awsQuery XML), EC2 DescribeRegions (ec2 query), Service Quotas (JSON 1.1), CloudWatch (JSON 1.0).
import { jest } from '@jest/globals';
import { mergeScanReports } from '../../src/scan/report.js';
import { shardOf } from '../../src/scan/targets.js';
import type { Finding, ScanReport } from '../../src/scan/model.js';
import { MANAGEMENT, NOW, closeFake, memberSeed, policyYaml, scan } from './helpers.js';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';

jest.setTimeout(60_000);
afterEach(closeFake);

const A = '222222222222';
const B = '333333333333';
const C = '444444444444';
const D = '555555555555';

const by = (report: ScanReport, pred: (f: Finding) => boolean): Finding[] => report.findings.filter(pred);

describe('accounts, roles and regions', () => {
  const seed = (): ScanFakeSeed => ({
    regions: {},
    organization: {
      accounts: [
        { id: A, name: 'payments-prod' },
        { id: B, name: 'payments-dev' },
        { id: C, name: 'closed-one', state: 'SUSPENDED' },
        { id: D, name: 'legacy' },
      ],
    },
    members: {
      [A]: memberSeed({ 'us-east-1': { vcpu: 100, vcpuUsage: [95], lambda: 1000, lambdaUsage: [10], vpcs: 5 }, 'eu-west-1': { vcpu: 50, vcpuUsage: [10], lambda: 1000, vpcs: 5 } }),
      [B]: memberSeed({ 'us-east-1': { vcpu: null, vcpuUsage: [4], lambda: 1000, vpcs: 5 } }),
      [C]: memberSeed({ 'us-east-1': { vcpu: 1 } }),
      // The role is missing (or does not trust the scanner) in this account.
      [D]: memberSeed({ 'us-east-1': { vcpu: 1 } }, { denyAssume: true }),
    },
  });

  it('scans every ACTIVE account in each of its enabled regions, one AssumeRole per account', async () => {
    const { report, calls, wire } = await scan(seed(), policyYaml());
    expect(report.targets.map((t) => [t.account, t.regions])).toEqual([
      [A, ['eu-west-1', 'us-east-1']],
      [B, ['us-east-1']],
      [D, []],
    ]);
    expect(report.totals).toMatchObject({ accounts: 3, accountsFailed: 1, regions: 2, accountRegions: 3, quotasChecked: 9 });
    // One ListAccounts page; AssumeRole once per ACTIVE account (D is denied), credentials reused by all regions.
    expect(calls).toMatchObject({ ListAccounts: 1, AssumeRole: 3, DescribeRegions: 2, GetMetricData: 3 });
    // Three services per account-region, one page each; B's vCPU quota has only a default: one default walk.
    expect(calls.ListServiceQuotas).toBe(9);
    expect(calls.ListAWSDefaultServiceQuotas).toBe(1);
    // Member reads are signed with the member's assumed credentials, in the member's regions.
    const reads = wire.filter((c) => c.service === 'servicequotas' || c.service === 'cloudwatch');
    expect(new Set(reads.map((c) => c.account))).toEqual(new Set([A, B]));
    expect(reads.filter((c) => c.account === A).map((c) => c.region).sort()).toEqual([...Array(4).fill('eu-west-1'), ...Array(4).fill('us-east-1')]);
    // Organizations and STS are called with the scanner's own (management) credentials.
    expect(wire.filter((c) => c.service === 'organizations' || c.service === 'sts').every((c) => c.account === undefined)).toBe(true);
    const assumed = wire.filter((c) => c.operation === 'AssumeRole').map((c) => c.body as { RoleArn: string });
    expect(assumed.map((b) => b.RoleArn).sort()).toEqual([A, B, D].map((id) => `arn:aws:iam::${id}:role/QuotaGuardReadOnly`));
    expect(wire.find((c) => c.operation === 'AssumeRole')).toMatchObject({ protocol: 'query', body: { RoleSessionName: 'quota-guard-scan', DurationSeconds: '3600' } });
    expect(wire.find((c) => c.operation === 'DescribeRegions')!.body).toMatchObject({ AllRegions: 'true' });

    expect(by(report, (f) => f.kind === 'utilisation').map((f) => [f.account, f.region, f.quotaCode, f.level, f.percent])).toEqual([
      [A, 'us-east-1', 'L-1216C47A', 'critical', 95],
      [B, 'us-east-1', 'L-1216C47A', 'warning', 80],
    ]);
    const b = report.observations.find((o) => o.account === B)!.quotas.find((q) => q.quotaCode === 'L-1216C47A')!;
    expect(b).toMatchObject({ value: 5, source: 'default', usage: 4 });
  });

  it('names an account whose role cannot be assumed, and scans the others', async () => {
    const { report } = await scan(seed(), policyYaml());
    const [denied] = by(report, (f) => f.kind === 'error' && f.account === D);
    expect(denied).toMatchObject({ level: 'error', region: '*', key: `${D}|*|error:assume-role` });
    expect(denied.message).toContain(`cannot assume arn:aws:iam::${D}:role/QuotaGuardReadOnly`);
    expect(denied.message).toContain('sts:AssumeRole');
    expect(denied.message).toContain('AccessDenied');
    // Default fail-on (critical) fails on A's 95 %, not on the error; critical,error would fail on both.
    expect(report.passed).toBe(false);
  });

  it('passes the external id and a custom role name', async () => {
    const s = seed();
    s.members![A] = { ...s.members![A], roleName: 'audit/QuotaReader', externalId: 'ext-123' };
    const { report, wire } = await scan(s, policyYaml(), { overrides: { include: [A], roleName: 'audit/QuotaReader' }, externalId: 'ext-123' });
    expect(report.errors).toEqual([]);
    expect(wire.find((c) => c.operation === 'AssumeRole')!.body).toMatchObject({ RoleArn: `arn:aws:iam::${A}:role/audit/QuotaReader`, ExternalId: 'ext-123' });
  });

  it('reports a listed region that the account has not enabled, and does not read it', async () => {
    const s = seed();
    s.members![A] = { ...s.members![A], disabledRegions: ['ap-east-1'] };
    const { report, wire } = await scan(s, policyYaml('scan:\n  regions: [us-east-1, ap-east-1]\n  include: ["222222222222"]\n'));
    expect(report.targets[0].regions).toEqual(['us-east-1']);
    expect(report.errors).toEqual([{ kind: 'region-disabled', account: A, region: 'ap-east-1', message: 'ap-east-1 is not enabled in this account (an opt-in region it has not opted in to); not scanned' }]);
    expect(wire.some((c) => c.region === 'ap-east-1')).toBe(false);
  });

  it('lists only the accounts under an OU (nested OUs too), following empty pages that carry a NextToken', async () => {
    const s = seed();
    s.organization = {
      emptyPages: true,
      pageSize: 1,
      ous: [
        { id: 'ou-ab12-11111111', name: 'workloads' },
        { id: 'ou-ab12-22222222', name: 'prod', parent: 'ou-ab12-11111111' },
      ],
      accounts: [
        { id: A, name: 'payments-prod', parent: 'ou-ab12-22222222' },
        { id: B, name: 'payments-dev', parent: 'ou-ab12-11111111' },
        { id: D, name: 'legacy' },
      ],
    };
    const { report, calls } = await scan(s, policyYaml('scan:\n  organizational-units: [ou-ab12-11111111]\n'));
    expect(report.targets.map((t) => t.account)).toEqual([A, B]);
    expect(calls.ListAccounts).toBeUndefined();
    expect(calls.ListAccountsForParent).toBeGreaterThanOrEqual(4);
  });

  it('stops with a clear reason when the organization cannot be listed', async () => {
    const s = seed();
    s.faults = [{ operation: 'ListAccounts', kind: 'accessDenied' }];
    await expect(scan(s, policyYaml())).rejects.toThrow(/cannot list the accounts to scan: access denied: the credentials lack IAM permission organizations:ListAccounts/);
  });

  it('scans an explicit list of accounts without calling Organizations', async () => {
    const { report, calls } = await scan(seed(), policyYaml(`scan:\n  accounts: ["${A}", "${B}"]\n  regions: [us-east-1]\n`));
    expect(report.targets.map((t) => t.account)).toEqual([A, B]);
    expect(calls.ListAccounts).toBeUndefined();
    expect(report.totals.accountRegions).toBe(2);
  });
});

describe('reads that fail', () => {
  it('names the denied IAM action, keeps the quota values, and retries throttling until it passes', async () => {
    const s: ScanFakeSeed = {
      regions: {},
      organization: { accounts: [{ id: A }, { id: B }] },
      members: {
        [A]: memberSeed({ 'us-east-1': { vcpu: 100, vcpuUsage: [10], lambda: 1000, vpcs: 5 } }, { faults: [{ operation: 'GetMetricData', kind: 'accessDenied' }] }),
        [B]: memberSeed(
          { 'us-east-1': { vcpu: 100, vcpuUsage: [10], lambda: 1000, vpcs: 5 } },
          {
            faults: [
              { operation: 'ListServiceQuotas', kind: 'throttle', times: 2, match: { ServiceCode: 'ec2' } },
              { operation: 'ListServiceQuotas', kind: 'internal', match: { ServiceCode: 'vpc' } },
            ],
          },
        ),
      },
    };
    const { report } = await scan(s, policyYaml());
    expect(report.errors.map((e) => [e.account, e.kind, e.serviceCode ?? '-'])).toEqual([
      [A, 'denied', '-'],
      [B, 'read', 'vpc'],
    ]);
    expect(report.errors[0].message).toMatch(/^access denied: the credentials lack IAM permission cloudwatch:GetMetricData in us-east-1 \(AccessDenied(Exception)?\); usage of 2 metric\(s\) unknown$/);
    expect(report.errors[1].message).toMatch(/^servicequotas:ListServiceQuotas failed in us-east-1: ServiceException.*HTTP 500, 3 attempts/);
    const a = report.observations.find((o) => o.account === A)!.quotas.find((q) => q.quotaCode === 'L-1216C47A')!;
    expect(a).toMatchObject({ value: 100, usage: null });
    // B's EC2 walk was throttled twice and then answered: no error reaches the report.
    expect(report.observations.find((o) => o.account === B)!.quotas.find((q) => q.quotaCode === 'L-1216C47A')).toMatchObject({ value: 100, usage: 10 });
    expect(by(report, (f) => f.kind === 'error')).toHaveLength(2);
  });
});

describe('forecast', () => {
  it('finds the day a rising quota runs out from 30 days of daily peaks, ignoring a one-day spike', async () => {
    // Newest first: +10 vCPUs a day, from 200 to 490, with a 900 spike 12 days ago.
    const history = Array.from({ length: 30 }, (_, d) => (d === 12 ? 900 : 490 - 10 * d));
    const s: ScanFakeSeed = { regions: {}, organization: { accounts: [{ id: A }] }, members: { [A]: memberSeed({ 'eu-west-1': { vcpu: 1000, vcpuUsage: history } }) } };
    const { report, wire } = await scan(s, 'version: 1\nquotas: [ec2/L-1216C47A]\n');
    const gmd = wire.find((c) => c.operation === 'GetMetricData')!.body as { StartTime: number; EndTime: number; MetricDataQueries: { MetricStat: { Period: number; Stat: string } }[] };
    expect(gmd.EndTime - gmd.StartTime).toBe(30 * 86_400);
    expect(gmd.MetricDataQueries[0].MetricStat).toMatchObject({ Period: 86_400, Stat: 'Maximum' });
    const q = report.observations[0].quotas[0];
    expect(q.usage).toBe(490);
    expect(q.trend).toMatchObject({ slopePerDay: 10, points: 30 });
    const [f] = by(report, (x) => x.kind === 'forecast');
    // (1000 − 490) / 10 = 51 days: outside the default 30-day window, so no finding …
    expect(f).toBeUndefined();
    // … but inside a 60-day one, with the date.
    const again = await scan({}, 'version: 1\nquotas: [ec2/L-1216C47A]\nforecast: { within-days: 60 }\n');
    const [g] = by(again.report, (x) => x.kind === 'forecast');
    expect(g).toMatchObject({ level: 'forecast', account: A, region: 'eu-west-1', exhaustion: { slopePerDay: 10 } });
    expect(g.exhaustion!.days).toBe(51);
    expect(g.exhaustion!.date).toBe(new Date(NOW.getTime() + g.exhaustion!.days * 86_400_000).toISOString().slice(0, 10));
    expect(g.message).toMatch(/will run out in about 51 days \(~2026-04-2\d\)/);
  });

  it('reads only the last 24 hours when forecasting is off', async () => {
    const s: ScanFakeSeed = { regions: {}, organization: { accounts: [{ id: A }] }, members: { [A]: memberSeed({ 'eu-west-1': { vcpu: 1000, vcpuUsage: [700, 10, 10] } }) } };
    const { report, wire } = await scan(s, 'version: 1\nquotas: [ec2/L-1216C47A]\nforecast: false\n');
    const gmd = wire.find((c) => c.operation === 'GetMetricData')!.body as { StartTime: number; EndTime: number };
    expect(gmd.EndTime - gmd.StartTime).toBe(86_400);
    expect(report.observations[0].quotas[0]).toMatchObject({ usage: 700 });
    expect(report.observations[0].quotas[0].trend).toBeUndefined();
    expect(by(report, (f) => f.kind === 'utilisation')[0]).toMatchObject({ level: 'info', percent: 70 });
  });
});

describe('environments, baselines and drift', () => {
  it('maps accounts by tag and name pattern, reports gaps at the environment severity and drift within it', async () => {
    const s: ScanFakeSeed = {
      regions: {},
      organization: {
        accounts: [
          { id: A, name: 'shop-prod', tags: { Environment: 'Production' } },
          { id: B, name: 'search-prod', tags: { Environment: 'production' } },
          { id: C, name: 'billing-prod' },
          { id: D, name: 'sandbox-7' },
        ],
      },
      members: {
        [A]: memberSeed({ 'us-east-1': { vcpu: 2000, lambda: 3000 } }),
        [B]: memberSeed({ 'us-east-1': { vcpu: 2000, lambda: 1000 } }),
        [C]: memberSeed({ 'us-east-1': { vcpu: 512, lambda: 3000 } }),
        [D]: memberSeed({ 'us-east-1': { vcpu: 5, lambda: 1000 } }),
      },
    };
    const yaml = policyYaml(`environments:
  production:
    match: { tags: { Environment: production }, names: ["*-prod"] }
    baselines: { ec2/L-1216C47A: 1024, L-B99A9384: { default: 2000 } }
  development:
    match: { names: ["sandbox-*"] }
    baselines: { ec2/L-1216C47A: 64 }
`);
    const { report, calls } = await scan(s, yaml);
    expect(calls.ListTagsForResource).toBe(4);
    expect(report.targets.map((t) => [t.account, t.environment ?? '-'])).toEqual([
      [A, 'production'],
      [B, 'production'],
      [C, 'production'],
      [D, 'development'],
    ]);
    expect(by(report, (f) => f.kind === 'baseline').map((f) => [f.account, f.quotaCode, f.level, f.value, f.expected])).toEqual([
      [B, 'L-B99A9384', 'critical', 1000, 2000],
      [C, 'L-1216C47A', 'critical', 512, 1024],
      [D, 'L-1216C47A', 'warning', 5, 64],
    ]);
    expect(by(report, (f) => f.kind === 'drift').map((f) => [f.account, f.quotaCode, f.level, f.value, f.expected])).toEqual([
      [B, 'L-B99A9384', 'warning', 1000, 3000],
      [C, 'L-1216C47A', 'warning', 512, 2000],
    ]);
    expect(by(report, (f) => f.kind === 'drift' && f.account === C)[0].message).toBe('quota 512 differs from 2000, the value of 2 of 3 production accounts in this region');
  });
});

describe('DR parity', () => {
  it('checks the secondary quota against primary usage × the standby multiplier, and lists prewarm requests', async () => {
    const s: ScanFakeSeed = {
      regions: {},
      organization: { accounts: [{ id: A, name: 'shop-prod' }, { id: B, name: 'shop-dev' }] },
      members: {
        [A]: memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [1000], lambda: 3000, lambdaUsage: [800] }, 'us-west-2': { vcpu: 400, lambda: 1000 } }),
        [B]: memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [1000] } }),
      },
    };
    const yaml = policyYaml(`environments:
  production: { match: { names: ["*-prod"] } }
  development: { match: { names: ["*-dev"] } }
dr:
  - { primary: us-east-1, secondary: us-west-2, standby: warm, prewarm: true, environments: [production] }
  - { primary: us-east-1, secondary: us-west-2, standby: failover, quotas: [lambda/L-B99A9384], environments: [production] }
  - { primary: us-east-1, secondary: eu-west-1, standby: cold, environments: [development] }
`);
    const { report } = await scan(s, yaml);
    const dr = by(report, (f) => f.kind === 'dr-parity').map((f) => [f.account, f.region, f.quotaCode ?? '-', f.level, f.value ?? '-', f.expected ?? '-']);
    expect(dr).toEqual([
      // B is not enabled in eu-west-1, so its cold standby cannot be checked: said, not skipped.
      [B, 'eu-west-1', '-', 'error', '-', '-'],
      // failover: 1.1 × 800 = 880 ≤ 1000 lambda OK; warm: 0.5 × 1000 = 500 > 400 vCPUs.
      [A, 'us-west-2', 'L-1216C47A', 'warning', 400, 500],
    ]);
    expect(report.prewarm).toEqual([
      {
        account: A,
        region: 'us-west-2',
        serviceCode: 'ec2',
        quotaCode: 'L-1216C47A',
        quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
        currentValue: 400,
        desiredValue: 500,
        reason: 'DR us-east-1 → us-west-2 (warm, 0.5 × primary usage): 1000 in use in us-east-1',
      },
    ]);
  });
});

describe('sharding and merge', () => {
  it('splits the accounts into stable shards whose merged report equals one unsharded scan', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => String(600000000000 + i));
    const s: ScanFakeSeed = {
      regions: {},
      organization: { accounts: ids.map((id, i) => ({ id, name: `team-${i}-prod` })) },
      members: Object.fromEntries(ids.map((id, i) => [id, memberSeed({ 'us-east-1': { vcpu: i % 3 === 0 ? 512 : 2000, vcpuUsage: [i * 150] }, 'us-west-2': { vcpu: 2000 } })])),
    };
    const yaml = policyYaml(`environments:
  production: { match: { names: ["*-prod"] }, baselines: { ec2/L-1216C47A: 1000 } }
dr:
  - { primary: us-east-1, secondary: us-west-2, standby: hot }
`);
    const whole = (await scan(s, yaml)).report;
    const shards: ScanReport[] = [];
    for (let k = 1; k <= 3; k++) shards.push((await scan({}, yaml, { shard: { index: k, count: 3 } })).report);
    // Every account is in exactly one shard, the one its id hashes to.
    expect(shards.flatMap((r) => r.targets.map((t) => t.account)).sort()).toEqual(ids);
    for (const [i, r] of shards.entries()) for (const t of r.targets) expect(shardOf(t.account, 3)).toBe(i + 1);
    // Drift needs accounts of several shards: a single shard sees only its own.
    const merged = mergeScanReports(shards.map((report, i) => ({ file: `shard-${i + 1}.json`, report })));
    const strip = (r: ScanReport) => ({ ...r, generatedAt: '', shards: [], calls: undefined });
    expect(strip(merged)).toEqual(strip(whole));
    expect(merged.shards.map((x) => `${x.index}/${x.count}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(by(merged, (f) => f.kind === 'drift').length).toBeGreaterThan(0);

    // A missing shard is an error finding, not a silent gap.
    const partial = mergeScanReports([{ file: 'a.json', report: shards[0] }, { file: 'c.json', report: shards[2] }]);
    expect(by(partial, (f) => f.kind === 'error').map((f) => f.message)).toEqual(['the report of shard 2/3 is missing: the accounts of that shard were not scanned (did its job fail?)']);
    expect(() => mergeScanReports([{ file: 'a.json', report: shards[0] }, { file: 'b.json', report: shards[0] }])).toThrow(/shard 1\/3 is also in a.json/);
  });
});

describe('global quotas', () => {
  it('reads them once per account through us-east-1 and reports them as region global', async () => {
    const s: ScanFakeSeed = {
      regions: {},
      organization: { accounts: [{ id: A }] },
      members: {
        [A]: {
          regions: {
            'us-east-1': { quotas: [{ serviceCode: 'iam', quotaCode: 'L-FE177D64', value: 1000, default: 1000, global: true, usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'IAM', Type: 'Resource', Resource: 'Roles', Class: 'None' } } }], metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'IAM', Type: 'Resource', Resource: 'Roles', Class: 'None' }, values: [950] }] },
            'eu-west-1': { quotas: [] },
          },
        },
      },
    };
    const { report, calls, wire } = await scan(s, 'version: 1\nquotas: [iam/L-FE177D64]\n');
    expect(report.observations.map((o) => o.region)).toEqual(['global']);
    expect(calls.ListServiceQuotas).toBe(1);
    expect(wire.filter((c) => c.service === 'servicequotas').every((c) => c.region === 'us-east-1')).toBe(true);
    expect(by(report, (f) => f.kind === 'utilisation')[0]).toMatchObject({ region: 'global', level: 'critical', key: `${A}|global|iam/L-FE177D64` });
    expect(MANAGEMENT).toBe('111111111111');
  });
});
