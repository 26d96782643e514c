// Checks the offline vCPU rule against the 1,373 real instance types (DescribeInstanceTypes DefaultVCpus, moto dump).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { instanceClass, offlineVcpus } from '../../src/quotas/instance-types.js';

const DUMP = path.resolve(process.cwd(), '../shared/reference/instance-type-vcpus.json');

interface DumpEntry {
  vcpus: number;
  usage?: string[];
  metal?: boolean;
}

function loadDump(): Record<string, DumpEntry> {
  if (!existsSync(DUMP)) throw new Error(`instance-type corpus not found at ${DUMP}: run from the repo root with ../shared present`);
  return JSON.parse(readFileSync(DUMP, 'utf8')) as Record<string, DumpEntry>;
}

describe('offline instance-type rules vs DescribeInstanceTypes', () => {
  const dump = loadDump();
  const types = Object.keys(dump).sort();

  it('has the expected shape', () => {
    expect(types.length).toBeGreaterThan(1000);
    for (const t of types) expect(typeof dump[t]!.vcpus).toBe('number');
  });

  it('offlineVcpus matches DefaultVCpus for at least 98% of types', () => {
    const mismatches: string[] = [];
    for (const t of types) {
      const got = offlineVcpus(t);
      if (got !== dump[t]!.vcpus) mismatches.push(`${t}: rule ${got ?? 'undefined'}, real ${dump[t]!.vcpus}`);
    }
    const rate = (types.length - mismatches.length) / types.length;
    console.log(`offlineVcpus: ${types.length - mismatches.length}/${types.length} = ${(rate * 100).toFixed(2)}%` + (mismatches.length ? `\nmismatches:\n  ${mismatches.join('\n  ')}` : ''));
    expect(rate).toBeGreaterThanOrEqual(0.98);
  });

  it('gives every type with a vCPU rule a class, except mac dedicated-host types', () => {
    const missing = types.filter((t) => offlineVcpus(t) !== undefined && !t.startsWith('mac') && instanceClass(t) === undefined);
    expect(missing).toEqual([]);
    const macWithClass = types.filter((t) => t.startsWith('mac') && instanceClass(t) !== undefined);
    expect(macWithClass).toEqual([]);
  });
});
