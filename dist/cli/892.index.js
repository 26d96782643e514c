export const id = 892;
export const ids = [892];
export const modules = {

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

/***/ 8102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ observe),
/* harmony export */   o: () => (/* binding */ usageWindow)
/* harmony export */ });
/* harmony import */ var _forecast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3524);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/**
 * The usage window: `days` whole days ending at the next whole hour (CloudWatch answers whole-hour windows faster),
 * so the newest daily bucket is the last 24 hours.
 */
function usageWindow(now, days) {
    const end = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
    return { start: end - days * DAY_MS, end };
}
function observe(reading, options) {
    const { end } = options.window;
    const days = Math.max(1, Math.round((end - options.window.start) / DAY_MS));
    const quotas = reading.quotas.map(({ series, serviceCode, quotaCode, value, ...rest }) => {
        const out = { serviceCode, quotaCode, value, usage: null, ...rest };
        if (!series)
            return out;
        const peaks = (0,_forecast_js__WEBPACK_IMPORTED_MODULE_0__/* .dailyPeaks */ .Wf)(series.timestamps, series.values, end);
        // The newest daily bucket is the usage. Buckets start at the window's start (whole hours), so the newest one
        // covers the last 24 hours (dailyPeaks dates it at `end`); a bucket one day older is still accepted in case
        // CloudWatch aligns buckets otherwise. AWS/Usage publishes a datapoint only while there is something to count
        // ([CWUSAGE]): nothing recent means nothing in use.
        const newest = peaks[peaks.length - 1];
        const usage = newest && newest.t >= end - DAY_MS ? newest.value : 0;
        out.usage = usage;
        const trend = days > 1 ? (0,_forecast_js__WEBPACK_IMPORTED_MODULE_0__/* .fitTrend */ .hN)(peaks, end) : undefined;
        if (trend)
            out.trend = trend;
        const keep = options.keepHistory;
        if (keep && value !== null && value > 0 && days > 1) {
            const near = (usage / value) * 100 >= keep.minPercent;
            const rising = !!trend && trend.slopePerDay > 0 && (value - usage) / trend.slopePerDay <= keep.withinDays;
            if (near || rising) {
                const byDay = new Map(peaks.map((p) => [p.t, p.value]));
                out.history = Array.from({ length: days }, (_, i) => byDay.get(end - (days - 1 - i) * DAY_MS) ?? 0);
            }
        }
        return out;
    });
    return { account: reading.account, region: reading.region, quotas };
}


/***/ }),

/***/ 2892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AccountRegionReads: () => (/* binding */ AccountRegionReads),
  WorkerReads: () => (/* binding */ WorkerReads),
  serveScanWorker: () => (/* binding */ serveScanWorker)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(8860);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-service-quotas/dist-cjs/index.js
var dist_cjs = __webpack_require__(2924);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./src/aws/common.ts + 2 modules
var common = __webpack_require__(1768);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(6433);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(7288);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var submodules_protocols = __webpack_require__(3422);
;// CONCATENATED MODULE: ./src/aws/plain-json.ts
// The org-wide scan's Service Quotas answers, read with JSON.parse alone. A scan of 1,000 accounts × 17 regions makes
// ~100,000 ListServiceQuotas calls of up to 100 quotas each; the SDK's schema-driven reader copies every quota member
// by member into a new object, about a quarter of the CPU of such a call (measured: `npm run bench:scan`, profile in
// the issue note). For an awsJson1_1 output made only of strings, numbers, booleans, lists, maps and structures, the
// parsed JSON already is that object: awsJson uses the member names as JSON keys (no jsonName,
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html) and only timestamps, blobs, documents and big
// numbers need converting. test/aws/plain-json.test.ts checks that on the SDK's own schemas, so a model change that
// adds such a member fails the build instead of reading it wrong; `npm run bench:call` measures the saving.
//
// The protocol is the SDK's own (the client's `protocol` setting): requests, signing, retries and errors are
// unchanged; only a 2xx answer of a listed operation skips the copy. Anything else — an error, another operation, a
// body that is not JSON or holds a non-finite number — goes through the SDK's reader as before; JSON that is not an
// object is a deserialization error (the SDK would read it as an empty page). Two differences remain, both harmless
// to the readers (src/aws/common.ts walkServiceQuotas, src/aws/scan-readings.ts use `??`, `?.` and typeof checks): a
// member sent as null stays null (the SDK leaves it out), and a key the model does not know is kept.


