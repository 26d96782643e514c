import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { FIXTURES } from '../helpers/load.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  return { code, out, err };
}

const plan = path.join(FIXTURES, 'terraform/example-plan.json');

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (a missing one is a failure, never written silently). */
function golden(name: string, actual: string): void {
  const file = path.join(FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing: run with UPDATE_GOLDEN=1 to create it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('quota-guard check (CLI)', () => {
  test('offline table for the example plan: a shortfall gates with exit 1', async () => {
    const { code, out, err } = await cli('check', '--offline', '--plan', plan);
    expect(err).toBe('');
    expect(code).toBe(1);
    golden('example-plan.table.txt', out.replaceAll(FIXTURES, '<fixtures>'));
  });

  test('markdown renderer output is pinned', async () => {
    const { out } = await cli('check', '--offline', '--plan', plan, '--format', 'markdown', '--fail-on', 'never');
    golden('example-plan.md', out.replaceAll(FIXTURES, '<fixtures>'));
  });

  test('JSON report: stable top-level shape, written to --output too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-'));
    const output = path.join(dir, 'report.json');
    const { code, out } = await cli('check', '--offline', '--plan', plan, '--format', 'json', '--output', output, '--fail-on', 'never');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual(report);
    expect(Object.keys(report)).toEqual(['version', 'mode', 'passed', 'failOn', 'summary', 'setupErrors', 'coverage', 'inputs', 'results']);
    expect(report.setupErrors).toEqual([]);
    expect(report).toMatchObject({ version: 1, mode: 'offline', passed: true, summary: { ok: 13, shortfall: 1, unknown: 0 } });
    const short = report.results[0];
    expect(short).toMatchObject({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', required: 54, usage: 0, quota: 5, buffer: 0.2, status: 'shortfall' });
    // The next step: 54 over (1 − 0.2) = 67.5, rounded up to 68, and where to ask for it.
    expect(short).toMatchObject({ suggestedValue: 68, adjustable: true, requestUrl: 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A' });
    expect(short.sources).toContainEqual({ file: plan, address: 'aws_autoscaling_group.web', amount: 48 });
  });

  test('--buffer 0 and a bigger quota need: still short, and the buffer shows', async () => {
    const { out } = await cli('check', '--offline', '--plan', plan, '--format', 'json', '--buffer', '0');
    expect(JSON.parse(out).results[0]).toMatchObject({ buffer: 0, status: 'shortfall' });
  });

  test('--fail-on unknown gates an unknown; --fail-on never passes a shortfall', async () => {
    const unknowns = path.join(FIXTURES, 'terraform/unknowns-and-fleets.json');
    expect((await cli('check', '--offline', '--plan', unknowns, '--region', 'eu-west-1', '--fail-on', 'never')).code).toBe(0);
    const config = path.join(FIXTURES, 'config/unknown-only.yaml');
    expect((await cli('check', '--offline', '--config', config)).code).toBe(0);
    expect((await cli('check', '--offline', '--config', config, '--fail-on', 'unknown')).code).toBe(1);
  });

  test('bad input: one line naming the file, exit 2, no stack trace', async () => {
    const missing = await cli('check', '--offline', '--plan', 'nope.json');
    expect(missing).toEqual({ code: 2, out: '', err: 'quota-guard: nope.json: file not found\n' });
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-'));
    const state = path.join(dir, 'state.json');
    writeFileSync(state, '{"format_version":"1.0","terraform_version":"1.5.0","values":{"root_module":{}}}');
    const r = await cli('check', '--offline', '--plan', state);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^quota-guard: ${state}: this is Terraform state, not a plan`));
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  test('usage errors exit 2', async () => {
    expect((await cli('check', '--offline')).err).toMatch(/nothing to check/);
    expect((await cli('check', '--offline', '--plan', plan, '--fail-on', 'sometimes')).err).toBe('quota-guard: --fail-on: "sometimes" is not one of shortfall, unknown, never\n');
    expect((await cli('check', '--offline', '--plan', plan, '--buffer', '150')).code).toBe(2);
    expect((await cli('check', '--offline', '--bogus')).code).toBe(2);
    expect((await cli('frobnicate')).err).toMatch(/unknown command/);
    expect((await cli('check', '--plan', plan)).err).toMatch(/pass --offline/);
  });

  test('increase-request options: only with request / check --request, checked, and never offline', async () => {
    expect((await cli('check', '--offline', '--plan', plan, '--wait-minutes', '5')).err).toBe('quota-guard: --wait-minutes applies to increase requests: use quota-guard request, or check --request\n');
    expect((await cli('request', '--offline', '--plan', plan)).err).toBe('quota-guard: increase requests need the account: they cannot be made with --offline\n');
    expect((await cli('check', '--request', '--offline', '--plan', plan)).code).toBe(2);
    expect((await cli('request', '--plan', plan, '--max-increase-factor', '0.5')).err).toBe("quota-guard: --max-increase-factor has the value '0.5'; accepted values are numbers above 1, or empty / none for no factor cap\n");
    expect((await cli('request', '--plan', plan, '--max-increase', 'L-1=x')).err).toMatch(/^quota-guard: --max-increase has the value 'L-1=x': "L-1=x" is not a positive number/);
    expect((await cli('request', '--plan', plan, '--poll-seconds', '0')).err).toBe('quota-guard: --poll-seconds: "0" is not seconds from 1\n');
    expect((await cli('request', '--plan', plan, '--support-case', 'maybe')).err).toBe("quota-guard: --support-case has the value 'maybe'; accepted values are allow, never, api\n");
    expect((await cli('--help')).out).toMatch(/quota-guard request \[options\]/);
  });
});
