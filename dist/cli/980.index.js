export const id = 980;
export const ids = [980];
export const modules = {

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ assumeRoleProvider),
/* harmony export */   dD: () => (/* binding */ RoleAssumer),
/* harmony export */   vU: () => (/* binding */ AssumeRoleError)
/* harmony export */ });
/* unused harmony export roleArn */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1695);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3736);
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
            const c = r.Credentials;
            if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
                throw new AssumeRoleError(`AssumeRole ${arn} returned no credentials`);
            return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration ? { expiration: new Date(c.Expiration) } : {}) };
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
        let current = Promise.resolve(first);
        let expires = first.expiration?.getTime() ?? Infinity;
        return async () => {
            if (Date.now() > expires - REFRESH_MS) {
                current = this.assume(account, partition);
                expires = Infinity; // until the refresh settles
                current.then((c) => (expires = c.expiration?.getTime() ?? Infinity), () => (expires = 0));
            }
            return current;
        };
    }
}
/**
 * A credential provider for one role ARN, for the live check's other accounts (`account-roles`): the first call
 * assumes the role (one STS AssumeRole per account), later calls reuse the credentials until REFRESH_MS before they
 * expire; concurrent callers share one call. A failure is thrown to every client of the account, which reports it.
 */
function assumeRoleProvider(arn, options) {
    let client;
    let current;
    let expires = 0;
    const assume = async () => {
        client ??= new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .STSClient */ .iM(options.config(options.region, options.credentials));
        options.count?.();
        const r = await client.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleCommand */ .QL({ RoleArn: arn, RoleSessionName: options.sessionName ?? 'quota-guard-check', DurationSeconds: DEFAULT_DURATION_SECONDS }));
        const c = r.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
            throw new AssumeRoleError(`AssumeRole ${arn} returned no credentials`);
        return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration ? { expiration: new Date(c.Expiration) } : {}) };
    };
    const provider = async () => {
        if (!current || Date.now() > expires - REFRESH_MS) {
            current = assume();
            expires = Infinity; // until it settles
            current.then((c) => (expires = c.expiration?.getTime() ?? Infinity), () => (expires = Infinity));
        }
        return current;
    };
    return Object.assign(provider, { destroy: () => client?.destroy() });
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ METRIC_BATCH),
/* harmony export */   N0: () => (/* binding */ metricFailure),
/* harmony export */   ND: () => (/* binding */ metricQuery),
/* harmony export */   ZH: () => (/* binding */ getMetricData)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4085);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6433);
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

/***/ 6769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ describeFault),
/* harmony export */   Yd: () => (/* binding */ SCAN_RATES),
/* harmony export */   Yz: () => (/* binding */ ScanHttp)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2924);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3736);
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


/***/ }),

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsLive: () => (/* binding */ awsLive)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-service-quotas/dist-cjs/index.js
var dist_cjs = __webpack_require__(2924);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./src/verdict/evaluate.ts
var evaluate = __webpack_require__(5734);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/quotas/catalog.ts
var catalog = __webpack_require__(4650);
// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/aws/common.ts + 1 modules
var common = __webpack_require__(3736);
// EXTERNAL MODULE: ./src/aws/metrics.ts
var metrics = __webpack_require__(9656);
// EXTERNAL MODULE: ./src/aws/usage/index.ts + 35 modules
var usage = __webpack_require__(9132);
;// CONCATENATED MODULE: ./src/aws/readings.ts
// Live readings: a planner over the registry of usage sources (./usage/index.ts). For every requirement of a check it
// reads the applied quota value from Service Quotas and, independently, the usage: from the quota's CloudWatch usage
// metric when there is one, else from the source that counts it. Every number that could be read is in the reading;
// every one that could not says why, and `setupError` names the setup's root cause (setupFault, common.ts).
//
// Call plan per run, so a big plan over few quotas costs few calls:
// * Each (account, region, service, quota) value is read once. Per region and service: with WALK_THRESHOLD (3) or more
//   codes, one ListServiceQuotas walk (100 per page, stopped as soon as every wanted code was seen) and
//   GetAWSDefaultServiceQuota for codes it did not return; with fewer, or when the walk fails, GetServiceQuota per
//   code and GetAWSDefaultServiceQuota on NoSuchResourceException.
// * Usage per account and region: one GetMetricData call per 500 distinct metric queries, and each usage source at
//   most once, for all requirements it serves (one walk per kind, grouped by VPC or parent inside the source).
// * A parent (VPC, security group, route table, load balancer, cluster, role) the same change creates holds nothing
//   yet: usage 0, known, without a call. An existing parent is counted by its id; one whose id the input does not
//   give stays unknown.
//
// Accounts: a requirement for an account with a role in `accountRoles` is read through that role (one STS AssumeRole
// per account, reused by every client). Others are read with the credentials in use, whose account is learned from
// the applied quota ARNs Service Quotas returns (arn:aws:servicequotas:REGION:ACCOUNT:SERVICE/CODE) or, when none
// names it and a requirement names an account, one STS GetCallerIdentity call. A requirement for another account
// without a role gets null readings with a reason naming both; the account is never assumed to be the current one.











