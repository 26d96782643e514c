// DR prewarm against the local fake AWS: the scan finds a DR gap in a `prewarm: true` pair, and the increase flow files
// it in the member account (STS AssumeRole, then Service Quotas signed with the member's credentials), through the
// real SDK clients over HTTP — never twice, within the check's caps, every failure a report line.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeCommand, scanCommand } from '../../src/cli/scan.js';
import { filePrewarm } from '../../src/scan/prewarm.js';
import type { ScanReport } from '../../src/scan/model.js';
import { useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeRequest } from '../fake-aws/server.mjs';
import type { ScanFakeCall, ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { MANAGEMENT, memberSeed } from './helpers.js';
import { parseOutputs } from '../e2e/helpers.js';

jest.setTimeout(60_000);

const A = '222222222222';
const B = '333333333333';
const C = '444444444444';
const CODE = 'L-1216C47A';
const CONSOLE = `https://us-west-2.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/${CODE}`;

// Warm standby: us-west-2 must hold 0.5 × the 1000 vCPUs used in us-east-1 = 500; A's quota there is 400.
// B's standby already holds enough; C has a gap too (for max-requests across accounts).
function seed(): ScanFakeSeed {
  return {
    account: MANAGEMENT,
    regions: {},
    organization: { accounts: [{ id: A, name: 'shop-prod' }, { id: B, name: 'pay-prod' }, { id: C, name: 'ads-prod' }] },
    members: {
      [A]: memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [1000] }, 'us-west-2': { vcpu: 400, vcpuUsage: [0] } }),
      [B]: memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [1000] }, 'us-west-2': { vcpu: 1000, vcpuUsage: [0] } }),
      [C]: memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [1200] }, 'us-west-2': { vcpu: 500, vcpuUsage: [0] } }),
    },
  };
}

const POLICY = `version: 1
quotas: [ec2/L-1216C47A]
forecast: false
environments:
  production: { match: { names: ["*-prod"] } }
dr:
  - { primary: us-east-1, secondary: us-west-2, standby: warm, prewarm: true, environments: [production] }
`;

let env: FakeEnv | undefined;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'qg-prewarm-'));
  writeFileSync(path.join(dir, 'quota-guard.yml'), POLICY);
});
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

async function start(s: ScanFakeSeed): Promise<FakeEnv> {
  env = await useFakeAws(s);
  return env;
}

