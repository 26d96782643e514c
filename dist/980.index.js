export const id = 980;
export const ids = [980];
export const modules = {

/***/ 89188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   _m: () => (/* binding */ isCode),
/* harmony export */   ek: () => (/* binding */ Limiters),
/* harmony export */   mu: () => (/* binding */ RATES),
/* harmony export */   t1: () => (/* binding */ faultReason),
/* harmony export */   uX: () => (/* binding */ walkServiceQuotas),
/* harmony export */   w7: () => (/* binding */ isAccessDenied),
/* harmony export */   wS: () => (/* binding */ setupFault),
/* harmony export */   yO: () => (/* binding */ clientConfig)
/* harmony export */ });
/* unused harmony export IAM_ACTIONS */
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26433);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72924);
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
 * STS GetCallerIdentity has no published rate (the default 5; quota-guard makes at most one call per run).
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
    DescribeChangeSet: 10,
    GetAccountSettings: 15,
};
/** One token-bucket limiter per (region, API): `rate` calls may start per second, at most `rate` at once. */
class Limiters {
    limiters = new Map();
    get(region, api) {
        const key = `${region}|${api}`;
        let l = this.limiters.get(key);
        if (!l) {
            const rate = RATES[api] ?? 5;
            // The reservoir refresh timer is unref'd by bottleneck, so it never keeps the process alive.
            l = new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default())({ reservoir: rate, reservoirRefreshAmount: rate, reservoirRefreshInterval: 1_000, maxConcurrent: rate });
            this.limiters.set(key, l);
        }
        return l;
    }
    schedule(region, api, fn) {
        return this.get(region, api).schedule(fn);
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
    'CredentialsProviderError',
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
function setupFault(e, action) {
    const x = (e ?? {});
    const code = errorCode(e);
    const name = String(x.name ?? '');
    const status = x.$metadata?.httpStatusCode;
    const attempts = x.$metadata?.attempts;
    const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';
    if (CREDENTIAL_CODES.has(code) || CREDENTIAL_CODES.has(name)) {
        return `AWS rejected or could not find the credentials (${code}): configure aws-actions/configure-aws-credentials (or AWS_PROFILE / AWS_ACCESS_KEY_ID) before this step, and check they have not expired`;
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
/** Every IAM action a live run may call: the read-only policy to document for users. */
const IAM_ACTIONS = (/* unused pure expression or super */ null && ([
    'servicequotas:GetServiceQuota',
    'servicequotas:GetAWSDefaultServiceQuota',
    'servicequotas:ListServiceQuotas',
    'cloudwatch:GetMetricData',
    'ec2:DescribeNatGateways',
    'ec2:DescribeSubnets',
    'ec2:DescribeVpcs',
    'ec2:DescribeAddresses',
    'ec2:DescribeInstanceTypes',
    'cloudformation:DescribeChangeSet',
    // Reserved concurrency already taken, the usage of Lambda "Concurrent executions" (L-B99A9384).
    'lambda:GetAccountSettings',
    // Only when a requirement names an account and no applied quota ARN told the credentials' one. STS answers it
    // whatever the policy says (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html); listed
    // so that the policy documents every call.
    'sts:GetCallerIdentity',
]));
/**
 * One ListServiceQuotas walk of `service` (100 quotas a page, the API maximum), stopping as soon as every wanted
 * code has been seen. `send` makes one call (rate limits and counting are the caller's); errors are thrown.
 */
async function walkServiceQuotas(service, wanted, send) {
    const found = new Map();
    for await (const page of (0,_paging_js__WEBPACK_IMPORTED_MODULE_1__/* .pages */ .Bd)((NextToken) => send(new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_2__/* .ListServiceQuotasCommand */ .Mg2({ ServiceCode: service, MaxResults: 100, NextToken })), (p) => p.NextToken, { operation: 'ListServiceQuotas' })) {
        for (const q of page.Quotas ?? [])
            if (q.QuotaCode && wanted.has(q.QuotaCode) && !found.has(q.QuotaCode))
                found.set(q.QuotaCode, q);
        if (found.size >= wanted.size)
            break;
    }
    return found;
}


/***/ }),

/***/ 29656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ METRIC_BATCH),
/* harmony export */   N0: () => (/* binding */ metricFailure),
/* harmony export */   ND: () => (/* binding */ metricQuery),
/* harmony export */   ZH: () => (/* binding */ getMetricData)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44085);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26433);
// CloudWatch GetMetricData as the check and the scan both use it: a quota's usage metric as a query, queries in
// batches of at most 500 (GetMetricData's limit, [BC cloudwatch]), every page, and each query's failure status.


/** GetMetricData takes at most 500 queries per request. */
const METRIC_BATCH = 500;
/** The query for a quota's UsageMetric (Service Quotas), or undefined when it names none. */
function metricQuery(m) {
    if (!m?.MetricNamespace || !m.MetricName)
        return undefined;
    // AWS/Usage ResourceCount is a gauge: its Maximum over a period is the count ([QM] forces Maximum for *Count metrics).
    const stat = m.MetricName === 'ResourceCount' ? 'Maximum' : m.MetricStatisticRecommendation || 'Maximum';
    const dimensions = Object.entries(m.MetricDimensions ?? {})
        .map(([Name, Value]) => ({ Name, Value }))
        .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
    const key = JSON.stringify([m.MetricNamespace, m.MetricName, dimensions, stat]);
    return { key, namespace: m.MetricNamespace, name: m.MetricName, dimensions, stat };
}
/**
 * Reads `queries` in batches of `perCall`, all pages of each, in parallel. `send` makes one call (the caller's rate
 * limit and counting go there). A failed batch is returned with its error, so the caller names what it lost.
 */