/** An awsJson1_1 protocol that reads the successful answers of `operations` with JSON.parse. */
function plainJsonProtocol(operations) {
    const plain = new Set(operations);
    return class PlainJsonProtocol extends protocols.AwsJson1_1Protocol {
        async deserializeResponse(operationSchema, context, response) {
            if (response.statusCode >= 300 || !plain.has(operationSchema.name))
                return super.deserializeResponse(operationSchema, context, response);
            const bytes = await (0,submodules_protocols.collectBody)(response.body, context);
            const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
            let data;
            // Smithy JSON writes the non-finite doubles as the strings "NaN", "Infinity", "-Infinity", which the SDK's reader
            // turns into numbers: such a body is left to it (a string merely ending so, too: that only costs time).
            if (!text.includes('NaN"') && !text.includes('Infinity"')) {
                try {
                    data = text.trim() ? JSON.parse(text) : {};
                }
                catch {
                    data = undefined;
                }
            }
            if (data === undefined) {
                // Not JSON, or special numbers: the SDK's reader reads or reports it as it always does (the body is handed
                // back already read).
                response.body = bytes;
                return super.deserializeResponse(operationSchema, context, response);
            }
            if (data === null || typeof data !== 'object' || Array.isArray(data)) {
                // JSON but not an object (null, [], a number): the SDK's reader would make it an empty page, which reads as
                // "no applied value" — a garbled answer must not pass for that. The SDK's deserializer step marks the error
                // as a deserialization error and attaches the response, as for any body it cannot read.
                throw new Error(`the answer to ${operationSchema.name} is JSON but not an object`);
            }
            return Object.assign(data, { $metadata: this.deserializeMetadata(response) });
        }
    };
}
/** The Service Quotas operations the scan reads in bulk (src/aws/scan-readings.ts). */
const SERVICE_QUOTAS_LISTS = ['ListServiceQuotas', 'ListAWSDefaultServiceQuotas'];
/** The scan's Service Quotas protocol: its two list operations read with JSON.parse. */
const ServiceQuotasListsProtocol = plainJsonProtocol(SERVICE_QUOTAS_LISTS);

// EXTERNAL MODULE: ./src/aws/metrics.ts
var metrics = __webpack_require__(9656);
// EXTERNAL MODULE: ./src/aws/scan-http.ts
var scan_http = __webpack_require__(6769);
;// CONCATENATED MODULE: ./src/aws/scan-readings.ts
// What the org-wide scan reads in one account and region, with that account's assumed credentials:
// * Quota values: one ListServiceQuotas walk per service (100 per page, stopped once every wanted code was seen).
//   ListServiceQuotas leaves out quotas that only have a default value ([BC] "the quota is not retrieved"); their
//   value is the AWS default, read with one ListAWSDefaultServiceQuotas walk per region and service for the whole
//   scan. Defaults are the same for every account — a default's ARN has no account part
//   (arn:aws:servicequotas:us-east-2::ec2/L-1216C47A, [CLI] get-aws-default-service-quota) — so 1,000 accounts cost
//   one default walk per region, not 1,000.
// * Usage: the metric each quota names (UsageMetric), by GetMetricData, at most 500 queries and 100,800 datapoints a
//   call ([BC cloudwatch]; https://repost.aws/knowledge-center/cloudwatch-getmetricdata-api), with a period of one
//   day over the history window (whole hours, as CloudWatch advises for faster answers). The datapoints come back
//   as read; the scan flow turns them into the usage, the daily peaks and the trend (src/scan/usage.ts).
// Every call waits for its token in this account-region's limiters (SCAN_RATES); nothing here throws: failures come
// back as errors that name the IAM action or the persistent throttling.







