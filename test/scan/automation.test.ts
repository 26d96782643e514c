// The scan's automation rules against a seeded fake organization: quotas at `auto` file an increase to the target
// utilisation through the increase flow (STS AssumeRole into the member, Service Quotas with its credentials), `request`
// plans it for an approval run, which files it; every filing is never twice, within the caps, across accounts.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanCommand } from '../../src/cli/scan.js';
import type { ScanReport } from '../../src/scan/model.js';
import { parsePolicy } from '../../src/scan/policy.js';
import { issueLines, renderIssueBody, renderScanMarkdown } from '../../src/scan/markdown.js';
import { buildScanReport } from '../../src/scan/report.js';
import { MAX_ISSUE_CHARTS } from '../../src/scan/chart.js';
import { parsePlannedRequests } from '../../src/scan/options.js';
import { useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { ScanFakeCall, ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { MANAGEMENT, memberSeed } from './helpers.js';
import { parseOutputs } from '../e2e/helpers.js';

jest.setTimeout(60_000);

const A = '222222222222';
const B = '333333333333';
const C = '444444444444';
const CODE = 'L-1216C47A';
/** 95 of 100 used: usage ÷ 0.6 = 158.3, rounded up to the step (two significant figures from 100 on) = 160. */
const TARGET_VALUE = 160;

const at95 = () => memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [95, 90] } });
const quiet = () => memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: [10] } });

function org(members: Record<string, ReturnType<typeof memberSeed>>): ScanFakeSeed {
  return {
    account: MANAGEMENT,
    regions: {},
    organization: { accounts: Object.keys(members).map((id, i) => ({ id, name: `team${i}-prod` })) },
    members,
  };
}

const policy = (level: string, rest = '') => `version: 1
scan: { regions: [eu-west-1] }
forecast: false
quotas:
  - quota: ec2/L-1216C47A
    automation: ${level}
${rest}`;

let env: FakeEnv | undefined;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'qg-automation-'));
});
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