async function getMetricData(queries, window, send) {
    const perCall = window.perCall ?? METRIC_BATCH;
    const batches = [];
    for (let i = 0; i < queries.length; i += perCall)
        batches.push(queries.slice(i, i + perCall));
    return Promise.all(batches.map(async (batch) => {
        const request = batch.map((q, i) => ({
            Id: `q${i}`,
            MetricStat: { Metric: { Namespace: q.namespace, MetricName: q.name, Dimensions: q.dimensions }, Period: window.period, Stat: q.stat },
            ReturnData: true,
        }));
        const results = new Map(batch.map((q) => [q, []]));
        try {
            const walk = (0,_paging_js__WEBPACK_IMPORTED_MODULE_0__/* .pages */ .Bd)((NextToken) => send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .GetMetricDataCommand */ .Soe({ MetricDataQueries: request, StartTime: window.start, EndTime: window.end, NextToken })), (p) => p.NextToken, { operation: 'GetMetricData' });
            for await (const page of walk) {
                for (const r of page.MetricDataResults ?? []) {
                    const q = batch[Number(r.Id?.slice(1))];
                    if (q)
                        results.get(q).push(r);
                }
            }
        }
        catch (error) {
            return { queries: batch, error };
        }
        return { queries: batch, results };
    }));
}
/** Why a query's results cannot be used (CloudWatch marks them Forbidden or InternalError), or undefined. */
function metricFailure(results) {
    const bad = results.find((r) => r.StatusCode === 'Forbidden' || r.StatusCode === 'InternalError');
    if (!bad)
        return undefined;
    const why = bad.Messages?.map((m) => `${m.Code ?? ''} ${m.Value ?? ''}`.trim()).join('; ');
    return `${bad.StatusCode}${why ? ` (${why})` : ''}`;
}


/***/ }),

/***/ 26433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ pages),
/* harmony export */   Fo: () => (/* binding */ collect)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_PAGES, PagingError */
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