/** Codes of one service in one region from which a ListServiceQuotas walk replaces single reads. */
const WALK_THRESHOLD = 3;
/** Usage window: the last hour in 5-minute periods; usage is the largest datapoint. */
const USAGE_WINDOW_SECONDS = 3600;
const USAGE_PERIOD_SECONDS = 300;
/** The live reader: readings for every requirement, never a number from a fault. */
function liveReader(options = {}) {
    const limiters = new common/* Limiters */.ek();
    return async (requirements, planRoles) => {
        // Roles the user lists (`account-roles`) win over the ones the plan's providers name.
        const run = new Run(planRoles ? { ...options, accountRoles: { ...planRoles, ...options.accountRoles } } : options, limiters);
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
    /** One client per (client class, session, region), made on first use. */
    clients = new Map();
    sessions = new Map();
    contexts = new Map();
    own = { key: '', account: null };
    counts = new Map();
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
        for (const s of this.sessions.values())
            s.credentials?.destroy?.();
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
                pending.push({ req, key, region: catalog/* QUOTAS */.eg.get(req.quotaCode)?.global || (0,usage/* globalUsage */.bx)(req.quotaCode) ? catalog/* GLOBAL_QUOTA_REGION */.go : req.region, session: this.own });
        }
        if (pending.length === 0)
            return out;
        const noCredentials = await this.resolveCredentials(pending[0].region);
        if (noCredentials) {
            for (const p of pending)
                out.set(p.key, { quota: null, usage: null, ...noCredentials });
            return out;
        }
        for (const p of pending) {
            const role = p.req.account !== null ? this.options.accountRoles?.[p.req.account] : undefined;
            if (role)
                p.session = this.roleSession(p.req.account, role, p.region);
        }
        // Each role is assumed once, before any read of its account, so a refusal is named once as sts:AssumeRole.
        await Promise.all([...this.sessions.values()].map(async (s) => {
            try {
                await s.credentials();
            }
            catch (e) {
                const f = this.failure(e, 'sts:AssumeRole', `${pending[0].region} for account ${s.account} (role ${this.options.accountRoles?.[s.account]})`);
                s.failure = { reason: `cannot read account ${s.account}: ${f.reason}`, setupError: f.setupError ?? `cannot assume the role given for account ${s.account}: ${f.reason}` };
            }
        }));
        // Quota values: each (session, region, service, code) once.
        const wanted = new Map();
        for (const p of pending) {
            if (p.session.failure)
                continue;
            const k = `${p.session.key}|${p.region}|${p.req.serviceCode}`;
            const w = wanted.get(k) ?? { session: p.session, region: p.region, service: p.req.serviceCode, codes: new Set() };
            wanted.set(k, w);
            w.codes.add(p.req.quotaCode);
        }
        const quotas = new Map();
        await Promise.all([...wanted.values()].map(async ({ session, region, service, codes }) => {
            const reads = await this.readService(session, region, service, [...codes]);
            for (const [code, read] of reads)
                quotas.set(`${session.key}|${region}|${service}|${code}`, read);
        }));
        const quotaOf = (p) => p.session.failure ? { value: null, ...p.session.failure } : (quotas.get(`${p.session.key}|${p.region}|${p.req.serviceCode}|${p.req.quotaCode}`) ?? { value: null, reason: 'not read' });
        // The credentials' account, for requirements that name one and are read with them: from an applied quota ARN,
        // else from STS GetCallerIdentity.
        let caller;
        const arnAccount = [...quotas.entries()].find(([k, q]) => k.startsWith('|') && q.account)?.[1].account;
        if (arnAccount)
            caller = { account: arnAccount };
        else {
            const named = pending.find((p) => p.req.account !== null && p.session === this.own);
            if (named)
                caller = await this.callerIdentity(named.region);
        }
        // Usage: a plan per requirement, then each session-region's plans with as few calls as possible.
        const planned = [];
        for (const p of pending) {
            const q = quotaOf(p);
            if (p.session.failure) {
                out.set(p.key, { quota: null, usage: null, ...p.session.failure });
                continue;
            }
            if (p.req.account !== null && p.session === this.own && caller && 'reason' in caller) {
                out.set(p.key, {
                    quota: null,
                    usage: null,
                    reason: `requirement is for account ${p.req.account}, but the account of the credentials could not be learned (${caller.reason}); quota-guard never assumes it is ${p.req.account}`,
                    ...(caller.setupError ? { setupError: caller.setupError } : {}),
                });
                continue;
            }
            if (p.req.account !== null && p.session === this.own && caller && 'account' in caller && p.req.account !== caller.account) {
                out.set(p.key, {
                    quota: null,
                    usage: null,
                    reason: `requirement is for account ${p.req.account} but the credentials are for account ${caller.account}; give a role to read it through (account-roles: ${p.req.account}=arn:aws:iam::${p.req.account}:role/NAME, or --account-role), or run with credentials for ${p.req.account}`,
                });
                continue;
            }
            planned.push({ p, q, plan: usagePlan(p.req, p.key, q) });
        }
        const usages = await this.readUsage(planned.map(({ p, plan }) => ({ p, plan })));
        for (const { p, q } of planned)
            out.set(p.key, assemble(q, usages.get(p.key) ?? { value: null, reason: 'usage not read' }));
        if (this.counts.size)
            this.log(`quota-guard: AWS calls: ${[...this.counts].map(([op, n]) => `${op} ${n}`).join(', ')}`);
        return out;
    }
    // ---- Sessions, clients and calls --------------------------------------------------------------------------
    /** Resolves the default credential chain once; the failure when there are none, so no call is attempted. */
    async resolveCredentials(region) {
        const client = this.client(dist_cjs/* ServiceQuotasClient */.iVb, this.own, region);
        const provider = client.config.credentials;
        if (typeof provider !== 'function')
            return undefined;
        try {
            await provider();
            this.own.credentials = provider;
            return undefined;
        }
        catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            this.log(`quota-guard: no AWS credentials: ${message}`);
            // The chain found nothing (or failed to resolve): one line that is both the reason and the setup error.
            const line = `no AWS credentials (${message.replace(/\s+/g, ' ').slice(0, 160)}); configure credentials, e.g. with aws-actions/configure-aws-credentials, or run with --offline`;
            return { reason: line, setupError: line };
        }
    }
    /** The session of a role in another account: one AssumeRole, lazily, shared by every client of that account. */
    roleSession(account, roleArn, region) {
        let s = this.sessions.get(account);
        if (!s) {
            s = { key: account, account, credentials: (0,assume_role/* assumeRoleProvider */.Yk)(roleArn, { region, config: (r, c) => (0,common/* clientConfig */.yO)(r, this.options, c), credentials: this.own.credentials, count: () => this.count('AssumeRole') }) };
            this.sessions.set(account, s);
        }
        return s;
    }
    client(Client, session, region, options = {}) {
        let byKey = this.clients.get(Client);
        if (!byKey)
            this.clients.set(Client, (byKey = new Map()));
        const key = `${session.key}|${region}`;
        let c = byKey.get(key);
        if (!c) {
            const config = (0,common/* clientConfig */.yO)(region, this.options, session.credentials);
            const http1 = options.http1 ? { requestHandler: new node_http_handler_dist_cjs.NodeHttpHandler(config.requestHandler) } : {};
            byKey.set(key, (c = new Client({ ...config, ...http1 })));
        }
        return c;
    }
    count(api) {
        this.counts.set(api, (this.counts.get(api) ?? 0) + 1);
    }
    /** Runs one API call under its (account, region, API) rate limit and counts it. */
    call(session, region, api, fn) {
        this.count(api);
        return this.limiters.schedule(session.account ? `${session.account}/${region}` : region, api, fn);
    }
    failure(e, action, where) {
        const reason = (0,common/* faultReason */.t1)(e, action, where);
        this.log(`quota-guard: ${reason}`);
        const setupError = (0,common/* setupFault */.wS)(e, action);
        return setupError ? { reason, setupError } : { reason };
    }
    where(session, region) {
        return session.account ? `${region} of account ${session.account}` : region;
    }
    /** The context usage sources of one session and region share (clients, rate limits, shared walks). */
    context(session, region) {
        const key = `${session.key}|${region}`;
        let ctx = this.contexts.get(key);
        if (ctx)
            return ctx;
        const shared = new Map();
        const where = this.where(session, region);
        ctx = {
            region,
            where: `in ${where}`,
            client: (Client, options) => this.client(Client, session, region, options),
            call: (api, fn) => this.call(session, region, api, fn),
            failed: (e, action) => ({ value: null, ...this.failure(e, action, where) }),
            once: (k, fn) => {
                let p = shared.get(k);
                if (!p)
                    shared.set(k, (p = fn()));
                return p;
            },
        };
        this.contexts.set(key, ctx);
        return ctx;
    }
    /** The account of the credentials, from one STS GetCallerIdentity call (regional endpoint of `region`). */
    async callerIdentity(region) {
        const sts = this.client(client_sts_dist_cjs/* STSClient */.iM, this.own, region);
        try {
            const r = await this.call(this.own, region, 'GetCallerIdentity', () => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})));
            if (r.Account && model/* ACCOUNT_RE */.cd.test(r.Account))
                return { account: r.Account };
            const reason = `STS GetCallerIdentity returned no account id in ${region}`;
            this.log(`quota-guard: ${reason}`);
            return { reason };
        }
        catch (e) {
            return this.failure(e, 'sts:GetCallerIdentity', region);
        }
    }
    // ---- Quota values ------------------------------------------------------------------------------------------
    async readService(session, region, service, codes) {
        const out = new Map();
        let single = codes;
        let fromWalk;
        if (codes.length >= WALK_THRESHOLD) {
            const walk = await this.walk(session, region, service, codes);
            // Without the walk (denied, throttled, endless), GetServiceQuota per code may still answer.
            if ('failed' in walk)
                this.log(`quota-guard: ${walk.failed}; reading ${service} quotas in ${this.where(session, region)} one by one with GetServiceQuota`);
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
                tasks.push(this.readDefault(session, region, service, code).then((r) => void out.set(code, r)));
        }
        for (const code of single)
            tasks.push(this.readApplied(session, region, service, code).then((r) => void out.set(code, r)));
        await Promise.all(tasks);
        return out;
    }
    async walk(session, region, service, codes) {
        try {
            const quotas = await (0,common/* walkServiceQuotas */.uX)(service, new Set(codes), (command) => this.call(session, region, 'ListServiceQuotas', () => this.client(dist_cjs/* ServiceQuotasClient */.iVb, session, region).send(command)));
            return { found: new Map([...quotas].map(([code, q]) => [code, fromShape(q, service, region)])) };
        }
        catch (e) {
            return { failed: this.failure(e, 'servicequotas:ListServiceQuotas', this.where(session, region)).reason };
        }
    }
    async readApplied(session, region, service, code) {
        try {
            const r = await this.call(session, region, 'GetServiceQuota', () => this.client(dist_cjs/* ServiceQuotasClient */.iVb, session, region).send(new dist_cjs/* GetServiceQuotaCommand */.HSc({ ServiceCode: service, QuotaCode: code })));
            return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetServiceQuota returned no quota for ${service} ${code} in ${region}` };
        }
        catch (e) {
            // A quota that was never changed may have no applied value: its default is the value in force ([TFSQGO]).
            if ((0,common/* isCode */._m)(e, 'NoSuchResourceException'))
                return this.readDefault(session, region, service, code);
            return { value: null, ...this.failure(e, 'servicequotas:GetServiceQuota', this.where(session, region)) };
        }
    }
    async readDefault(session, region, service, code) {
        try {
            const r = await this.call(session, region, 'GetAWSDefaultServiceQuota', () => this.client(dist_cjs/* ServiceQuotasClient */.iVb, session, region).send(new dist_cjs/* GetAWSDefaultServiceQuotaCommand */.Lb5({ ServiceCode: service, QuotaCode: code })));
            return r.Quota ? fromShape(r.Quota, service, region) : { value: null, reason: `GetAWSDefaultServiceQuota returned no quota for ${service} ${code} in ${region}` };
        }
        catch (e) {
            if ((0,common/* isCode */._m)(e, 'NoSuchResourceException')) {
                const message = e instanceof Error ? e.message : '';
                return { value: null, reason: `Service Quotas has no quota ${service} ${code} in ${region} (NoSuchResourceException${message ? `: ${message}` : ''})` };
            }
            return { value: null, ...this.failure(e, 'servicequotas:GetAWSDefaultServiceQuota', this.where(session, region)) };
        }
    }
    // ---- Usage -------------------------------------------------------------------------------------------------
    async readUsage(list) {
        const out = new Map();
        const groups = new Map();
        for (const it of list) {
            if (it.plan.kind === 'known') {
                out.set(it.p.key, it.plan.usage);
                continue;
            }
            const k = `${it.p.session.key}|${it.p.region}`;
            const g = groups.get(k) ?? { session: it.p.session, region: it.p.region, list: [] };
            groups.set(k, g);
            g.list.push(it);
        }
        await Promise.all([...groups.values()].map(async ({ session, region, list: group }) => {
            const ctx = this.context(session, region);
            const queries = new Map();
            const bySource = new Map();
            const add = (source, item) => bySource.set(source, [...(bySource.get(source) ?? []), item]);
            for (const { plan } of group) {
                if (plan.kind === 'metric')
                    queries.set(plan.query.key, plan.query);
                else if (plan.kind === 'source')
                    add(plan.source, plan.item);
            }
            const [metrics] = await Promise.all([queries.size ? this.metrics(session, region, [...queries.values()]) : new Map(), this.runSources(ctx, bySource, out)]);
            // A metric that could not be read falls back to the source that counts the quota, when there is one.
            const fallback = new Map();
            for (const { p, plan } of group) {
                if (plan.kind !== 'metric')
                    continue;
                const u = metrics.get(plan.query.key) ?? { value: null, reason: 'no GetMetricData result for the usage metric' };
                if (u.value === null && plan.fallback)
                    fallback.set(plan.fallback, [...(fallback.get(plan.fallback) ?? []), plan.item]);
                else
                    out.set(p.key, u);
            }
            if (fallback.size)
                await this.runSources(ctx, fallback, out);
        }));
        return out;
    }
    async runSources(ctx, bySource, out) {
        await Promise.all([...bySource].map(async ([source, items]) => {
            let got;
            try {
                got = await source.read(ctx, items);
            }
            catch (e) {
                got = new Map(items.map((i) => [i.key, ctx.failed(e, source.calls[0]?.action ?? source.name)]));
            }
            for (const i of items)
                out.set(i.key, valid(got.get(i.key), source));
        }));
    }
    /** Max datapoint of each query over the last hour, 500 queries per GetMetricData call. */
    async metrics(session, region, queries) {
        const out = new Map();
        const end = new Date(Math.ceil((this.options.now?.() ?? new Date()).getTime() / 60_000) * 60_000);
        const start = new Date(end.getTime() - USAGE_WINDOW_SECONDS * 1000);
        const batches = await (0,metrics/* getMetricData */.ZH)(queries, { start, end, period: USAGE_PERIOD_SECONDS }, (command) => this.call(session, region, 'GetMetricData', () => this.client(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn, session, region).send(command)));
        for (const b of batches) {
            if ('error' in b) {
                const f = this.failure(b.error, 'cloudwatch:GetMetricData', this.where(session, region));
                for (const q of b.queries)
                    out.set(q.key, { value: null, ...f });
            }
            else
                for (const [q, results] of b.results)
                    out.set(q.key, metricUsage(results, q, region));
        }
        return out;
    }
}
// ---- Pure helpers -------------------------------------------------------------------------------------------
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
    // A quota value is a count or an amount: finite and >= 0, anything else is not a value.
    if (typeof q.Value === 'number' && Number.isFinite(q.Value) && q.Value >= 0)
        read.value = q.Value;
    else {
        const why = q.ErrorReason ? `: ${q.ErrorReason.ErrorCode ?? ''} ${q.ErrorReason.ErrorMessage ?? ''}`.trimEnd() : typeof q.Value === 'number' ? ` (${q.Value} is not a quota value)` : '';
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
    const kind = (i < 0 ? scope : scope.slice(0, i));
    return { kind, id: i < 0 ? '' : scope.slice(i + 1) };
}
const PARENT_WORD = { vpc: 'VPC', resource: 'resource' };
/**
 * Where a requirement's usage comes from: a created parent (0, known), the quota's usage metric (Service Quotas'
 * UsageMetric, else the one its source documents when Service Quotas could not say), or its source.
 */
function usagePlan(req, key, q) {
    const scope = parseScope(req.scope);
    const source = (0,usage/* usageSourceFor */.Mt)(req.quotaCode, scope.kind);
    if (scope.kind === 'vpc' || scope.kind === 'resource') {
        const word = PARENT_WORD[scope.kind];
        if (req.parent?.created) {
            const base = source?.createdParent?.[req.quotaCode];
            const note = `the ${word} ${req.parent.address ?? scope.id} is created by this change${base ? ` with ${base.why}` : ''}`;
            return { kind: 'known', usage: { value: base?.value ?? 0, note } };
        }
        if (!source)
            return { kind: 'known', usage: { value: null, reason: `no usage source counts ${req.quotaCode} per ${word}; usage cannot be read` } };
        if (!req.parent?.id) {
            return { kind: 'known', usage: { value: null, reason: `the ${word} ${scope.id} is not created by this change and the input does not give its id, so what it already holds cannot be counted` } };
        }
        return { kind: 'source', source, item: { key, quotaCode: req.quotaCode, scope, parent: { ...req.parent, id: req.parent.id } } };
    }
    const item = { key, quotaCode: req.quotaCode, scope };
    const metricFirst = source?.metricFirst !== false && scope.kind === 'region';
    const named = metricFirst ? (0,metrics/* metricQuery */.ND)(q.usageMetric) : undefined;
    // A documented metric stands in when Service Quotas could not be asked, or names none and there is no count API.
    const documented = metricFirst && !named && (q.value === null || !source?.calls.length) ? source?.metrics?.[req.quotaCode] : undefined;
    const query = named ?? (documented ? (0,metrics/* metricQuery */.ND)({ MetricNamespace: documented.namespace, MetricName: documented.name, MetricDimensions: documented.dimensions, MetricStatisticRecommendation: 'Maximum' }) : undefined);
    if (query)
        return { kind: 'metric', query, item, ...(source?.calls.length ? { fallback: source } : {}) };
    if (source?.calls.length)
        return { kind: 'source', source, item };
    if (source)
        return { kind: 'known', usage: { value: null, reason: `${req.quotaCode} is counted only by its usage metric, which Service Quotas did not name${q.reason ? ` (${q.reason})` : ''}` } };
    return { kind: 'known', usage: { value: null, reason: `no usage source counts ${req.quotaCode}${scope.kind === 'az' ? ' per Availability Zone' : ''}; usage cannot be read` } };
}
/** A source's answer as a usage: a number only when it is finite and >= 0. */
function valid(u, source) {
    if (!u)
        return { value: null, reason: `${source.name} gave no answer` };
    if (u.value === null)
        return u;
    if (!Number.isFinite(u.value) || u.value < 0)
        return { value: null, reason: `${source.name} gave an invalid count (${u.value})` };
    if (u.limit && (!Number.isFinite(u.limit.value) || u.limit.value < 0)) {
        const { limit: _limit, ...rest } = u;
        return rest;
    }
    return u;
}
function metricUsage(results, q, region) {
    if (!results?.length)
        return { value: null, reason: `GetMetricData returned no result for ${q.namespace} ${q.name} in ${region}` };
    const failure = (0,metrics/* metricFailure */.N0)(results);
    if (failure)
        return { value: null, reason: `GetMetricData could not read ${q.namespace} ${q.name} in ${region}: ${failure}` };
    const values = results.flatMap((r) => r.Values ?? []);
    // A count is finite and >= 0: a negative or non-finite datapoint is garbage, never a smaller usage.
    const bad = values.find((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0);
    if (bad !== undefined)
        return { value: null, reason: `GetMetricData returned an invalid datapoint (${bad}) for ${q.namespace} ${q.name} in ${region}` };
    // AWS/Usage publishes a datapoint only while there is something to count, so an empty hour means zero in use
    // ([CWUSAGE]: usage metrics are emitted for resources in use).
    return { value: values.length ? Math.max(...values) : 0 };
}
/** One reading from a quota read and a usage read, made independently: every number that was read is kept. */
function assemble(q, u) {
    const notes = [];
    let quota = q.value;
    if (u.value !== null && u.limit) {
        if (quota === null) {
            quota = u.limit.value;
            notes.push(`quota value from ${u.limit.from} (Service Quotas: ${q.reason ?? 'not read'})`);
        }
        else if (u.limit.cap && u.limit.value < quota) {
            notes.push(`the limit in force is ${u.limit.value} (${u.limit.from}), lower than the ${quota} Service Quotas shows`);
            quota = u.limit.value;
        }
    }
    const reading = { quota, usage: u.value };
    if (q.adjustable !== undefined)
        reading.adjustable = q.adjustable;
    const reasons = [quota === null ? (q.reason ?? 'quota value could not be read') : '', u.value === null ? u.reason : ''].filter(Boolean);
    if (reasons.length)
        reading.reason = reasons.join('; ');
    // A failed call is named even when another source filled in its number: the setup still lacks something.
    const setupError = q.setupError ?? (u.value === null ? u.setupError : undefined);
    if (setupError)
        reading.setupError = setupError;
    if (u.value !== null) {
        if (u.lowerBound)
            reading.usageLowerBound = true;
        if (u.note)
            notes.push(u.note);
    }
    if (notes.length)
        reading.note = notes.join('; ');
    return reading;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
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



function awsLive(region, log, settings = {}) {
    // vCPUs of a type do not change during a run: the re-check after an approved increase asks only for new types.
    const vcpus = new Map();
    return {
        read: liveReader({ log, ...(settings.accountRoles ? { accountRoles: settings.accountRoles } : {}) }),
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
