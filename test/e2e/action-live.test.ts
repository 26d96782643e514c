// End to end against AWS: the bundled dist/index.js as a separate process, its SDK clients pointed at the local
// fake AWS (real wire protocols) through AWS_ENDPOINT_URL, for a passing, a shortfall and an unknown case.
import type { FakeAws, FakeSeed } from '../fake-aws/server.mjs';
import { increaseSeed, PLAN } from '../increase/fixtures.js';
import { readFileSync } from 'node:fs';
import { awsEnv, fakeGitHub, runAction, withFake } from './helpers.js';

/** eu-west-1 with `standardVcpus` applied and 50 vCPUs in use, plus room for everything else the plan adds. */
function seed(standardVcpus: number, faults: FakeSeed['faults'] = []): FakeSeed {
  const s = increaseSeed({ vcpus: standardVcpus, seed: { faults } });
  // 300 of the 1000 concurrent executions already reserved by other functions (Lambda GetAccountSettings).
  s.regions['eu-west-1'].lambdaAccount = { concurrentExecutions: 1000, unreservedConcurrentExecutions: 700 };
  return s;
}

const ops = (fake: FakeAws): string[] => fake.calls.map((c) => c.operation);

describe('dist/index.js live, against the fake AWS', () => {
  test('passing: quotas and usage read from the account, every requirement fits', async () => {
    await withFake(seed(256), async (fake) => {
      const run = await runAction({ plan: PLAN }, awsEnv(fake));
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ passed: 'true', 'shortfall-count': '0', 'unknown-count': '0', 'ok-count': '5' });
      expect(run.annotations).toEqual([]);
      expect(run.summary).toContain(':white_check_mark: quota-guard passed: 5 ok');
      const report = JSON.parse((await import('node:fs')).readFileSync(run.outputs['report-path'], 'utf8'));
      expect(report.mode).toBe('live');
      const byCode = Object.fromEntries(report.results.map((r: { quotaCode: string }) => [r.quotaCode, r]));
      expect(byCode['L-1216C47A']).toMatchObject({ quota: 256, usage: 50, required: 8, status: 'ok' });
      expect(byCode['L-0263D0A3']).toMatchObject({ quota: 5, usage: 1, required: 1 });
      expect(byCode['L-FE5A380F']).toMatchObject({ quota: 5, usage: 1, required: 1, scope: 'az:eu-west-1a' }); // default value: never applied
      expect(byCode['L-B99A9384']).toMatchObject({ quota: 1000, usage: 300, required: 200 }); // reserved, not running
      expect(ops(fake)).toContain('GetAccountSettings');
      expect(ops(fake).filter((o) => o === 'GetMetricData')).toHaveLength(1); // every metric of the region in one call
      expect(ops(fake)).toContain('DescribeInstanceTypes');
    });
  });

  test('shortfall: the step fails, the output names the quota, and the plan file is annotated', async () => {
    await withFake(seed(64), async (fake) => {
      const run = await runAction({ plan: PLAN }, awsEnv(fake));
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ passed: 'false', 'shortfall-count': '1' });
      expect(JSON.parse(run.outputs.shortfalls)).toEqual([
        expect.objectContaining({ quotaCode: 'L-1216C47A', quota: 64, usage: 50, required: 8, reason: 'needs 58 (usage 50 + 8) but the limit is 51.2 (quota 64 less 20 % buffer)' }),
      ]);
      expect(run.annotations.filter((a) => a.props.file)).toEqual([expect.objectContaining({ level: 'error', props: expect.objectContaining({ file: PLAN }) })]);
      expect(run.annotations.find((a) => a.props.file)?.message).toMatch(/L-1216C47A/);
      expect(run.summary).toContain('| Quota | Where | Needed vs. available | What to do |');
      expect(run.summary).toMatch(/\| :x: Running On-Demand Standard/);
    });
  });

  test('unknown: a denied usage read is never a pass; fail-on unknown stops the deploy', async () => {
    // vCPUs have only their metric; Auto Scaling groups fall back to DescribeAccountLimits when the metric is denied.
    const denied: FakeSeed['faults'] = [{ operation: 'GetMetricData', kind: 'accessDenied' }];
    await withFake(seed(256, denied), async (fake) => {
      const run = await runAction({ plan: PLAN, 'fail-on': 'unknown' }, awsEnv(fake));
      expect(run.code).toBe(1);
      expect(run.outputs.passed).toBe('false');
      const unknowns = JSON.parse(run.outputs.unknowns) as { quotaCode: string; usage: number | null; reason: string }[];
      expect(unknowns.map((u) => u.quotaCode).sort()).toEqual(['L-1216C47A']);
      for (const u of unknowns) {
        expect(u.usage).toBeNull();
        expect(u.reason).toMatch(/cloudwatch:GetMetricData/);
      }
      // The denial is one setup-error annotation, not a warning on each quota it left unread.
      expect(run.annotations.filter((a) => a.props.file === PLAN)).toHaveLength(0);
      expect(run.annotations.filter((a) => a.props.title === 'quota-guard setup error')).toHaveLength(1);
      expect(run.summary).toMatch(/\| :warning: Running On-Demand Standard/);
      expect(run.summary).toContain('**Setup error:** access denied: the credentials lack IAM permission cloudwatch:GetMetricData');
    });
    await withFake(seed(256, denied), async (fake) => {
      // A denied read is the setup's fault: it fails the step by default whatever fail-on says, said once ...
      const run = await runAction({ plan: PLAN }, awsEnv(fake));
      expect(run.code).toBe(1);
      expect(run.outputs['setup-error']).toBe("access denied: the credentials lack IAM permission cloudwatch:GetMetricData: grant it (the README's policy lists every action quota-guard calls)");
      // ... and on-read-error: warn reports it without gating.
      const warned = await runAction({ plan: PLAN, 'on-read-error': 'warn' }, awsEnv(fake));
      expect(warned.code).toBe(0);
      expect(warned.outputs['unknown-count']).toBe('1');
    });
  }, 30_000);

  test('a comment is updated in place to say all clear once the quota fits', async () => {
    const github = await fakeGitHub();
    const event = { pull_request: { number: 9 } };
    try {
      await withFake(seed(64), async (fake) => runAction({ plan: PLAN }, { ...awsEnv(fake), GITHUB_API_URL: github.url }, event));
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0].body).toMatch(/quota-guard failed: 1 shortfall/);
      await withFake(seed(256), async (fake) => runAction({ plan: PLAN }, { ...awsEnv(fake), GITHUB_API_URL: github.url }, event));
      expect(github.requests.map((r) => r.method).filter((m) => m !== 'GET')).toEqual(['POST', 'PATCH']);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0].body).toMatch(/^<!-- quota-guard -->\n### :white_check_mark: quota-guard passed: 5 ok/);
    } finally {
      await github.close();
    }
  });
});

