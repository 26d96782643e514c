export const id = 860;
export const ids = [860];
export const modules = {

/***/ 78860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IU: () => (/* binding */ renewing),
/* harmony export */   Yk: () => (/* binding */ assumeRoleProvider),
/* harmony export */   dD: () => (/* binding */ RoleAssumer),
/* harmony export */   vU: () => (/* binding */ AssumeRoleError)
/* harmony export */ });
/* unused harmony export roleArn */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71695);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11768);
/* harmony import */ var _scan_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6769);
// STS AssumeRole into each member account's read-only role: one call per account, and the credentials are reused
// by every client of every region of that account ("store and reuse the temporary credentials for multiple
// cross-account calls", https://repost.aws/knowledge-center/iam-sts-throttling-error). STS speaks awsQuery
// (form body Action=AssumeRole&Version=2011-06-15, XML response; [BC sts]); the regional endpoint of the scan's home
// region is used, each regional endpoint being throttled on its own.



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
function renewing(renew, options) {
    let current = options.first ? Promise.resolve(options.first) : undefined;
    let expires = options.first?.expiration?.getTime() ?? Infinity;
    return () => {
        if (!current || Date.now() > expires - REFRESH_MS) {
            current = renew();
            expires = Infinity; // until the renewal settles
            current.then((c) => (expires = c.expiration?.getTime() ?? Infinity), () => (expires = options.retry ? 0 : Infinity));
        }
        return current;
    };
}
/** The credentials of an AssumeRole answer; AssumeRoleError when it holds none. */
function credentialsOf(c, arn) {
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
        throw new AssumeRoleError(`AssumeRole ${arn} returned no credentials`);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration ? { expiration: new Date(c.Expiration) } : {}) };
}
class AssumeRoleError extends Error {
}
function roleArn(account, roleName, partition = 'aws') {
    return `arn:${partition}:iam::${account}:role/${roleName}`;
}
class RoleAssumer {
    http;
    options;
    client;
    limiters = new _common_js__WEBPACK_IMPORTED_MODULE_0__/* .Limiters */ .ek(_scan_http_js__WEBPACK_IMPORTED_MODULE_1__/* .SCAN_RATES */ .Yd);
    constructor(http, options) {
        this.http = http;
        this.options = options;
        this.client = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .STSClient */ .iM(http.config(options.region, options.credentials));
    }
    /** Temporary credentials for the member role of `account`; AssumeRoleError names the role and the reason. */
    async assume(account, partition) {
        const arn = roleArn(account, this.options.roleName, partition);
        try {
            const r = await this.limiters.schedule(this.options.region, 'AssumeRole', () => {
                this.http.count('AssumeRole');
                return this.client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleCommand */ .QL({
                    RoleArn: arn,
                    RoleSessionName: this.options.sessionName ?? DEFAULT_SESSION_NAME,
                    DurationSeconds: this.options.durationSeconds ?? DEFAULT_DURATION_SECONDS,
                    ...(this.options.externalId ? { ExternalId: this.options.externalId } : {}),
                }));
            });
            return credentialsOf(r.Credentials, arn);
        }
        catch (e) {
            if (e instanceof AssumeRoleError)
                throw e;
            const f = (0,_scan_http_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFault */ .Qx)(e, 'sts:AssumeRole', this.options.region);
            const hint = f.kind === 'denied'
                ? `; check that ${arn} exists (deploy examples/scan-member-role.stackset.yaml), trusts the scanner's role${this.options.externalId ? ' with this external id' : ''}, and that the scanner may call sts:AssumeRole on it`
                : '';
            throw new AssumeRoleError(`cannot assume ${arn}: ${f.message}${hint}`);
        }
    }
    /**
     * A provider for every client of one account: the first call assumes the role, later calls get the same
     * credentials until REFRESH_MS before they expire, then one new AssumeRole. Concurrent callers share one call.
     */
    provider(account, first, partition) {
        return renewing(() => this.assume(account, partition), { first, retry: true });
    }
}
/**
 * A credential provider for one role ARN, for the live check's other accounts (`account-roles`): the first call
 * assumes the role (one STS AssumeRole per account), later calls reuse the credentials until REFRESH_MS before they
 * expire; concurrent callers share one call. A failure is thrown to every client of the account, which reports it.
 */