async function cli(yaml: string, ...flags: string[]): Promise<{ report: ScanReport; err: string; wire: ScanFakeCall[] }> {
  const file = path.join(dir, 'quota-guard.yml');
  writeFileSync(file, yaml);
  env!.fake.calls.length = 0;
  let out = '';
  let err = '';
  const code = await scanCommand(['--policy', file, '--format', 'json', '--fail-on', 'never', ...flags], { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  if (code === 2) throw new Error(err);
  return { report: JSON.parse(out) as ScanReport, err, wire: env!.fake.calls as ScanFakeCall[] };
}

const ops = (wire: ScanFakeCall[], op: string): ScanFakeCall[] => wire.filter((c) => c.operation === op);
const requestsOf = (id: string) => (env!.fake.seed as ScanFakeSeed).members![id].requests ?? [];

describe('automation levels', () => {
  test('auto: a quota at 95 % files one request, to the target utilisation, in the member account; a second scan reuses it', async () => {
    env = await useFakeAws(org({ [A]: at95(), [B]: quiet() }));
    const first = await cli(policy('auto'));
    expect(first.report.automation).toEqual([
      expect.objectContaining({ account: A, region: 'eu-west-1', quotaCode: CODE, currentValue: 100, desiredValue: TARGET_VALUE, trigger: 'utilisation', level: 'auto' }),
    ]);
    expect(ops(first.wire, 'RequestServiceQuotaIncrease')).toEqual([
      expect.objectContaining({ account: A, region: 'eu-west-1', body: { ServiceCode: 'ec2', QuotaCode: CODE, DesiredValue: TARGET_VALUE, SupportCaseAllowed: true } }),
    ]);
    expect(first.report.requests).toEqual([expect.objectContaining({ account: A, outcome: 'filed', status: 'PENDING', desiredValue: TARGET_VALUE, trigger: 'utilisation' })]);
    expect(first.report.requests![0].justification).toMatch(/^quota-guard scan, utilisation trigger: account 222222222222 needs more of .* 95 % used \(trigger 90 %\); asks for 160 to bring it to 60 % utilisation\. This asks for 160 \(now 100\)\.$/);
    expect(first.err).toContain('quota-guard: Increase requests: 1 filed.');
    expect(requestsOf(A)).toHaveLength(1);
    expect(requestsOf(B)).toHaveLength(0);

    const second = await cli(policy('auto'));
    expect(ops(second.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
    expect(second.report.requests).toEqual([expect.objectContaining({ account: A, outcome: 'reused', requestId: first.report.requests![0].requestId })]);
    expect(requestsOf(A)).toHaveLength(1);

    // The summary and the sticky issue list the request: one line, with its status and link.
    const md = renderScanMarkdown(second.report);
    expect(md).toContain('#### Increase requests (automation rules)');
    expect(md).toContain(`222222222222 eu-west-1 ec2/L-1216C47A: 100 → 160 (auto, utilisation: 95 % used (trigger 90 %); asks for 160 to bring it to 60 % utilisation) — **already open, reused: request ${first.report.requests![0].requestId} PENDING**`);
    const body = renderIssueBody(second.report, issueLines(second.report));
    expect(body).toContain(`**Increase requests**\n\n- 222222222222 eu-west-1 ec2/L-1216C47A (utilisation): 100 → 160 — request ${first.report.requests![0].requestId} **PENDING** ([console](https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A))`);
  });

  test('request: nothing is filed; the planned request is written; an approval run files it; a later scan reuses it', async () => {
    env = await useFakeAws(org({ [A]: at95() }));
    const planned = await cli(policy('request'));
    expect(ops(planned.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
    // It looked for an open request first (none), with A's credentials.
    expect(ops(planned.wire, 'ListRequestedServiceQuotaChangeHistoryByQuota').map((c) => c.account)).toEqual([A]);
    expect(planned.report.requests).toEqual([expect.objectContaining({ account: A, outcome: 'planned', requestId: null, desiredValue: TARGET_VALUE, trigger: 'utilisation' })]);
    expect(planned.report.requests![0].note).toMatch(/awaiting approval: asks for 160; the approval job \(mode: file-requests\) files it/);
    expect(planned.err).toContain('Increase requests: 1 awaiting approval.');

    // The approval job: mode file-requests with the scan's `requests` output.
    const approved = await approvalRun(JSON.stringify(planned.report.requests));
    expect(approved.exitCode).toBeUndefined();
    expect(JSON.parse(approved.outputs.requests)).toEqual([expect.objectContaining({ account: A, outcome: 'filed', status: 'PENDING', desiredValue: TARGET_VALUE })]);
    expect(approved.outputs.passed).toBe('true');
    expect(approved.summary).toContain('Approved increase requests: 1 filed.');
    expect(requestsOf(A)).toEqual([expect.objectContaining({ desiredValue: TARGET_VALUE, status: 'PENDING' })]);

    // Approving twice (a re-run of the approval job) reuses it.
    const again = await approvalRun(JSON.stringify(planned.report.requests));
    expect(JSON.parse(again.outputs.requests)).toEqual([expect.objectContaining({ outcome: 'reused' })]);
    expect(requestsOf(A)).toHaveLength(1);

    const later = await cli(policy('request'));
    expect(later.report.requests).toEqual([expect.objectContaining({ account: A, outcome: 'reused', status: 'PENDING' })]);
    expect(ops(later.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
  });

  test('report and notify: findings only, nothing planned or filed; report-level findings stay out of the issue', async () => {
    env = await useFakeAws(org({ [A]: at95() }));
    for (const level of ['report', 'notify']) {
      const run = await cli(policy(level));
      expect(run.report.automation).toBeUndefined();
      expect(run.report.requests).toBeUndefined();
      expect(run.report.findings).toContainEqual(expect.objectContaining({ kind: 'utilisation', level: 'critical', account: A }));
      expect(ops(run.wire, 'AssumeRole').filter((c) => (c.body as { RoleSessionName: string }).RoleSessionName === 'quota-guard-prewarm')).toEqual([]);
    }
    expect(issueLines((await cli(policy('report'))).report)).toEqual([]);
    expect(issueLines((await cli(policy('notify'))).report)).toHaveLength(1);
  });
});

describe('triggers', () => {
  test('a baseline gap files once, for the baseline; the next scan reuses it', async () => {
    env = await useFakeAws(org({ [A]: quiet() }));
    const yaml = policy('auto', 'environments:\n  production: { match: { names: ["*-prod"] }, baselines: { ec2/L-1216C47A: 256 } }\n');
    const first = await cli(yaml);
    expect(first.report.automation).toEqual([expect.objectContaining({ account: A, trigger: 'baseline', currentValue: 100, desiredValue: 260 })]);
    expect(ops(first.wire, 'RequestServiceQuotaIncrease').map((c) => (c.body as { DesiredValue: number }).DesiredValue)).toEqual([260]);
    const second = await cli(yaml);
    expect(ops(second.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
    expect(requestsOf(A)).toHaveLength(1);
  });

  test('a forecast of exhaustion files once, for the usage the trend reaches at the horizon ÷ the target', async () => {
    // 60 used of 100, rising 1 a day over 30 days: runs out in ~40 days; forecast-days 45 fires.
    const rising = Array.from({ length: 30 }, (_, i) => 60 - i);
    env = await useFakeAws(org({ [A]: memberSeed({ 'eu-west-1': { vcpu: 100, vcpuUsage: rising } }) }));
    const yaml = `version: 1
scan: { regions: [eu-west-1] }
forecast: { within-days: 60 }
automation:
  triggers: { forecast-days: 45 }
quotas:
  - quota: ec2/L-1216C47A
    automation: auto
`;
    const first = await cli(yaml);
    // 60 + 1 × 45 = 105 at the horizon; 105 ÷ 0.6 = 175.
    expect(first.report.automation).toEqual([expect.objectContaining({ account: A, trigger: 'forecast', desiredValue: 180 })]);
    expect(ops(first.wire, 'RequestServiceQuotaIncrease')).toHaveLength(1);
    const second = await cli(yaml);
    expect(ops(second.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
    // The chart of the quota closest to exhaustion is in the summary.
    const md = renderScanMarkdown(second.report);
    expect(md).toContain('#### Closest to exhaustion');
    expect(md).toMatch(/```mermaid\nxychart-beta\n {4}title "222222222222 eu-west-1 ec2\/L-1216C47A: 60 %, runs out in ~\d+ d"/);
  });

  test('a request AWS refused lately is not asked for again every night; an older refusal is', async () => {
    const s = org({ [A]: at95(), [B]: at95() });
    const day = 86_400;
    const now = Math.floor(Date.now() / 1000);
    s.members![A].requests = [{ id: 'a'.repeat(40), region: 'eu-west-1', serviceCode: 'ec2', quotaCode: CODE, desiredValue: 160, status: 'DENIED', created: now - 3 * day }];
    s.members![B].requests = [{ id: 'b'.repeat(40), region: 'eu-west-1', serviceCode: 'ec2', quotaCode: CODE, desiredValue: 160, status: 'DENIED', created: now - 45 * day }];
    env = await useFakeAws(s);
    const run = await cli(policy('auto'));
    expect(run.report.requests!.map((r) => [r.account, r.outcome, r.status])).toEqual([
      [A, 'previous', 'DENIED'],
      [B, 'filed', 'PENDING'],
    ]);
    expect(run.report.requests![0].note).toMatch(/AWS decided the last request for this quota DENIED less than 30 days ago/);
    expect(run.err).toContain('Increase requests: 1 filed, 1 not filed (1 refused by AWS lately, not asked again yet).');
  });

  test('caps hold across accounts: max-requests counts every account of the run; max-increase-factor refuses the rest', async () => {
    env = await useFakeAws(org({ [A]: at95(), [B]: at95(), [C]: at95() }));
    const run = await cli(policy('auto'), '--max-requests', '2');
    expect(ops(run.wire, 'RequestServiceQuotaIncrease')).toHaveLength(2);
    expect(run.report.requests!.map((r) => r.outcome)).toEqual(['filed', 'filed', 'max-requests']);
    const capped = await cli(policy('auto'), '--max-increase-factor', '1.5');
    // A and B reuse their open requests; C's 160 is beyond 1.5 × 100.
    expect(capped.report.requests!.map((r) => r.outcome)).toEqual(['reused', 'reused', 'over-cap']);
    expect(ops(capped.wire, 'RequestServiceQuotaIncrease')).toEqual([]);
  });
});

describe('charts', () => {
  test('the quotas closest to exhaustion, worst first, bounded in the issue; usage, quota and forecast lines', () => {
    const history = (last: number) => Array.from({ length: 30 }, (_, i) => last - (29 - i));
    const observations = [50, 95, 80, 99, 70, 90].map((usage, i) => ({
      account: `${i + 2}`.repeat(12).slice(0, 12),
      region: 'eu-west-1',
      quotas: [{ serviceCode: 'ec2', quotaCode: CODE, value: 100, usage, history: history(usage), trend: { slopePerDay: 1, level: usage, asOf: '2026-03-01T12:00:00.000Z', points: 30 } }],
    }));
    const report = buildScanReport({
      policy: parsePolicy('quotas: [ec2/L-1216C47A]\n'),
      shards: [],
      targets: observations.map((o) => ({ account: o.account, regions: ['eu-west-1'] })),
      observations,
      errors: [],
      failOn: 'never',
      now: new Date('2026-03-01T12:00:00Z'),
    });
    const body = renderIssueBody(report, issueLines(report));
    const blocks = body.split('```mermaid').length - 1;
    expect(blocks).toBe(MAX_ISSUE_CHARTS);
    // Closest first: 99 % (1 day left), then 95 %, then 90 %.
    const titles = [...body.matchAll(/title "(\d{12}) /g)].map((m) => m[1]);
    expect(titles).toEqual(['555555555555', '333333333333', '777777777777']);
    const first = body.slice(body.indexOf('```mermaid'));
    const lines = [...first.matchAll(/ {4}line \[([^\]]*)\]/g)].slice(0, 3).map((m) => m[1].split(', ').map(Number));
    expect(lines[0]).toHaveLength(30); // usage: the past 30 days
    expect(lines[0].at(-1)).toBe(99);
    expect(new Set(lines[1])).toEqual(new Set([100])); // the quota value
    expect(lines[2].length).toBeGreaterThan(30); // the forecast goes on until it reaches the value
    expect(lines[2].at(-1)).toBeGreaterThanOrEqual(100);
    expect(renderScanMarkdown(report).split('```mermaid').length - 1).toBe(5);
  });
});

describe('approved-requests input', () => {
  const planned = { account: A, region: 'eu-west-1', serviceCode: 'ec2', quotaCode: CODE, currentValue: 100, desiredValue: 160, outcome: 'planned', trigger: 'utilisation', justification: 'why' };
  test('only planned entries are filed; a garbled one is refused with its index, never filed', () => {
    expect(parsePlannedRequests(JSON.stringify([{ ...planned, outcome: 'filed' }, planned]), "input 'approved-requests'")).toEqual([
      { account: A, region: 'eu-west-1', serviceCode: 'ec2', quotaCode: CODE, currentValue: 100, desiredValue: 160, reason: 'approved in the approval job', trigger: 'utilisation', level: 'auto', justification: 'why' },
    ]);
    expect(() => parsePlannedRequests('nope', "input 'approved-requests'")).toThrow("input 'approved-requests' is not JSON: expected the `requests` output of a scan job");
    expect(() => parsePlannedRequests('{}', "input 'approved-requests'")).toThrow(/is not a JSON array/);
    expect(() => parsePlannedRequests(JSON.stringify([planned, { ...planned, desiredValue: 90 }]), "input 'approved-requests'")).toThrow(/^input 'approved-requests': entry 1 is planned but lacks/);
    expect(() => parsePlannedRequests(JSON.stringify([{ ...planned, account: '12' }]), "input 'approved-requests'")).toThrow(/entry 0/);
    // JSON.stringify would write a non-finite number as null: the text says 1e999, which JSON.parse reads as Infinity.
    const infinite = JSON.stringify([{ ...planned, desiredValue: 200 }]).replace('"desiredValue":200', '"desiredValue":1e999');
    expect(infinite).toContain('"desiredValue":1e999');
    expect(() => parsePlannedRequests(infinite, "input 'approved-requests'")).toThrow(/entry 0/);
  });
});

describe('policy', () => {
  test('automation section and per-quota levels are validated with the path and line', () => {
    expect(() => parsePolicy('automation: { level: sometimes }\n')).toThrow('automation.level (line 1): expected one of report, notify, request, auto; got "sometimes"');
    expect(() => parsePolicy('automation: { target-utilisation: 120 }\n')).toThrow(/automation\.target-utilisation \(line 1\): expected a percentage above 0 and below 100/);
    expect(() => parsePolicy('quotas:\n  - { quota: ec2/L-1216C47A, automation: { level: auto, when: always } }\n')).toThrow(/quotas\[0\]\.automation\.when .*unknown key/);
    const p = parsePolicy('automation:\n  level: request\n  target-utilisation: 50\n  triggers: { utilisation: warning, forecast-days: false, dr-parity: false }\n');
    expect(p.automation).toEqual({ level: 'request', targetUtilisation: 0.5, triggers: { utilisation: 80, forecastDays: null, baseline: true, drParity: false } });
  });
});

/** runScanAction in mode file-requests, as the approval job runs it. */
async function approvalRun(requests: string): Promise<{ outputs: Record<string, string>; summary: string; exitCode: number | string | undefined }> {
  const { runScanAction } = await import('../../src/action/scan.js');
  const d = mkdtempSync(path.join(tmpdir(), 'qg-approval-'));
  const files = { GITHUB_OUTPUT: path.join(d, 'output'), GITHUB_STEP_SUMMARY: path.join(d, 'summary.md') };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  const saved = { ...process.env };
  Object.assign(process.env, files, { RUNNER_TEMP: d });
  process.exitCode = undefined;
  const inputs: Record<string, string> = { mode: 'file-requests', 'approved-requests': requests, 'working-directory': dir, 'support-case': 'allow', 'max-increase-factor': '10', 'max-requests': '5' };
  try {
    await runScanAction((name) => inputs[name] ?? '');
    return { outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')), summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), exitCode: process.exitCode };
  } finally {
    for (const k of [...Object.keys(files), 'RUNNER_TEMP']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    process.exitCode = undefined;
  }
}
