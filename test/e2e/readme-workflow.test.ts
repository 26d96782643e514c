// The README's quick-start workflow, taken as a user would copy it: its quota-guard step's `with:` inputs run
// against the bundled action and the fake AWS, and the step behaves as the README says (gate + outputs).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { startFakeAws } from '../fake-aws/server.mjs';
import { runAction } from './helpers.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string | string[]; steps?: Step[] }>;
}

function quickStart(): Workflow {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!yaml) throw new Error('README has no yaml block under "## Quick start"');
  return parse(yaml) as Workflow;
}

describe('README quick-start workflow', () => {
  const workflow = quickStart();
  const jobs = Object.entries(workflow.jobs);
  const [gateJob, gate] = jobs.find(([, job]) => job.steps?.some((s) => s.uses?.includes('quota-guard@'))) ?? [];
  const step = gate?.steps?.find((s) => s.uses?.includes('quota-guard@'));

  test('asks for the permissions the action needs and gates a deploy job', () => {
    expect(workflow.permissions).toMatchObject({ 'id-token': 'write', 'pull-requests': 'write', contents: 'read' });
    expect(step?.with?.plan).toBe('plan.json');
    const deploy = jobs.find(([, job]) => [job.needs].flat().includes(gateJob));
    expect(deploy).toBeDefined();
    // The plan step writes what the quota-guard step reads.
    expect(gate?.steps?.some((s) => s.run?.includes('terraform show -json tfplan > plan.json'))).toBe(true);
  });

  test('its step, run as written on a plan with a shortfall, fails the job and sets the outputs', async () => {
    const fake = await startFakeAws({
      regions: {
        'eu-west-1': {
          quotas: [{ serviceCode: 'ec2', quotaCode: 'L-1216C47A', value: 16, default: 5, usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Class: 'Standard/OnDemand', Resource: 'vCPU', Service: 'EC2', Type: 'Resource' } } }],
          metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Class: 'Standard/OnDemand', Resource: 'vCPU', Service: 'EC2', Type: 'Resource' }, values: [10] }],
        },
      },
      instanceTypes: { 'm5.large': 2 },
    });
    try {
      // The workflow's plan.json stands for the fixture; every other input is the README's.
      const inputs = { ...step!.with, plan: 'test/fixtures/terraform/live-small.json' };
      const run = await runAction(inputs, {
        AWS_ENDPOINT_URL: fake.url,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_REGION: 'eu-west-1',
      });
      // 10 vCPUs in use + 8 for the group > 16 × 0.8: the step fails, so `deploy` (needs: plan) would not run.
      expect(run.code).toBe(1);
      expect(run.outputs.passed).toBe('false');
      expect(JSON.parse(run.outputs.shortfalls)[0]).toMatchObject({ quotaCode: 'L-1216C47A', usage: 10, required: 8, quota: 16 });
    } finally {
      await fake.close();
    }
  });
});
