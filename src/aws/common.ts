// What every AWS call of quota-guard shares: client settings, per-(region, API) rate limiters and the wording of
// faults. Credentials and region come from the SDK's default chain; endpoints from AWS_ENDPOINT_URL /
// AWS_ENDPOINT_URL_<SERVICE>, which the SDK reads itself (never set `endpoint` here, or those stop working).
import { pages } from './paging.js';
import { TokenBucket } from './token-bucket.js';
import { ListServiceQuotasCommand, type ListServiceQuotasCommandOutput, type ServiceQuota } from '@aws-sdk/client-service-quotas';
import { Sha256 } from './sha256.js';

export interface AwsCallOptions {
  /** SDK attempts per call, first try included (default 5). Throttling and 5xx are retried by the SDK. */
  maxAttempts?: number;
  /** Progress and fault lines, without trailing newline. */
  log?: (line: string) => void;
}

const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Client settings: adaptive retry (exponential backoff plus a client-side rate limiter that slows down after
 * throttling), bounded connect/request time so a dead endpoint cannot hang a deploy gate.
 */
export function clientConfig(region: string | undefined, options: AwsCallOptions, credentials?: unknown) {
  return {
    ...(region ? { region } : {}),
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    retryMode: 'adaptive',
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    // The SDK's SHA-256 with KeyObject HMAC keys: cheaper signing on Node 24 (src/aws/sha256.ts).
    sha256: Sha256,
    // One resolved chain shared by all clients of a run: a web-identity or SSO chain is then resolved once.
    ...(credentials ? { credentials: credentials as never } : {}),
  };
}

/**
 * Published request rates, per account and region. Service Quotas: GetServiceQuota / GetAWSDefaultServiceQuota 5 TPS,
 * ListServiceQuotas 10 TPS (https://docs.aws.amazon.com/servicequotas/latest/userguide/reference_limits.html).
 * CloudWatch GetMetricData 50 TPS (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_limits.html).
 * EC2 throttles each API on its own token bucket; non-mutating (Describe*) buckets hold 100 tokens refilled at 20/s
 * (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html).
 * Increase requests (same Service Quotas page): RequestServiceQuotaIncrease 3 TPS, GetRequestedServiceQuotaChange and
 * ListRequestedServiceQuotaChangeHistory(ByQuota) 5 TPS; CreateSupportCase has no published rate (the default 5).
 * Lambda control plane APIs (GetAccountSettings among them) 15 requests per second per Region, shared
 * (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html, "Lambda API requests").
 * Route 53 API: 5 requests per second per account (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html,
 * "Route 53 API requests"). Kinesis DescribeLimits: 1 transaction per second per account
 * (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeLimits.html). SNS ListTopics 30 TPS
 * (https://docs.aws.amazon.com/general/latest/gr/sns.html, "API throttling"). STS GetCallerIdentity,
 * IAM, RDS, ELB, Auto Scaling, EKS, ECS, S3 ListBuckets, DynamoDB ListTables, ElastiCache, KMS, Logs,
 * CloudFormation ListStacks, ECR, EFS, OpenSearch, DMS, Cognito user pool, Application Auto Scaling, ACM and WAFv2
 * list calls publish no rate this reader relies on: the default 5, and each is called once per account and region (or
 * once per parent). The check's STS AssumeRole (`account-roles`) is called once per account and held to no rate.
 */
