export const id = 213;
export const ids = [213];
export const modules = {

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

/***/ 6213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   filePrewarm: () => (/* binding */ filePrewarm)
/* harmony export */ });
/* harmony import */ var _aws_assume_role_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8860);
/* harmony import */ var _aws_increases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1616);
/* harmony import */ var _aws_scan_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6769);
/* harmony import */ var _verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5734);
/* harmony import */ var _verdict_next_step_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6723);
/* harmony import */ var _increase_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(589);
/* harmony import */ var _increase_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7334);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(182);
/* harmony import */ var _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4650);
/* harmony import */ var _prewarm_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(829);
// DR prewarm: files the increase requests of `prewarm: true` DR gaps (ScanReport.prewarm), each in its member
// account, through the check's increase machinery — the same caps, the same "never twice", the same AWS adapter:
//   - caps (max-increase-factor, max-increase) and the console link: capNote / overCapNote / consoleUrl of
//     src/increase/plan.ts; the value asked for is already step-rounded by the findings (desiredValue of plan.ts);
//   - an open request (PENDING, CASE_OPENED) in ListRequestedServiceQuotaChangeHistoryByQuota is reused, also for a
//     value over a cap; RequestServiceQuotaIncrease within max-requests; ResourceAlreadyExistsException is a reuse;
//     QuotaExceededException stops filing in that account and region: lookForOpenRequest / fileRequest of
//     src/increase/run.ts, with one FilingBudget for the whole run (max-requests counts across accounts);
//   - Service Quotas calls: awsIncreases (src/aws/increases.ts) signed with the member account's assumed role.
// Not adjustable quotas are reported, never requested. Prewarm only files: it never waits for a decision and opens no
// support case itself (`support-case: allow` only lets AWS open one: SupportCaseAllowed). A later scan reuses the
// open request, and the gap closes once AWS approves it.
//
// Where the caps come from: the same action inputs and CLI flags as the check's requests (`support-case`,
// `max-increase-factor`, `max-increase`, `max-requests`; resolveIncreasePolicy in ./options.ts), so one workflow
// states its caps once; the policy file's DR entry says only whether a pair is prewarmed (`prewarm: true`).
//
// Credentials: one AssumeRole per member account that has something to look up or file (the scan's role name,
// external id and home region; session name quota-guard-prewarm, so CloudTrail tells prewarm from the reads), reused
// by every request of that account. Every failure is a record with a note and a log line, never an exception.











/**
 * After AWS refuses a request (DENIED, NOT_APPROVED, CASE_CLOSED, INVALID_REQUEST), the automation rules do not
 * file for the quota again within this many days: a nightly scan would otherwise ask every night.
 */