/** The example plan's account: every quota it needs, and something in use for each (no usage metric but vCPUs'). */
function exampleSeed(): FakeSeed {
  const vcpuDims = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/OnDemand' };
  const q = (serviceCode: string, quotaCode: string, value: number, extra: object = {}) => ({ serviceCode, quotaCode, value, default: value, ...extra });
  return {
    account: '111122223333',
    instanceTypes: { 'm5.large': 2, 'm5.xlarge': 4, 't3.micro': 2, 'c5.2xlarge': 8, 'm5.2xlarge': 8 },
    regions: {
      'eu-west-1': {
        quotas: [
          q('ec2', 'L-1216C47A', 512, { usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: vcpuDims } }),
          q('autoscaling', 'L-CDE20ADC', 500),
          q('ec2', 'L-0263D0A3', 10),
          q('elasticloadbalancing', 'L-53DA6B97', 50),
          q('lambda', 'L-B99A9384', 1000),
          q('rds', 'L-7ADDB58A', 100000),
          q('rds', 'L-7B6409FD', 40),
          q('vpc', 'L-407747CB', 200),
          q('vpc', 'L-F678F1CE', 5),
          q('vpc', 'L-FE5A380F', 5),
        ],
        metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: vcpuDims, values: [40] }],
        addresses: [{ allocationId: 'eipalloc-1' }],
        vpcs: [{ id: 'vpc-0aaa', isDefault: true }],
        subnets: [{ id: 'subnet-0aaa', zone: 'eu-west-1a', vpcId: 'vpc-0aaa' }],
        natGateways: [{ id: 'nat-1', subnetId: 'subnet-0aaa' }],
        lambdaAccount: { concurrentExecutions: 1000, unreservedConcurrentExecutions: 900 },
        rds: { DBInstances: [3, 40], AllocatedStorage: [300, 100000] },
        autoScaling: { groups: 4 },
        loadBalancers: [{ arn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/old/1', type: 'application' }],
      },
      'us-east-1': {
        quotas: [q('iam', 'L-FE177D64', 1000, { global: true }), q('s3', 'L-DC2B2D3D', 10000, { global: true })],
        iam: { Roles: 41, RolesQuota: 1000 },
        buckets: 12,
      },
    },
  };
}

/** The IAM action a call of the fake needs (the fake records the signing name as the service). */
function actionOf(c: { service: string; operation: string }): string {
  if (c.service === 's3' && c.operation === 'ListBuckets') return 's3:ListAllMyBuckets';
  return `${c.service}:${c.operation}`;
}

describe('dist/index.js live on the example plan', () => {
  test('every row has a usage number, and the README policy allows every call made', async () => {
    await withFake(exampleSeed(), async (fake) => {
      const run = await runAction({ plan: 'test/fixtures/terraform/example-plan.json', 'fail-on': 'never' }, awsEnv(fake));
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as { results: { quotaCode: string; scope: string; usage: number | null; reason: string | null }[] };
      expect(report.results.length).toBeGreaterThanOrEqual(13);
      expect(report.results.filter((r) => r.usage === null).map((r) => `${r.quotaCode} ${r.scope}: ${r.reason}`)).toEqual([]);
      const byCode = Object.fromEntries(report.results.map((r) => [`${r.quotaCode} ${r.scope}`, r.usage]));
      expect(byCode).toMatchObject({
        'L-1216C47A region': 40,
        'L-CDE20ADC region': 4,
        'L-0263D0A3 region': 1,
        'L-53DA6B97 region': 1,
        'L-B99A9384 region': 100,
        'L-7ADDB58A region': 300,
        'L-7B6409FD region': 3,
        'L-407747CB vpc:aws_vpc.main': 0, // the VPC is created by the plan
        'L-F678F1CE region': 1,
        'L-FE177D64 region': 41,
        'L-DC2B2D3D region': 12,
      });
      const readme = readFileSync('README.md', 'utf8');
      const section = readme.slice(readme.indexOf('### Least-privilege IAM policy'), readme.indexOf('## Request quota increases'));
      const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!) as { Statement: { Action: string[] }[] };
      const allowed = new Set(policy.Statement.flatMap((x) => x.Action));
      const denied = [...new Set(fake.calls.map(actionOf))].filter((a) => !allowed.has(a.replace(/^monitoring:/, 'cloudwatch:')));
      expect(denied).toEqual([]);
    });
  });
});