/***/ 64980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsLive: () => (/* binding */ awsLive)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-service-quotas/dist-cjs/index.js
var dist_cjs = __webpack_require__(72924);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(44085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(71696);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(71695);
// EXTERNAL MODULE: ./src/check/evaluate.ts
var evaluate = __webpack_require__(53065);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/quotas/catalog.ts
var catalog = __webpack_require__(84650);
// EXTERNAL MODULE: ./src/aws/common.ts
var common = __webpack_require__(89188);
// EXTERNAL MODULE: ./src/aws/metrics.ts
var metrics = __webpack_require__(29656);
;// CONCATENATED MODULE: ./src/aws/readings.ts
// Live readings: the applied quota value from Service Quotas and the current usage from CloudWatch (or a count of
// EC2 resources where the quota publishes no usage metric), for every requirement of a check.
//
// Call plan per run, so a big plan over few quotas costs few calls:
// * Each (region, service, quota) is read once, whatever number of requirements, accounts and scopes share it.
// * Quota values, per region and service: with WALK_THRESHOLD (3) or more codes, one ListServiceQuotas walk (100 per
//   page, stopped as soon as every wanted code was seen) and GetAWSDefaultServiceQuota for codes it did not return;
//   with fewer, GetServiceQuota per code and GetAWSDefaultServiceQuota on NoSuchResourceException. A walk costs
//   ceil(n/100) pages for a service with n quotas, unknown in advance; n is below 200 for the services quota-guard
//   knows (EC2 is the largest), so from three codes on a walk costs no more than single reads and usually fewer.
// * Usage, per region: one GetMetricData call per 500 distinct metric queries; at most one DescribeNatGateways walk
//   (+ DescribeSubnets for their zones), one DescribeVpcs walk, one DescribeAddresses call and one Lambda
//   GetAccountSettings call.
//
// Lambda "Concurrent executions" (L-B99A9384): a requirement is concurrency a change reserves (reserved or
// provisioned, plus the 100 AWS keeps unreserved), so its usage is the concurrency already reserved, not the
// executions running now (the quota's UsageMetric, AWS/Lambda ConcurrentExecutions, which is not read for it).
// GetAccountSettings gives AccountLimit.ConcurrentExecutions, "the maximum number of simultaneous function
// executions", and AccountLimit.UnreservedConcurrentExecutions, the same "minus the capacity that's reserved for
// individual functions with PutFunctionConcurrency" (https://docs.aws.amazon.com/lambda/latest/api/API_AccountLimit.html,
// API_GetAccountSettings.html): the difference is what is reserved already.
//
// Accounts: quota-guard reads the account of its credentials only. It learns that account from the applied quota
// ARNs Service Quotas returns (arn:aws:servicequotas:REGION:ACCOUNT:SERVICE/CODE, [CLI] get-service-quota example);
// when no ARN names it (only default values were read) and a requirement names an account, one STS
// GetCallerIdentity call does. A requirement for another account gets null readings with a reason naming both; when
// the account cannot be learned, every requirement that names an account does (never assumed to be the current one).
// Requirements without an account (the credentials' own) need neither.










/** Codes of one service in one region from which a ListServiceQuotas walk replaces single reads. */
const WALK_THRESHOLD = 3;
/** Usage window: the last hour in 5-minute periods; usage is the largest datapoint. */
const USAGE_WINDOW_SECONDS = 3600;
const USAGE_PERIOD_SECONDS = 300;
const NAT_PER_AZ = 'L-FE5A380F';
const VPCS_PER_REGION = 'L-F678F1CE';
const ELASTIC_IPS = 'L-0263D0A3';
const LAMBDA_CONCURRENCY = 'L-B99A9384';
/** NAT gateways count against the quota while pending, available or deleting ([VPCDOC] NAT gateway quotas). */
const NAT_COUNTED_STATES = ['pending', 'available', 'deleting'];
/** The live reader: readings for every requirement, never a number from a fault. */
function liveReader(options = {}) {
    const limiters = new common/* Limiters */.ek();
    return async (requirements) => {
        const run = new Run(options, limiters);
        try {
            return await run.read(requirements);
        }
        finally {
            run.destroy();
        }
    };
}
class Run {
    options;
    limiters;
    /** One client per (client class, region), made on first use. */
    clients = new Map();
    sts;
    credentials;
    counts = new Map();
    /** Reason of a failed read → the setup's root cause, when the setup made it fail (`setupFault`). */
    setupErrors = new Map();
    log;
    constructor(options, limiters) {
        this.options = options;
        this.limiters = limiters;
        this.log = options.log ?? (() => { });
    }
    destroy() {
        for (const byRegion of this.clients.values())
            for (const c of byRegion.values())
                c.destroy();
        this.sts?.destroy();
    }
    async read(requirements) {
        const out = new Map();
        const pending = [];
        const seen = new Set();
        for (const req of requirements) {
            const key = (0,evaluate/* readingKey */.om)(req);
            if (seen.has(key))
                continue;
            seen.add(key);
            const skip = skipReason(req);
            if (skip)
                out.set(key, { quota: null, usage: null, reason: skip });
            else
                pending.push({ req, key, region: catalog/* QUOTAS */.eg.get(req.quotaCode)?.global ? catalog/* GLOBAL_QUOTA_REGION */.go : req.region });
        }
        if (pending.length === 0)
            return out;
        const noCredentials = await this.resolveCredentials(pending[0].region);
        if (noCredentials) {
            for (const p of pending)
                out.set(p.key, { quota: null, usage: null, reason: noCredentials, setupError: noCredentials });
            return out;
        }
        // Quota values: each (region, service, code) once.
        const wanted = new Map();
        for (const p of pending) {
            const services = wanted.get(p.region) ?? new Map();
            wanted.set(p.region, services);
            const codes = services.get(p.req.serviceCode) ?? new Set();
            services.set(p.req.serviceCode, codes);
            codes.add(p.req.quotaCode);
        }
        const quotas = new Map();
        await Promise.all([...wanted].flatMap(([region, services]) => [...services].map(async ([service, codes]) => {
            const reads = await this.readService(region, service, [...codes]);
            for (const [code, read] of reads)
                quotas.set(quotaKey(region, service, code), read);
        })));
        const quotaOf = (p) => quotas.get(quotaKey(p.region, p.req.serviceCode, p.req.quotaCode)) ?? { value: null, reason: 'not read' };
        // The credentials' account: from an applied quota ARN, else (only when a read requirement names an account)
        // from STS GetCallerIdentity.
        let caller;
        const arnAccount = [...quotas.values()].find((q) => q.account)?.account;
        if (arnAccount)
            caller = { account: arnAccount };
        else {
            const named = pending.find((p) => p.req.account !== null && quotaOf(p).value !== null);
            if (named)
                caller = await this.callerIdentity(named.region);
        }
        // Usage: plan per requirement, then run each region's plans with as few calls as possible.
        const plans = new Map();
        for (const p of pending) {
            const q = quotaOf(p);
            if (q.value === null) {
                out.set(p.key, { quota: null, usage: null, reason: q.reason ?? 'quota value could not be read' });
                continue;
            }
            if (p.req.account !== null && caller && 'reason' in caller) {
                out.set(p.key, {
                    quota: null,
                    usage: null,
                    reason: `requirement is for account ${p.req.account}, but the account of the credentials could not be learned (${caller.reason}); quota-guard reads only the account of its credentials and never assumes it is ${p.req.account}`,
                });
                continue;
            }
            if (p.req.account !== null && caller && 'account' in caller && p.req.account !== caller.account) {
                out.set(p.key, {
                    quota: null,
                    usage: null,
                    reason: `requirement is for account ${p.req.account} but the credentials are for account ${caller.account}; quota-guard reads only the account of its credentials (run it with credentials for ${p.req.account})`,
                });
                continue;
            }
            plans.set(p.key, { p, q, plan: usagePlan(p.req, q) });
        }
        const usages = await this.readUsage([...plans.values()].map(({ p, plan }) => ({ key: p.key, region: p.region, plan })));
        for (const [key, { q }] of plans) {
            const u = usages.get(key) ?? { value: null, reason: 'usage not read' };
            const reading = { quota: q.value, usage: u.value };
            if (u.value === null)
                reading.reason = u.reason;
            if (q.adjustable !== undefined)
                reading.adjustable = q.adjustable;
            out.set(key, reading);
        }
        for (const r of out.values())
            if (r.reason && this.setupErrors.has(r.reason))
                r.setupError = this.setupErrors.get(r.reason);
        if (this.counts.size)
            this.log(`quota-guard: AWS calls: ${[...this.counts].map(([op, n]) => `${op} ${n}`).join(', ')}`);
        return out;
    }
    // ---- Clients and calls -------------------------------------------------------------------------------------
    /** Resolves the default credential chain once; a reason when there are none, so no call is attempted. */
    async resolveCredentials(region) {
        const client = this.sqClient(region);
        const provider = client.config.credentials;
        if (typeof provider !== 'function')
            return undefined;
        try {
            await provider();
            this.credentials = provider;
            return undefined;
        }
        catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            this.log(`quota-guard: no AWS credentials: ${message}`);
            return `no AWS credentials (${message.replace(/\s+/g, ' ').slice(0, 160)}); configure credentials, e.g. with aws-actions/configure-aws-credentials, or run with --offline`;
        }
    }
    client(Client, region) {
        let byRegion = this.clients.get(Client);
        if (!byRegion)
            this.clients.set(Client, (byRegion = new Map()));
        let c = byRegion.get(region);
        if (!c)
            byRegion.set(region, (c = new Client((0,common/* clientConfig */.yO)(region, this.options, this.credentials))));
        return c;
    }
    sqClient = (region) => this.client(dist_cjs/* ServiceQuotasClient */.iVb, region);
    cwClient = (region) => this.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn, region);
    ec2Client = (region) => this.client(client_ec2_dist_cjs/* EC2Client */.gu5, region);
    lambdaClient = (region) => this.client(client_lambda_dist_cjs/* LambdaClient */.Nox, region);
    /** The account of the credentials, from one STS GetCallerIdentity call (regional endpoint of `region`). */
    async callerIdentity(region) {
        this.sts ??= new client_sts_dist_cjs/* STSClient */.iM((0,common/* clientConfig */.yO)(region, this.options, this.credentials));
        const sts = this.sts;
        try {
            const r = await this.call(region, 'GetCallerIdentity', () => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})));
            if (r.Account && model/* ACCOUNT_RE */.cd.test(r.Account))
                return { account: r.Account };
            const reason = `STS GetCallerIdentity returned no account id in ${region}`;
            this.log(`quota-guard: ${reason}`);
            return { reason };
        }
        catch (e) {
            return { reason: this.fault(e, 'sts:GetCallerIdentity', region) };
        }
    }
    /** Runs one API call under its (region, API) rate limit and counts it. */
    call(region, api, fn) {
        this.counts.set(api, (this.counts.get(api) ?? 0) + 1);
        return this.limiters.schedule(region, api, fn);
    }
    fault(e, action, region) {
        const reason = (0,common/* faultReason */.t1)(e, action, region);
        const setup = (0,common/* setupFault */.wS)(e, action);
        if (setup)
            this.setupErrors.set(reason, setup);
        this.log(`quota-guard: ${reason}`);
        return reason;
    }
    // ---- Quota values ------------------------------------------------------------------------------------------
    async readService(region, service, codes) {
        const out = new Map();
        let single = codes;
        let fromWalk;
        if (codes.length >= WALK_THRESHOLD) {
            const walk = await this.walk(region, service, codes);
            if ('denied' in walk) {
                // Without servicequotas:ListServiceQuotas, GetServiceQuota per code still answers.
                this.log(`quota-guard: ${walk.denied}; reading ${service} quotas in ${region} one by one with GetServiceQuota`);
            }
            else if ('failed' in walk) {
                for (const code of codes)
                    out.set(code, { value: null, reason: walk.failed });
                return out;
            }
            else {
                fromWalk = walk.found;
                single = [];
            }
        }
        const tasks = [];
        for (const code of codes) {
            const found = fromWalk?.get(code);
            if (found)
                out.set(code, found);
            // Not returned by the walk: only the default value exists ([BC] ListServiceQuotas docs).
            else if (fromWalk)
                tasks.push(this.readDefault(region, service, code).then((r) => void out.set(code, r)));
        }
        for (const code of single)
            tasks.push(this.readApplied(region, service, code).then((r) => void out.set(code, r)));
        await Promise.all(tasks);
        return out;
    }
    async walk(region, service, codes) {
        try {
            const quotas = await (0,common/* walkServiceQuotas */.uX)(service, new Set(codes), (command) => this.call(region, 'ListServiceQuotas', () => this.sqClient(region).send(command)));
            return { found: new Map([...quotas].map(([code, q]) => [code, fromShape(q, service, region)])) };
        }
        catch (e) {
            const reason = this.fault(e, 'servicequotas:ListServiceQuotas', region);
            if ((0,common/* isCode */._m)(e, 'AccessDeniedException', 'AccessDenied'))
                return { denied: reason };
            return { failed: reason };
        }
    }
    async readApplied(region, service, code) {
        try {
            const r = await this.call(region, 'GetServiceQuota', () => this.sqClient(region).send(new dist_cjs/* GetServiceQuotaCommand */.HSc({ ServiceCode: service, QuotaCode: code })));
            return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetServiceQuota returned no quota for ${service} ${code} in ${region}` };
        }
        catch (e) {
            // A quota that was never changed may have no applied value: its default is the value in force ([TFSQGO]).
            if ((0,common/* isCode */._m)(e, 'NoSuchResourceException'))
                return this.readDefault(region, service, code);
            return { value: null, reason: this.fault(e, 'servicequotas:GetServiceQuota', region) };
        }
    }
    async readDefault(region, service, code) {
        try {
            const r = await this.call(region, 'GetAWSDefaultServiceQuota', () => this.sqClient(region).send(new dist_cjs/* GetAWSDefaultServiceQuotaCommand */.Lb5({ ServiceCode: service, QuotaCode: code })));
            return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetAWSDefaultServiceQuota returned no quota for ${service} ${code} in ${region}` };
        }
        catch (e) {
            if ((0,common/* isCode */._m)(e, 'NoSuchResourceException')) {
                const message = e instanceof Error ? e.message : '';
                return { value: null, reason: `Service Quotas has no quota ${service} ${code} in ${region} (NoSuchResourceException${message ? `: ${message}` : ''})` };
            }
            return { value: null, reason: this.fault(e, 'servicequotas:GetAWSDefaultServiceQuota', region) };
        }
    }
    // ---- Usage -------------------------------------------------------------------------------------------------
    async readUsage(items) {
        const out = new Map();
        const byRegion = new Map();
        for (const it of items)
            byRegion.set(it.region, [...(byRegion.get(it.region) ?? []), it]);
        await Promise.all([...byRegion].map(async ([region, list]) => {
            const queries = new Map();
            for (const it of list)
                if (it.plan.kind === 'metric')
                    queries.set(it.plan.query.key, it.plan.query);
            const kinds = new Set(list.map((it) => it.plan.kind));
            const [metrics, nat, vpcs, addresses, lambdaReserved] = await Promise.all([
                queries.size ? this.metrics(region, [...queries.values()]) : new Map(),
                kinds.has('nat') ? this.natCounts(region) : undefined,
                kinds.has('vpcs') ? this.countVpcs(region) : undefined,
                kinds.has('addresses') ? this.countAddresses(region) : undefined,
                kinds.has('lambdaReserved') ? this.reservedConcurrency(region) : undefined,
            ]);
            for (const { key, plan } of list) {
                switch (plan.kind) {
                    case 'metric':
                        out.set(key, metrics.get(plan.query.key) ?? { value: null, reason: 'no GetMetricData result for the usage metric' });
                        break;
                    case 'nat':
                        out.set(key, natUsage(nat, plan.zone));
                        break;
                    case 'vpcs':
                        out.set(key, vpcs);
                        break;
                    case 'addresses':
                        out.set(key, addresses);
                        break;
                    case 'lambdaReserved':
                        out.set(key, lambdaReserved);
                        break;
                    case 'none':
                        out.set(key, { value: null, reason: plan.reason });
                        break;
                }
            }
        }));
        return out;
    }
    /** Max datapoint of each query over the last hour, 500 queries per GetMetricData call. */
    async metrics(region, queries) {
        const out = new Map();
        const end = new Date(Math.ceil((this.options.now?.() ?? new Date()).getTime() / 60_000) * 60_000);
        const start = new Date(end.getTime() - USAGE_WINDOW_SECONDS * 1000);
        const batches = await (0,metrics/* getMetricData */.ZH)(queries, { start, end, period: USAGE_PERIOD_SECONDS }, (command) => this.call(region, 'GetMetricData', () => this.cwClient(region).send(command)));
        for (const b of batches) {
            if ('error' in b) {
                const reason = this.fault(b.error, 'cloudwatch:GetMetricData', region);
                for (const q of b.queries)
                    out.set(q.key, { value: null, reason });
            }
            else
                for (const [q, results] of b.results)
                    out.set(q.key, metricUsage(results, q, region));
        }
        return out;
    }
    async natCounts(region) {
        const ec2 = this.ec2Client(region);
        const gateways = [];
        try {
            let token;
            do {
                const page = await this.call(region, 'DescribeNatGateways', () => ec2.send(new client_ec2_dist_cjs/* DescribeNatGatewaysCommand */.F8p({ Filter: [{ Name: 'state', Values: NAT_COUNTED_STATES }], MaxResults: 1000, NextToken: token })));
                for (const g of page.NatGateways ?? [])
                    gateways.push({ subnet: g.SubnetId });
                token = page.NextToken || undefined;
            } while (token);
        }
        catch (e) {
            return { reason: this.fault(e, 'ec2:DescribeNatGateways', region) };
        }
        const subnetIds = [...new Set(gateways.map((g) => g.subnet).filter((s) => !!s))];
        const zones = new Map();
        try {
            // Filter values rather than SubnetIds: a subnet deleted meanwhile is left out instead of failing the call.
            for (let i = 0; i < subnetIds.length; i += 200) {
                let token;
                do {
                    const page = await this.call(region, 'DescribeSubnets', () => ec2.send(new client_ec2_dist_cjs/* DescribeSubnetsCommand */.jSW({ Filters: [{ Name: 'subnet-id', Values: subnetIds.slice(i, i + 200) }], NextToken: token })));
                    for (const s of page.Subnets ?? [])
                        if (s.SubnetId)
                            zones.set(s.SubnetId, [s.AvailabilityZone, s.AvailabilityZoneId].filter((z) => !!z));
                    token = page.NextToken || undefined;
                } while (token);
            }
        }
        catch (e) {
            return { reason: this.fault(e, 'ec2:DescribeSubnets', region) };
        }
        const counts = { byZone: new Map(), everywhere: 0 };
        for (const g of gateways) {
            const z = g.subnet ? zones.get(g.subnet) : undefined;
            // A regional NAT gateway (no subnet) spans zones; count it in each zone rather than risk an undercount.
            if (!z?.length)
                counts.everywhere++;
            else
                for (const name of z)
                    counts.byZone.set(name, (counts.byZone.get(name) ?? 0) + 1);
        }
        return counts;
    }
    async countVpcs(region) {
        let n = 0;
        try {
            let token;
            do {
                const page = await this.call(region, 'DescribeVpcs', () => this.ec2Client(region).send(new client_ec2_dist_cjs/* DescribeVpcsCommand */.Dti({ MaxResults: 1000, NextToken: token })));
                n += page.Vpcs?.length ?? 0;
                token = page.NextToken || undefined;
            } while (token);
            return { value: n };
        }
        catch (e) {
            return { value: null, reason: this.fault(e, 'ec2:DescribeVpcs', region) };
        }
    }
    /** Concurrency already reserved in the region: AccountLimit.ConcurrentExecutions − UnreservedConcurrentExecutions. */
    async reservedConcurrency(region) {
        try {
            const r = await this.call(region, 'GetAccountSettings', () => this.lambdaClient(region).send(new client_lambda_dist_cjs/* GetAccountSettingsCommand */._8I({})));
            const total = r.AccountLimit?.ConcurrentExecutions;
            const unreserved = r.AccountLimit?.UnreservedConcurrentExecutions;
            if (typeof total !== 'number' || typeof unreserved !== 'number' || !Number.isFinite(total) || !Number.isFinite(unreserved) || unreserved > total) {
                const reason = `Lambda GetAccountSettings in ${region} returned no usable AccountLimit (ConcurrentExecutions ${total ?? 'missing'}, UnreservedConcurrentExecutions ${unreserved ?? 'missing'}); reserved concurrency cannot be read`;
                this.log(`quota-guard: ${reason}`);
                return { value: null, reason };
            }
            return { value: total - unreserved };
        }
        catch (e) {
            return { value: null, reason: this.fault(e, 'lambda:GetAccountSettings', region) };
        }
    }
    async countAddresses(region) {
        try {
            // DescribeAddresses is not paginated: one call returns every address of the region.
            const r = await this.call(region, 'DescribeAddresses', () => this.ec2Client(region).send(new client_ec2_dist_cjs/* DescribeAddressesCommand */.REI({ Filters: [{ Name: 'domain', Values: ['vpc'] }] })));
            return { value: r.Addresses?.length ?? 0 };
        }
        catch (e) {
            return { value: null, reason: this.fault(e, 'ec2:DescribeAddresses', region) };
        }
    }
}
// ---- Pure helpers -------------------------------------------------------------------------------------------
function quotaKey(region, service, code) {
    return `${region}|${service}|${code}`;
}
function skipReason(req) {
    if (req.region === 'unknown' || !model/* REGION_RE */.tn.test(req.region)) {
        return req.region === 'unknown'
            ? `the region is not known, so the quota cannot be read; give --region or set the provider's region`
            : `"${req.region}" is not an AWS region name; the quota cannot be read`;
    }
    if (req.quotaCode.startsWith('unknown-'))
        return 'the instance class is not known, so there is no vCPU quota to read';
    return undefined;
}
function fromShape(q, service, region) {
    const read = { value: null };
    if (typeof q.Value === 'number' && Number.isFinite(q.Value))
        read.value = q.Value;
    else {
        const why = q.ErrorReason ? `: ${q.ErrorReason.ErrorCode ?? ''} ${q.ErrorReason.ErrorMessage ?? ''}`.trimEnd() : '';
        read.reason = `Service Quotas returned no value for ${service} ${q.QuotaCode ?? ''} in ${region}${why}`;
    }
    if (typeof q.Adjustable === 'boolean')
        read.adjustable = q.Adjustable;
    if (q.UsageMetric?.MetricNamespace && q.UsageMetric.MetricName)
        read.usageMetric = q.UsageMetric;
    const account = /^arn:[^:]+:servicequotas:[^:]*:(\d{12}):/.exec(q.QuotaArn ?? '')?.[1];
    if (account)
        read.account = account;
    return read;
}
function parseScope(scope) {
    const i = scope.indexOf(':');
    return i < 0 ? { kind: scope, id: '' } : { kind: scope.slice(0, i), id: scope.slice(i + 1) };
}
function usagePlan(req, q) {
    const scope = parseScope(req.scope);
    const code = req.quotaCode;
    // Reservations need the concurrency already reserved, not the executions running now (see the file header).
    if (code === LAMBDA_CONCURRENCY && req.serviceCode === 'lambda' && scope.kind === 'region')
        return { kind: 'lambdaReserved' };
    if (code === NAT_PER_AZ && (scope.kind === 'az' || scope.kind === 'region')) {
        // Zone names and ids are [a-z0-9-]; anything else ("(zone known after apply)") is an unknown zone.
        const zone = scope.kind === 'az' && /^[a-z0-9-]+$/.test(scope.id) ? scope.id : null;
        return { kind: 'nat', zone };
    }
    if (scope.kind === 'az')
        return { kind: 'none', reason: `no usage metric for ${code} per Availability Zone; usage cannot be read` };
    if (scope.kind === 'vpc' || scope.kind === 'resource') {
        return { kind: 'none', reason: q.usageMetric ? `no usage metric for ${code} per ${scope.kind === 'vpc' ? 'VPC' : 'resource'}; usage cannot be read` : `no usage metric for ${code}; usage cannot be read` };
    }
    const query = (0,metrics/* metricQuery */.ND)(q.usageMetric);
    if (query)
        return { kind: 'metric', query };
    if (code === VPCS_PER_REGION)
        return { kind: 'vpcs' };
    if (code === ELASTIC_IPS)
        return { kind: 'addresses' };
    return { kind: 'none', reason: `no usage metric for ${code}; usage cannot be read` };
}
function metricUsage(results, q, region) {
    if (!results?.length)
        return { value: null, reason: `GetMetricData returned no result for ${q.namespace} ${q.name} in ${region}` };
    const failure = (0,metrics/* metricFailure */.N0)(results);
    if (failure)
        return { value: null, reason: `GetMetricData could not read ${q.namespace} ${q.name} in ${region}: ${failure}` };
    const values = results.flatMap((r) => r.Values ?? []).filter((v) => Number.isFinite(v));
    // AWS/Usage publishes a datapoint only while there is something to count, so an empty hour means zero in use
    // ([CWUSAGE]: usage metrics are emitted for resources in use).
    return { value: values.length ? Math.max(...values) : 0 };
}
function natUsage(nat, zone) {
    if (!nat)
        return { value: null, reason: 'NAT gateways not counted' };
    if ('reason' in nat)
        return { value: null, reason: nat.reason };
    if (zone !== null)
        return { value: (nat.byZone.get(zone) ?? 0) + nat.everywhere };
    // Zone not known before apply: the fullest zone is the worst case.
    return { value: Math.max(0, ...nat.byZone.values()) + nat.everywhere };
}

// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(26433);
;// CONCATENATED MODULE: ./src/aws/instance-types.ts
// vCPUs of instance types from EC2 DescribeInstanceTypes (VCpuInfo.DefaultVCpus), for types the offline table
// (src/quotas/instance-types.ts) does not know. Whatever fails here is left out of the map, and the offline rule
// stays the fallback.



/** DescribeInstanceTypes takes at most 100 names per call ([EC2 API] InstanceTypes, "up to 100"). */
const INSTANCE_TYPE_BATCH = 100;
/**
 * DefaultVCpus per instance type, keyed by the names as given. Types are sent trimmed and lower-cased, at most 100
 * per call. A batch answered InvalidInstanceType ("The following supplied instance types do not exist: [a, b]") is
 * sent again once without the names the message lists: one extra call instead of one call per type. When the
 * message names none of the batch, or the retry is refused again, the batch falls back to one call per type so a
 * bad name never costs the good ones. Any other error leaves the batch out, with a log line.
 */
async function describeInstanceTypes(types, region, options = {}) {
    const log = options.log ?? (() => { });
    const limiters = new common/* Limiters */.ek();
    const byName = new Map();
    for (const t of types) {
        if (typeof t !== 'string')
            continue;
        const name = t.trim().toLowerCase();
        if (!/^[a-z0-9][a-z0-9.-]*$/.test(name))
            continue;
        byName.set(name, [...(byName.get(name) ?? []), t]);
    }
    const out = new Map();
    if (byName.size === 0)
        return out;
    const client = new client_ec2_dist_cjs/* EC2Client */.gu5((0,common/* clientConfig */.yO)(region, options));
    const describe = async (batch) => {
        const found = new Map();
        const send = (NextToken) => limiters.schedule(region, 'DescribeInstanceTypes', () => client.send(new client_ec2_dist_cjs/* DescribeInstanceTypesCommand */.hkU({ InstanceTypes: batch, NextToken })));
        for await (const page of (0,paging/* pages */.Bd)(send, (p) => p.NextToken, { operation: 'DescribeInstanceTypes' })) {
            for (const it of page.InstanceTypes ?? []) {
                const v = it.VCpuInfo?.DefaultVCpus;
                if (it.InstanceType && typeof v === 'number' && Number.isFinite(v) && v > 0)
                    found.set(it.InstanceType, v);
            }
        }
        return found;
    };
    const oneByOne = async (batch) => {
        const found = new Map();
        await Promise.all(batch.map(async (t) => {
            try {
                for (const [k, v] of await describe([t]))
                    found.set(k, v);
            }
            catch (e) {
                if ((0,common/* isCode */._m)(e, 'InvalidInstanceType'))
                    log(`quota-guard: EC2 does not know instance type ${t} in ${region}`);
                else
                    log(`quota-guard: ${(0,common/* faultReason */.t1)(e, 'ec2:DescribeInstanceTypes', region)}`);
            }
        }));
        return found;
    };
    const names = [...byName.keys()];
    try {
        const batches = [];
        for (let i = 0; i < names.length; i += INSTANCE_TYPE_BATCH)
            batches.push(names.slice(i, i + INSTANCE_TYPE_BATCH));
        const results = await Promise.all(batches.map(async (batch) => {
            try {
                return await describe(batch);
            }
            catch (e) {
                if (!(0,common/* isCode */._m)(e, 'InvalidInstanceType')) {
                    log(`quota-guard: ${(0,common/* faultReason */.t1)(e, 'ec2:DescribeInstanceTypes', region)}; using the built-in vCPU table for ${batch.length} instance type(s)`);
                    return new Map();
                }
                const invalid = invalidNames(e instanceof Error ? e.message : '').filter((n) => batch.includes(n));
                if (invalid.length)
                    log(`quota-guard: EC2 does not know instance type(s) ${invalid.join(', ')} in ${region}`);
                const rest = batch.filter((n) => !invalid.includes(n));
                if (invalid.length === 0)
                    return oneByOne(batch);
                if (rest.length === 0)
                    return new Map();
                try {
                    return await describe(rest);
                }
                catch (e2) {
                    if ((0,common/* isCode */._m)(e2, 'InvalidInstanceType'))
                        return oneByOne(rest);
                    log(`quota-guard: ${(0,common/* faultReason */.t1)(e2, 'ec2:DescribeInstanceTypes', region)}; using the built-in vCPU table for ${rest.length} instance type(s)`);
                    return new Map();
                }
            }
        }));
        for (const found of results) {
            for (const [name, vcpus] of found)
                for (const original of byName.get(name) ?? [name])
                    out.set(original, vcpus);
        }
    }
    finally {
        client.destroy();
    }
    return out;
}
/** Names in "The following supplied instance types do not exist: [a, b]". */
function invalidNames(message) {
    const m = /\[([^\]]*)\]/.exec(message);
    if (!m)
        return [];
    return m[1]
        .split(',')
        .map((s) => s.trim().replace(/^['"]|['"]$/g, '').toLowerCase())
        .filter(Boolean);
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
;// CONCATENATED MODULE: ./src/aws/changeset.ts
// Reads a CloudFormation change set from AWS and returns it as the JSON text `aws cloudformation
// describe-change-set --include-property-values` prints, so that parseChangeSet reads it like a file.




/**
 * Every page of DescribeChangeSet (IncludePropertyValues true, so BeforeContext / AfterContext are there) as one
 * describe-change-set JSON document: the first page's fields, Changes of all pages, no NextToken. The region of an
 * ARN wins over `region`; without either the SDK's default chain (AWS_REGION, profile) decides.
 * Failures are InputErrors naming the reference.
 */
async function describeChangeSet(ref, region, options = {}) {
    const arn = model/* CHANGE_SET_ARN */.Oh.exec(ref);
    const pair = model/* STACK_AND_NAME */.Pt.exec(ref);
    if (!arn && !pair)
        throw new model/* InputError */.dz(ref, 'not a change set reference; expected STACK/CHANGE_SET or a change set ARN');
    const target = arn ? { ChangeSetName: ref } : { StackName: pair[1], ChangeSetName: pair[2] };
    const useRegion = arn?.[1] ?? region;
    const client = new client_cloudformation_dist_cjs/* CloudFormationClient */.m1N((0,common/* clientConfig */.yO)(useRegion, options));
    const limiters = new common/* Limiters */.ek();
    const all = [];
    let where = useRegion ?? 'the default region';
    try {
        where = useRegion ?? (await client.config.region());
        const send = (NextToken) => limiters.schedule(where, 'DescribeChangeSet', () => client.send(new client_cloudformation_dist_cjs/* DescribeChangeSetCommand */.TTT({ ...target, IncludePropertyValues: true, NextToken })));
        // A change set holds at most 2,500 changes (CloudFormation quotas, "resources per template" is 500): 1,000 pages is ample.
        for await (const page of (0,paging/* pages */.Bd)(send, (p) => p.NextToken, { operation: 'DescribeChangeSet', maxPages: 1000 }))
            all.push(page);
    }
    catch (e) {
        if ((0,common/* isCode */._m)(e, 'ChangeSetNotFound', 'ChangeSetNotFoundException'))
            throw new model/* InputError */.dz(ref, `change set not found in ${where}; check the stack and change set names and --region`);
        if (/region is missing/i.test(e instanceof Error ? e.message : '')) {
            throw new model/* InputError */.dz(ref, 'no region for the change set; pass --region, set AWS_REGION, or give the change set ARN');
        }
        throw new model/* InputError */.dz(ref, `could not read the change set: ${(0,common/* faultReason */.t1)(e, 'cloudformation:DescribeChangeSet', where)}`);
    }
    finally {
        client.destroy();
    }
    const { $metadata: _m, NextToken: _t, Changes: _c, ...first } = all[0];
    // Changes first, as the CLI prints it.
    const doc = { Changes: all.flatMap((p) => p.Changes ?? []), ...first };
    return `${JSON.stringify(doc, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/live.ts



function awsLive(region, log) {
    // vCPUs of a type do not change during a run: the re-check after an approved increase asks only for new types.
    const vcpus = new Map();
    return {
        read: liveReader({ log }),
        // Instance type vCPUs are the same in every region that offers the type.
        resolveVcpus: async (types) => {
            const missing = types.filter((t) => !vcpus.has(t));
            if (missing.length)
                for (const [t, n] of await describeInstanceTypes(missing, region ?? 'us-east-1', { log }))
                    vcpus.set(t, n);
            return vcpus;
        },
        describeChangeSet: describeChangeSet,
    };
}


/***/ })

};
