// The pure core: forecast, findings, fail-on, sharding, renderers, the token bucket.
import { TokenBucket } from '../../src/aws/token-bucket.js';
import { dailyPeaks, exhaustion, fitTrend } from '../../src/scan/forecast.js';
import { analyse } from '../../src/scan/findings.js';
import { issueLines, newOrWorse, parseIssueState, renderIssueBody, renderScanMarkdown, renderScanText } from '../../src/scan/markdown.js';
import type { Observation, ScanPolicy, ScanTarget } from '../../src/scan/model.js';
import { parsePolicy } from '../../src/scan/policy.js';
import { buildScanReport, failingLevels, parseFailOn, scanPasses } from '../../src/scan/report.js';
import { accountFilter, environmentOf, globMatch, parseShard, shardOf } from '../../src/scan/targets.js';

const DAY = 86_400_000;
const END = Date.parse('2026-03-01T13:00:00Z');

describe('forecast', () => {
  const peaks = (values: number[]) => values.map((value, i) => ({ t: END - (values.length - 1 - i) * DAY, value }));

  test('Theil–Sen ignores one-off spikes that would tilt a least-squares line', () => {
    const base = Array.from({ length: 30 }, (_, i) => 100 + 5 * i);
    const spiky = base.map((v, i) => (i === 25 || i === 26 ? 2000 : v));
    expect(fitTrend(peaks(base), END)).toMatchObject({ slopePerDay: 5, level: 245, points: 30 });
    expect(fitTrend(peaks(spiky), END)).toMatchObject({ slopePerDay: 5, level: 245 });
  });

  test('fewer than 7 days give no trend; flat or falling usage never runs out', () => {
    expect(fitTrend(peaks([1, 2, 3, 4, 5, 6]), END)).toBeUndefined();
    const flat = fitTrend(peaks(Array(10).fill(50)), END)!;
    expect(exhaustion(flat, 100, 50, END)).toBeUndefined();
    const falling = fitTrend(peaks(Array.from({ length: 10 }, (_, i) => 100 - i)), END)!;
    expect(exhaustion(falling, 100, 91, END)).toBeUndefined();
  });

  test('days until the trend reaches the quota, from the higher of trend and current peak', () => {
    const t = fitTrend(peaks(Array.from({ length: 10 }, (_, i) => 100 + 10 * i)), END)!; // level 190 at END, +10/day
    expect(exhaustion(t, 500, 190, END)).toEqual({ days: 31, date: '2026-04-01' });
    expect(exhaustion(t, 500, 300, END)).toEqual({ days: 20, date: '2026-03-21' });
    expect(exhaustion(t, 500, 190, END + 5 * DAY)).toEqual({ days: 26, date: '2026-04-01' });
  });

  test('daily peaks: 24-hour buckets counted back from the end, dated at their end', () => {
    const ts = [END - DAY, END - DAY + 3_600_000, END - 2 * DAY, END - 2 * DAY + 1];
    expect(dailyPeaks(ts, [5, 9, 3, 4], END)).toEqual([
      { t: END - DAY, value: 4 },
      { t: END, value: 9 },
    ]);
  });
});

