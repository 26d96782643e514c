import { mkdtempSync, writeFileSync } from 'node:fs';
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

function waiversFile(expires: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-'));
  const file = path.join(dir, 'waivers.yml');
  writeFileSync(file, `waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    reason: capacity reservation CR-123 covers the web fleet\n    expires: ${expires}\n`);
  return file;
}

describe('quota-guard check --waivers', () => {
  test('a waived shortfall is shown, marked waived, and does not gate', async () => {
    const file = waiversFile('2999-12-31');
    const { code, out } = await cli('check', '--offline', '--plan', plan, '--waivers', file);
    expect(code).toBe(0);
    expect(out).toMatch(/^WAIVED +ec2\/L-1216C47A /m);
    expect(out).toContain(`  waived until 2999-12-31 (${file}:2): capacity reservation CR-123 covers the web fleet`);
    const json = JSON.parse((await cli('check', '--offline', '--plan', plan, '--waivers', file, '--format', 'json')).out);
    expect(json.passed).toBe(true);
    expect(json.results[0]).toMatchObject({ status: 'shortfall', waiver: { reason: 'capacity reservation CR-123 covers the web fleet', expires: '2999-12-31', expired: false, file, line: 2 } });
  });

  test('an expired waiver gates and says so', async () => {
    const file = waiversFile('2020-01-31');
    const { code, out } = await cli('check', '--offline', '--plan', plan, '--waivers', file);
    expect(code).toBe(1);
    expect(out).toMatch(/^SHORTFALL +ec2\/L-1216C47A /m);
    // Wrapped to 120 columns: compare with the continuation lines joined.
    expect(out.replace(/\n {4}/g, ' ')).toContain(`  waiver expired on 2020-01-31 (${file}:2), so this gates again: capacity reservation CR-123 covers the web fleet`);
  });

  test('a bad waivers file is one line naming the file and line, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-'));
    const file = path.join(dir, 'w.yml');
    writeFileSync(file, 'waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    expires: 2026-12-31\n');
    expect(await cli('check', '--offline', '--plan', plan, '--waivers', file)).toEqual({ code: 2, out: '', err: `quota-guard: ${file}: waivers[0] (line 2): no reason: say why the finding is accepted (reason: …)\n` });
    expect((await cli('check', '--offline', '--plan', plan, '--waivers', path.join(dir, 'none.yml'))).err).toBe(`quota-guard: ${path.join(dir, 'none.yml')}: waivers file not found\n`);
  });
});
