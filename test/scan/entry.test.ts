// The entry functions: `quota-guard scan` / `quota-guard merge` (scanCommand, mergeCommand) and the action in
// `mode: scan` / `mode: merge` (runScanAction), against the fake AWS. The action's issue goes to a small local
// GitHub API (GITHUB_API_URL) rather than nock: nock patches the process's http module, which the fake AWS shares.
import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeCommand, scanCommand } from '../../src/cli/scan.js';
import type { ScanReport } from '../../src/scan/model.js';
import { useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { MANAGEMENT, memberSeed } from './helpers.js';
import { parseOutputs } from '../e2e/helpers.js';

jest.setTimeout(60_000);

const ids = ['222222222222', '333333333333', '444444444444', '555555555555'];
const SEED: ScanFakeSeed = {
  account: MANAGEMENT,
  regions: {},
  organization: { accounts: ids.map((id, i) => ({ id, name: `app-${i}-prod` })) },
  members: Object.fromEntries(ids.map((id, i) => [id, memberSeed({ 'us-east-1': { vcpu: 100, vcpuUsage: [i === 0 ? 95 : 20], lambda: i === 1 ? 500 : 1000 } })])),
};
const POLICY = `version: 1
quotas: [ec2/L-1216C47A, lambda/L-B99A9384]
environments:
  production: { match: { names: ["*-prod"] } }
`;

let env: FakeEnv;
let dir: string;
beforeAll(async () => {
  env = await useFakeAws(SEED);
  dir = mkdtempSync(path.join(tmpdir(), 'qg-scan-'));
  writeFileSync(path.join(dir, 'quota-guard.yml'), POLICY);
});
afterAll(async () => {
  await env.restore();
});

async function cli(fn: typeof scanCommand | typeof mergeCommand, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await fn(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  return { code, out, err };
}

describe('quota-guard scan / merge (CLI)', () => {
  test('scan: table output, progress on stderr, exit 1 on a critical finding, JSON written to --output', async () => {
    const output = path.join(dir, 'all.json');
    const { code, out, err } = await cli(scanCommand, '--policy', path.join(dir, 'quota-guard.yml'), '--output', output);
    expect(code).toBe(1);
    expect(out).toMatch(/^quota-guard scan failed: 1 critical, 1 warning\n4 accounts, 1 region, 4 account-regions, 8 quota values checked, 0 errors\n/);
    expect(out).toMatch(/CRITICAL\s+222222222222\s+us-east-1\s+ec2\/L-1216C47A\s+95 % used/);
    expect(err).toContain('quota-guard: 4 account(s) ACTIVE in the organization, 4 to scan');
    expect(err).toMatch(/quota-guard: AWS calls: ListAccounts 1, AssumeRole 4/);
    const report = JSON.parse(readFileSync(output, 'utf8')) as ScanReport;
    expect(report).toMatchObject({ version: 1, kind: 'scan', passed: false, failOn: 'critical', shards: [] });
    // Lambda 500 vs 1000 in the other accounts of production: drift (a warning in production).
    expect(report.findings.map((f) => [f.kind, f.level, f.account])).toEqual([
      ['utilisation', 'critical', '222222222222'],
      ['drift', 'warning', '333333333333'],
    ]);
  });

  test('--fail-on never exits 0; bad flags exit 2 with one line', async () => {
    const never = await cli(scanCommand, '--policy', path.join(dir, 'quota-guard.yml'), '--fail-on', 'never', '--format', 'json');
    expect(never.code).toBe(0);
    expect(JSON.parse(never.out).partial).toBeUndefined();
    // Narrowed by a flag (as an AWS Health event's run is): the report says so, for the sticky issue.
    const narrowed = await cli(scanCommand, '--policy', path.join(dir, 'quota-guard.yml'), '--fail-on', 'never', '--format', 'json', '--accounts', '333333333333', '--regions', 'us-east-1');
    expect(JSON.parse(narrowed.out)).toMatchObject({ partial: true, totals: { accounts: 1, accountRegions: 1 } });
    const bad = await cli(scanCommand, '--regions', 'Mars-1');
    expect(bad).toEqual({ code: 2, out: '', err: "quota-guard: --regions has the value 'Mars-1'; accepted values are \"enabled\" or AWS regions such as eu-west-1\n" });
    expect((await cli(scanCommand, '--shard', '4/3')).err).toBe('quota-guard: --shard: shard "4/3" is not K/N with 1 <= K <= N <= 256 (for example 3/10)\n');
    expect((await cli(scanCommand, '--policy', 'nope.yml')).err).toBe("quota-guard: --policy: file 'nope.yml' not found\n");
    expect((await cli(scanCommand, '--help')).out).toMatch(/^Usage: quota-guard scan/);
  });

  test('a setup error of the scan is one line and exit 2; any other failure an internal error', async () => {
    const { ScanSetupError } = await import('../../src/scan/run.js');
    const run = async (error: Error) => {
      let err = '';
      const code = await scanCommand(['--policy', path.join(dir, 'quota-guard.yml')], { stdout: () => {}, stderr: (t) => (err += t), env: {} }, async () => Promise.reject(error));
      return { code, err };
    };
    expect(await run(new ScanSetupError('cannot list the accounts to scan: AccessDenied'))).toEqual({ code: 2, err: 'quota-guard: cannot list the accounts to scan: AccessDenied\n' });
    expect(await run(new Error('boom'))).toEqual({ code: 2, err: 'quota-guard: internal error: boom (set QUOTA_GUARD_DEBUG=1 for details)\n' });
  });

  test('shards merge into the report of one scan', async () => {
    const files: string[] = [];
    for (const k of [1, 2]) {
      const file = path.join(dir, `shard-${k}.json`);
      await cli(scanCommand, '--policy', path.join(dir, 'quota-guard.yml'), '--shard', `${k}/2`, '--format', 'json', '--output', file);
      files.push(file);
    }
    const merged = path.join(dir, 'merged.json');
    const { code, out } = await cli(mergeCommand, ...files, '--output', merged, '--format', 'markdown');
    expect(code).toBe(1);
    expect(out).toContain('### :x: quota-guard scan failed: 1 critical, 1 warning');
    expect(out).toContain('shards 1, 2 of 2');
    const m = JSON.parse(readFileSync(merged, 'utf8')) as ScanReport;
    const whole = JSON.parse(readFileSync(path.join(dir, 'all.json'), 'utf8')) as ScanReport;
    expect(m.findings).toEqual(whole.findings);
    expect(m.targets).toEqual(whole.targets);
    const missing = await cli(mergeCommand, files[0], '--fail-on', 'critical,error');
    expect(missing.out).toContain('the report of shard 2/2 is missing');
    expect((await cli(mergeCommand, path.join(dir, 'quota-guard.yml'))).err).toMatch(/quota-guard\.yml: not JSON/);
  });
});

describe('runScanAction', () => {
  const saved = { ...process.env };
  let runScanAction: typeof import('../../src/action/scan.js').runScanAction;
  const github: { requests: { method: string; url: string; body: Record<string, unknown> }[]; server?: Server } = { requests: [] };
  beforeAll(async () => {
    github.server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        github.requests.push({ method: req.method ?? '', url: req.url ?? '', body: text ? JSON.parse(text) : {} });
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET' && req.url?.startsWith('/repos/acme/ops/issues?')) return res.end('[]');
        if (req.method === 'POST' && req.url === '/repos/acme/ops/issues') {
          res.statusCode = 201;
          return res.end(JSON.stringify({ number: 3, html_url: 'https://github.com/acme/ops/issues/3' }));
        }
        res.statusCode = 404;
        res.end('{"message":"Not Found"}');
      });
    });
    await new Promise<void>((resolve) => github.server!.listen(0, '127.0.0.1', resolve));
    // @actions/github takes GITHUB_API_URL when it is first loaded: set it, then load the action.
    process.env.GITHUB_API_URL = `http://127.0.0.1:${(github.server!.address() as AddressInfo).port}`;
    ({ runScanAction } = await import('../../src/action/scan.js'));
  });
  afterAll(async () => {
    if (saved.GITHUB_API_URL === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = saved.GITHUB_API_URL;
    await new Promise((resolve) => github.server!.close(resolve));
  });
  let files: { output: string; summary: string };

  // @actions/core's summary keeps the first GITHUB_STEP_SUMMARY path it sees (one process per step on a runner):
  // the same files serve every test, emptied before each.
  const d = mkdtempSync(path.join(tmpdir(), 'qg-action-'));
  beforeEach(() => {
    files = { output: path.join(d, 'output'), summary: path.join(d, 'summary.md') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    Object.assign(process.env, { GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: d, GITHUB_REPOSITORY: 'acme/ops' });
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    process.exitCode = undefined;
    github.requests = [];
  });
  afterEach(() => {
    for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'RUNNER_TEMP', 'GITHUB_REPOSITORY']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    process.exitCode = undefined;
  });

  const outputs = (): Record<string, string> => parseOutputs(readFileSync(files.output, 'utf8'));

  test('mode scan: outputs, job summary, sticky issue, failed step under fail-on', async () => {
    const inputs: Record<string, string> = {
      mode: 'scan',
      'working-directory': dir,
      'fail-on': 'shortfall', // the check's default: critical in scan mode
      issue: 'true',
      'github-token': 'test-token',
      'upload-report': 'true',
    };
    await runScanAction((name) => inputs[name] ?? '');
    const o = outputs();
    expect(o).toMatchObject({ passed: 'false', 'critical-count': '1', 'warning-count': '1', 'info-count': '0', 'error-count': '0', accounts: '4', 'account-regions': '4', 'issue-url': 'https://github.com/acme/ops/issues/3' });
    expect(JSON.parse(o.findings)).toEqual([
      expect.objectContaining({ level: 'critical', account: '222222222222', quotaCode: 'L-1216C47A' }),
      expect.objectContaining({ level: 'warning', kind: 'drift', account: '333333333333', quotaCode: 'L-B99A9384', value: 500, expected: 1000 }),
    ]);
    expect(JSON.parse(readFileSync(o['report-path'], 'utf8'))).toMatchObject({ kind: 'scan', failOn: 'critical' });
    expect(github.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    expect(github.requests[1].body.body).toContain('**CRITICAL** 222222222222');
    expect(github.requests[1].body.labels).toEqual(['quota-guard']);
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('### :x: quota-guard scan failed: 1 critical, 1 warning');
    expect(summary).toContain('Tracking issue created: https://github.com/acme/ops/issues/3');
    expect(process.exitCode).toBe(1);
  });

  test('mode merge: reads shard reports by glob; a bad input fails with its name', async () => {
    await runScanAction((name) => ({ mode: 'merge', reports: path.join(dir, 'shard-*.json'), 'fail-on': 'never' })[name] ?? '');
    expect(outputs()).toMatchObject({ passed: 'true', 'critical-count': '1' });
    expect(readFileSync(files.summary, 'utf8')).toContain('Merged 2 shard report(s).');
    expect(process.exitCode).toBeUndefined();

    writeFileSync(files.output, '');
    await runScanAction((name) => ({ mode: 'scan', regions: 'everywhere' })[name] ?? '');
    expect(process.exitCode).toBe(1);
    expect(outputs().passed).toBe('false');
  });

  test('an error fails the step with one line: a bad input or a setup error as it is, anything else as a failure', async () => {
    const failures: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      const m = /^::error::(.*)$/m.exec(String(chunk));
      if (m) failures.push(m[1]);
      return true;
    });
    const { ScanSetupError } = await import('../../src/scan/run.js');
    try {
      await runScanAction((name) => ({ mode: 'merge', reports: path.join(dir, 'shard-*.json'), issue: 'maybe' })[name] ?? '');
      // The scan's error class is loaded with the scan, not with the action: it still fails the step as it is.
      await runScanAction((name) => ({ mode: 'scan', 'working-directory': dir })[name] ?? '', { scan: async () => Promise.reject(new ScanSetupError('cannot list the accounts to scan: AccessDenied')) });
      await runScanAction((name) => ({ mode: 'scan', 'working-directory': dir })[name] ?? '', { scan: async () => Promise.reject(new Error('boom')) });
    } finally {
      write.mockRestore();
    }
    expect(failures).toEqual(["Input 'issue' has the value 'maybe'; accepted values are: true, false", 'cannot list the accounts to scan: AccessDenied', 'quota-guard scan failed: boom']);
    expect(process.exitCode).toBe(1);
  });
});