export const RATES: Readonly<Record<string, number>> = {
  GetServiceQuota: 5,
  GetAWSDefaultServiceQuota: 5,
  ListServiceQuotas: 10,
  RequestServiceQuotaIncrease: 3,
  GetRequestedServiceQuotaChange: 5,
  ListRequestedServiceQuotaChangeHistoryByQuota: 5,
  GetMetricData: 50,
  DescribeNatGateways: 20,
  DescribeSubnets: 20,
  DescribeVpcs: 20,
  DescribeAddresses: 20,
  DescribeInstanceTypes: 20,
  DescribeInternetGateways: 20,
  DescribeEgressOnlyInternetGateways: 20,
  DescribeRouteTables: 20,
  DescribeSecurityGroups: 20,
  DescribeSecurityGroupRules: 20,
  DescribeVpcEndpoints: 20,
  DescribeNetworkAcls: 20,
  DescribeNetworkInterfaces: 20,
  DescribeTransitGateways: 20,
  DescribeVpnConnections: 20,
  DescribeTransitGatewayAttachments: 20,
  DescribeTransitGatewayRouteTables: 20,
  DescribeVpcPeeringConnections: 20,
  DescribeChangeSet: 10,
  GetAccountSettings: 15,
  GetAccountLimit: 5,
  DescribeLimits: 1,
  ListTopics: 30,
};

/**
 * One token bucket (src/aws/token-bucket.ts) per (region, API) of one scope — a check's credentials, or one
 * account-region of a scan: `rates[api]` calls may start per second (default RATES; 5 for an API not listed).
 */
export class Limiters {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly rates: Readonly<Record<string, number>> = RATES) {}

  get(region: string, api: string): TokenBucket {
    const key = `${region}|${api}`;
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = new TokenBucket({ rate: this.rates[api] ?? 5 })));
    return b;
  }

  /** Runs `fn` once this (region, API) has a token for it; callers are served in the order they asked. */
  async schedule<T>(region: string, api: string, fn: () => Promise<T>): Promise<T> {
    await this.get(region, api).take();
    return fn();
  }
}