function assumeRoleProvider(arn, options) {
    let client;
    // A failed assume is not retried within the run: every client of the account gets the same error.
    const provider = renewing(async () => {
        client ??= new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .STSClient */ .iM(options.config(options.region, options.credentials));
        options.count?.();
        const r = await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleCommand */ .QL({ RoleArn: arn, RoleSessionName: options.sessionName ?? 'quota-guard-check', DurationSeconds: DEFAULT_DURATION_SECONDS }));
        return credentialsOf(r.Credentials, arn);
    }, { retry: false });
    return Object.assign(provider, { destroy: () => client?.destroy() });
}


/***/ }),

/***/ 11768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ek: () => (/* binding */ Limiters),
  mu: () => (/* binding */ RATES),
  yO: () => (/* binding */ clientConfig),
  CA: () => (/* binding */ errorCode),
  t1: () => (/* binding */ faultReason),
  w7: () => (/* binding */ isAccessDenied),
  _m: () => (/* binding */ isCode),
  gT: () => (/* binding */ noCredentials),
  wS: () => (/* binding */ setupFault),
  uX: () => (/* binding */ walkServiceQuotas)
});

// UNUSED EXPORTS: ACCOUNT_ROLE_IAM_ACTIONS

// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(26433);
;// CONCATENATED MODULE: ./src/aws/token-bucket.ts
// The one rate limiter of quota-guard: a token bucket without timers, behind `Limiters` (src/aws/common.ts), which
// the check, the increase flow and the org-wide scan all use. Why not a timer-driven limiter (bottleneck, which the
// check used): a scan holds every API of every account-region under its own rate — 1,000 accounts × 17 regions ×
// 3 APIs would be ~50,000 limiter instances, each with a 1-second reservoir timer. This bucket is a few numbers: a
// call takes a token now or waits exactly until one is due, and an idle bucket costs nothing.
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class TokenBucket {
    tokens;
    last;
    rate;
    capacity;
    now;
    sleep;
    constructor(options) {
        this.rate = options.rate;
        // Half the rate by default: AWS's own bucket holds at least `rate` tokens, so the slack absorbs requests that
        // network jitter makes arrive closer together than they were sent.
        this.capacity = options.capacity ?? Math.max(1, Math.ceil(options.rate / 2));
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? realSleep;
        this.tokens = this.capacity;
        this.last = this.now();
    }
    /**
     * Reserves a token and resolves when it may be spent. Tokens may go negative: each waiting caller has reserved a
     * future token, so callers are served in order and never all wake at once.
     */
    async take() {
        const now = this.now();
        this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
        this.last = now;
        this.tokens -= 1;
        if (this.tokens >= 0)
            return;
        await this.sleep(Math.ceil((-this.tokens / this.rate) * 1000));
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-service-quotas/dist-cjs/index.js
var dist_cjs = __webpack_require__(72924);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/aws/sha256.ts
// The SHA-256 every SDK client signs with (the client's `sha256` setting; SigV4 takes an HMAC for the signing key of
// each call and more for each new key). It is the SDK's Node hash (@smithy/core/checksum Sha256Node) with one
// difference: an HMAC key given as bytes is made a KeyObject (createSecretKey) once, when the hash is made. Node 24's
// createHmac tells a KeyObject or CryptoKey from a Buffer by reading private slots inside try/catch
// (lib/internal/crypto/keys.js isKeyObject, isCryptoKey), so a Buffer key costs two thrown and caught exceptions per
// HMAC: ~8 % of a scan worker's CPU in a profile of `npm run bench:scan` (≈15 µs → ≈5 µs an HMAC; on Node 20, which
// only runs the CLI, it costs ≈2 µs more). createSecretKey takes the bytes without those checks; a string key is not
// checked that way and stays a string.

class Sha256 {
    hash;
    finished = false;
    /** As the SDK's: any secret but an empty string (or none) makes an HMAC. A string key stays a string. */
    key;
    constructor(secret) {
        if (secret)
            this.key = typeof secret === 'string' ? secret : (0,external_node_crypto_.createSecretKey)(toBuffer(secret));
        this.hash = this.create();
    }
    update(data) {
        if (this.finished)
            throw new Error('Attempted to update an already finished hash.');
        this.hash.update(data);
    }
    async digest() {
        // As the SDK's: an HMAC is finished by its digest; a plain hash can go on (digest of a copy).
        let buf;
        if (this.key !== undefined) {
            this.finished = true;
            buf = this.hash.digest();
        }
        else {
            buf = this.hash.copy().digest();
        }
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    reset() {
        this.hash = this.create();
        this.finished = false;
    }
    create() {
        return this.key === undefined ? (0,external_node_crypto_.createHash)('sha256') : (0,external_node_crypto_.createHmac)('sha256', this.key);
    }
}
function toBuffer(data) {
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
}

;// CONCATENATED MODULE: ./src/aws/common.ts
// What every AWS call of quota-guard shares: client settings, per-(region, API) rate limiters and the wording of
// faults. Credentials and region come from the SDK's default chain; endpoints from AWS_ENDPOINT_URL /
// AWS_ENDPOINT_URL_<SERVICE>, which the SDK reads itself (never set `endpoint` here, or those stop working).




const DEFAULT_MAX_ATTEMPTS = 5;
/**
 * Client settings: adaptive retry (exponential backoff plus a client-side rate limiter that slows down after
 * throttling), bounded connect/request time so a dead endpoint cannot hang a deploy gate.
 */
function clientConfig(region, options, credentials) {
    return {
        ...(region ? { region } : {}),
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryMode: 'adaptive',
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
        // The SDK's SHA-256 with KeyObject HMAC keys: cheaper signing on Node 24 (src/aws/sha256.ts).
        sha256: Sha256,
        // One resolved chain shared by all clients of a run: a web-identity or SSO chain is then resolved once.
        ...(credentials ? { credentials: credentials } : {}),
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
const RATES = {
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
class Limiters {
    rates;
    buckets = new Map();
    constructor(rates = RATES) {
        this.rates = rates;
    }
    get(region, api) {
        const key = `${region}|${api}`;
        let b = this.buckets.get(key);
        if (!b)
            this.buckets.set(key, (b = new TokenBucket({ rate: this.rates[api] ?? 5 })));
        return b;
    }
    /** Runs `fn` once this (region, API) has a token for it; callers are served in the order they asked. */
    async schedule(region, api, fn) {
        await this.get(region, api).take();
        return fn();
    }
}
/** The AWS error code of an SDK error (`Code` is the awsQuery-compatible code when the service sent one). */
function errorCode(e) {
    const x = (e ?? {});
    return String(x.Code ?? x.name ?? x.code ?? 'Error');
}
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedAccess', 'AuthorizationError', 'AccessDeniedFault']);
function isAccessDenied(e) {
    const x = (e ?? {});
    return DENIED.has(errorCode(e)) || DENIED.has(String(x.name ?? ''));
}
function isCode(e, ...codes) {
    const x = (e ?? {});
    return codes.includes(errorCode(e)) || codes.includes(String(x.name ?? ''));
}
/**
 * A reason for a reading that could not be made. Access denied names the IAM action to grant; anything else gives
 * the error code, message, HTTP status and attempts.
 */
function faultReason(e, action, region) {
    const x = (e ?? {});
    const code = errorCode(e);
    if (isAccessDenied(e))
        return `access denied: the credentials lack IAM permission ${action} in ${region} (${code})`;
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
function noCredentials(message) {
    return `no AWS credentials (${message.replace(/\s+/g, ' ').slice(0, 160)}); configure credentials, e.g. with aws-actions/configure-aws-credentials, or run with --offline`;
}
function setupFault(e, action) {
    const x = (e ?? {});
    const code = errorCode(e);
    const name = String(x.name ?? '');
    const status = x.$metadata?.httpStatusCode;
    const attempts = x.$metadata?.attempts;
    const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
    if (name === 'CredentialsProviderError')
        return noCredentials(String(x.message ?? code));
    if (CREDENTIAL_CODES.has(code) || CREDENTIAL_CODES.has(name)) {
        return `AWS rejected the credentials (${code}): they are expired, revoked or for another partition; refresh them (aws-actions/configure-aws-credentials, AWS_PROFILE) and run again`;
    }
    if (isAccessDenied(e))
        return `access denied: the credentials lack IAM permission ${action}: grant it (the README's policy lists every action quota-guard calls)`;
    if (THROTTLE_CODES.has(code) || THROTTLE_CODES.has(name) || status === 429)
        return `AWS kept throttling ${action}${after} (${code}): re-run later, or run fewer checks against this account at once`;
    const sysCode = String(e?.code ?? '');
    if (NETWORK_CODES.has(code) || NETWORK_CODES.has(name) || NETWORK_CODES.has(sysCode)) {
        return `the AWS endpoint for ${action} could not be reached (${sysCode || code}): check the region, the network and any proxy or AWS_ENDPOINT_URL setting`;
    }
    if (name === 'PagingError')
        return `${e.message} (${action}): AWS did not end the listing; re-run, and report it if it persists`;
    if (typeof status === 'number' && status >= 500)
        return `AWS answered ${action} with HTTP ${status}${after} (${code}): the service failed; re-run later`;
    // A body the SDK could not parse (an HTML error page from a proxy, a truncated answer) has no AWS error code.
    if (x.$fault === undefined && x.$metadata === undefined && /deserializ|Unexpected token|not valid JSON|Expected|XML/i.test(String(x.message ?? ''))) {
        return `the answer to ${action} could not be read (${String(x.message ?? '').replace(/\s+/g, ' ').slice(0, 120)}): check any proxy between the runner and AWS`;
    }
    if (typeof status === 'number' && status >= 200 && status < 300)
        return `the answer to ${action} could not be read (HTTP ${status}, ${code}): check any proxy between the runner and AWS`;
    return undefined;
}
/** Only with `account-roles`: assuming the roles of the other accounts (README "Least-privilege IAM policy"). */
const ACCOUNT_ROLE_IAM_ACTIONS = (/* unused pure expression or super */ null && (['sts:AssumeRole']));
/**
 * One ListServiceQuotas walk of `service` (100 quotas a page, the API maximum), stopping as soon as every wanted
 * code has been seen. `send` makes one call (rate limits and counting are the caller's); errors are thrown.
 */
async function walkServiceQuotas(service, wanted, send) {
    const found = new Map();
    for await (const page of (0,paging/* pages */.Bd)((NextToken) => send(new dist_cjs/* ListServiceQuotasCommand */.Mg2({ ServiceCode: service, MaxResults: 100, NextToken })), (p) => p.NextToken, { operation: 'ListServiceQuotas' })) {
        for (const q of page.Quotas ?? [])
            if (q.QuotaCode && wanted.has(q.QuotaCode) && !found.has(q.QuotaCode))
                found.set(q.QuotaCode, q);
        if (found.size >= wanted.size)
            break;
    }
    return found;
}


/***/ }),

/***/ 26433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ PagingError),
/* harmony export */   Bd: () => (/* binding */ pages),
/* harmony export */   Fo: () => (/* binding */ collect)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_PAGES */
// The one NextToken loop of quota-guard. AWS list/describe calls return a NextToken while more results remain
// (e.g. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests-EC2.html#api-pagination); an answer
// that keeps sending one — the same token again, or pages without end — must never hang a deploy gate. So every
// walk has a page cap and stops on a token it has already been given, and either ends as a `PagingError`, which
// callers turn into an unknown reading ("AWS kept paging past N pages"), never a number.
/** Pages one walk may take unless the caller sets its own cap. */
const DEFAULT_MAX_PAGES = 100;
class PagingError extends Error {
    operation;
    pages;
    kind;
    constructor(operation, pages, kind) {
        super(kind === 'page-cap'
            ? `AWS kept paging ${operation} past ${pages} pages; stopped there`
            : `AWS returned the same NextToken twice for ${operation} (after ${pages} pages); stopped there`);
        this.operation = operation;
        this.pages = pages;
        this.kind = kind;
        this.name = 'PagingError';
    }
}
/**
 * Yields every page of a paginated call: `send(token)` makes one call, `next(page)` reads its next token (empty
 * string and null end the walk, as AWS means them). Throws PagingError on the page cap or a repeated token; the
 * caller may stop early by breaking out of the loop.
 */
async function* pages(send, next, options) {
    const max = options.maxPages ?? DEFAULT_MAX_PAGES;
    const seen = new Set();
    let token;
    for (let n = 1;; n++) {
        const page = await send(token);
        yield page;
        const t = next(page);
        if (t === undefined || t === null || t === '')
            return;
        if (seen.has(t))
            throw new PagingError(options.operation, n, 'repeated-token');
        if (n >= max)
            throw new PagingError(options.operation, n, 'page-cap');
        seen.add(t);
        token = t;
    }
}
/** Every page's items, concatenated: `pages` for the common case of collecting a list. */
async function collect(send, next, items, options) {
    const out = [];
    for await (const page of pages(send, next, options))
        for (const i of items(page) ?? [])
            out.push(i);
    return out;
}


/***/ }),

/***/ 6769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ describeFault),
/* harmony export */   Yd: () => (/* binding */ SCAN_RATES),
/* harmony export */   Yz: () => (/* binding */ ScanHttp)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72924);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11768);
// What the AWS calls of an org-wide scan share: keep-alive sockets, call counts and fault wording. A scan builds
// short-lived clients per account-region (credentials and region are client settings in SDK v3); they all use the
// same two agents, so a 17,000 account-region scan reuses connections instead of opening one per client.




