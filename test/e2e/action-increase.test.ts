// Increase requests end to end: the bundled dist/index.js as separate processes against the local fake AWS, and
// the reusable workflow .github/workflows/quota-gate.yml played job by job with the `with:` of the README's caller
// example (examples/workflows/deploy-with-quota-gate.yml) — what a new user gets, the approval being the only
// manual step (the environment's reviewers approve before the request job starts).
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { FakeAws, FakeSeed } from '../fake-aws/server.mjs';
import { awsEnv, runAction, withFake } from './helpers.js';
import { DESIRED, PLAN, VCPU_CODE, increaseSeed } from '../increase/fixtures.js';

const approvalScript: FakeSeed['increaseScript'] = ['PENDING', 'CASE_OPENED', 'APPROVED'];


const env = (fake: FakeAws): Record<string, string> => awsEnv(fake, { GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_RUN_ID: '4242' });

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('dist/index.js request-increases, against the fake AWS', () => {
  test('a shortfall is filed, goes PENDING → CASE_OPENED → APPROVED, and the gate passes', async () => {
    await withFake(increaseSeed({ seed: { increaseScript: approvalScript } }), async (fake) => {
      const run = await runAction({ plan: PLAN, 'request-increases': 'true', 'poll-seconds': '1' }, env(fake));
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ passed: 'true', approved: 'true', 'shortfall-count': '0' });
      const requests = JSON.parse(run.outputs.requests);
      expect(requests).toEqual([
        expect.objectContaining({ serviceCode: 'ec2', quotaCode: VCPU_CODE, region: 'eu-west-1', desiredValue: DESIRED, requestId: fake.seed.requests![0].id, caseId: expect.any(String), status: 'APPROVED', outcome: 'filed' }),
      ]);
      expect(requests[0].justification).toMatch(/^quota-guard: acme\/infra commit 0123456789ab needs 8 more .* Run: https:\/\/github\.com\/acme\/infra\/actions\/runs\/4242$/);
      expect(readJson(run.outputs['report-path'])).toMatchObject({ version: 1, passed: true, requests: [expect.objectContaining({ status: 'APPROVED' })] });
      expect(run.summary).toContain('#### Quota increase requests');
      expect(run.summary).toContain('**APPROVED**');
      expect(run.stdout).toMatch(/waiting up to 30 min for 1 increase request/);
    });
  }, 30_000);

  test('support-case api: a not-adjustable quota gets one AWS Support case, listed with its link; a re-run follows the same case', async () => {
    await withFake(increaseSeed({ vcpuQuota: { adjustable: false } }), async (fake) => {
      const run = await runAction({ plan: PLAN, 'request-increases': 'true', 'wait-minutes': '0', 'support-case': 'api', 'support-severity': 'normal' }, env(fake));
      expect(run.code).toBe(1);
      const [c] = fake.seed.support!.cases!;
      expect(c).toMatchObject({ serviceCode: 'service-limit-increase', severityCode: 'normal', status: 'opened' });
      expect(c.subject).toContain(`[quota-guard self/eu-west-1/ec2/${VCPU_CODE}]`);
      const [r] = JSON.parse(run.outputs.requests);
      expect(r).toMatchObject({ outcome: 'not-adjustable', supportCase: { outcome: 'opened', caseId: c.caseId, displayId: c.displayId, severity: 'normal' } });
      expect(run.summary).toContain(`[case ${c.displayId}](https://console.aws.amazon.com/support/home#/case/?displayId=${c.displayId})`);
      const failure = run.annotations.find((a) => a.level === 'error' && !a.props.file)!.message;
      expect(failure).toContain(`support case ${c.displayId} opened (opened)`);
      const again = await runAction({ plan: PLAN, 'request-increases': 'true', 'wait-minutes': '0', 'support-case': 'api' }, env(fake));
      expect(JSON.parse(again.outputs.requests)[0].supportCase).toMatchObject({ outcome: 'reused', caseId: c.caseId });
      expect(fake.seed.support!.cases).toHaveLength(1);
    });
  }, 30_000);

  test('DENIED: the step fails naming the request id, status and case', async () => {
    await withFake(increaseSeed({ seed: { increaseScript: ['PENDING', 'CASE_OPENED', 'DENIED'] } }), async (fake) => {
      const run = await runAction({ plan: PLAN, 'request-increases': 'true', 'poll-seconds': '1' }, env(fake));
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ passed: 'false', approved: 'false' });
      const [r] = fake.seed.requests!;
      const failure = run.annotations.find((a) => a.level === 'error' && !a.props.file)!.message;
      expect(failure).toMatch(/^quota-guard failed: 1 shortfall.*The deploy must not go ahead/);
      expect(failure).toContain(`Increase requests: ec2/L-1216C47A in eu-west-1 → 73: request ${r.id} DENIED, case ${r.caseId} (filed).`);
    });
  }, 30_000);

  test('timeout: the step fails with the open request, and the next run picks it up instead of filing again', async () => {
    await withFake(increaseSeed(), async (fake) => {
      const first = await runAction({ plan: PLAN, 'request-increases': 'true', 'wait-minutes': '0.03', 'poll-seconds': '1', 'support-case': 'never' }, env(fake));
      expect(first.code).toBe(1);
      const id = fake.seed.requests![0].id;
      expect(first.annotations.find((a) => a.level === 'error' && !a.props.file)?.message).toContain(`request ${id} PENDING (filed). The wait ran out; a later run picks them up again.`);
      const second = await runAction({ plan: PLAN, 'request-increases': 'true', 'wait-minutes': '0' }, env(fake));
      expect(JSON.parse(second.outputs.requests)).toEqual([expect.objectContaining({ requestId: id, outcome: 'reused', status: 'PENDING' })]);
      expect(fake.seed.requests).toHaveLength(1);
    });
  }, 30_000);

  test('two runs at once file exactly one request', async () => {
    await withFake(increaseSeed(), async (fake) => {
      const inputs = { plan: PLAN, 'request-increases': 'true', 'wait-minutes': '0' };
      const runs = await Promise.all([runAction(inputs, env(fake)), runAction(inputs, env(fake))]);
      expect(fake.seed.requests).toHaveLength(1);
      const ids = runs.map((r) => JSON.parse(r.outputs.requests)[0].requestId);
      expect(ids).toEqual([fake.seed.requests![0].id, fake.seed.requests![0].id]);
      expect(fake.calls.filter((c) => c.operation === 'RequestServiceQuotaIncrease').length).toBeGreaterThanOrEqual(1);
    });
  }, 30_000);
});

