// The reusable quota-gate workflow and its caller example: valid for @action-validator/cli, consistent with each
// other and with action.yml, and the README shows exactly the example the suite checks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const WORKFLOW = '.github/workflows/quota-gate.yml';
const EXAMPLE = 'examples/workflows/deploy-with-quota-gate.yml';

const yaml = (file: string) => parse(readFileSync(file, 'utf8'));
const workflow = yaml(WORKFLOW) as {
  on: { workflow_call: { inputs: Record<string, { required?: boolean; type: string; default?: string }>; outputs: Record<string, { value: string }> } };
  jobs: Record<string, { needs?: string | string[]; if?: string; environment?: string; steps: { uses?: string; with?: Record<string, string> }[] }>;
};
const example = yaml(EXAMPLE) as { jobs: Record<string, { uses?: string; needs?: string | string[]; if?: string; with?: Record<string, string> }> };
const action = yaml('action.yml') as { inputs: Record<string, unknown> };

describe('quota-gate reusable workflow', () => {
  test.each([WORKFLOW, EXAMPLE])('%s passes @action-validator/cli', (file) => {
    // Throws (with the validator's errors) on a non-zero exit.
    execFileSync('node_modules/.bin/action-validator', [file], { stdio: 'pipe' });
  });

  test('the README contains the caller example verbatim', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`\`\`\`yaml\n${readFileSync(EXAMPLE, 'utf8')}\`\`\``);
  });

  test('jobs: check → request (on a shortfall, in the approval environment) → wait, whose outputs the caller reads', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['check', 'request', 'wait']);
    expect(workflow.jobs.request).toMatchObject({ needs: 'check', if: "needs.check.outputs.shortfall-count != '0'", environment: '${{ inputs.approval-environment }}' });
    expect(workflow.jobs.wait.needs).toEqual(['check', 'request']);
    const guard = (job: string) => workflow.jobs[job].steps.find((s) => /quota-guard@v1$/.test(s.uses ?? ''))!.with!;
    expect(guard('check')).toMatchObject({ 'request-increases': 'plan', 'fail-on': 'never' });
    expect(guard('request')).toMatchObject({ 'request-increases': 'true', 'wait-minutes': '0', 'fail-on': 'never' });
    expect(guard('wait')).toMatchObject({ 'request-increases': 'wait', 'track-requests': '${{ needs.request.outputs.requests }}', 'fail-on': '${{ inputs.fail-on }}' });
    for (const job of Object.keys(workflow.jobs)) {
      // Only inputs the action declares, and only workflow inputs that exist.
      for (const [name, value] of Object.entries(guard(job))) {
        expect(Object.keys(action.inputs)).toContain(name);
        for (const [, ref] of String(value).matchAll(/inputs\.([\w-]+)/g)) expect(Object.keys(workflow.on.workflow_call.inputs)).toContain(ref);
      }
      // The published action: `./` would be the caller's checkout in a reusable workflow.
      expect(workflow.jobs[job].steps.some((s) => s.uses === './')).toBe(false);
    }
    expect(Object.fromEntries(Object.entries(workflow.on.workflow_call.outputs).map(([k, v]) => [k, v.value]))).toEqual({
      passed: '${{ jobs.wait.outputs.passed }}',
      approved: '${{ jobs.wait.outputs.approved }}',
      requests: '${{ jobs.wait.outputs.requests }}',
      'shortfall-count': '${{ jobs.check.outputs.shortfall-count }}',
    });
  });

  test('the request defaults of the workflow are the action defaults', () => {
    const actionInputs = action.inputs as Record<string, { default?: string }>;
    for (const name of ['support-case', 'support-severity', 'max-increase-factor', 'max-increase', 'max-requests', 'wait-minutes', 'poll-seconds', 'fail-on', 'buffer']) {
      expect([name, workflow.on.workflow_call.inputs[name].default]).toEqual([name, actionInputs[name].default]);
    }
  });

  test('the caller example calls it with declared inputs, every required one, and deploys on `passed`', () => {
    const [name, call] = Object.entries(example.jobs).find(([, j]) => j.uses?.endsWith('/.github/workflows/quota-gate.yml@v1'))!;
    const declared = workflow.on.workflow_call.inputs;
    for (const key of Object.keys(call.with ?? {})) expect(Object.keys(declared)).toContain(key);
    for (const [key, spec] of Object.entries(declared)) if (spec.required) expect(Object.keys(call.with ?? {})).toContain(key);
    const deploy = example.jobs.deploy;
    expect(deploy.needs).toContain(name);
    expect(deploy.if).toBe(`needs.${name}.outputs.passed == 'true'`);
  });
});