interface SdkErrorLike {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** The AWS error code of an SDK error (`Code` is the awsQuery-compatible code when the service sent one). */
export function errorCode(e: unknown): string {
  const x = (e ?? {}) as SdkErrorLike;
  return String(x.Code ?? x.name ?? x.code ?? 'Error');
}

const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedAccess', 'AuthorizationError', 'AccessDeniedFault']);

export function isAccessDenied(e: unknown): boolean {
  const x = (e ?? {}) as SdkErrorLike;
  return DENIED.has(errorCode(e)) || DENIED.has(String(x.name ?? ''));
}

export function isCode(e: unknown, ...codes: string[]): boolean {
  const x = (e ?? {}) as SdkErrorLike;
  return codes.includes(errorCode(e)) || codes.includes(String(x.name ?? ''));
}

/**
 * A reason for a reading that could not be made. Access denied names the IAM action to grant; anything else gives
 * the error code, message, HTTP status and attempts.
 */
export function faultReason(e: unknown, action: string, region: string): string {
  const x = (e ?? {}) as SdkErrorLike;
  const code = errorCode(e);
  if (isAccessDenied(e)) return `access denied: the credentials lack IAM permission ${action} in ${region} (${code})`;
  const status = x.$metadata?.httpStatusCode;
  const attempts = x.$metadata?.attempts;
  const meta = [status ? `HTTP ${status}` : '', attempts && attempts > 1 ? `${attempts} attempts` : ''].filter(Boolean).join(', ');
  const message = String(x.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return `${action} failed in ${region}: ${code}${message && message !== code ? `: ${message}` : ''}${meta ? ` (${meta})` : ''}`;
}

const CREDENTIAL_CODES = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'AuthFailure',
  'InvalidAccessKeyId',
]);
const THROTTLE_CODES = new Set(['Throttling', 'ThrottlingException', 'ThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded', 'RequestThrottled', 'RequestThrottledException', 'SlowDown', 'PriorRequestNotComplete']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

/**
 * When a failed read is the setup's fault rather than something of the plan, the one line that names the root cause
 * and the fix; undefined for answers about the thing asked (a quota that does not exist, a validation error).
 * Setup faults: credentials missing, expired or rejected; access denied; throttling or 5xx that outlasted the SDK's
 * retries; an endpoint that cannot be reached; an answer that cannot be parsed; a walk AWS would not end. The live
 * check turns them into a setup error that fails the step by default, one line per root cause instead of one row per
 * quota (see README "Could not read").
 */
/** The one line for a credential chain that found nothing: both the reason of every reading and the setup error. */
export function noCredentials(message: string): string {
  return `no AWS credentials (${message.replace(/\s+/g, ' ').slice(0, 160)}); configure credentials, e.g. with aws-actions/configure-aws-credentials, or run with --offline`;
}

export function setupFault(e: unknown, action: string): string | undefined {
  const x = (e ?? {}) as SdkErrorLike & { $fault?: string; $response?: unknown };
  const code = errorCode(e);
  const name = String(x.name ?? '');
  const status = x.$metadata?.httpStatusCode;
  const attempts = x.$metadata?.attempts;
  const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
  if (name === 'CredentialsProviderError') return noCredentials(String(x.message ?? code));
  if (CREDENTIAL_CODES.has(code) || CREDENTIAL_CODES.has(name)) {
    return `AWS rejected the credentials (${code}): they are expired, revoked or for another partition; refresh them (aws-actions/configure-aws-credentials, AWS_PROFILE) and run again`;
  }
  if (isAccessDenied(e)) return `access denied: the credentials lack IAM permission ${action}: grant it (the README's policy lists every action quota-guard calls)`;
  if (THROTTLE_CODES.has(code) || THROTTLE_CODES.has(name) || status === 429) return `AWS kept throttling ${action}${after} (${code}): re-run later, or run fewer checks against this account at once`;
  const sysCode = String((e as { code?: unknown })?.code ?? '');
  if (NETWORK_CODES.has(code) || NETWORK_CODES.has(name) || NETWORK_CODES.has(sysCode)) {
    return `the AWS endpoint for ${action} could not be reached (${sysCode || code}): check the region, the network and any proxy or AWS_ENDPOINT_URL setting`;
  }
  if (name === 'PagingError') return `${(e as Error).message} (${action}): AWS did not end the listing; re-run, and report it if it persists`;
  if (typeof status === 'number' && status >= 500) return `AWS answered ${action} with HTTP ${status}${after} (${code}): the service failed; re-run later`;
  // A body the SDK could not parse (an HTML error page from a proxy, a truncated answer) has no AWS error code.
  if (x.$fault === undefined && x.$metadata === undefined && /deserializ|Unexpected token|not valid JSON|Expected|XML/i.test(String(x.message ?? ''))) {
    return `the answer to ${action} could not be read (${String(x.message ?? '').replace(/\s+/g, ' ').slice(0, 120)}): check any proxy between the runner and AWS`;
  }
  if (typeof status === 'number' && status >= 200 && status < 300) return `the answer to ${action} could not be read (HTTP ${status}, ${code}): check any proxy between the runner and AWS`;
  return undefined;
}

/** Only with `account-roles`: assuming the roles of the other accounts (README "Least-privilege IAM policy"). */
export const ACCOUNT_ROLE_IAM_ACTIONS: readonly string[] = ['sts:AssumeRole'];

/**
 * One ListServiceQuotas walk of `service` (100 quotas a page, the API maximum), stopping as soon as every wanted
 * code has been seen. `send` makes one call (rate limits and counting are the caller's); errors are thrown.
 */
export async function walkServiceQuotas(
  service: string,
  wanted: ReadonlySet<string>,
  send: (command: ListServiceQuotasCommand) => Promise<ListServiceQuotasCommandOutput>,
): Promise<Map<string, ServiceQuota>> {
  const found = new Map<string, ServiceQuota>();
  for await (const page of pages((NextToken) => send(new ListServiceQuotasCommand({ ServiceCode: service, MaxResults: 100, NextToken })), (p) => p.NextToken, { operation: 'ListServiceQuotas' })) {
    for (const q of page.Quotas ?? []) if (q.QuotaCode && wanted.has(q.QuotaCode) && !found.has(q.QuotaCode)) found.set(q.QuotaCode, q);
    if (found.size >= wanted.size) break;
  }
  return found;
}