const THROTTLED = ['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown', 'RequestThrottled'];
function isThrottled(e) {
    return (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isCode */ ._m)(e, ...THROTTLED);
}
/**
 * The SDK's logger middleware runs every request and response through the schema's sensitive-data filter just to
 * hand the result to `logger.info`, even when that logger discards it — for 100-quota ListServiceQuotas pages that is
 * a large share of a scan's CPU. It calls `logger?.info?.(…)`, so a logger without `info` skips the filtering; the
 * SDK's warnings and errors still reach these no-ops exactly as they reach its default NoOpLogger.
 */
const QUIET_LOGGER = { trace() { }, debug() { }, warn() { }, error() { } };
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
const SCAN_RATES = {
    ..._common_js__WEBPACK_IMPORTED_MODULE_2__/* .RATES */ .mu,
    ListAWSDefaultServiceQuotas: 10,
    AssumeRole: 20,
    Organizations: 5,
};
class ScanHttp {
    options;
    httpAgent = new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets: 512 });
    httpsAgent = new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets: 512 });
    /** AWS calls made, per operation. */
    calls = {};
    resolved;
    constructor(options = {}) {
        this.options = options;
    }
    /**
     * Settings every SDK client resolves from the environment and the shared config file when it is built (FIPS and
     * dual-stack endpoints, defaults mode, app id, auth scheme preference): each client runs the loader chain again,
     * and each step that finds nothing throws an error whose message is built from the selector's source — a visible
     * share of a scan's CPU with two clients per account-region. One client resolves them; the others get its
     * (memoized) providers, so every client still sees exactly what the environment says.
     */
    shared() {
        if (!this.resolved) {
            const c = new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_3__/* .ServiceQuotasClient */ .iVb({ region: 'us-east-1', logger: QUIET_LOGGER }).config;
            this.resolved = Object.fromEntries(['useFipsEndpoint', 'useDualstackEndpoint', 'defaultsMode', 'userAgentAppId', 'authSchemePreference'].filter((k) => typeof c[k] === 'function').map((k) => [k, c[k]]));
        }
        return this.resolved;
    }
    /** Client settings: clientConfig plus the shared agents. Clients made with these need no destroy(): call close(). */
    config(region, credentials) {
        return {
            ...this.shared(),
            ...(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .clientConfig */ .yO)(region, this.options, credentials),
            // The scan adds no middleware after a client's first call: each command's resolved middleware stack is then
            // kept rather than rebuilt for every call (a ListServiceQuotas walk is several calls on one client).
            cacheMiddleware: true,
            logger: QUIET_LOGGER,
            requestHandler: { httpAgent: this.httpAgent, httpsAgent: this.httpsAgent, connectionTimeout: 5_000, requestTimeout: 30_000 },
        };
    }
    endpoints = new Map();
    /**
     * The endpoint AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL or the shared config file's `endpoint_url` sets for the
     * service of `Client` (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html), as settings for a
     * new client: that endpoint, or that none is configured. Each client looks this up on its first call, through a chain
     * of loaders that throw on every miss — with two clients per account-region, a visible share of a scan's CPU — so
     * the scan asks one client per service and tells the others.
     */
    endpointOf(Client) {
        let p = this.endpoints.get(Client);
        if (!p) {
            const lookup = new Client({ region: 'us-east-1', logger: QUIET_LOGGER }).config.serviceConfiguredEndpoint;
            // An SDK without this (internal) setting, or a lookup that fails: each client looks it up itself, as it would
            // anyway; never "none configured" unless the lookup said so.
            p = lookup
                ? lookup().then((endpoint) => (endpoint ? { endpoint } : { ignoreConfiguredEndpointUrls: true }), () => ({}))
                : Promise.resolve({});
            this.endpoints.set(Client, p);
        }
        return p;
    }
    count(operation) {
        this.calls[operation] = (this.calls[operation] ?? 0) + 1;
    }
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
}
/** How a failed call is reported: denied names the IAM action; throttling says it persisted through the retries. */
function describeFault(e, action, where) {
    if ((0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccessDenied */ .w7)(e))
        return { kind: 'denied', message: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .faultReason */ .t1)(e, action, where) };
    if (isThrottled(e))
        return { kind: 'throttled', message: `${(0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .faultReason */ .t1)(e, action, where)}; still throttled after the SDK's retries` };
    return { kind: 'read', message: (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .faultReason */ .t1)(e, action, where) };
}


/***/ })

};
