// What the AWS calls of an org-wide scan share: keep-alive sockets, call counts and fault wording. A scan builds
// short-lived clients per account-region (credentials and region are client settings in SDK v3); they all use the
// same two agents, so a 17,000 account-region scan reuses connections instead of opening one per client.
import http from 'node:http';
import https from 'node:https';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { RATES, clientConfig, faultReason, isAccessDenied, isCode, type AwsCallOptions } from './common.js';

const THROTTLED = ['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown', 'RequestThrottled'];

function isThrottled(e: unknown): boolean {
  return isCode(e, ...THROTTLED);
}

/**
 * The SDK's logger middleware runs every request and response through the schema's sensitive-data filter just to
 * hand the result to `logger.info`, even when that logger discards it — for 100-quota ListServiceQuotas pages that is
 * a large share of a scan's CPU. It calls `logger?.info?.(…)`, so a logger without `info` skips the filtering; the
 * SDK's warnings and errors still reach these no-ops exactly as they reach its default NoOpLogger.
 */
const QUIET_LOGGER = { trace() {}, debug() {}, warn() {}, error() {} };

/**
 * Rates the scan holds each API to (its `Limiters`), per account and region unless noted.
 * - Service Quotas: ListServiceQuotas and ListAWSDefaultServiceQuotas 10 TPS (+10 burst, not used)
 *   (https://docs.aws.amazon.com/servicequotas/latest/userguide/reference_limits.html).
 * - CloudWatch GetMetricData 50 TPS (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html).
 * - STS AssumeRole and Organizations: AWS publishes no rate ("You can't increase the AWS service rate limits",
 *   https://repost.aws/knowledge-center/iam-sts-throttling-error; Organizations answers TooManyRequestsException).
 *   quota-guard keeps AssumeRole at 20/s per calling account and region, and every Organizations call of a run in one
 *   bucket at 5/s — conservative guesses; the SDK's adaptive retry slows down further if AWS throttles anyway.
 */
export const SCAN_RATES: Readonly<Record<string, number>> = {
  ...RATES,
  ListAWSDefaultServiceQuotas: 10,
  AssumeRole: 20,
  Organizations: 5,
};

type EndpointSettings = { endpoint: string } | { ignoreConfiguredEndpointUrls: true } | Record<string, never>;

export class ScanHttp {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 512 });
  /** AWS calls made, per operation. */
  readonly calls: Record<string, number> = {};

  private resolved?: Record<string, unknown>;

  constructor(readonly options: AwsCallOptions = {}) {}

  /**
   * Settings every SDK client resolves from the environment and the shared config file when it is built (FIPS and
   * dual-stack endpoints, defaults mode, app id, auth scheme preference): each client runs the loader chain again,
   * and each step that finds nothing throws an error whose message is built from the selector's source — a visible
   * share of a scan's CPU with two clients per account-region. One client resolves them; the others get its
   * (memoized) providers, so every client still sees exactly what the environment says.
   */
  private shared(): Record<string, unknown> {
    if (!this.resolved) {
      const c = new ServiceQuotasClient({ region: 'us-east-1', logger: QUIET_LOGGER as never }).config as unknown as Record<string, unknown>;
      this.resolved = Object.fromEntries(['useFipsEndpoint', 'useDualstackEndpoint', 'defaultsMode', 'userAgentAppId', 'authSchemePreference'].filter((k) => typeof c[k] === 'function').map((k) => [k, c[k]]));
    }
    return this.resolved;
  }

  /** Client settings: clientConfig plus the shared agents. Clients made with these need no destroy(): call close(). */
  config(region: string | undefined, credentials?: unknown) {
    return {
      ...this.shared(),
      ...clientConfig(region, this.options, credentials),
      // The scan adds no middleware after a client's first call: each command's resolved middleware stack is then
      // kept rather than rebuilt for every call (a ListServiceQuotas walk is several calls on one client).
      cacheMiddleware: true,
      logger: QUIET_LOGGER as never,
      requestHandler: { httpAgent: this.httpAgent, httpsAgent: this.httpsAgent, connectionTimeout: 5_000, requestTimeout: 30_000 },
    };
  }

  private readonly endpoints = new Map<unknown, Promise<EndpointSettings>>();

  /**
   * The endpoint AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL or the shared config file's `endpoint_url` sets for the
   * service of `Client` (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html), as settings for a
   * new client: that endpoint, or that none is configured. Each client looks this up on its first call, through a chain
   * of loaders that throw on every miss — with two clients per account-region, a visible share of a scan's CPU — so
   * the scan asks one client per service and tells the others.
   */
  endpointOf(Client: new (config: { region: string; logger: never }) => { config: { serviceConfiguredEndpoint?: () => Promise<string | undefined> } }): Promise<EndpointSettings> {
    let p = this.endpoints.get(Client);
    if (!p) {
      const lookup = new Client({ region: 'us-east-1', logger: QUIET_LOGGER as never }).config.serviceConfiguredEndpoint;
      // An SDK without this (internal) setting, or a lookup that fails: each client looks it up itself, as it would
      // anyway; never "none configured" unless the lookup said so.
      p = lookup
        ? lookup().then(
            (endpoint): EndpointSettings => (endpoint ? { endpoint } : { ignoreConfiguredEndpointUrls: true }),
            (): EndpointSettings => ({}),
          )
        : Promise.resolve({});
      this.endpoints.set(Client, p);
    }
    return p;
  }

  count(operation: string): void {
    this.calls[operation] = (this.calls[operation] ?? 0) + 1;
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

/** How a failed call is reported: denied names the IAM action; throttling says it persisted through the retries. */
export function describeFault(e: unknown, action: string, where: string): { kind: 'denied' | 'throttled' | 'read'; message: string } {
  if (isAccessDenied(e)) return { kind: 'denied', message: faultReason(e, action, where) };
  if (isThrottled(e)) return { kind: 'throttled', message: `${faultReason(e, action, where)}; still throttled after the SDK's retries` };
  return { kind: 'read', message: faultReason(e, action, where) };
}
