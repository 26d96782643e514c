// End to end: dist/index.js in `mode: scan`, as a scheduled workflow runs it, against the fake organization
// (Organizations, STS, Service Quotas, CloudWatch over their real protocols).
import { startFakeAws } from '../fake-aws/server.mjs';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { memberSeed, MANAGEMENT } from '../scan/helpers.js';
import { runAction } from './helpers.js';
import { readFileSync } from 'node:fs';
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
});