const REFUSAL_COOLDOWN_DAYS = 30;
/** The newest request of a quota's history when AWS refused it within the cool-down, else undefined. */
function refusedLately(history, now) {
    const last = (0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .latestRequest */ .H)(history);
    if (!last || last.status === 'APPROVED' || !(0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .isTerminal */ .Hd)(last.status) || last.created === null)
        return undefined;
    return now - last.created < REFUSAL_COOLDOWN_DAYS * 86_400_000 ? last : undefined;
}
/** RoleSessionName of prewarm's AssumeRole (the scan's reads use quota-guard-scan). */
const PREWARM_SESSION_NAME = 'quota-guard-prewarm';
/** The check's defaults (action.yml and `quota-guard request` declare the same). */
const DEFAULT_INCREASE_POLICY = {
    supportCase: _increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.supportCase,
    maxIncreaseFactor: _increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.maxIncreaseFactor,
    maxIncrease: { byQuota: {} },
    maxRequests: _increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULTS */ .zY.maxRequests,
};
const isPlanned = (p) => 'trigger' in p;
function justification(p, desired, change) {
    const who = change.repository ? ` (${change.repository})` : '';
    if (isPlanned(p)) {
        return [
            `quota-guard scan${who}, ${p.trigger} trigger: account ${p.account} needs more of "${p.quotaName ?? p.quotaCode}" (${p.serviceCode} ${p.quotaCode}) in ${p.region}: ${p.reason}.`,
            `This asks for ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(desired)} (now ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(p.currentValue)}).`,
            ...(change.runUrl ? [`Run: ${change.runUrl}`] : []),
        ].join(' ');
    }
    return [
        `quota-guard DR prewarm${who}: account ${p.account} needs "${p.quotaName ?? p.quotaCode}" (${p.serviceCode} ${p.quotaCode}) in its standby region ${p.region} to take over: ${p.reason}.`,
        `This asks for ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(desired)} (now ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(p.currentValue)}).`,
        ...(change.runUrl ? [`Run: ${change.runUrl}`] : []),
    ].join(' ');
}
function planPrewarm(requests, policy, change = {}) {
    const groups = new Map();
    for (const p of requests) {
        const key = (0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .targetKey */ .hD)(p.account, p);
        const had = groups.get(key);
        if (!had || p.desiredValue > had.desiredValue)
            groups.set(key, had ? { ...p, adjustable: p.adjustable ?? had.adjustable } : p);
    }
    return [...groups.values()].map((p) => ({ ...candidate(p, policy, change), approval: isPlanned(p) && p.level === 'request', automated: isPlanned(p) }));
}
function candidate(p, policy, change) {
    const target = { region: p.region, serviceCode: p.serviceCode, quotaCode: p.quotaCode };
    const desired = p.desiredValue;
    const record = {
        account: p.account,
        ...target,
        quotaName: p.quotaName ?? _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_7__/* .QUOTAS */ .eg.get(p.quotaCode)?.name ?? p.quotaCode,
        currentValue: p.currentValue,
        desiredValue: desired,
        requestedValue: null,
        requestId: null,
        caseId: null,
        status: null,
        outcome: 'no-request',
        note: null,
        justification: (isPlanned(p) ? p.justification : undefined) ?? justification(p, desired, change),
        consoleUrl: (0,_verdict_next_step_js__WEBPACK_IMPORTED_MODULE_8__/* .consoleUrl */ .B9)(target),
        ...(isPlanned(p) ? { trigger: p.trigger } : {}),
    };
    if ((p.adjustable ?? _quotas_catalog_js__WEBPACK_IMPORTED_MODULE_7__/* .QUOTAS */ .eg.get(p.quotaCode)?.adjustable) === false) {
        const note = isPlanned(p)
            ? 'AWS does not raise this quota (not adjustable), so nothing is requested: the account needs another way to stay within it (fewer or smaller resources, another region or account).'
            : `AWS does not raise this quota (not adjustable), so nothing is requested: the standby region needs another way to take the failover load (fewer or smaller resources, another region or account).`;
        return { target, record: { ...record, outcome: 'not-adjustable', note }, fileable: false };
    }
    const cap = (0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .capNote */ .$k)(target, p.currentValue, desired, policy);
    if (cap)
        return { target, record: { ...record, outcome: 'over-cap', note: `${(0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .overCapNote */ .n7)(target, desired, cap)} Sign in to account ${p.account} for that.` }, fileable: false };
    return { target, record, fileable: true };
}
/** The default PrewarmFiler: files (or reuses) each prewarm request in its member account. Never throws. */
const filePrewarm = async (requests, ctx) => {
    const policy = ctx.policy ?? DEFAULT_INCREASE_POLICY;
    const candidates = planPrewarm(requests, policy, ctx.change ?? {});
    if (!candidates.length)
        return { requests: [], lines: [] };
    const label = requests.some(isPlanned) ? 'Increase requests' : 'DR prewarm';
    const log = ctx.log;
    const settled = new Map();
    /** Candidates whose failure is already in the log (an account whose role could not be assumed). */
    const logged = new Set();
    const budget = (0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .filingBudget */ .jL)(policy);
    const byAccount = new Map();
    const now = ctx.now?.() ?? Date.now();
    for (const c of candidates) {
        if (c.record.outcome === 'not-adjustable')
            settled.set(c, c.record); // no AWS call needed
        else
            byAccount.set(c.record.account, [...(byAccount.get(c.record.account) ?? []), c]);
    }
    const partition = (0,_model_js__WEBPACK_IMPORTED_MODULE_6__/* .partitionOf */ .iQ)(ctx.settings.homeRegion);
    const http = new _aws_scan_http_js__WEBPACK_IMPORTED_MODULE_2__/* .ScanHttp */ .Yz({ maxAttempts: ctx.maxAttempts, log });
    const assumer = new _aws_assume_role_js__WEBPACK_IMPORTED_MODULE_0__/* .RoleAssumer */ .dD(http, {
        roleName: ctx.settings.roleName,
        ...(ctx.externalId ? { externalId: ctx.externalId } : {}),
        sessionName: PREWARM_SESSION_NAME,
        region: ctx.settings.homeRegion,
        credentials: ctx.credentials,
    });
    try {
        for (const [account, list] of byAccount) {
            let api;
            try {
                const first = await assumer.assume(account, partition);
                api = (0,_aws_increases_js__WEBPACK_IMPORTED_MODULE_1__.awsIncreases)({ maxAttempts: ctx.maxAttempts, log, credentials: assumer.provider(account, first, partition) });
            }
            catch (e) {
                const why = e instanceof _aws_assume_role_js__WEBPACK_IMPORTED_MODULE_0__/* .AssumeRoleError */ .vU ? e.message : `cannot assume the role: ${e.message}`;
                log(`quota-guard: DR prewarm in ${account}: nothing filed for ${list.length} quota(s): ${why}`);
                for (const c of list) {
                    logged.add(c);
                    settled.set(c, c.fileable ? { ...c.record, outcome: 'error', note: `nothing filed: ${why}` } : { ...c.record, note: `${c.record.note} (Open requests could not be looked up: ${why}.)` });
                }
                continue;
            }
            try {
                for (const c of list) {
                    let done;
                    try {
                        const looked = await (0,_increase_run_js__WEBPACK_IMPORTED_MODULE_5__/* .lookForOpenRequest */ .UU)(c, api, log);
                        if ('record' in looked)
                            done = looked;
                        else if (!c.fileable)
                            done = { record: c.record, awaited: false };
                        else if (c.automated && refusedLately(looked.history, now)) {
                            const last = refusedLately(looked.history, now);
                            done = { record: { ...(0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .withRequest */ .ah)(c.record, last, 'previous'), note: `AWS decided the last request for this quota ${last.status} less than ${REFUSAL_COOLDOWN_DAYS} days ago; the automation rules do not ask again until then (request it by hand if the need changed)` }, awaited: false };
                        }
                        else if (c.approval)
                            done = { record: { ...c.record, outcome: 'planned', note: `awaiting approval: asks for ${(0,_verdict_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .fmt */ .Sc)(c.record.desiredValue)}; the approval job (mode: file-requests) files it once its environment's reviewers approve` }, awaited: false };
                        else
                            done = await (0,_increase_run_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRequest */ .gT)(c, api, budget, log);
                    }
                    catch (e) {
                        done = { record: { ...c.record, outcome: 'error', note: `nothing filed: ${e.message}` }, awaited: false };
                    }
                    settled.set(c, done.record);
                }
            }
            finally {
                api.destroy();
            }
        }
    }
    finally {
        http.close();
    }
    for (const c of candidates) {
        const r = settled.get(c);
        if (!r.requestId && r.outcome !== 'reused' && !logged.has(c))
            log(`quota-guard: ${label} in ${r.account}: ${(0,_increase_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .requestLine */ .uA)(r)}`);
    }
    const records = candidates.map((c) => settled.get(c));
    return { requests: records, lines: [(0,_prewarm_text_js__WEBPACK_IMPORTED_MODULE_9__/* .prewarmSummary */ .$)(records, label)] };
};


/***/ })

};
