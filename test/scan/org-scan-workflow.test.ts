// The reusable org-scan workflow: valid for @action-validator/cli, its quota-guard steps use only inputs action.yml
// declares and only workflow inputs that exist, the approve job files what the scan planned (in the approval
// environment, from the merge job's `requests`), and the README's nightly caller uses declared inputs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { IncreaseRecord } from '../../src/model.js';

const WORKFLOW = '.github/workflows/org-scan.yml';

interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string;
  outputs?: Record<string, string>;
  steps?: { id?: string; uses?: string; with?: Record<string, string> }[];
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { default?: unknown }>; outputs: Record<string, { value: string }>; secrets: Record<string, unknown> } };
  jobs: Record<string, Job>;
};
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
const guard = (job: string) => workflow.jobs[job].steps!.find((s) => /quota-guard@v1$/.test(s.uses ?? ''))!.with!;

describe('org-scan reusable workflow', () => {
  test('passes @action-validator/cli', () => {
    execFileSync('node_modules/.bin/action-validator', [WORKFLOW], { stdio: 'pipe' });
  });

  test('quota-guard steps: declared action inputs, declared workflow inputs', () => {
    for (const job of ['scan', 'merge', 'approve']) {
      for (const [name, value] of Object.entries(guard(job))) {
        expect([job, Object.keys(action.inputs).includes(name)]).toEqual([job, true]);
        for (const [, ref] of String(value).matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(workflow.on.workflow_call.inputs)).toContain(ref);
      }
    }
  });

  test('approve: after merge, only when something is planned, in the approval environment, filing the merge job\'s requests', () => {
    const approve = workflow.jobs.approve;
    expect(approve).toMatchObject({ needs: 'merge', environment: '${{ inputs.approval-environment }}' });
    expect(guard('approve')).toMatchObject({ mode: 'file-requests', 'approved-requests': '${{ needs.merge.outputs.requests }}' });
    expect(workflow.jobs.merge.outputs!.requests).toBe('${{ steps.merge.outputs.requests }}');
    // The condition matches the `requests` output as the action writes it (JSON.stringify), and only with a planned one.
    const needle = /contains\(needs\.merge\.outputs\.requests, '([^']+)'\)/.exec(approve.if!)![1];
    const record = { account: '222222222222', outcome: 'planned' } as IncreaseRecord;
    expect(JSON.stringify([record])).toContain(needle);
    expect(JSON.stringify([{ ...record, outcome: 'filed' }])).not.toContain(needle);
    // The scan shards file `auto` increases with the same caps the approve job uses.
    for (const name of ['support-case', 'max-increase-factor', 'max-increase', 'max-requests']) {
      expect(guard('scan')[name]).toBe(`\${{ inputs.${name} }}`);
      expect(guard('approve')[name]).toBe(`\${{ inputs.${name} }}`);
      expect([name, String(workflow.on.workflow_call.inputs[name].default)]).toEqual([name, action.inputs[name].default]);
    }
    expect(workflow.on.workflow_call.outputs['approved-requests'].value).toBe('${{ jobs.approve.outputs.requests }}');
  });

  test("the README's nightly caller uses only inputs the workflow declares, and shows the approval environment", () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Nightly scan in GitHub Actions'));
    const caller = parse(/```yaml\n([\s\S]*?)```/.exec(section)![1]) as { jobs: Record<string, { uses: string; with: Record<string, unknown>; secrets?: Record<string, unknown> }> };
    const [job] = Object.values(caller.jobs);
    expect(job.uses).toMatch(/\/\.github\/workflows\/org-scan\.yml@v1$/);
    for (const key of Object.keys(job.with)) expect(Object.keys(workflow.on.workflow_call.inputs)).toContain(key);
    for (const key of Object.keys(job.secrets ?? {})) expect(Object.keys(workflow.on.workflow_call.secrets)).toContain(key);
    expect(job.with['approval-environment']).toBe('quota-increase');
  });
});
