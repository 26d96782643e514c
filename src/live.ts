// The live AWS services a check uses, built once for the CLI and the action alike.
import type { ReadQuotas } from './check/check.js';
import type { DescribeChangeSet } from './inputs/load.js';
import { liveReader } from './aws/readings.js';
import { describeInstanceTypes } from './aws/instance-types.js';
import { describeChangeSet } from './aws/changeset.js';

export interface Live {
  read: ReadQuotas;
  resolveVcpus(instanceTypes: string[]): Promise<ReadonlyMap<string, number>>;
  describeChangeSet: DescribeChangeSet;
}

export function awsLive(region: string | undefined, log: (line: string) => void): Live {
  // vCPUs of a type do not change during a run: the re-check after an approved increase asks only for new types.
  const vcpus = new Map<string, number>();
  return {
    read: liveReader({ log }),
    // Instance type vCPUs are the same in every region that offers the type.
    resolveVcpus: async (types) => {
      const missing = types.filter((t) => !vcpus.has(t));
      if (missing.length) for (const [t, n] of await describeInstanceTypes(missing, region ?? 'us-east-1', { log })) vcpus.set(t, n);
      return vcpus;
    },
    describeChangeSet,
  };
}
