export const id = 616;
export const ids = [616];
export const modules = {

/***/ 1768:
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
var paging = __webpack_require__(6433);
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
var dist_cjs = __webpack_require__(2924);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

/***/ 1616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INCREASE_IAM_ACTIONS: () => (/* binding */ INCREASE_IAM_ACTIONS),
  awsIncreases: () => (/* binding */ awsIncreases)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-service-quotas/dist-cjs/index.js
var dist_cjs = __webpack_require__(2924);
// EXTERNAL MODULE: ./src/aws/common.ts + 2 modules
var common = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-support/dist-cjs/index.js
var client_support_dist_cjs = __webpack_require__(2586);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/aws/support.ts
// AWS Support API cases: the thin adapter behind `SupportApi` (src/ports/increase.ts). Same client settings and
// limiters as the other adapters (./common.ts); an AWS error is answered as a fault, never thrown.
//
// The Support API has one endpoint per partition — us-east-1 for the commercial partition, us-gov-west-1 for
// GovCloud, cn-north-1 for China (https://docs.aws.amazon.com/general/latest/gr/awssupport.html) — so every call
// goes there whatever the region of the quota. Shapes from [BC support] 2013-04-15 (copy:
// /shared/reference/aws-models/support.json): CreateCase, DescribeCases (maxResults 10–100, nextToken),
// ResolveCase, DescribeServices. No published request rate: the limiters' default of 5 per second.




/** IAM actions of the support-case path (`support-case: api`): the opt-in statement of the README. */
const SUPPORT_IAM_ACTIONS = (/* unused pure expression or super */ null && (['support:CreateCase', 'support:DescribeCases', 'support:DescribeServices', 'support:ResolveCase']));
/** DescribeCases maximum page, and the most case ids one call may name. */
const PAGE = 100;
const ENDPOINT_REGION = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1' };
/** The region Support API calls are signed for, for cases about quotas in `region`. */
function supportRegion(region) {
    return ENDPOINT_REGION[(0,model/* partitionOf */.iQ)(region)];
}
function awsSupport(options = {}) {
    const region = supportRegion(options.region ?? 'us-east-1');
    const limiters = new common/* Limiters */.ek();
    const log = options.log ?? (() => { });
    let client;
    const send = (api, fn) => {
        client ??= new client_support_dist_cjs/* SupportClient */.Yy((0,common/* clientConfig */.yO)(region, options, options.credentials));
        return limiters.schedule(region, api, () => fn(client));
    };
    const fault = (e, api) => {
        const f = { code: (0,common/* errorCode */.CA)(e), detail: (0,common/* faultReason */.t1)(e, `support:${api}`, region) };
        log(`quota-guard: ${f.detail}`);
        return f;
    };
    let services;
    const describeCases = async (input) => {
        const list = await (0,paging/* collect */.Fo)((nextToken) => send('DescribeCases', (c) => c.send(new client_support_dist_cjs/* DescribeCasesCommand */.mN({ ...input, includeCommunications: false, maxResults: PAGE, nextToken }))), (p) => p.nextToken, (p) => p.cases, { operation: 'DescribeCases' });
        return list.map(fromShape).filter((c) => c !== undefined);
    };
    return {
        services() {
            // Once per run: the categories do not change while it runs. A failure is not cached.
            services ??= send('DescribeServices', (c) => c.send(new client_support_dist_cjs/* DescribeServicesCommand */.H7({ serviceCodeList: [model/* LIMIT_INCREASE_SERVICE */.pM], language: 'en' }))).then((r) => (r.services ?? []).map((s) => ({
                code: s.code ?? '',
                name: s.name ?? '',
                categories: (s.categories ?? []).filter((x) => x.code).map((x) => ({ code: x.code, name: x.name ?? x.code })),
            })), (e) => {
                services = undefined;
                return fault(e, 'DescribeServices');
            });
            return services;
        },
        async find(marker, since) {
            try {
                const all = await describeCases({ afterTime: new Date(since).toISOString(), includeResolvedCases: true });
                return all.filter((c) => c.subject.includes(marker));
            }
            catch (e) {
                return fault(e, 'DescribeCases');
            }
        },
        async create(n) {
            try {
                const r = await send('CreateCase', (c) => c.send(new client_support_dist_cjs/* CreateCaseCommand */.cq({ subject: n.subject, communicationBody: n.body, serviceCode: model/* LIMIT_INCREASE_SERVICE */.pM, categoryCode: n.categoryCode, severityCode: n.severity, language: 'en' })));
                return r.caseId ?? { code: 'EmptyResponse', detail: 'CreateCase returned no case id' };
            }
            catch (e) {
                return fault(e, 'CreateCase');
            }
        },
        async get(ids) {
            const out = [];
            try {
                for (let i = 0; i < ids.length; i += PAGE)
                    out.push(...(await describeCases({ caseIdList: ids.slice(i, i + PAGE), includeResolvedCases: true })));
                return out;
            }
            catch (e) {
                return fault(e, 'DescribeCases');
            }
        },
        async resolve(caseId) {
            try {
                await send('ResolveCase', (c) => c.send(new client_support_dist_cjs/* ResolveCaseCommand */.m0({ caseId })));
                return true;
            }
            catch (e) {
                return fault(e, 'ResolveCase');
            }
        },
        destroy() {
            client?.destroy();
        },
    };
}
function fromShape(c) {
    if (!c.caseId)
        return undefined;
    const t = c.timeCreated ? Date.parse(c.timeCreated) : NaN;
    return { caseId: c.caseId, displayId: c.displayId ?? null, subject: c.subject ?? '', status: c.status ?? null, created: Number.isFinite(t) ? t : null };
}

;// CONCATENATED MODULE: ./src/aws/increases.ts
// Service Quotas increase requests: the thin adapter behind `IncreaseApi` (src/ports/increase.ts). Same client
// settings and per-(region, API) limiters as the readings (./common.ts): the SDK's adaptive retries handle throttling
// and 5xx, so there is no retry loop here. An AWS error is answered as a fault (its code and a one-line description),
// never thrown, so that a refused request becomes a report line, not a crash.
//
// Shapes and errors from [BC] botocore service-quotas 2019-06-24 (copy: /shared/reference/aws-models/service-quotas.json):
//   RequestServiceQuotaIncrease {ServiceCode, QuotaCode, DesiredValue, SupportCaseAllowed} → {RequestedQuota}
//     errors DependencyAccessDenied, QuotaExceeded, ResourceAlreadyExists, AccessDenied, NoSuchResource,
//     IllegalArgument, InvalidResourceState, Service, TooManyRequests
//   GetRequestedServiceQuotaChange {RequestId} → {RequestedQuota}
//   ListRequestedServiceQuotaChangeHistoryByQuota {ServiceCode, QuotaCode, Status?, MaxResults 1–100, NextToken}
//     → {RequestedQuotas[], NextToken}
//   CreateSupportCase {RequestId} → {} (only while the request is PENDING)




/** IAM actions the increase requests use, beyond the read-only ones of IAM_ACTIONS. */
const INCREASE_IAM_ACTIONS = [
    'servicequotas:RequestServiceQuotaIncrease',
    'servicequotas:GetRequestedServiceQuotaChange',
    'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota',
    'servicequotas:CreateSupportCase',
];
/** History pages: the API maximum. */
const increases_PAGE = 100;
function awsIncreases(options = {}) {
    const limiters = new common/* Limiters */.ek();
    const clients = new Map();
    const log = options.log ?? (() => { });
    const client = (region) => {
        let c = clients.get(region);
        if (!c)
            clients.set(region, (c = new dist_cjs/* ServiceQuotasClient */.iVb((0,common/* clientConfig */.yO)(region, options, options.credentials))));
        return c;
    };
    const fault = (e, api, region) => {
        const f = { code: (0,common/* errorCode */.CA)(e), detail: (0,common/* faultReason */.t1)(e, `servicequotas:${api}`, region) };
        log(`quota-guard: ${f.detail}`);
        return f;
    };
    // Support cases (`support-case: api`) are signed like the requests: the same account's credentials.
    const support = awsSupport(options);
    return {
        support,
        async history(t) {
            const out = [];
            try {
                const send = (NextToken) => limiters.schedule(t.region, 'ListRequestedServiceQuotaChangeHistoryByQuota', () => client(t.region).send(new dist_cjs/* ListRequestedServiceQuotaChangeHistoryByQuotaCommand */.MCV({ ServiceCode: t.serviceCode, QuotaCode: t.quotaCode, MaxResults: increases_PAGE, NextToken })));
                for await (const page of (0,paging/* pages */.Bd)(send, (p) => p.NextToken, { operation: 'ListRequestedServiceQuotaChangeHistoryByQuota' })) {
                    for (const r of page.RequestedQuotas ?? []) {
                        const c = increases_fromShape(r);
                        if (c)
                            out.push(c);
                    }
                }
                return out;
            }
            catch (e) {
                return fault(e, 'ListRequestedServiceQuotaChangeHistoryByQuota', t.region);
            }
        },
        async file(t, desiredValue, supportCaseAllowed) {
            try {
                const r = await limiters.schedule(t.region, 'RequestServiceQuotaIncrease', () => client(t.region).send(new dist_cjs/* RequestServiceQuotaIncreaseCommand */.w1O({ ServiceCode: t.serviceCode, QuotaCode: t.quotaCode, DesiredValue: desiredValue, SupportCaseAllowed: supportCaseAllowed })));
                return increases_fromShape(r.RequestedQuota) ?? { code: 'EmptyResponse', detail: `RequestServiceQuotaIncrease returned no request for ${t.serviceCode} ${t.quotaCode} in ${t.region}` };
            }
            catch (e) {
                return fault(e, 'RequestServiceQuotaIncrease', t.region);
            }
        },
        async get(region, requestId) {
            try {
                const r = await limiters.schedule(region, 'GetRequestedServiceQuotaChange', () => client(region).send(new dist_cjs/* GetRequestedServiceQuotaChangeCommand */.RCQ({ RequestId: requestId })));
                return increases_fromShape(r.RequestedQuota) ?? { code: 'EmptyResponse', detail: `GetRequestedServiceQuotaChange returned nothing for ${requestId} in ${region}` };
            }
            catch (e) {
                return fault(e, 'GetRequestedServiceQuotaChange', region);
            }
        },
        async openCase(region, requestId) {
            try {
                await limiters.schedule(region, 'CreateSupportCase', () => client(region).send(new dist_cjs/* CreateSupportCaseCommand */.Zks({ RequestId: requestId })));
                return true;
            }
            catch (e) {
                return fault(e, 'CreateSupportCase', region);
            }
        },
        destroy() {
            for (const c of clients.values())
                c.destroy();
            support.destroy();
        },
    };
}
function increases_fromShape(r) {
    if (!r?.Id || !r.Status)
        return undefined;
    return {
        id: r.Id,
        caseId: r.CaseId || null,
        status: r.Status,
        desiredValue: typeof r.DesiredValue === 'number' && Number.isFinite(r.DesiredValue) ? r.DesiredValue : null,
        created: r.Created instanceof Date ? r.Created.getTime() : null,
    };
}


/***/ }),

/***/ 6433:
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


/***/ })

};
