// The scan's reads on worker threads (src/scan/workers.ts) against a seeded fake organization: the same report as
// reading in one thread, and a worker that dies loses only the reads it had in flight.
import { jest } from '@jest/globals';
import path from 'node:path';
import type { ScanReport } from '../../src/scan/model.js';
import { MANAGEMENT, closeFake, memberSeed, policyYaml, scan, type RegionSpec } from './helpers.js';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';

jest.setTimeout(60_000);

const ENTRY = path.resolve('test/scan/worker/entry.mjs');
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const ids = Array.from({ length: 6 }, (_, i) => String(222222222222 + i * 111111));

/** Accounts whose regions differ (values, 30-day usage histories, a default-only value): every read is distinct. */
function seed(): Partial<ScanFakeSeed> {
  const region = (i: number, r: number): RegionSpec => ({
    vcpu: i === 2 && r === 1 ? null : 100 + 10 * i,
    vcpuUsage: Array.from({ length: 30 }, (_, d) => 30 + 2 * i + r + (29 - d) * (i % 3)),
    lambda: 1000,
    lambdaUsage: [100 * (i + 1), 90 * (i + 1)],
    vpcs: 5,
  });
  return {
    account: MANAGEMENT,
    regions: {},
    organization: { accounts: ids.map((id, i) => ({ id, name: `team-${i}` })) },
    members: Object.fromEntries(ids.map((id, i) => [id, memberSeed(Object.fromEntries(REGIONS.map((r, j) => [r, region(i, j)])))])),
  };
}

const YAML = policyYaml(`scan:\n  regions: [${REGIONS.join(', ')}]\nforecast: { enabled: true, within-days: 60 }\n`);

/** The report without what differs between any two runs (time, call counts: each worker walks the defaults once). */
function comparable(r: ScanReport) {
  const { generatedAt, calls, ...rest } = r;
  void generatedAt;
  void calls;
  return rest;
}

afterEach(() => {
  delete process.env.QG_TEST_WORKER_CRASH;
});
afterAll(closeFake);

test('two workers give the report one thread gives', async () => {
  const one = await scan(seed(), YAML);
  const two = await scan(seed(), YAML, { workers: { count: 2, entry: ENTRY } });
  expect(one.report.totals.accountRegions).toBe(ids.length * REGIONS.length);
  expect(one.report.observations.some((o) => o.quotas.some((q) => q.trend && q.history))).toBe(true);
  expect(comparable(two.report)).toEqual(comparable(one.report));
  // The member reads were made by the workers, and counted.
  expect(two.report.calls).toMatchObject({ AssumeRole: ids.length, ListServiceQuotas: one.report.calls!.ListServiceQuotas, GetMetricData: one.report.calls!.GetMetricData });
});

test("a worker that dies loses only its read in flight: that account-region is an error, the others are read", async () => {
  process.env.QG_TEST_WORKER_CRASH = `${ids[3]}/eu-west-1`;
  // One read at a time, so that the crashed worker had exactly one in flight.
  const run = await scan(seed(), YAML, { workers: { count: 2, entry: ENTRY }, concurrency: 1 });
  const lost = run.report.errors.filter((e) => /scan worker/.test(e.message));
  expect(lost).toHaveLength(1);
  expect(lost[0]).toMatchObject({ kind: 'read', account: ids[3], region: 'eu-west-1' });
  expect(lost[0].message).toMatch(/^the scan worker reading this account-region stopped \(exited with code 3\): nothing of it was read$/);
  // Every other account-region was read (the other regions of the same account included, by the other worker).
  const read = run.report.observations.filter((o) => o.quotas.length);
  expect(read).toHaveLength(ids.length * REGIONS.length - 1);
  expect(run.lines.some((l) => /scan worker \d stopped: exited with code 3/.test(l))).toBe(true);
});

test('when every worker is gone, the remaining reads run in the scanning thread', async () => {
  process.env.QG_TEST_WORKER_CRASH = '*';
  const run = await scan(seed(), YAML, { workers: { count: 2, entry: ENTRY }, concurrency: 1 });
  // Each worker died on its first read; the scan still ended, with those two reads as errors and the rest read.
  expect(run.report.errors.filter((e) => /scan worker/.test(e.message))).toHaveLength(2);
  expect(run.report.observations.filter((o) => o.quotas.length)).toHaveLength(ids.length * REGIONS.length - 2);
});