// ---- The reusable workflow, as a new user would run it ----------------------------------------------------------

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { default?: string; required?: boolean }>; outputs: Record<string, { value: string }> } };
  jobs: Record<string, Job>;
}

/** `${{ inputs.x }}` and `${{ needs.j.outputs.o }}` only: anything else fails the test, so none slips by untested. */
function evaluate(text: string, ctx: { inputs: Record<string, string>; needs: Record<string, Record<string, string>> }): string {
  return String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.inputs[m[1]] ?? '';
    m = /^needs\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return ctx.needs[m[1]]?.[m[2]] ?? '';
    throw new Error(`the test does not evaluate \${{ ${expr} }}`);
  });
}

describe('the reusable quota-gate workflow with the README caller example', () => {
  test('a shortfall ends, with the approval as the only manual step, in an approved request and a passing gate', async () => {
    const workflow = parse(readFileSync('.github/workflows/quota-gate.yml', 'utf8')) as Workflow;
    const caller = parse(readFileSync('examples/workflows/deploy-with-quota-gate.yml', 'utf8')) as { jobs: Record<string, { uses?: string; with?: Record<string, string>; if?: string }> };
    const call = Object.values(caller.jobs).find((j) => j.uses?.includes('/.github/workflows/quota-gate.yml@'))!;

    // The workflow inputs: its defaults, overridden by the caller's `with:`. Two test-only changes: the artifact is
    // "downloaded" into a temporary working directory (here: a copy of the fixture plan as plan.json), and status
    // checks are every second instead of every minute.
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-gate-'));
    copyFileSync(PLAN, path.join(dir, call.with!.plan));
    const inputs: Record<string, string> = {};
    for (const [name, spec] of Object.entries(workflow.on.workflow_call.inputs)) inputs[name] = String(call.with![name] ?? spec.default ?? '');
    Object.assign(inputs, { 'working-directory': dir, 'poll-seconds': '1' });

    const step = (job: string): Record<string, string> => workflow.jobs[job].steps.find((s) => /(^|\/)quota-guard@/.test(s.uses ?? ''))!.with!;
    const needs: Record<string, Record<string, string>> = {};
    const runJob = async (job: string, fake: FakeAws) => {
      const withs = Object.fromEntries(Object.entries(step(job)).map(([k, v]) => [k, evaluate(v, { inputs, needs })]));
      const run = await runAction(withs, env(fake));
      needs[job] = Object.fromEntries(Object.entries(workflow.jobs[job].outputs ?? {}).map(([k, v]) => [k, evaluate(v.replace(/steps\.quotas\.outputs\./, 'needs._self.outputs.'), { inputs, needs: { _self: run.outputs } })]));
      return run;
    };

    await withFake(increaseSeed({ seed: { increaseScript: approvalScript } }), async (fake) => {
      const check = await runJob('check', fake);
      expect(check.code).toBe(0); // reports only
      expect(needs.check['shortfall-count']).toBe('1');
      expect(fake.seed.requests ?? []).toHaveLength(0);
      // What the approvers see before approving: the ask, with its value and justification.
      expect(check.summary).toContain('#### Quota increase requests');
      expect(check.summary).toMatch(/\| 64 \| 73 \| – \| – \| to be filed: would be filed asking for 73/);
      expect(check.summary).toContain('needs 8 more of');

      // request: only on a shortfall, in the approval environment (its reviewers approve here).
      expect(workflow.jobs.request.if).toBe("needs.check.outputs.shortfall-count != '0'");
      expect(workflow.jobs.request.environment).toBe('${{ inputs.approval-environment }}');
      expect(inputs['approval-environment']).toBe('quota-increase');
      const request = await runJob('request', fake);
      expect(request.code).toBe(0);
      expect(JSON.parse(needs.request.requests)).toEqual([expect.objectContaining({ outcome: 'filed', status: 'PENDING', desiredValue: DESIRED })]);

      const wait = await runJob('wait', fake);
      expect(wait.code).toBe(0);
      expect(needs.wait).toMatchObject({ passed: 'true', approved: 'true' });
      expect(JSON.parse(needs.wait.requests)).toEqual([expect.objectContaining({ outcome: 'tracked', status: 'APPROVED', requestId: fake.seed.requests![0].id })]);
      expect(fake.seed.requests).toHaveLength(1);

      // The workflow's outputs are the wait job's, and the caller deploys on `passed`.
      expect(workflow.on.workflow_call.outputs.passed.value).toBe('${{ jobs.wait.outputs.passed }}');
      expect(caller.jobs.deploy.if).toBe("needs.quotas.outputs.passed == 'true'");
    });
  }, 60_000);
});
