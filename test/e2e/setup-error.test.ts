// End to end: AWS that cannot be read because of the setup (no credentials; every call denied) fails the bundled
// action and CLI as a setup error — one line per root cause, never "passed with warnings" — unless on-read-error is
// warn. Needs `npm run bundle` first (dist/ is not committed).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeSeed } from '../fake-aws/server.mjs';
import { increaseSeed, PLAN } from '../increase/fixtures.js';
import { awsEnv, runAction, runnerNode, withFake } from './helpers.js';

/** The environment of a runner step that configured no AWS credentials at all. */
const NO_CREDENTIALS = {
  AWS_REGION: 'eu-west-1',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
};

/** Runs the bundled CLI (dist/cli/index.js) as a process. */
async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(runnerNode(), [path.resolve('dist/cli/index.js'), ...args], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

const denyAll: FakeSeed['faults'] = [{ operation: '*', kind: 'accessDenied' }];
const setupLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('quota-guard: setup error: '));

describe('setup errors: the bundled action', () => {
  test('no credentials: the step fails with one root-cause line, not one row per quota and not a pass', async () => {
    const run = await runAction({ plan: PLAN }, NO_CREDENTIALS);
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    const causes = run.outputs['setup-error'].split('\n');
    expect(causes).toHaveLength(1);
    expect(causes[0]).toMatch(/^no AWS credentials \(.*\); configure credentials, e\.g\. with aws-actions\/configure-aws-credentials, or set `offline: true`$/);
    // One error annotation says it; no per-quota annotation repeats it.
    const errors = run.annotations.filter((a) => a.message.includes('no AWS credentials'));
    expect(errors).toEqual([expect.objectContaining({ level: 'error', props: { title: 'quota-guard setup error' } })]);
    expect(run.annotations.filter((a) => a.props.file)).toEqual([]);
    expect(run.stdout).toMatch(/::error::quota-guard could not read AWS: the setup error above must be fixed/);
    // Every unknown says it came from the reading, with the root cause, in the report too.
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
    expect(report.setupErrors).toEqual(causes);
    expect(report.results.length).toBeGreaterThan(0);
    for (const r of report.results) expect(r).toMatchObject({ status: 'unknown', unknownFrom: 'reading', setupError: causes[0] });
    expect(JSON.parse(run.outputs.unknowns)[0]).toMatchObject({ unknownFrom: 'reading', setupError: causes[0] });
  }, 30_000);

  test('every call denied: one line per denied action, naming the permission to grant', async () => {
    await withFake(increaseSeed({ seed: { faults: denyAll } }), async (fake) => {
      const run = await runAction({ plan: PLAN }, awsEnv(fake));
      expect(run.code).toBe(1);
      const causes = run.outputs['setup-error'].split('\n');
      expect(causes).toEqual(['access denied: the credentials lack IAM permission servicequotas:GetServiceQuota: grant it (the README\'s policy lists every action quota-guard calls)']);
      expect(run.annotations.filter((a) => a.level === 'error' && a.message === causes[0])).toHaveLength(1);
    });
  }, 30_000);

  test('on-read-error: warn reports the same line as a warning and passes; the quotas stay unknown', async () => {
    const run = await runAction({ plan: PLAN, 'on-read-error': 'warn' }, NO_CREDENTIALS);
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs['setup-error']).toMatch(/^no AWS credentials/);
    expect(run.annotations.filter((a) => a.message.includes('no AWS credentials'))).toEqual([expect.objectContaining({ level: 'warning' })]);
    expect(Number(run.outputs['unknown-count'])).toBeGreaterThan(0);
    // Every unknown here is the setup's, which fail-on does not govern: fail-on unknown does not gate them either.
    const setupOnly = await runAction({ plan: PLAN, 'on-read-error': 'warn', 'fail-on': 'unknown' }, NO_CREDENTIALS);
    expect(setupOnly.code).toBe(0);
  }, 30_000);

  test('a bad on-read-error value names the input', async () => {
    const run = await runAction({ plan: PLAN, 'on-read-error': 'ignore' }, NO_CREDENTIALS);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'on-read-error' has the value 'ignore'; accepted values are: fail, warn");
  }, 30_000);
});

describe('setup errors: the bundled CLI', () => {
  test('no credentials: exit 3, the root cause once on stderr and once in the table', async () => {
    const run = await runCli(['check', '--plan', PLAN], NO_CREDENTIALS);
    expect(run.code).toBe(3);
    expect(setupLines(run.stderr)).toEqual([expect.stringMatching(/^quota-guard: setup error: no AWS credentials .*or run with --offline$/)]);
    expect(run.stdout).toMatch(/^quota-guard failed: \d+ unknown\n\nSETUP ERROR: AWS could not be read, so \d+ quotas were not checked/);
    expect(run.stdout.split('\n').filter((l) => l.includes('no AWS credentials'))).toHaveLength(1);
    expect(run.stdout).not.toContain('passed');
  }, 30_000);

  test('every call denied: exit 3; --on-read-error warn: exit 0 and the JSON report still lists the cause', async () => {
    await withFake(increaseSeed({ seed: { faults: denyAll } }), async (fake) => {
      const failed = await runCli(['check', '--plan', PLAN], awsEnv(fake));
      expect(failed.code).toBe(3);
      expect(setupLines(failed.stderr)).toEqual(['quota-guard: setup error: access denied: the credentials lack IAM permission servicequotas:GetServiceQuota: grant it (the README\'s policy lists every action quota-guard calls)']);
      const warned = await runCli(['check', '--plan', PLAN, '--on-read-error', 'warn', '--format', 'json'], awsEnv(fake));
      expect(warned.code).toBe(0);
      const report = JSON.parse(warned.stdout);
      expect(report).toMatchObject({ passed: true, setupErrors: [expect.stringMatching(/^access denied: .*servicequotas:GetServiceQuota/)] });
      expect(setupLines(warned.stderr)).toEqual([]);
    });
  }, 30_000);
});
