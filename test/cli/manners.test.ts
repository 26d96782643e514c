import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { FIXTURES } from '../helpers/load.js';

async function cli(argv: string[], io: { env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: io.env ?? {}, isTTY: io.isTTY });
  return { code, out, err };
}

const plan = path.join(FIXTURES, 'terraform/example-plan.json');
const ESC = '\x1b[';

describe('CLI manners', () => {
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, out: `quota-guard ${version}\n`, err: '' });
    expect((await cli(['check', '--version'])).out).toBe(`quota-guard ${version}\n`);
  });

  test('colour only on a terminal, and never with NO_COLOR', async () => {
    const tty = await cli(['check', '--offline', '--plan', plan], { isTTY: true });
    expect(tty.out).toContain(`${ESC}31mSHORTFALL`);
    expect(tty.out).toContain(`${ESC}32mOK`);
    expect((await cli(['check', '--offline', '--plan', plan], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain(ESC);
    expect((await cli(['check', '--offline', '--plan', plan], { isTTY: false })).out).not.toContain(ESC);
    // Colour never reaches JSON.
    expect((await cli(['check', '--offline', '--plan', plan, '--format', 'json'], { isTTY: true })).out).not.toContain(ESC);
  });

  test('the table fits 120 columns; long names wrap, the JSON report keeps them whole', async () => {
    const unknowns = path.join(FIXTURES, 'terraform/unknowns-and-fleets.json');
    for (const input of [plan, unknowns]) {
      const { out } = await cli(['check', '--offline', '--plan', input, '--fail-on', 'never']);
      // A URL is never broken, so only a line that is one word after its indent may be longer.
      const long = out.split('\n').filter((l) => l.length > 120 && l.trim().includes(' '));
      expect(long).toEqual([]);
    }
    const json = JSON.parse((await cli(['check', '--offline', '--plan', plan, '--format', 'json'])).out);
    expect(json.results[0].quotaName).toBe('Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances');
  });

  test('--on-read-error takes fail or warn', async () => {
    expect((await cli(['check', '--offline', '--plan', plan, '--on-read-error', 'ignore'])).err).toBe('quota-guard: --on-read-error: "ignore" is not one of fail, warn\n');
    expect((await cli(['check', '--offline', '--plan', plan, '--on-read-error', 'warn'])).code).toBe(1); // a shortfall still gates
  });

  test('identical reasons are said once for all the quotas they apply to', async () => {
    const unknowns = path.join(FIXTURES, 'terraform/unknowns-and-fleets.json');
    const { out } = await cli(['check', '--offline', '--plan', unknowns, '--fail-on', 'never']);
    const details = out.split('\n').filter((l) => /^(UNKNOWN|SHORTFALL) /.test(l));
    const reasons = details.map((l) => l.replace(/^\S+ (\d+ quotas \(.*?\)|\S+ in [^:]+): /, ''));
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});