describe('findings', () => {
  const policy = (yaml: string): ScanPolicy => parsePolicy(`version: 1\nquotas: [ec2/L-1216C47A, lambda/L-B99A9384]\n${yaml}`, 'q.yml');
  const obs = (account: string, region: string, vcpu: [number | null, number | null], lambda?: [number, number]): Observation => ({
    account,
    region,
    quotas: [
      { serviceCode: 'ec2', quotaCode: 'L-1216C47A', value: vcpu[0], usage: vcpu[1] },
      ...(lambda ? [{ serviceCode: 'lambda', quotaCode: 'L-B99A9384', value: lambda[0], usage: lambda[1] }] : []),
    ],
  });
  const targets = (...ids: [string, string?][]): ScanTarget[] => ids.map(([account, environment]) => ({ account, regions: ['us-east-1'], ...(environment ? { environment } : {}) }));

  test('utilisation tiers 70 / 80 / 90, per-quota overrides, a zero quota in use', () => {
    const p = policy('');
    p.quotas[1].thresholds = { critical: 50 };
    const { findings } = analyse({
      policy: p,
      targets: targets(['1'], ['2'], ['3'], ['4'], ['5']),
      observations: [obs('1', 'r', [100, 69.9]), obs('2', 'r', [100, 70]), obs('3', 'r', [100, 85], [1000, 500]), obs('4', 'r', [100, 90]), obs('5', 'r', [0, 2])],
      errors: [],
      now: END,
    });
    expect(findings.map((f) => [f.account, f.quotaCode, f.level, f.percent ?? null])).toEqual([
      ['3', 'L-B99A9384', 'critical', 50],
      ['4', 'L-1216C47A', 'critical', 90],
      ['5', 'L-1216C47A', 'critical', null],
      ['3', 'L-1216C47A', 'warning', 85],
      ['2', 'L-1216C47A', 'info', 70],
    ]);
    expect(findings[2].message).toBe('over 100 % used (2 of 0; critical at 90 %)');
  });

  test('a forecast beyond the window or a quota already full is not a forecast finding', () => {
    const trend = { slopePerDay: 10, level: 500, asOf: new Date(END).toISOString(), points: 30 };
    const mk = (value: number, usage: number): Observation => ({ account: '1', region: 'r', quotas: [{ serviceCode: 'ec2', quotaCode: 'L-1216C47A', value, usage, trend }] });
    const run = (o: Observation) => analyse({ policy: policy(''), targets: targets(['1']), observations: [o], errors: [], now: END }).findings.filter((f) => f.kind === 'forecast');
    expect(run(mk(700, 500))).toHaveLength(1); // 20 days
    expect(run(mk(900, 500))).toHaveLength(0); // 40 days
    expect(run(mk(500, 500))).toHaveLength(0); // full already: the utilisation finding says so
  });

  test('drift: the usual value is the most common one (ties: the higher); regions are never compared', () => {
    const p = policy('environments:\n  production: { match: { names: ["x"] } }\n');
    const { findings } = analyse({
      policy: p,
      targets: targets(['1', 'production'], ['2', 'production'], ['3', 'production'], ['4']),
      observations: [obs('1', 'us-east-1', [100, 0]), obs('2', 'us-east-1', [200, 0]), obs('3', 'us-east-1', [200, 0]), obs('4', 'us-east-1', [5, 0]), obs('1', 'eu-west-1', [7, 0])],
      errors: [],
      now: END,
    });
    expect(findings.map((f) => [f.kind, f.account, f.region, f.expected])).toEqual([['drift', '1', 'us-east-1', 200]]);
  });

  test('errors become findings with stable keys', () => {
    const { findings } = analyse({ policy: policy(''), targets: targets(['1']), observations: [], errors: [{ kind: 'denied', account: '1', region: 'us-east-1', serviceCode: 'ec2', message: 'no' }], now: END });
    expect(findings).toEqual([{ key: '1|us-east-1|error:denied:ec2', kind: 'error', level: 'error', account: '1', region: 'us-east-1', serviceCode: 'ec2', message: 'no' }]);
  });
});

describe('fail-on', () => {
  test.each([
    ['critical', ['critical']],
    ['forecast', ['critical', 'forecast']],
    ['warning', ['critical', 'forecast', 'warning']],
    ['info', ['critical', 'forecast', 'warning', 'info']],
    ['critical,error', ['critical', 'error']],
    [' Error ', ['error']],
    ['never', []],
  ])('%s', (text, levels) => {
    expect([...failingLevels(parseFailOn(text))].sort()).toEqual([...levels].sort());
  });

  test('bad values', () => {
    expect(() => parseFailOn('shortfall')).toThrow(/"shortfall" is not one of critical/);
    expect(() => parseFailOn('never,error')).toThrow(/cannot be combined/);
    expect(() => parseFailOn('critical,warning')).toThrow(/give one level/);
  });

  test('passes', () => {
    const f = (level: 'warning' | 'error') => [{ key: 'k', kind: 'utilisation' as const, level, account: '1', region: 'r', message: '' }];
    expect(scanPasses(f('warning'), 'critical')).toBe(true);
    expect(scanPasses(f('warning'), 'warning')).toBe(false);
    expect(scanPasses(f('error'), 'info')).toBe(true);
    expect(scanPasses(f('error'), 'critical,error')).toBe(false);
  });
});

describe('targets', () => {
  test('shards are stable, 1-based and cover every account once', () => {
    const ids = Array.from({ length: 500 }, (_, i) => String(100000000000 + i));
    const counts = [0, 0, 0, 0, 0];
    for (const id of ids) counts[shardOf(id, 5) - 1]++;
    expect(counts.reduce((a, b) => a + b)).toBe(500);
    expect(Math.min(...counts)).toBeGreaterThan(70); // roughly a fifth each
    expect(shardOf('123456789012', 10)).toBe(shardOf('123456789012', 10));
    expect(parseShard('3/10')).toEqual({ index: 3, count: 10 });
    expect(() => parseShard('0/3')).toThrow(/K\/N/);
    expect(() => parseShard('4/3')).toThrow(/K\/N/);
  });

  test('include, exclude, shard and duplicates', () => {
    const keep = accountFilter({ include: ['1', '2', '3'], exclude: ['2'] });
    expect(['1', '2', '3', '4', '1'].filter(keep)).toEqual(['1', '3']);
  });

  test('environment: explicit ids first, then tags or name patterns in file order', () => {
    const p = parsePolicy(
      'environments:\n  production:\n    match: { names: ["*-prod"], tags: { Env: [prod] } }\n  staging:\n    match: { accounts: ["111111111111"], names: ["*-stg", "*"] }\n',
      'q.yml',
    );
    expect(environmentOf({ id: '111111111111', name: 'shop-prod' }, p.environments)).toBe('staging');
    expect(environmentOf({ id: '2', name: 'Shop-PROD' }, p.environments)).toBe('production');
    expect(environmentOf({ id: '3', name: 'x', tags: { Env: 'PROD' } }, p.environments)).toBe('production');
    expect(environmentOf({ id: '4', name: 'anything' }, p.environments)).toBe('staging');
    expect(environmentOf({ id: '5' }, p.environments)).toBeUndefined();
    expect(globMatch('a?c*', 'abcdef')).toBe(true);
    expect(globMatch('a.c', 'abc')).toBe(false);
  });
});

