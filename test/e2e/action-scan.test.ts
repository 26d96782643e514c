// End to end: dist/index.js in `mode: scan`, as a scheduled workflow runs it, against the fake organization
// (Organizations, STS, Service Quotas, CloudWatch over their real protocols).
import { startFakeAws } from '../fake-aws/server.mjs';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { memberSeed, MANAGEMENT } from '../scan/helpers.js';
import { runAction, runnerNode } from './helpers.js';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ScanReport } from '../../src/scan/model.js';

describe('dist/index.js mode: scan', () => {
  test('an organization of two accounts: a quota at 95 % is CRITICAL, a denied role is an error, the step fails', async () => {
    const seed: ScanFakeSeed = {
      account: MANAGEMENT,
      regions: {},
      organization: { accounts: [{ id: '222222222222', name: 'prod' }, { id: '333333333333', name: 'dev' }] },
      members: {
        '222222222222': memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [95, 90, 88], vpcs: 5 } }),
        '333333333333': memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [10] } }, { denyAssume: true }),
      },
    };
    const fake = await startFakeAws(seed);
    try {
      const run = await runAction(
        { mode: 'scan', policy: 'test/fixtures/scan/policy.yml', regions: 'eu-west-1', forecast: 'false' },
        {
          AWS_ENDPOINT_URL: fake.url,
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_REGION: 'us-east-1',
        },
      );
      expect(run.code).toBe(1); // fail-on shortfall reads as critical in scan mode
      expect(run.outputs).toMatchObject({ passed: 'false', 'critical-count': '1', 'error-count': '1', accounts: '2' });
      const findings = JSON.parse(run.outputs.findings) as { level: string; account: string; quotaCode?: string }[];
      expect(findings).toContainEqual(expect.objectContaining({ level: 'critical', account: '222222222222', quotaCode: 'L-1216C47A' }));
      expect(findings).toContainEqual(expect.objectContaining({ level: 'error', account: '333333333333' }));
      expect(run.summary).toMatch(/222222222222/);
      expect(run.summary).toMatch(/333333333333/);
      // The bundle re-enters itself as the scan's worker threads (one per core).
      if (availableParallelism() > 1) expect(run.stdout).toContain(`quota-guard: reading account-regions on ${Math.min(8, availableParallelism())} worker threads`);
    } finally {
      await fake.close();
    }
  });

  test('an `auto` rule: the quota at 95 % gets one increase request, in the summary, the outputs and the JSON report', async () => {
    const seed: ScanFakeSeed = {
      account: MANAGEMENT,
      regions: {},
      organization: { accounts: [{ id: '222222222222', name: 'prod' }, { id: '333333333333', name: 'dev' }] },
      members: {
        '222222222222': memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [95, 90, 88], vpcs: 5 } }),
        '333333333333': memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [10] } }),
      },
    };
    const fake = await startFakeAws(seed);
    try {
      const run = await runAction(
        { mode: 'scan', policy: 'test/fixtures/scan/policy-auto.yml', regions: 'eu-west-1', forecast: 'false', 'fail-on': 'never', 'max-requests': '5', 'max-increase-factor': '10', 'support-case': 'allow' },
        {
          AWS_ENDPOINT_URL: fake.url,
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_REGION: 'us-east-1',
          GITHUB_REPOSITORY: 'acme/platform',
          GITHUB_RUN_ID: '99',
        },
      );
      expect(run.code).toBe(0);
      // 95 in use ÷ 0.6 = 158.3 → 160, filed once, in the member account.
      const filed = seed.members!['222222222222'].requests!;
      expect(filed).toEqual([expect.objectContaining({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', desiredValue: 160, status: 'PENDING' })]);
      expect(seed.members!['333333333333'].requests ?? []).toEqual([]);
      const requests = JSON.parse(run.outputs.requests) as { account: string; outcome: string; requestId: string; desiredValue: number; trigger: string }[];
      expect(requests).toEqual([expect.objectContaining({ account: '222222222222', outcome: 'filed', requestId: filed[0].id, desiredValue: 160, trigger: 'utilisation' })]);
      const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as ScanReport;
      expect(report.automation).toEqual([expect.objectContaining({ account: '222222222222', desiredValue: 160, level: 'auto', trigger: 'utilisation' })]);
      expect(report.requests).toEqual(requests);
      expect(run.summary).toContain('#### Increase requests (automation rules)');
      expect(run.summary).toContain(`222222222222 eu-west-1 ec2/L-1216C47A: 100 → 160 (auto, utilisation: 95 % used (trigger 90 %); asks for 160 to bring it to 60 % utilisation) — **filed: request ${filed[0].id} PENDING**`);
      expect(run.summary).toContain('Increase requests: 1 filed.');
    } finally {
      await fake.close();
    }
  });

  test('dist/cli/index.js scan reads on worker threads too', async () => {
    const seed: ScanFakeSeed = {
      account: MANAGEMENT,
      regions: {},
      organization: { accounts: ['222222222222', '333333333333', '444444444444'].map((id) => ({ id, name: `app-${id.slice(0, 1)}` })) },
      members: Object.fromEntries(['222222222222', '333333333333', '444444444444'].map((id, i) => [id, memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [i === 0 ? 95 : 20] }, 'us-east-1': { vcpu: 100, vcpuUsage: [10] } })])),
    };
    const fake = await startFakeAws(seed);
    try {
      const env = { PATH: process.env.PATH ?? '', AWS_ENDPOINT_URL: fake.url, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' };
      const args = ['dist/cli/index.js', 'scan', '--policy', 'test/fixtures/scan/policy.yml', '--regions', 'eu-west-1,us-east-1', '--no-forecast', '--format', 'json'];
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(runnerNode(), args, { env }, (e, stdout, stderr) => resolve({ code: e ? Number((e as { code?: number }).code) : 0, stdout, stderr })),
      );
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as ScanReport;
      expect(report.totals).toMatchObject({ accounts: 3, accountRegions: 6, errors: 0 });
      expect(report.findings).toContainEqual(expect.objectContaining({ level: 'critical', account: '222222222222', region: 'eu-west-1', quotaCode: 'L-1216C47A' }));
      if (availableParallelism() > 1) expect(run.stderr).toContain('worker threads');
    } finally {
      await fake.close();
    }
  });
});
