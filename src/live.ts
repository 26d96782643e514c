// The live AWS services a check uses, built once for the CLI and the action alike.
import type { Live, LiveSettings } from './check/pipeline.js';
import { liveReader } from './aws/readings.js';
import { describeInstanceTypes } from './aws/instance-types.js';
import { describeChangeSet } from './aws/changeset.js';

export function awsLive(region: string | undefined, log: (line: string) => void, settings: LiveSettings = {}): Live {
  // vCPUs of a type do not change during a run: the re-check after an approved increase asks only for new types.
  const vcpus = new Map<string, number>();
  return {
    read: liveReader({ log, ...(settings.accountRoles ? { accountRoles: settings.accountRoles } : {}) }),
    // Instance type vCPUs are the same in every region that offers the type.
    resolveVcpus: async (types) => {
      const missing = types.filter((t) => !vcpus.has(t));
      if (missing.length) for (const [t, n] of await describeInstanceTypes(missing, region ?? 'us-east-1', { log })) vcpus.set(t, n);
      return vcpus;
    },
    describeChangeSet,
  };
}