describe('renderers', () => {
  const report = buildScanReport({
    policy: parsePolicy('version: 1\nquotas: [ec2/L-1216C47A]\n', 'q.yml'),
    shards: [],
    targets: [{ account: '111111111111', name: 'shop <prod> | x', environment: 'production', regions: ['us-east-1'] }],
    observations: [{ account: '111111111111', region: 'us-east-1', quotas: [{ serviceCode: 'ec2', quotaCode: 'L-1216C47A', name: 'Running On-Demand Standard', value: 100, usage: 95 }] }],
    errors: [{ kind: 'denied', account: '111111111111', region: 'eu-west-1', message: 'access denied: cloudwatch:GetMetricData' }],
    failOn: 'critical',
    now: new Date(END),
  });

  test('summary: worst first, escaped, with totals and what fails', () => {
    const md = renderScanMarkdown(report);
    expect(md).toContain('### :x: quota-guard scan failed: 1 critical, 1 error');
    expect(md).toContain('**Scanned:** 1 account, 1 region, 1 account-region, 1 quota value checked, 1 error. **fail-on:** `critical`');
    expect(md).toContain('| :red_circle: CRITICAL (fails) | 111111111111 shop &lt;prod&gt; \\| x (production) | us-east-1 | Running On-Demand Standard ec2/L-1216C47A | 100 | 95 | 95 % used (95 of 100; critical at 90 %) |');
    expect(md.indexOf('CRITICAL')).toBeLessThan(md.indexOf('ERROR'));
    expect(renderScanText(report)).toMatch(/^quota-guard scan failed: 1 critical, 1 error\n1 account, /);
  });

  test('summary: the findings table stops at maxRows and says how many more the JSON report holds', () => {
    // Two findings (the critical quota and the read error): one row, then the note; none with room for both.
    const cut = renderScanMarkdown(report, { maxRows: 1 });
    expect(cut).toContain('| :red_circle: CRITICAL (fails) |');
    expect(cut).not.toContain('| :x: ERROR');
    expect(cut).toContain('|\n\n_1 more finding(s) are in the JSON report artifact._\n');
    const whole = renderScanMarkdown(report, { maxRows: 2 });
    expect(whole).toContain('| :x: ERROR');
    expect(whole).not.toContain('more finding(s)');
  });

  test('issue body: one line per key with a hidden id and level; new-or-worse detection', () => {
    const lines = issueLines(report, 'warning');
    expect(lines.map((l) => [l.key, l.level])).toEqual([
      ['111111111111|us-east-1|ec2/L-1216C47A', 'critical'],
      ['111111111111|eu-west-1|error:denied', 'error'],
    ]);
    const body = renderIssueBody(report, lines);
    expect(body).toContain(`<!-- qg:${lines[0].id}:critical:111111111111:us-east-1 -->`);
    const state = parseIssueState(body);
    expect(state.get(lines[0].id)).toBe('critical');
    expect(newOrWorse(lines, state)).toEqual([]);
    expect(newOrWorse(lines, new Map([[lines[0].id, 'warning']])).map((l) => l.level)).toEqual(['critical', 'error']);
    const small = renderIssueBody(report, lines, { maxLength: 400 });
    expect(small.length).toBeLessThanOrEqual(400);
    expect(small).toMatch(/more line\(s\) did not fit/);
  });
});

describe('TokenBucket', () => {
  test('serves up to its capacity at once, then one call per 1/rate, in order', async () => {
    let now = 0;
    const waits: number[] = [];
    const b = new TokenBucket({ rate: 10, capacity: 2, now: () => now, sleep: async (ms) => void waits.push(ms) });
    for (let i = 0; i < 5; i++) await b.take();
    expect(waits).toEqual([100, 200, 300]);
    now = 10_000;
    await b.take();
    expect(waits).toHaveLength(3);
  });
});
