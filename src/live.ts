// The live AWS services a check uses, built once for the CLI and the action alike.
import type { ReadQuotas } from './check/check.js';
import type { DescribeChangeSet } from './inputs/load.js';
import { liveReader } from './aws/readings.js';
import { describeInstanceTypes } from './aws/instance-types.js';
import { describeChangeSet } from './aws/changeset.js';
import { ACCOUNT_RE } from './model.js';

export interface Live {
  read: ReadQuotas;
  resolveVcpus(instanceTypes: string[]): Promise<ReadonlyMap<string, number>>;
  describeChangeSet: DescribeChangeSet;
}

export interface LiveSettings {
  /** Account id → role ARN: requirements for that account are read through the role (`account-roles`). */
  accountRoles?: Readonly<Record<string, string>>;
}

/** An IAM role ARN (partition aws, aws-cn or aws-us-gov; a path is allowed), per the IAM ARN format. */
const ROLE_ARN_RE = /^arn:aws(?:-cn|-us-gov)?:iam::(\d{12}):role\/[\w+=,.@\/-]{1,512}$/;

/**
 * `ACCOUNT=ROLE_ARN` entries → a map; the error names the entry and what is expected. The role must be in the account
 * it reads (its ARN names that account): a role elsewhere would read the wrong account.
 */
export function parseAccountRoles(entries: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(entry);
    if (!m) throw new Error(`'${entry}' is not ACCOUNT=ROLE_ARN (e.g. 111122223333=arn:aws:iam::111122223333:role/quota-guard-read)`);
    const [, account, arn] = m;
    if (!ACCOUNT_RE.test(account!)) throw new Error(`'${entry}': '${account}' is not a 12-digit AWS account id`);
    const arnAccount = ROLE_ARN_RE.exec(arn!)?.[1];
    if (!arnAccount) throw new Error(`'${entry}': '${arn}' is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)`);
    if (arnAccount !== account) throw new Error(`'${entry}': the role is in account ${arnAccount}, not ${account}; give a role in the account it reads`);
    if (out[account!] && out[account!] !== arn) throw new Error(`account ${account} has two roles (${out[account!]} and ${arn})`);
    out[account!] = arn!;
  }
  return out;
}

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
