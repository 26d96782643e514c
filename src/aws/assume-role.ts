// STS AssumeRole into each member account's read-only role: one call per account, and the credentials are reused
// by every client of every region of that account ("store and reuse the temporary credentials for multiple
// cross-account calls", https://repost.aws/knowledge-center/iam-sts-throttling-error). STS speaks awsQuery
// (form body Action=AssumeRole&Version=2011-06-15, XML response; [BC sts]); the regional endpoint of the scan's home
// region is used, each regional endpoint being throttled on its own.
import { AssumeRoleCommand, STSClient, type Credentials } from '@aws-sdk/client-sts';
import { Limiters } from './common.js';
import { SCAN_RATES, describeFault, type ScanHttp } from './scan-http.js';

export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration?: Date;
}

/** An SDK credential provider: clients call it before signing and cache the result until `expiration`. */
export type CredentialProvider = () => Promise<TemporaryCredentials>;

export interface AssumeRoleOptions {
  roleName: string;
  externalId?: string;
  /** Shown in the member account's CloudTrail; 2–64 of [\w+=,.@-] ([BC sts] roleSessionNameType). */
  sessionName?: string;
  /** 900–43200 s ([BC sts] roleDurationSecondsType); the role's MaxSessionDuration must allow it. */
  durationSeconds?: number;
  /** STS endpoint region (the scan's home region). */
  region: string;
  /** The scanner's own credentials; default chain when absent. */
  credentials?: unknown;
}

const DEFAULT_SESSION_NAME = 'quota-guard-scan';
/** One hour: an account's regions are read in minutes, and providers re-assume if a session runs out. */
const DEFAULT_DURATION_SECONDS = 3600;
/** Re-assume this long before expiry so that no request is signed with credentials about to lapse. */
const REFRESH_MS = 5 * 60_000;

/**
 * Credentials that renew themselves: `renew` runs when none are held yet (no `first`) or REFRESH_MS before the held
 * ones expire; concurrent callers share one renewal. After a failed renewal, `retry` says whether the next caller
 * tries again, or every caller gets that failure for the rest of the run.
 */
export function renewing(renew: () => Promise<TemporaryCredentials>, options: { first?: TemporaryCredentials; retry: boolean }): CredentialProvider {
  let current = options.first ? Promise.resolve(options.first) : undefined;
  let expires = options.first?.expiration?.getTime() ?? Infinity;
  return () => {
    if (!current || Date.now() > expires - REFRESH_MS) {
      current = renew();
      expires = Infinity; // until the renewal settles
      current.then(
        (c) => (expires = c.expiration?.getTime() ?? Infinity),
        () => (expires = options.retry ? 0 : Infinity),
      );
    }
    return current;
  };
}

/** The credentials of an AssumeRole answer; AssumeRoleError when it holds none. */
function credentialsOf(c: Credentials | undefined, arn: string): TemporaryCredentials {
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) throw new AssumeRoleError(`AssumeRole ${arn} returned no credentials`);
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration ? { expiration: new Date(c.Expiration) } : {}) };
}

export class AssumeRoleError extends Error {}

export function roleArn(account: string, roleName: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}

export class RoleAssumer {
  private readonly client: STSClient;
  private readonly limiters = new Limiters(SCAN_RATES);

  constructor(
    private readonly http: ScanHttp,
    private readonly options: AssumeRoleOptions,
  ) {
    this.client = new STSClient(http.config(options.region, options.credentials));
  }

  /** Temporary credentials for the member role of `account`; AssumeRoleError names the role and the reason. */
  async assume(account: string, partition?: string): Promise<TemporaryCredentials> {
    const arn = roleArn(account, this.options.roleName, partition);
    try {
      const r = await this.limiters.schedule(this.options.region, 'AssumeRole', () => {
        this.http.count('AssumeRole');
        return this.client.send(
          new AssumeRoleCommand({
            RoleArn: arn,
            RoleSessionName: this.options.sessionName ?? DEFAULT_SESSION_NAME,
            DurationSeconds: this.options.durationSeconds ?? DEFAULT_DURATION_SECONDS,
            ...(this.options.externalId ? { ExternalId: this.options.externalId } : {}),
          }),
        );
      });
      return credentialsOf(r.Credentials, arn);
    } catch (e) {
      if (e instanceof AssumeRoleError) throw e;
      const f = describeFault(e, 'sts:AssumeRole', this.options.region);
      const hint =
        f.kind === 'denied'
          ? `; check that ${arn} exists (deploy examples/scan-member-role.stackset.yaml), trusts the scanner's role${this.options.externalId ? ' with this external id' : ''}, and that the scanner may call sts:AssumeRole on it`
          : '';
      throw new AssumeRoleError(`cannot assume ${arn}: ${f.message}${hint}`);
    }
  }

  /**
   * A provider for every client of one account: the first call assumes the role, later calls get the same
   * credentials until REFRESH_MS before they expire, then one new AssumeRole. Concurrent callers share one call.
   */
  provider(account: string, first: TemporaryCredentials, partition?: string): CredentialProvider {
    return renewing(() => this.assume(account, partition), { first, retry: true });
  }

}

/**
 * A credential provider for one role ARN, for the live check's other accounts (`account-roles`): the first call
 * assumes the role (one STS AssumeRole per account), later calls reuse the credentials until REFRESH_MS before they
 * expire; concurrent callers share one call. A failure is thrown to every client of the account, which reports it.
 */
export function assumeRoleProvider(
  arn: string,
  options: { region: string; config: (region: string, credentials?: unknown) => object; credentials?: unknown; count?: () => void; sessionName?: string },
): CredentialProvider & { destroy(): void } {
  let client: STSClient | undefined;
  // A failed assume is not retried within the run: every client of the account gets the same error.
  const provider = renewing(
    async () => {
      client ??= new STSClient(options.config(options.region, options.credentials));
      options.count?.();
      const r = await client.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: options.sessionName ?? 'quota-guard-check', DurationSeconds: DEFAULT_DURATION_SECONDS }));
      return credentialsOf(r.Credentials, arn);
    },
    { retry: false },
  );
  return Object.assign(provider, { destroy: () => client?.destroy() });
}
