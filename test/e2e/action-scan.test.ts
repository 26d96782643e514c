// End to end: dist/index.js in `mode: scan`, as a scheduled workflow runs it, against the fake organization
// (Organizations, STS, Service Quotas, CloudWatch over their real protocols).
import { startFakeAws } from '../fake-aws/server.mjs';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { memberSeed, MANAGEMENT } from '../scan/helpers.js';
import { runAction } from './helpers.js';

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
});
