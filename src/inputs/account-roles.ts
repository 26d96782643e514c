// The `account-roles` input / `--account-role` flag: which role reads which account's quotas and usage.
import { ACCOUNT_RE } from '../model.js';

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