/** `quota-guard scan --format json` with the default filer; the wire calls of this run only. */
async function cli(...flags: string[]): Promise<{ code: number; report: ScanReport; err: string; wire: ScanFakeCall[] }> {
  env!.fake.calls.length = 0;
  let out = '';
  let err = '';
  const code = await scanCommand(['--policy', path.join(dir, 'quota-guard.yml'), '--format', 'json', '--fail-on', 'never', ...flags], { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  if (code === 2) throw new Error(err);
  return { code, report: JSON.parse(out) as ScanReport, err, wire: env!.fake.calls as ScanFakeCall[] };
}

const ops = (wire: ScanFakeCall[], op: string): ScanFakeCall[] => wire.filter((c) => c.operation === op);
const prewarmAssumes = (wire: ScanFakeCall[]): ScanFakeCall[] => ops(wire, 'AssumeRole').filter((c) => (c.body as { RoleSessionName: string }).RoleSessionName === 'quota-guard-prewarm');
const member = (s: ScanFakeSeed, id: string) => s.members![id];

test('a DR gap with prewarm files exactly one request, in the member account and the standby region; a second run reuses it', async () => {
  const s = seed();
  s.members![C] = memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [10] }, 'us-west-2': { vcpu: 500 } }); // no gap in C here
  const { fake } = await start(s);
  const first = await cli();
  expect(first.report.prewarm).toEqual([expect.objectContaining({ account: A, region: 'us-west-2', quotaCode: CODE, currentValue: 400, desiredValue: 500 })]);
  expect(first.report.requests).toEqual([
    expect.objectContaining({ account: A, region: 'us-west-2', serviceCode: 'ec2', quotaCode: CODE, currentValue: 400, desiredValue: 500, requestedValue: 500, status: 'PENDING', outcome: 'filed', consoleUrl: CONSOLE }),
  ]);
  const [filed] = first.report.requests!;
  expect(filed.requestId).toMatch(/^[0-9a-zA-Z][a-zA-Z0-9-]{39}$/);
  expect(filed.justification).toMatch(/^quota-guard DR prewarm: account 222222222222 needs "Running On-Demand Standard .*" \(ec2 L-1216C47A\) in its standby region us-west-2 to take over: DR us-east-1 → us-west-2 \(warm, 0\.5 × primary usage\): 1000 in use in us-east-1\. This asks for 500 \(now 400\)\.$/);

  // One AssumeRole for prewarm (the scan's own reads assumed every account once before), into A only.
  expect(prewarmAssumes(first.wire).map((c) => (c.body as { RoleArn: string }).RoleArn)).toEqual([`arn:aws:iam::${A}:role/QuotaGuardReadOnly`]);
  const [req] = ops(first.wire, 'RequestServiceQuotaIncrease');
  expect(ops(first.wire, 'RequestServiceQuotaIncrease')).toHaveLength(1);
  expect(req).toMatchObject({ account: A, region: 'us-west-2', body: { ServiceCode: 'ec2', QuotaCode: CODE, DesiredValue: 500, SupportCaseAllowed: true } });
  // Looked for an open request first, with A's credentials in the standby region; no waiting, no support case.
  expect(ops(first.wire, 'ListRequestedServiceQuotaChangeHistoryByQuota').map((c) => [c.account, c.region])).toEqual([[A, 'us-west-2']]);
  expect(ops(first.wire, 'GetRequestedServiceQuotaChange')).toEqual([]);
  expect(ops(first.wire, 'CreateSupportCase')).toEqual([]);
  // The request is A's: nothing in the management account or the other members.
  expect(member(fake.seed as ScanFakeSeed, A).requests).toEqual([expect.objectContaining({ id: filed.requestId, region: 'us-west-2', desiredValue: 500, status: 'PENDING' })]);
  expect(fake.seed.requests ?? []).toEqual([]);
  expect(member(fake.seed as ScanFakeSeed, B).requests ?? []).toEqual([]);
  expect(first.err).toContain('quota-guard: DR prewarm: 1 filed.');

  // The gap is still there (the request is pending): the next run finds the open request and files nothing.
  const second = await cli();
  expect(ops(second.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
  expect(second.report.requests).toEqual([expect.objectContaining({ account: A, outcome: 'reused', requestId: filed.requestId, status: 'PENDING', requestedValue: 500 })]);
  expect(member(fake.seed as ScanFakeSeed, A).requests).toHaveLength(1);
  expect(second.err).toContain('DR prewarm: 1 already open (reused).');
});

test('an open request made elsewhere (by hand, or another run) is reused, never a second one', async () => {
  const s = seed();
  const existing: FakeRequest = { id: 'b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5ByHand01', region: 'us-west-2', serviceCode: 'ec2', quotaCode: CODE, desiredValue: 800, status: 'CASE_OPENED', caseId: '1234567890', created: 1767225600 };
  // A decided request of C does not count as open: C gets a new one.
  const denied: FakeRequest = { id: 'c0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5Denied01', region: 'us-west-2', serviceCode: 'ec2', quotaCode: CODE, desiredValue: 5000, status: 'DENIED', created: 1767225600 };
  s.members![A].requests = [existing];
  s.members![C].requests = [denied];
  const { fake } = await start(s);
  const run = await cli();
  expect(run.report.requests!.map((r) => [r.account, r.outcome, r.requestId, r.status, r.caseId, r.requestedValue, r.desiredValue])).toEqual([
    [A, 'reused', existing.id, 'CASE_OPENED', '1234567890', 800, 500],
    [C, 'filed', expect.any(String), 'PENDING', null, 600, 600],
  ]);
  expect(ops(run.wire, 'RequestServiceQuotaIncrease').map((c) => c.account)).toEqual([C]);
  expect(member(fake.seed as ScanFakeSeed, A).requests).toHaveLength(1);

  // ResourceAlreadyExistsException (filed by someone else between the look and the request) is a reuse too.
  const s2 = seed();
  s2.members![A].requests = [{ ...existing, status: 'PENDING', caseId: undefined, hiddenFromLists: 1 }];
  s2.members![C] = memberSeed({ 'us-east-1': { vcpu: 2000, vcpuUsage: [10] }, 'us-west-2': { vcpu: 500 } });
  await env!.restore();
  await start(s2);
  const raced = await cli();
  expect(ops(raced.wire, 'RequestServiceQuotaIncrease')).toHaveLength(1);
  expect(raced.report.requests).toEqual([expect.objectContaining({ account: A, outcome: 'reused', requestId: existing.id, status: 'PENDING' })]);
});

test('beyond a cap nothing is filed and the report says what to request by hand; the caps are the check\'s flags', async () => {
  await start(seed());
  // A: 500 is 1.25 × 400; C: 600 is 1.2 × 500.
  const capped = await cli('--max-increase-factor', '1.2');
  expect(capped.report.requests!.map((r) => [r.account, r.outcome])).toEqual([
    [A, 'over-cap'],
    [C, 'filed'],
  ]);
  const [a] = capped.report.requests!;
  expect(a).toMatchObject({ requestId: null, status: null, desiredValue: 500 });
  expect(a.note).toBe(`asking for 500 (1.25 × the current 400) is beyond max-increase-factor 1.2; nothing filed. If 500 is right, request it by hand in the Service Quotas console (${CONSOLE}). Sign in to account ${A} for that.`);
  expect(ops(capped.wire, 'RequestServiceQuotaIncrease').map((c) => c.account)).toEqual([C]);
  expect(capped.err).toContain('DR prewarm: 1 filed, 1 not filed (1 beyond a cap: request by hand).');

  // max-increase per quota code, and max-requests 0: nothing at all is filed; C's open request is still reused.
  const none = await cli('--max-increase', `${CODE}=50`, '--max-requests', '0', '--support-case', 'never');
  expect(none.report.requests!.map((r) => [r.account, r.outcome])).toEqual([
    [A, 'over-cap'],
    [C, 'reused'],
  ]);
  expect(none.report.requests![0].note).toMatch(/^asking for 500 adds 100 to the current 400, beyond max-increase 50 for L-1216C47A; nothing filed/);
  expect(ops(none.wire, 'RequestServiceQuotaIncrease')).toEqual([]);

  // Flags are checked like the check's: a bad value is a usage error before anything is scanned.
  env!.fake.calls.length = 0;
  let err = '';
  const code = await scanCommand(['--policy', path.join(dir, 'quota-guard.yml'), '--max-increase-factor', '0.5'], { stdout: () => {}, stderr: (t) => (err += t), env: {} });
  expect(code).toBe(2);
  expect(err).toBe("quota-guard: --max-increase-factor has the value '0.5'; accepted values are numbers above 1, or empty / none for no factor cap\n");
  expect(env!.fake.calls).toEqual([]);
});

test('max-requests is one budget for the whole scan, across member accounts', async () => {
  const { fake } = await start(seed());
  const run = await cli('--max-requests', '1');
  expect(run.report.requests!.map((r) => [r.account, r.outcome])).toEqual([
    [A, 'filed'],
    [C, 'max-requests'],
  ]);
  expect(run.report.requests![1].note).toBe('max-requests (1) already filed in this run; nothing filed for this quota, a later run files it');
  expect(member(fake.seed as ScanFakeSeed, C).requests ?? []).toEqual([]);
});

test('a quota AWS does not raise is reported, not requested; --no-prewarm only lists', async () => {
  const s = seed();
  for (const q of s.members![A].regions!['us-west-2'].quotas!) q.adjustable = false;
  await start(s);
  const run = await cli();
  expect(run.report.prewarm.find((p) => p.account === A)).toMatchObject({ adjustable: false });
  expect(run.report.requests![0]).toMatchObject({ account: A, outcome: 'not-adjustable', requestId: null });
  expect(run.report.requests![0].note).toMatch(/^AWS does not raise this quota \(not adjustable\), so nothing is requested/);
  // Only C needed AWS: one prewarm AssumeRole, one request.
  expect(prewarmAssumes(run.wire).map((c) => (c.body as { RoleArn: string }).RoleArn)).toEqual([`arn:aws:iam::${C}:role/QuotaGuardReadOnly`]);
  expect(ops(run.wire, 'RequestServiceQuotaIncrease').map((c) => c.account)).toEqual([C]);

  const listed = await cli('--no-prewarm');
  expect(listed.report.prewarm).toHaveLength(2);
  expect(listed.report.requests).toBeUndefined();
  expect(prewarmAssumes(listed.wire)).toEqual([]);
  expect(ops(listed.wire, 'ListRequestedServiceQuotaChangeHistoryByQuota')).toEqual([]);

  // The terminal table says what happened to each one.
  let text = '';
  await scanCommand(['--policy', path.join(dir, 'quota-guard.yml'), '--fail-on', 'never'], { stdout: (t) => (text += t), stderr: () => {}, env: {} });
  expect(text).toContain(`prewarm: ${A} us-west-2 ec2/${CODE}: 400 → 500: not filed (not-adjustable): AWS does not raise this quota`);
  expect(text).toMatch(new RegExp(`prewarm: ${C} us-west-2 ec2/${CODE}: 500 → 600: already open, reused: request \\w+ PENDING\n`));
  expect(text).toContain('DR prewarm: 1 already open (reused), 1 not filed (1 not adjustable).');
});

test('a denied AssumeRole is a reported error for that account, never a crash; the other accounts are filed', async () => {
  const s = seed();
  // The scan's read-only session works, prewarm's does not (e.g. the role's trust policy or the StackSet without
  // AllowPrewarm): only the prewarm AssumeRole into A is denied.
  s.faults = [{ operation: 'AssumeRole', kind: 'accessDenied', match: { RoleSessionName: 'quota-guard-prewarm', RoleArn: `arn:aws:iam::${A}:role/QuotaGuardReadOnly` } }];
  const { fake } = await start(s);
  const run = await cli();
  expect(run.code).toBe(0);
  expect(run.report.requests!.map((r) => [r.account, r.outcome])).toEqual([
    [A, 'error'],
    [C, 'filed'],
  ]);
  expect(run.report.requests![0].note).toMatch(new RegExp(`^nothing filed: cannot assume arn:aws:iam::${A}:role/QuotaGuardReadOnly: access denied: .*sts:AssumeRole.*\\(AccessDenied\\)`));
  expect(run.err).toContain('DR prewarm: 1 filed, 1 not filed (1 failed).');
  expect(member(fake.seed as ScanFakeSeed, A).requests ?? []).toEqual([]);

  // The filer on its own, with an external id the member does not accept: the same, one line, no exception.
  const lines: string[] = [];
  const out = await filePrewarm([{ account: B, region: 'us-west-2', serviceCode: 'ec2', quotaCode: CODE, currentValue: 400, desiredValue: 500, reason: 'DR test' }], {
    settings: { accounts: 'organization', include: [], exclude: [], organizationalUnits: [], regions: 'enabled', roleName: 'Missing', homeRegion: 'us-east-1' },
    externalId: 'ext-1',
    maxAttempts: 1,
    log: (l) => lines.push(l),
  });
  expect(out.requests).toEqual([expect.objectContaining({ account: B, outcome: 'error', requestId: null })]);
  expect(out.requests[0].note).toContain(`cannot assume arn:aws:iam::${B}:role/Missing`);
  expect(out.lines).toEqual(['DR prewarm: 1 not filed (1 failed).']);
  expect(lines.filter((l) => l.startsWith(`quota-guard: DR prewarm in ${B}:`))).toEqual([expect.stringMatching(/^quota-guard: DR prewarm in 333333333333: nothing filed for 1 quota\(s\): cannot assume/)]);
});

test('shards file their own accounts; a merge carries every shard\'s requests', async () => {
  const { fake } = await start(seed());
  const files: string[] = [];
  const filedBy: string[][] = [];
  for (const k of [1, 2]) {
    const file = path.join(dir, `prewarm-shard-${k}.json`);
    const run = await cli('--shard', `${k}/2`, '--output', file);
    filedBy.push(ops(run.wire, 'RequestServiceQuotaIncrease').map((c) => c.account!));
    files.push(file);
  }
  expect(filedBy.flat().sort()).toEqual([A, C]);
  expect(fake.seed.requests ?? []).toEqual([]);
  let out = '';
  expect(await mergeCommand([...files, '--format', 'json', '--fail-on', 'never'], { stdout: (t) => (out += t), stderr: () => {}, env: {} })).toBe(0);
  const merged = JSON.parse(out) as ScanReport;
  expect(merged.requests!.map((r) => [r.account, r.outcome]).sort()).toEqual([
    [A, 'filed'],
    [C, 'filed'],
  ]);
});

describe('runScanAction', () => {
  let runScanAction: typeof import('../../src/action/scan.js').runScanAction;
  const saved = { ...process.env };
  const d = mkdtempSync(path.join(tmpdir(), 'qg-prewarm-action-'));
  const files = { output: path.join(d, 'output'), summary: path.join(d, 'summary.md') };
  beforeAll(async () => {
    ({ runScanAction } = await import('../../src/action/scan.js'));
  });
  beforeEach(() => {
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    Object.assign(process.env, { GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: d, GITHUB_REPOSITORY: 'acme/ops', GITHUB_RUN_ID: '77' });
    process.exitCode = undefined;
  });
  afterEach(() => {
    for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'RUNNER_TEMP', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    process.exitCode = undefined;
  });
  const outputs = (): Record<string, string> => parseOutputs(readFileSync(files.output, 'utf8'));
  // action.yml's defaults of the check's increase inputs.
  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    mode: 'scan',
    'working-directory': dir,
    'fail-on': 'never',
    'support-case': 'allow',
    'max-increase-factor': '10',
    'max-increase': '',
    'max-requests': '5',
    ...extra,
  });

  test('files with the check\'s increase inputs by default: JSON report, `requests` output and job summary', async () => {
    const { fake } = await start(seed());
    await runScanAction((name) => inputs({ 'max-increase': '150' })[name] ?? '');
    const o = outputs();
    const report = JSON.parse(readFileSync(o['report-path'], 'utf8')) as ScanReport;
    // C's 600 adds 100; A's 500 adds 100 too: both within max-increase 150.
    expect(report.requests!.map((r) => [r.account, r.region, r.outcome, r.status])).toEqual([
      [A, 'us-west-2', 'filed', 'PENDING'],
      [C, 'us-west-2', 'filed', 'PENDING'],
    ]);
    expect(report.requests![0].justification).toContain('quota-guard DR prewarm (acme/ops): account 222222222222');
    expect(report.requests![0].justification).toContain('Run: https://github.com/acme/ops/actions/runs/77');
    expect(JSON.parse(o.requests)).toEqual(report.requests);
    expect(member(fake.seed as ScanFakeSeed, A).requests).toHaveLength(1);
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('<details open><summary>2 DR prewarm increase request(s): 2 filed.');
    expect(summary).toContain(`222222222222 us-west-2 ec2/L-1216C47A: 400 → 500 (DR us-east-1 → us-west-2 (warm, 0.5 × primary usage): 1000 in use in us-east-1) — **filed: request ${report.requests![0].requestId} PENDING**`);
    expect(summary).toContain('DR prewarm: 2 filed. Not waited for');
    expect(process.exitCode).toBeUndefined();
  });

  test('a denied AssumeRole and a bad cap input: summary lines and a failed step with the input name, never a crash', async () => {
    const s = seed();
    s.faults = [{ operation: 'AssumeRole', kind: 'accessDenied', match: { RoleSessionName: 'quota-guard-prewarm' } }];
    await start(s);
    await runScanAction((name) => inputs()[name] ?? '');
    const report = JSON.parse(readFileSync(outputs()['report-path'], 'utf8')) as ScanReport;
    expect(report.requests!.map((r) => r.outcome)).toEqual(['error', 'error']);
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary).toContain('DR prewarm: 2 not filed (2 failed).');
    expect(summary).toMatch(/\*\*not filed \(error\): nothing filed: cannot assume arn:aws:iam::222222222222:role\/QuotaGuardReadOnly: access denied/);
    expect(process.exitCode).toBeUndefined();

    writeFileSync(files.output, '');
    env!.fake.calls.length = 0;
    await runScanAction((name) => inputs({ 'max-requests': 'lots' })[name] ?? '');
    expect(process.exitCode).toBe(1);
    expect(outputs()).toMatchObject({ passed: 'false', requests: '[]' });
    expect(env!.fake.calls).toEqual([]);
  });
});
