// Installable as documented: the Marketplace's rules for action.yml, `uses:` lines that name the real repository,
// and the npm package — packed, installed offline into an empty folder, and run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { HOME_PAGE } from '../../src/report/sarif.js';

const action = parse(readFileSync('action.yml', 'utf8')) as { name: string; description: string; branding: { icon: string; color: string } };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown> & { bin: Record<string, string>; files: string[]; repository: { url: string } };

/**
 * The `enum` of a branding property in the SchemaStore github-action.json schema that @action-validator embeds (the
 * allowed Feather icons and colours, from https://docs.github.com/en/actions/reference/metadata-syntax-for-github-actions#branding).
 */
function schemaEnum(anchor: string): string[] {
  const wasm = readFileSync('node_modules/@action-validator/core/action_validator_bg.wasm').toString('latin1');
  const at = wasm.indexOf(anchor);
  if (at < 0) throw new Error(`${anchor} not found in the action-validator schema`);
  const m = /"enum":\s*(\[[^\]]*\])/.exec(wasm.slice(at, at + 20000));
  if (!m) throw new Error(`no enum after ${anchor}`);
  return JSON.parse(m[1]) as string[];
}

describe('GitHub Marketplace rules for action.yml', () => {
  test('a name, and a description under 125 characters (the Marketplace rejects longer ones)', () => {
    expect(action.name).toBe('quota-guard');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.description.length).toBeLessThan(125);
  });
  test('branding icon and colour are in the allowed sets', () => {
    const colors = schemaEnum('#brandingcolor');
    expect(colors).toEqual(expect.arrayContaining(['white', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']));
    const icons = schemaEnum('#brandingicon');
    expect(icons.length).toBeGreaterThan(200);
    expect(icons).toContain(action.branding.icon);
    expect(colors).toContain(action.branding.color);
  });
});

describe('uses: lines that users call', () => {
  const repo = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1];
  const files = [...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`), ...readdirSync('examples/workflows').map((f) => `examples/workflows/${f}`), 'README.md'];
  test(`name ${repo} at the major tag, never a placeholder`, () => {
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').map((l) => ({ f, l })));
    const ours = lines.filter(({ l }) => /uses: +\S*quota-guard|uses: +\S*\/\.github\/workflows\/(quota-gate|org-scan)\.yml/.test(l));
    expect(ours.length).toBeGreaterThanOrEqual(8);
    for (const { f, l } of ours) {
      expect(`${f}: ${l.trim()}`).toMatch(new RegExp(`uses: +${repo.replace('/', '\\/')}(\\/\\.github\\/workflows\\/[a-z-]+\\.yml)?@v1\\b`));
    }
    expect(lines.filter(({ l }) => /uses: .*<org>/.test(l))).toEqual([]);
  });
  test('SARIF names the same home page', () => {
    expect(HOME_PAGE).toBe(`https://github.com/${repo}`);
  });
});

describe('npm package', () => {
  test('publishable: not private, MIT like LICENSE, a bin with a shebang, files, and no runtime dependencies (dist/ bundles them)', () => {
    expect(pkg.private).toBe(false);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
    expect(readFileSync(pkg.bin['quota-guard'], 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'action.yml', 'LICENSE']));
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  test('packs, installs offline into an empty folder with nothing else, and runs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-pack-'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string; files: { path: string }[] }[];
    const paths = packed[0].files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/index.js', 'action.yml', 'LICENSE', 'README.md']));
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/'))).toEqual([]);

    const app = path.join(dir, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), '{ "name": "empty", "private": true }\n');
    // --offline with an empty cache: the install can only succeed if the tarball needs no other package.
    const env = { ...process.env, npm_config_cache: path.join(dir, 'cache'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
    execFileSync('npm', ['install', '--offline', '--ignore-scripts', path.join(dir, packed[0].filename)], { cwd: app, env, stdio: 'ignore' });
    const bin = path.join(app, 'node_modules', '.bin', 'quota-guard');
    expect(existsSync(bin)).toBe(true);

    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`quota-guard ${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`);
    const plan = path.resolve('test/fixtures/terraform/example-plan.json');
    const check = spawnSync(bin, ['check', '--offline', '--plan', plan, '--fail-on', 'never', '--format', 'json'], { cwd: app, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ version: 1, mode: 'offline', summary: { shortfall: 1 } });
  }, 120_000);
});
