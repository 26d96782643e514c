// End to end against AWS: the bundled dist/index.js as a separate process, its SDK clients pointed at the local
// fake AWS (real wire protocols) through AWS_ENDPOINT_URL, for a passing, a shortfall and an unknown case.
import type { FakeAws, FakeSeed } from '../fake-aws/server.mjs';
import { increaseSeed, PLAN } from '../increase/fixtures.js';
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
    const denied: FakeSeed['faults'] = [{ operation: 'GetMetricData', kind: 'accessDenied' }];
    await withFake(seed(256, denied), async (fake) => {
      const run = await runAction({ plan: PLAN, 'fail-on': 'unknown' }, awsEnv(fake));
      expect(run.code).toBe(1);
      expect(run.outputs.passed).toBe('false');
      const unknowns = JSON.parse(run.outputs.unknowns) as { quotaCode: string; usage: number | null; reason: string }[];
      expect(unknowns.map((u) => u.quotaCode).sort()).toEqual(['L-1216C47A', 'L-CDE20ADC']); // Lambda's usage is not a metric
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
      expect(warned.outputs['unknown-count']).toBe('2');
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
