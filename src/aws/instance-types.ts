// vCPUs of instance types from EC2 DescribeInstanceTypes (VCpuInfo.DefaultVCpus), for types the offline table
// (src/quotas/instance-types.ts) does not know. Whatever fails here is left out of the map, and the offline rule
// stays the fallback.
import { DescribeInstanceTypesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { clientConfig, faultReason, isCode, Limiters, type AwsCallOptions } from './common.js';
import { pages } from './paging.js';

/** DescribeInstanceTypes takes at most 100 names per call ([EC2 API] InstanceTypes, "up to 100"). */
const INSTANCE_TYPE_BATCH = 100;

/**
 * DefaultVCpus per instance type, keyed by the names as given. Types are sent trimmed and lower-cased, at most 100
 * per call. A batch answered InvalidInstanceType ("The following supplied instance types do not exist: [a, b]") is
 * sent again once without the names the message lists: one extra call instead of one call per type. When the
 * message names none of the batch, or the retry is refused again, the batch falls back to one call per type so a
 * bad name never costs the good ones. Any other error leaves the batch out, with a log line.
 */
export async function describeInstanceTypes(types: string[], region: string, options: AwsCallOptions = {}): Promise<Map<string, number>> {
  const log = options.log ?? (() => {});
  const limiters = new Limiters();
  const byName = new Map<string, string[]>();
  for (const t of types) {
    if (typeof t !== 'string') continue;
    const name = t.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(name)) continue;
    byName.set(name, [...(byName.get(name) ?? []), t]);
  }
  const out = new Map<string, number>();
  if (byName.size === 0) return out;
  const client = new EC2Client(clientConfig(region, options));
  const describe = async (batch: string[]): Promise<Map<string, number>> => {
    const found = new Map<string, number>();
    const send = (NextToken: string | undefined) =>
      limiters.schedule(region, 'DescribeInstanceTypes', () => client.send(new DescribeInstanceTypesCommand({ InstanceTypes: batch as never, NextToken })));
    for await (const page of pages(send, (p) => p.NextToken, { operation: 'DescribeInstanceTypes' })) {
      for (const it of page.InstanceTypes ?? []) {
        const v = it.VCpuInfo?.DefaultVCpus;
        if (it.InstanceType && typeof v === 'number' && Number.isFinite(v) && v > 0) found.set(it.InstanceType, v);
      }
    }
    return found;
  };
  const oneByOne = async (batch: string[]): Promise<Map<string, number>> => {
    const found = new Map<string, number>();
    await Promise.all(
      batch.map(async (t) => {
        try {
          for (const [k, v] of await describe([t])) found.set(k, v);
        } catch (e) {
          if (isCode(e, 'InvalidInstanceType')) log(`quota-guard: EC2 does not know instance type ${t} in ${region}`);
          else log(`quota-guard: ${faultReason(e, 'ec2:DescribeInstanceTypes', region)}`);
        }
      }),
    );
    return found;
  };
  const names = [...byName.keys()];
  try {
    const batches: string[][] = [];
    for (let i = 0; i < names.length; i += INSTANCE_TYPE_BATCH) batches.push(names.slice(i, i + INSTANCE_TYPE_BATCH));
    const results = await Promise.all(
      batches.map(async (batch): Promise<Map<string, number>> => {
        try {
          return await describe(batch);
        } catch (e) {
          if (!isCode(e, 'InvalidInstanceType')) {
            log(`quota-guard: ${faultReason(e, 'ec2:DescribeInstanceTypes', region)}; using the built-in vCPU table for ${batch.length} instance type(s)`);
            return new Map();
          }
          const invalid = invalidNames(e instanceof Error ? e.message : '').filter((n) => batch.includes(n));
          if (invalid.length) log(`quota-guard: EC2 does not know instance type(s) ${invalid.join(', ')} in ${region}`);
          const rest = batch.filter((n) => !invalid.includes(n));
          if (invalid.length === 0) return oneByOne(batch);
          if (rest.length === 0) return new Map();
          try {
            return await describe(rest);
          } catch (e2) {
            if (isCode(e2, 'InvalidInstanceType')) return oneByOne(rest);
            log(`quota-guard: ${faultReason(e2, 'ec2:DescribeInstanceTypes', region)}; using the built-in vCPU table for ${rest.length} instance type(s)`);
            return new Map();
          }
        }
      }),
    );
    for (const found of results) {
      for (const [name, vcpus] of found) for (const original of byName.get(name) ?? [name]) out.set(original, vcpus);
    }
  } finally {
    client.destroy();
  }
  return out;
}

/** Names in "The following supplied instance types do not exist: [a, b]". */
function invalidNames(message: string): string[] {
  const m = /\[([^\]]*)\]/.exec(message);
  if (!m) return [];
  return m[1]
    .split(',')
    .map((s) => s.trim().replace(/^['"]|['"]$/g, '').toLowerCase())
    .filter(Boolean);
}
