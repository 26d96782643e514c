export const id = 616;
export const ids = [616];
export const modules = {

/***/ 71616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INCREASE_IAM_ACTIONS: () => (/* binding */ INCREASE_IAM_ACTIONS),
  awsIncreases: () => (/* binding */ awsIncreases)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-service-quotas/dist-cjs/index.js
var dist_cjs = __webpack_require__(72924);
// EXTERNAL MODULE: ./src/aws/common.ts + 1 modules
var common = __webpack_require__(43736);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(26433);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-support/dist-cjs/index.js
var client_support_dist_cjs = __webpack_require__(82586);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
;// CONCATENATED MODULE: ./src/aws/support.ts
// AWS Support API cases: the thin adapter behind `SupportApi` (src/increase/cases.ts). Same client settings and
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
// Service Quotas increase requests: the thin adapter behind `IncreaseApi` (src/increase/run.ts). Same client
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


/***/ })

};