/** GetMetricData returns at most 100,800 datapoints per call. */
const MAX_DATAPOINTS = 100_800;
const DAY = 86_400;
/** Default values per region and service, shared by every account of a scan. */
class DefaultQuotas {
    cache = new Map();
    get(region, service, load) {
        const key = `${region}|${service}`;
        let p = this.cache.get(key);
        if (!p) {
            p = load();
            this.cache.set(key, p);
            // A failed read (denied in this account, throttled) is not cached: the next account tries again.
            p.catch(() => this.cache.delete(key));
        }
        return p;
    }
}
async function readAccountRegion(req) {
    const errors = [];
    const limiters = new common/* Limiters */.ek(scan_http/* SCAN_RATES */.Yd);
    // The list answers are read with JSON.parse (src/aws/plain-json.ts): most of a scan's calls are these.
    const sq = new dist_cjs/* ServiceQuotasClient */.iVb({ ...req.http.config(req.region, req.credentials), ...(await req.http.endpointOf(dist_cjs/* ServiceQuotasClient */.iVb)), protocol: ServiceQuotasListsProtocol });
    const byService = new Map();
    for (const q of req.quotas)
        byService.set(q.serviceCode, [...(byService.get(q.serviceCode) ?? []), q]);
    const reads = new Map();
    await Promise.all([...byService].map(async ([service, quotas]) => {
        const wanted = new Set(quotas.map((q) => q.quotaCode));
        const applied = await walk(req, sq, limiters, service, wanted);
        if ('fault' in applied) {
            errors.push({ kind: applied.fault.kind, account: req.account, region: req.label, serviceCode: service, message: applied.fault.message });
            for (const code of wanted)
                reads.set(code, {});
            return;
        }
        if ('unavailable' in applied) {
            for (const code of wanted)
                reads.set(code, { note: applied.unavailable });
            return;
        }
        for (const [code, quota] of applied.found)
            reads.set(code, { quota, source: 'applied' });
        const missing = [...wanted].filter((c) => !applied.found.has(c));
        if (!missing.length)
            return;
        try {
            const defaults = await req.defaults.get(req.region, service, () => walkDefaults(req, sq, limiters, service));
            for (const code of missing) {
                const quota = defaults.get(code);
                reads.set(code, quota ? { quota, source: 'default' } : { note: `Service Quotas has no quota ${code} in this region` });
            }
        }
        catch (e) {
            const f = (0,scan_http/* describeFault */.Qx)(e, 'servicequotas:ListAWSDefaultServiceQuotas', req.region);
            errors.push({ kind: f.kind, account: req.account, region: req.label, serviceCode: service, message: `${f.message} (needed for ${missing.join(', ')}, which have no applied value)` });
            for (const code of missing)
                reads.set(code, {});
        }
    }));
    // Usage: one query per distinct metric.
    const queries = new Map();
    const queryOf = new Map();
    const notes = new Map();
    for (const q of req.quotas) {
        const quota = reads.get(q.quotaCode)?.quota;
        if (!quota || typeof quota.Value !== 'number')
            continue;
        const query = (0,metrics/* metricQuery */.ND)(quota.UsageMetric);
        if (!query) {
            notes.set(q.quotaCode, 'no usage metric: only baselines, drift and DR use its value');
            continue;
        }
        if (quota.Period?.PeriodValue) {
            // A rate quota (per second, per minute …) cannot be compared with a daily peak of a Sum.
            notes.set(q.quotaCode, `a rate quota (per ${quota.Period.PeriodValue} ${String(quota.Period.PeriodUnit ?? '').toLowerCase()}): usage not compared`);
            continue;
        }
        queries.set(query.key, query);
        queryOf.set(q.quotaCode, query.key);
    }
    const usage = queries.size ? await scan_readings_metrics(req, limiters, [...queries.values()], errors) : new Map();
    const quotas = req.quotas.map((q) => {
        const r = reads.get(q.quotaCode) ?? {};
        const quota = r.quota;
        const value = typeof quota?.Value === 'number' && Number.isFinite(quota.Value) ? quota.Value : null;
        const out = { serviceCode: q.serviceCode, quotaCode: q.quotaCode, value };
        const name = quota?.QuotaName ?? q.name;
        if (name)
            out.name = name;
        if (value !== null && r.source)
            out.source = r.source;
        if (quota?.Unit)
            out.unit = quota.Unit;
        if (typeof quota?.Adjustable === 'boolean')
            out.adjustable = quota.Adjustable;
        if (quota && value === null) {
            const why = quota.ErrorReason ? `${quota.ErrorReason.ErrorCode ?? ''} ${quota.ErrorReason.ErrorMessage ?? ''}`.trim() : 'no value';
            errors.push({ kind: quota.ErrorReason?.ErrorCode === 'DEPENDENCY_ACCESS_DENIED_ERROR' ? 'denied' : 'read', account: req.account, region: req.label, serviceCode: q.serviceCode, quotaCode: q.quotaCode, message: `Service Quotas returned no value for ${q.serviceCode}/${q.quotaCode}: ${why}` });
        }
        const note = r.note ?? notes.get(q.quotaCode);
        if (note)
            out.usageNote = note;
        const series = usage.get(queryOf.get(q.quotaCode) ?? '');
        if (series)
            out.series = series;
        return out;
    });
    return { reading: { account: req.account, region: req.label, quotas }, errors };
}
async function walk(req, sq, limiters, service, wanted) {
    try {
        const found = await (0,common/* walkServiceQuotas */.uX)(service, wanted, (command) => limiters.schedule(req.region, 'ListServiceQuotas', () => {
            req.http.count('ListServiceQuotas');
            return sq.send(command);
        }));
        return { found };
    }
    catch (e) {
        // "This service is not available in the current Region" ([MOTO] message): not an error of the scan.
        if ((0,common/* isCode */._m)(e, 'NoSuchResourceException'))
            return { unavailable: `Service Quotas does not offer ${service} in this region` };
        return { fault: (0,scan_http/* describeFault */.Qx)(e, 'servicequotas:ListServiceQuotas', req.region) };
    }
}
async function walkDefaults(req, sq, limiters, service) {
    const out = new Map();
    const send = (NextToken) => limiters.schedule(req.region, 'ListAWSDefaultServiceQuotas', () => {
        req.http.count('ListAWSDefaultServiceQuotas');
        return sq.send(new dist_cjs/* ListAWSDefaultServiceQuotasCommand */.mYD({ ServiceCode: service, MaxResults: 100, NextToken }));
    });
    for await (const page of (0,paging/* pages */.Bd)(send, (p) => p.NextToken, { operation: 'ListAWSDefaultServiceQuotas' }))
        for (const q of page.Quotas ?? [])
            if (q.QuotaCode)
                out.set(q.QuotaCode, q);
    return out;
}
async function scan_readings_metrics(req, limiters, queries, errors) {
    const out = new Map();
    const cw = new client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn({ ...req.http.config(req.region, req.credentials), ...(await req.http.endpointOf(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn)) });
    const { start, end } = req.window;
    const days = Math.max(1, Math.round((end - start) / (DAY * 1000)));
    const perCall = Math.max(1, Math.min(metrics/* METRIC_BATCH */.Kn, Math.floor(MAX_DATAPOINTS / days)));
    const batches = await (0,metrics/* getMetricData */.ZH)(queries, { start: new Date(start), end: new Date(end), period: DAY, perCall }, (command) => limiters.schedule(req.region, 'GetMetricData', () => {
        req.http.count('GetMetricData');
        return cw.send(command);
    }));
    for (const batch of batches) {
        if ('error' in batch) {
            const f = (0,scan_http/* describeFault */.Qx)(batch.error, 'cloudwatch:GetMetricData', req.region);
            errors.push({ kind: f.kind, account: req.account, region: req.label, message: `${f.message}; usage of ${batch.queries.length} metric(s) unknown` });
            continue;
        }
        for (const [q, rs] of batch.results) {
            const failure = (0,metrics/* metricFailure */.N0)(rs);
            if (failure) {
                errors.push({ kind: failure.startsWith('Forbidden') ? 'denied' : 'read', account: req.account, region: req.label, message: `GetMetricData could not read ${q.namespace} ${q.name}: ${failure}` });
                continue;
            }
            // Plain loops: flatMap with a Date copy per datapoint was a visible share of a scan's CPU.
            const timestamps = [];
            const values = [];
            for (const r of rs) {
                for (const t of r.Timestamps ?? [])
                    timestamps.push(t.getTime());
                for (const v of r.Values ?? [])
                    values.push(v);
            }
            out.set(q.key, { timestamps, values });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan/usage.ts
var usage = __webpack_require__(8102);
// EXTERNAL MODULE: ./src/scan/worker-entry.ts
var worker_entry = __webpack_require__(9462);
;// CONCATENATED MODULE: ./src/scan/workers.ts
// The scan's account-region reads, on every core. Reading one account-region is mostly the AWS SDK's CPU —
// building clients, signing, serialising and parsing ~5 calls — so a 17,000 account-region scan held one core at
// 100 % while the others idled, and took ~2.3 × the time the published rates allow. The reads are spread over
// worker threads instead; each worker holds its own SDK clients, keep-alive sockets and per account-region limiters
// (the rates are per account and region, so a worker never shares a bucket with another), and reports back the
// observation and errors of each account-region as plain data.
//
// What stays in the parent: listing the organization and STS AssumeRole, whose rates are global to the run (one
// Organizations limiter, one AssumeRole limiter per STS endpoint), and DescribeRegions. A worker gets each account's
// temporary credentials with the task, and asks the parent for fresh ones when they are about to expire.
//
// A worker is started from a script (`entry`): the bundled entry file itself (dist/index.js, dist/cli/index.js),
// which re-enters in worker mode when it sees SCAN_WORKER_FLAG in workerData (src/scan/worker-entry.ts), or a
// compiled module that calls serveScanWorker. If a worker dies, the reads it had in flight become errors of their
// account-regions and the others go on; if every worker is gone, the remaining reads run in this thread.






/** Reads in this thread, with the caller's HTTP agents and default-quota cache. */
class AccountRegionReads {
    http;
    defaults = new DefaultQuotas();
    constructor(http) {
        this.http = http;
    }
    async read(task, credentials) {
        const { reading, errors } = await readAccountRegion({ account: task.account, region: task.region, label: task.label, quotas: task.quotas, credentials, window: task.window, http: this.http, defaults: this.defaults });
        return { observation: (0,usage/* observe */.l)(reading, { window: task.window, ...(task.keepHistory ? { keepHistory: task.keepHistory } : {}) }), errors };
    }
    async close() {
        return {};
    }
}
/**
 * Reads spread over `count` worker threads started from `entry`; each read goes to the worker with the fewest
 * reads in flight (the caller bounds how many are in flight in all). `fallback` reads when no worker is left.
 */
class WorkerReads {
    fallback;
    workers = [];
    nextId = 0;
    constructor(count, entry, fallback, settings = {}) {
        this.fallback = fallback;
        const data = { [worker_entry/* SCAN_WORKER_FLAG */.Ic]: true, ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}) };
        for (let i = 0; i < count; i++) {
            // `env` given explicitly: the environment as this code sees it (AWS_* settings, endpoint overrides), also where
            // a host (jest) gives modules a process.env of their own.
            const worker = new external_node_worker_threads_.Worker(entry, { workerData: data, env: process.env });
            const running = { worker, pending: new Map(), credentials: new Map(), calls: {}, exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
            worker.on('message', (m) => this.onMessage(running, m));
            const fail = (why) => {
                if (running.gone)
                    return;
                running.gone = why;
                settings.log?.(`quota-guard: scan worker ${i + 1} stopped: ${why}; its ${running.pending.size} read(s) in flight are reported as errors`);
                for (const [, p] of running.pending)
                    p.resolve(workerFailed(p.task, why));
                running.pending.clear();
            };
            worker.on('error', (e) => fail(e.message));
            worker.on('exit', (code) => fail(`exited with code ${code}`));
            this.workers.push(running);
        }
    }
    read(task, credentials) {
        const alive = this.workers.filter((w) => !w.gone);
        if (!alive.length)
            return this.fallback.read(task, credentials);
        const w = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        return credentials().then((current) => new Promise((resolve) => {
            if (w.gone)
                return resolve(this.read(task, credentials));
            const id = this.nextId++;
            w.pending.set(id, { task, resolve });
            w.credentials.set(task.account, credentials);
            post(w.worker, { type: 'read', id, task, credentials: current });
        }), 
        // The provider re-assumes the role near expiry; a failure is this account-region's error.
        (e) => ({ observation: { account: task.account, region: task.label, quotas: [] }, errors: [{ kind: 'assume-role', account: task.account, region: task.label, message: `cannot renew the role's credentials: ${e.message}` }] }));
    }
    async close() {
        for (const w of this.workers) {
            if (w.gone)
                continue;
            w.gone = 'closed';
            post(w.worker, { type: 'close' });
        }
        await Promise.all(this.workers.map((w) => w.exited));
        const calls = await this.fallback.close();
        for (const w of this.workers)
            for (const [op, n] of Object.entries(w.calls))
                calls[op] = (calls[op] ?? 0) + n;
        return calls;
    }
    onMessage(w, m) {
        if (m.type === 'result') {
            const p = w.pending.get(m.id);
            w.pending.delete(m.id);
            p?.resolve(m.result);
        }
        else if (m.type === 'calls') {
            w.calls = m.calls;
        }
        else if (m.type === 'refresh') {
            const provider = w.credentials.get(m.account);
            if (!provider)
                return post(w.worker, { type: 'credentials', id: m.id, error: `no credentials for ${m.account}` });
            provider().then((credentials) => post(w.worker, { type: 'credentials', id: m.id, credentials }), (e) => post(w.worker, { type: 'credentials', id: m.id, error: e.message }));
        }
    }
}
function post(target, m) {
    target.postMessage(m);
}
function workerFailed(task, why) {
    return {
        observation: { account: task.account, region: task.label, quotas: [] },
        errors: [{ kind: 'read', account: task.account, region: task.label, message: `the scan worker reading this account-region stopped (${why}): nothing of it was read` }],
    };
}
/**
 * The worker side: reads each task it is sent with its own SDK clients, answers with the result, and on `close`
 * sends its call counts and lets the thread end. Started by the entry file in worker mode (src/scan/worker-entry.ts).
 */
function serveScanWorker() {
    const port = external_node_worker_threads_.parentPort;
    if (!port)
        throw new Error('serveScanWorker runs in a worker thread');
    const settings = (external_node_worker_threads_.workerData ?? {});
    const http = new scan_http/* ScanHttp */.Yz({ ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}) });
    const reads = new AccountRegionReads(http);
    let nextId = 0;
    const asked = new Map();
    /** Credentials of one account: the ones sent with the task, renewed by the parent near expiry. */
    const provider = (account, first) => (0,assume_role/* renewing */.IU)(() => {
        const id = nextId++;
        const renewal = new Promise((resolve, reject) => asked.set(id, { resolve, reject }));
        post(port, { type: 'refresh', id, account });
        return renewal;
    }, { first, retry: true });
    port.on('message', (m) => {
        if (m.type === 'read') {
            void reads
                .read(m.task, provider(m.task.account, m.credentials))
                // readAccountRegion reports every AWS failure as an error; anything else is still this read's, not the worker's.
                .catch((e) => ({ observation: { account: m.task.account, region: m.task.label, quotas: [] }, errors: [{ kind: 'read', account: m.task.account, region: m.task.label, message: `reading failed: ${e.message}` }] }))
                .then((result) => post(port, { type: 'result', id: m.id, result }));
        }
        else if (m.type === 'credentials') {
            const a = asked.get(m.id);
            asked.delete(m.id);
            if (m.credentials)
                a?.resolve(m.credentials);
            else
                a?.reject(new Error(m.error ?? 'no credentials'));
        }
        else if (m.type === 'close') {
            post(port, { type: 'calls', calls: http.calls });
            http.close();
            port.close();
        }
    });
}


/***/ })

};
