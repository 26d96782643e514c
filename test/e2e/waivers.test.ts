// End to end: a checked-in waiver, picked up by the bundled action and CLI from the default file
// (.quota-guard-ignore.yml in the working directory). Needs `npm run bundle` first (dist/ is not committed).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runnerNode } from './helpers.js';

const WAIVER = 'waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    resource: aws_autoscaling_group.web\n    reason: capacity reservation CR-123 covers the web fleet\n    expires: 2999-12-31\n';

/** A working directory with the example plan (its one shortfall is L-1216C47A in eu-west-1) and a waivers file. */
function workdir(waivers: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-waive-'));
  copyFileSync('test/fixtures/terraform/example-plan.json', path.join(dir, 'plan.json'));
  writeFileSync(path.join(dir, '.quota-guard-ignore.yml'), waivers);
  return dir;
}

describe('waivers end to end', () => {
  test('action: the waived shortfall is reported, marked waived, and the step passes', async () => {
    const dir = workdir(WAIVER);
    const run = await runAction({ plan: 'plan.json', offline: 'true', 'working-directory': dir });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ passed: 'true', 'shortfall-count': '1' });
    const waiver = { reason: 'capacity reservation CR-123 covers the web fleet', expires: '2999-12-31', expired: false, file: '.quota-guard-ignore.yml', line: 2 };
    expect(JSON.parse(run.outputs.shortfalls)).toEqual([expect.objectContaining({ quotaCode: 'L-1216C47A', suggestedValue: 68, adjustable: true, waiver })]);
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'));
    expect(report.results[0]).toMatchObject({ status: 'shortfall', waiver, requestUrl: 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A' });
  }, 30_000);

  test('action: a waiver without a reason fails the step with one line naming the file and line', async () => {
    const dir = workdir('waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    expires: 2999-12-31\n');
    const run = await runAction({ plan: 'plan.json', offline: 'true', 'working-directory': dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::.quota-guard-ignore.yml: waivers[0] (line 2): no reason: say why the finding is accepted (reason: …)');
  }, 30_000);

  test('CLI: picks up the default file in its directory; exit 0 with the finding shown as WAIVED', async () => {
    const dir = workdir(WAIVER);
    const child = spawn(runnerNode(), [path.resolve('dist/cli/index.js'), 'check', '--offline', '--plan', 'plan.json'], { cwd: dir, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^WAIVED +ec2\/L-1216C47A /m);
    expect(stdout).toContain('  waived until 2999-12-31 (.quota-guard-ignore.yml:2): capacity reservation CR-123 covers the web fleet');
  }, 30_000);
});
