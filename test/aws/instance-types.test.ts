// describeInstanceTypes against the local fake AWS: batches of 100, unknown names, faults.
import { jest } from '@jest/globals';
import { describeInstanceTypes } from '../../src/aws/instance-types.js';
import { callCounts, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeSeed } from '../fake-aws/server.mjs';

jest.setTimeout(30_000);

/** 150 made-up families with sizes large (2 vCPUs) and xlarge (4). */
const TYPES: Record<string, number> = Object.fromEntries(
  Array.from({ length: 75 }, (_, i) => [
    [`m${i + 10}.large`, 2],
    [`m${i + 10}.xlarge`, 4],
  ]).flat() as [string, number][],
);

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

async function run(seed: FakeSeed, types: string[], maxAttempts = 2) {
  env = await useFakeAws(seed);
  const lines: string[] = [];
  const map = await describeInstanceTypes(types, 'eu-west-1', { maxAttempts, log: (l) => lines.push(l) });
  const requests = env.fake.calls.map((c) => (c.body as { InstanceType?: string[] }).InstanceType ?? []);
  return { map, lines, calls: callCounts(env.fake), requests };
}

describe('describeInstanceTypes', () => {
  it('asks for at most 100 types per call and maps DefaultVCpus', async () => {
    const { map, calls, requests } = await run({ regions: { 'eu-west-1': { instanceTypes: TYPES } } }, Object.keys(TYPES));
    expect(map.size).toBe(150);
    expect(map.get('m10.large')).toBe(2);
    expect(map.get('m84.xlarge')).toBe(4);
    expect(calls).toEqual({ DescribeInstanceTypes: 2 });
    expect(requests.map((r) => r.length).sort((a, b) => a - b)).toEqual([50, 100]);
  });

  it('keys results by the names as given and asks once per distinct type', async () => {
    const { map, requests } = await run({ regions: { 'eu-west-1': { instanceTypes: TYPES } } }, ['M10.Large', 'm10.large', ' m11.xlarge ']);
    expect(Object.fromEntries(map)).toEqual({ 'M10.Large': 2, 'm10.large': 2, ' m11.xlarge ': 4 });
    expect(requests).toEqual([['m10.large', 'm11.xlarge']]);
  });

  it('sends a batch again without the names EC2 does not know', async () => {
    const types = [...Object.keys(TYPES).slice(0, 99), 'zz9.huge'];
    const { map, calls, requests, lines } = await run({ regions: { 'eu-west-1': { instanceTypes: TYPES } } }, types);
    expect(map.size).toBe(99);
    expect(map.has('zz9.huge')).toBe(false);
    expect(calls).toEqual({ DescribeInstanceTypes: 2 });
    expect(requests[1]).not.toContain('zz9.huge');
    expect(lines.join('\n')).toContain('zz9.huge');
  });

  it('returns an empty map and a log line when EC2 denies the call', async () => {
    const { map, lines } = await run(
      { regions: { 'eu-west-1': { instanceTypes: TYPES } }, faults: [{ operation: 'DescribeInstanceTypes', kind: 'accessDenied' }] },
      ['m10.large'],
    );
    expect(map.size).toBe(0);
    expect(lines.join('\n')).toContain('ec2:DescribeInstanceTypes');
  });

  it('keeps the batches that worked when one fails', async () => {
    const { map } = await run(
      { regions: { 'eu-west-1': { instanceTypes: TYPES } }, faults: [{ operation: 'DescribeInstanceTypes', kind: 'internal', match: { 'InstanceType.0': 'm10.large' } }] },
      Object.keys(TYPES),
      1,
    );
    expect(map.size).toBe(50);
    expect(map.has('m10.large')).toBe(false);
  });

  it('makes no call for no types', async () => {
    const { map, calls } = await run({ regions: {} }, []);
    expect(map.size).toBe(0);
    expect(calls).toEqual({});
  });
});
