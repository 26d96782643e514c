// End to end: each mode of the bundled CLI and action loads only what the run needs (ncc emits every dynamic
// import() as a chunk). `--help`, an offline check and the scan's --help and merge load no AWS SDK client; the
// action's check mode does not load the scan. Which files a run loads is recorded by ./loaded-files.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runnerNode } from './helpers.js';

const hook = path.resolve('test/e2e/loaded-files.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'qg-startup-'));
let runs = 0;

/** Every SDK client's package defines `<Service>ServiceException`; no other bundled code says it. */
const sdkClient = (file: string): boolean => /ServiceException/.test(readFileSync(file, 'utf8'));
/** The scan's action (src/action/scan.ts). */
const scanAction = (file: string): boolean => /function runScanAction\b/.test(readFileSync(file, 'utf8'));

function loaded(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

function cli(...args: string[]): { status: number | null; files: string[] } {
  const record = path.join(dir, `cli-${++runs}.txt`);
  const r = spawnSync(runnerNode(), ['--import', hook, 'dist/cli/index.js', ...args], { env: { PATH: process.env.PATH ?? '', QG_LOADED: record }, encoding: 'utf8' });
  return { status: r.status, files: loaded(record) };
}

describe('what each run loads', () => {
  test('cli --help loads the entry alone', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.files.map((f) => path.relative('dist', f))).toEqual([path.join('cli', 'index.js')]);
  });

  test.each([
    ['check --offline', ['check', '--offline', '--fail-on', 'never', '--plan', 'test/fixtures/terraform/example-plan.json']],
    ['scan --help', ['scan', '--help']],
    ['merge --help', ['merge', '--help']],
    ['merge of a report', ['merge', 'test/fixtures/scan/report.json', '--format', 'json']],
  ])('cli %s loads no AWS SDK client', (_name, args) => {
    const r = cli(...args);
    expect(r.status).toBe(0);
    expect(r.files.length).toBeGreaterThan(0);
    expect(r.files.filter(sdkClient)).toEqual([]);
  });

  test('the action in check mode, offline, loads neither the scan nor an AWS SDK client', async () => {
    const record = path.join(dir, 'action-check.txt');
    const run = await runAction({ plan: 'test/fixtures/terraform/example-plan.json', offline: 'true', 'fail-on': 'never' }, { NODE_OPTIONS: `--import ${hook}`, QG_LOADED: record });
    expect(run.code).toBe(0);
    const files = loaded(record);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter(scanAction)).toEqual([]);
    expect(files.filter(sdkClient)).toEqual([]);
  });

  test('the action in merge mode loads the scan action but no AWS SDK client', async () => {
    const record = path.join(dir, 'action-merge.txt');
    const run = await runAction({ mode: 'merge', reports: 'test/fixtures/scan/report.json', 'fail-on': 'never', 'upload-report': 'false' }, { NODE_OPTIONS: `--import ${hook}`, QG_LOADED: record });
    expect(run.code).toBe(0);
    const files = loaded(record);
    expect(files.filter(scanAction)).not.toEqual([]);
    expect(files.filter(sdkClient)).toEqual([]);
  });
});
