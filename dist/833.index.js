export const id = 833;
export const ids = [833];
export const modules = {

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

/***/ 48833:
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(71695);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(61279);
// EXTERNAL MODULE: ./src/verdict/evaluate.ts
var evaluate = __webpack_require__(55734);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(10182);
// EXTERNAL MODULE: ./src/quotas/catalog.ts
var catalog = __webpack_require__(84650);
// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(78860);
// EXTERNAL MODULE: ./src/aws/common.ts + 2 modules
var common = __webpack_require__(11768);
// EXTERNAL MODULE: ./src/aws/metrics.ts
var metrics = __webpack_require__(29656);
// EXTERNAL MODULE: ./src/aws/paging.ts
var paging = __webpack_require__(26433);
;// CONCATENATED MODULE: ./src/aws/usage/source.ts

/** Pages a walk that counts may take before it says "at least N" (see countPages). */
const COUNT_PAGE_CAP = 50;
/**
 * Every page of a walk (pages in src/aws/paging.ts: cap and repeated-token detection), each call under `ctx.call`.
 * At the page cap the items so far are returned with `complete: false`, a lower bound; a repeated token or any error
 * is thrown (a listing that repeats itself proves nothing).
 */
async function countPages(ctx, api, send, next, items, maxPages = COUNT_PAGE_CAP) {
    const out = [];
    try {
        for await (const page of (0,paging/* pages */.Bd)((token) => ctx.call(api, () => send(token)), next, { operation: api, maxPages }))
            for (const i of items(page) ?? [])
                out.push(i);
    }
    catch (e) {
        if (e instanceof paging/* PagingError */.B_ && e.kind === 'page-cap')
            return { items: out, complete: false };
        throw e;
    }
    return { items: out, complete: true };
}
/** A count as a usage: a lower bound with the reason when the walk was cut. */
function counted(n, complete, what, note) {
    if (!Number.isFinite(n) || n < 0)
        return { value: null, reason: `AWS returned an invalid count of ${what} (${n})` };
    if (complete)
        return note ? { value: n, note } : { value: n };
    return { value: n, lowerBound: true, note: `at least ${n} ${what}: the listing was stopped after ${COUNT_PAGE_CAP} pages${note ? `; ${note}` : ''}` };
}
/** The same usage for every item: one regional count serves all requirements of its quota. */
function forAll(items, usage) {
    return new Map(items.map((i) => [i.key, typeof usage === 'function' ? usage(i) : usage]));
}
/** Runs `read`, and on a thrown error gives every item the failure (denied, throttled, endless paging…). */
async function guarded(ctx, items, action, read) {
    try {
        return await read();
    }
    catch (e) {
        return forAll(items, ctx.failed(e, action));
    }
}
/** A number from an AWS answer: finite and >= 0, else undefined (never a number made up from garbage). */
function nonNegative(v) {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}
/** Distinct parent ids of the items, in order. */
function parentIds(items) {
    return [...new Set(items.map((i) => i.parent?.id).filter((id) => !!id))];
}
/** Splits a list in chunks (filter values, ids per call). */
function chunks(list, size) {
    const out = [];
    for (let i = 0; i < list.length; i += size)
        out.push(list.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/aws/usage/acm.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = () => __webpack_require__.e(/* import() */ 490).then(__webpack_require__.t.bind(__webpack_require__, 33490, 19));
const certificates = {
    name: 'acm.certificates',
    counts: { 'L-F141DD1D': ['region'] },
    calls: [{ api: 'ListCertificates', action: 'acm:ListCertificates', doc: 'https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html' }],
    read: (ctx, items) => guarded(ctx, items, 'acm:ListCertificates', async () => {
        const m = await sdk();
        const client = ctx.client(m.ACMClient);
        const keyTypes = Object.values(m.KeyAlgorithm);
        const walk = await countPages(ctx, 'ListCertificates', (NextToken) => client.send(new m.ListCertificatesCommand({ Includes: { keyTypes }, MaxItems: 1000, NextToken })), (p) => p.NextToken, (p) => p.CertificateSummaryList);
        return forAll(items, counted(walk.items.length, walk.complete, 'ACM certificates'));
    }),
};
const ACM_SOURCES = [certificates];

;// CONCATENATED MODULE: ./src/aws/usage/apigateway.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const apigateway_sdk = () => __webpack_require__.e(/* import() */ 818).then(__webpack_require__.t.bind(__webpack_require__, 60818, 19));
const call = (api, page) => ({ api, action: 'apigateway:GET', doc: `https://docs.aws.amazon.com/apigateway/latest/api/${page}.html` });
/** Endpoint type of each quota (CreateRestApi endpointConfiguration.types; EDGE when none is given). */
const TYPES = { 'L-B97207D0': 'EDGE', 'L-AA0FF27B': 'REGIONAL', 'L-A966AB5C': 'PRIVATE' };
const restApis = {
    name: 'apigateway.rest-apis',
    counts: { 'L-B97207D0': ['region'], 'L-AA0FF27B': ['region'], 'L-A966AB5C': ['region'], 'L-A93447B8': ['region'] },
    calls: [call('GetRestApis', 'API_GetRestApis'), call('GetDomainNames', 'API_GetDomainNames')],
    read: async (ctx, items) => {
        const apis = items.filter((i) => TYPES[i.quotaCode]);
        const domains = items.filter((i) => !TYPES[i.quotaCode]);
        const [a, b] = await Promise.all([
            apis.length
                ? guarded(ctx, apis, 'apigateway:GET', async () => {
                    const m = await apigateway_sdk();
                    const walk = await countPages(ctx, 'GetRestApis', (position) => ctx.client(m.APIGatewayClient).send(new m.GetRestApisCommand({ limit: 500, position })), (p) => p.position, (p) => p.items);
                    const types = walk.items.map((x) => x.endpointConfiguration?.types?.[0] ?? 'EDGE');
                    return forAll(apis, (i) => counted(types.filter((t) => t === TYPES[i.quotaCode]).length, walk.complete, `${TYPES[i.quotaCode]} REST APIs`));
                })
                : new Map(),
            domains.length
                ? guarded(ctx, domains, 'apigateway:GET', async () => {
                    const m = await apigateway_sdk();
                    const walk = await countPages(ctx, 'GetDomainNames', (position) => ctx.client(m.APIGatewayClient).send(new m.GetDomainNamesCommand({ limit: 500, position })), (p) => p.position, (p) => p.items);
                    return forAll(domains, counted(walk.items.length, walk.complete, 'custom domain names'));
                })
                : new Map(),
        ]);
        return new Map([...a, ...b]);
    },
};
/** Per existing API the plan adds to: one call (stages) or walk (resources) per API id. */
async function perApi(ctx, items, count) {
    const out = new Map();
    await Promise.all(parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent.id === id);
        const got = await guarded(ctx, mine, 'apigateway:GET', async () => forAll(mine, await count(await apigateway_sdk(), id)));
        for (const [k, v] of got)
            out.set(k, v);
    }));
    return out;
}
const stagesPerApi = {
    name: 'apigateway.stages',
    counts: { 'L-379E48B0': ['resource'] },
    calls: [call('GetStages', 'API_GetStages')],
    read: (ctx, items) => perApi(ctx, items, async (m, id) => {
        const r = await ctx.call('GetStages', () => ctx.client(m.APIGatewayClient).send(new m.GetStagesCommand({ restApiId: id })));
        return counted(r.item?.length ?? 0, true, `stages of API ${id}`);
    }),
};
const resourcesPerApi = {
    name: 'apigateway.resources',
    counts: { 'L-01C8A9E0': ['resource'] },
    calls: [call('GetResources', 'API_GetResources')],
    read: (ctx, items) => perApi(ctx, items, async (m, id) => {
        const walk = await countPages(ctx, 'GetResources', (position) => ctx.client(m.APIGatewayClient).send(new m.GetResourcesCommand({ restApiId: id, limit: 500, position })), (p) => p.position, (p) => p.items);
        return counted(walk.items.length, walk.complete, `resources of API ${id}`);
    }),
};
const APIGATEWAY_SOURCES = [restApis, stagesPerApi, resourcesPerApi];

;// CONCATENATED MODULE: ./src/aws/usage/appautoscaling.ts


/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const appautoscaling_sdk = () => __webpack_require__.e(/* import() */ 491).then(__webpack_require__.t.bind(__webpack_require__, 11491, 19));
const doc = (op) => `https://docs.aws.amazon.com/autoscaling/application/APIReference/API_${op}.html`;
const NAMESPACE_OF = new Map(Object.entries(catalog/* SCALABLE_TARGET_QUOTA */.nt).map(([ns, code]) => [code, ns]));
const scalableTargets = {
    name: 'application-autoscaling.scalable-targets',
    counts: Object.fromEntries(Object.values(catalog/* SCALABLE_TARGET_QUOTA */.nt).map((code) => [code, ['region']])),
    calls: [{ api: 'DescribeScalableTargets', action: 'application-autoscaling:DescribeScalableTargets', doc: doc('DescribeScalableTargets') }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all([...new Set(items.map((i) => i.quotaCode))].map(async (code) => {
            const mine = items.filter((i) => i.quotaCode === code);
            const ns = NAMESPACE_OF.get(code);
            const got = await guarded(ctx, mine, 'application-autoscaling:DescribeScalableTargets', async () => {
                const m = await appautoscaling_sdk();
                const client = ctx.client(m.ApplicationAutoScalingClient);
                const walk = await countPages(ctx, 'DescribeScalableTargets', (NextToken) => client.send(new m.DescribeScalableTargetsCommand({ ServiceNamespace: ns, MaxResults: 50, NextToken })), (p) => p.NextToken, (p) => p.ScalableTargets);
                return forAll(mine, counted(walk.items.length, walk.complete, `${ns} scalable targets`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
/**
 * The service namespace of a scalable target's resource id, by the resource types of the ResourceId parameter
 * (API_RegisterScalableTarget.html: service/…, spot-fleet-request/…, instancegroup/…, fleet/…, table/…, index/…,
 * cluster:…, endpoint/…, inference-component/…, function:…, keyspace/…, replication-group/…, cache-cluster/…, an
 * https:// custom resource, and Comprehend and MSK ARNs).
 */
function namespaceOf(resourceId) {
    const arn = /^arn:[^:]+:(comprehend|kafka):/.exec(resourceId);
    if (arn)
        return arn[1];
    const prefixes = [
        [/^service\//, 'ecs'],
        [/^spot-fleet-request\//, 'ec2'],
        [/^instancegroup\//, 'elasticmapreduce'],
        [/^fleet\//, 'appstream'],
        [/^(table|index)\//, 'dynamodb'],
        [/^cluster:/, 'rds'],
        [/^(endpoint|inference-component)\//, 'sagemaker'],
        [/^function:/, 'lambda'],
        [/^keyspace\//, 'cassandra'],
        [/^(replication-group|cache-cluster)\//, 'elasticache'],
        [/^https:\/\//, 'custom-resource'],
    ];
    return prefixes.find(([re]) => re.test(resourceId))?.[1];
}
/**
 * A scalable target's resource id and namespace from its id: Terraform's aws_appautoscaling_target id is its
 * resource id; CloudFormation's Ref of AWS::ApplicationAutoScaling::ScalableTarget is `RESOURCEID|DIMENSION|NAMESPACE`
 * (AWS::ApplicationAutoScaling::ScalableTarget, Return values).
 */
function targetOf(id) {
    const [resourceId, , named] = id.split('|');
    const namespace = named ?? namespaceOf(resourceId);
    return resourceId && namespace ? { resourceId, namespace } : undefined;
}
/**
 * Scaling policies of each existing scalable target the plan adds policies to. Every policy of the resource is
 * counted, whatever its scalable dimension: a resource scaled in two dimensions (a table's reads and writes) is
 * counted high, never low.
 */
const scalingPolicies = {
    name: 'application-autoscaling.scaling-policies',
    counts: { 'L-B395C81B': ['resource'] },
    calls: [{ api: 'DescribeScalingPolicies', action: 'application-autoscaling:DescribeScalingPolicies', doc: doc('DescribeScalingPolicies') }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const target = targetOf(id);
            if (!target) {
                for (const i of mine)
                    out.set(i.key, { value: null, reason: `the service namespace of scalable target "${id}" is not known from its resource id` });
                return;
            }
            const got = await guarded(ctx, mine, 'application-autoscaling:DescribeScalingPolicies', async () => {
                const m = await appautoscaling_sdk();
                const client = ctx.client(m.ApplicationAutoScalingClient);
                const walk = await countPages(ctx, 'DescribeScalingPolicies', (NextToken) => client.send(new m.DescribeScalingPoliciesCommand({ ServiceNamespace: target.namespace, ResourceId: target.resourceId, MaxResults: 10, NextToken })), (p) => p.NextToken, (p) => p.ScalingPolicies);
                return forAll(mine, counted(walk.items.length, walk.complete, `scaling policies of ${target.resourceId}`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
const APPAUTOSCALING_SOURCES = [scalableTargets, scalingPolicies];

;// CONCATENATED MODULE: ./src/aws/usage/autoscaling.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const autoscaling_sdk = () => __webpack_require__.e(/* import() */ 932).then(__webpack_require__.t.bind(__webpack_require__, 48932, 19));
const autoScalingLimits = {
    name: 'autoscaling.account-limits',
    counts: { 'L-CDE20ADC': ['region'], 'L-6B80B8FA': ['region'] },
    calls: [{ api: 'DescribeAccountLimits', action: 'autoscaling:DescribeAccountLimits', doc: 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_DescribeAccountLimits.html' }],
    read: (ctx, items) => guarded(ctx, items, 'autoscaling:DescribeAccountLimits', async () => {
        const m = await autoscaling_sdk();
        const r = await ctx.call('DescribeAccountLimits', () => ctx.client(m.AutoScalingClient).send(new m.DescribeAccountLimitsCommand({})));
        const of = (used, max, what) => {
            const n = nonNegative(used);
            if (n === undefined)
                return { value: null, reason: `Auto Scaling DescribeAccountLimits ${ctx.where} returned no usable count of ${what} (${String(used)})` };
            const limit = nonNegative(max);
            return limit === undefined ? counted(n, true, what) : { value: n, limit: { value: limit, from: 'Auto Scaling DescribeAccountLimits' } };
        };
        return forAll(items, (i) => i.quotaCode === 'L-CDE20ADC'
            ? of(r.NumberOfAutoScalingGroups, r.MaxNumberOfAutoScalingGroups, 'Auto Scaling groups')
            : of(r.NumberOfLaunchConfigurations, r.MaxNumberOfLaunchConfigurations, 'launch configurations'));
    }),
};
const AUTOSCALING_SOURCES = [autoScalingLimits];

;// CONCATENATED MODULE: ./src/aws/usage/cloudformation.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const cloudformation_sdk = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
const stacks = {
    name: 'cloudformation.stacks',
    counts: { 'L-0485CB21': ['region'] },
    calls: [{ api: 'ListStacks', action: 'cloudformation:ListStacks', doc: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStacks.html' }],
    read: (ctx, items) => guarded(ctx, items, 'cloudformation:ListStacks', async () => {
        const m = await cloudformation_sdk();
        const live = Object.values(m.StackStatus).filter((s) => s !== m.StackStatus.DELETE_COMPLETE);
        const walk = await countPages(ctx, 'ListStacks', (NextToken) => ctx.client(m.CloudFormationClient).send(new m.ListStacksCommand({ StackStatusFilter: live, NextToken })), (p) => p.NextToken, (p) => p.StackSummaries);
        return forAll(items, counted(walk.items.length, walk.complete, 'stacks'));
    }),
};
const CLOUDFORMATION_SOURCES = [stacks];

;// CONCATENATED MODULE: ./src/aws/usage/cloudfront.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const cloudfront_sdk = () => __webpack_require__.e(/* import() */ 169).then(__webpack_require__.t.bind(__webpack_require__, 23169, 19));
const cloudFront = {
    name: 'cloudfront.distributions',
    global: true,
    counts: { 'L-24B04930': ['region'], 'L-7D134442': ['region'] },
    calls: [
        { api: 'ListDistributions', action: 'cloudfront:ListDistributions', doc: 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributions.html' },
        { api: 'ListCachePolicies', action: 'cloudfront:ListCachePolicies', doc: 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListCachePolicies.html' },
    ],
    read: async (ctx, items) => {
        const distributions = items.filter((i) => i.quotaCode === 'L-24B04930');
        const policies = items.filter((i) => i.quotaCode === 'L-7D134442');
        const [a, b] = await Promise.all([
            distributions.length
                ? guarded(ctx, distributions, 'cloudfront:ListDistributions', async () => {
                    const m = await cloudfront_sdk();
                    const walk = await countPages(ctx, 'ListDistributions', (Marker) => ctx.client(m.CloudFrontClient).send(new m.ListDistributionsCommand({ MaxItems: 1000, Marker })), (p) => (p.DistributionList?.IsTruncated ? p.DistributionList.NextMarker : undefined), (p) => p.DistributionList?.Items);
                    return forAll(distributions, counted(walk.items.length, walk.complete, 'distributions'));
                })
                : new Map(),
            policies.length
                ? guarded(ctx, policies, 'cloudfront:ListCachePolicies', async () => {
                    const m = await cloudfront_sdk();
                    const walk = await countPages(ctx, 'ListCachePolicies', (Marker) => ctx.client(m.CloudFrontClient).send(new m.ListCachePoliciesCommand({ Type: 'custom', MaxItems: 100, Marker })), (p) => p.CachePolicyList?.NextMarker, (p) => p.CachePolicyList?.Items);
                    return forAll(policies, counted(walk.items.length, walk.complete, 'custom cache policies'));
                })
                : new Map(),
        ]);
        return new Map([...a, ...b]);
    },
};
const CLOUDFRONT_SOURCES = [cloudFront];

;// CONCATENATED MODULE: ./src/aws/usage/cognito.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const cognito_sdk = () => __webpack_require__.e(/* import() */ 705).then(__webpack_require__.t.bind(__webpack_require__, 17705, 19));
const cognito_doc = (op) => `https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_${op}.html`;
const userPools = {
    name: 'cognito.user-pools',
    counts: { 'L-66E6DF30': ['region'] },
    calls: [{ api: 'ListUserPools', action: 'cognito-idp:ListUserPools', doc: cognito_doc('ListUserPools') }],
    read: (ctx, items) => guarded(ctx, items, 'cognito-idp:ListUserPools', async () => {
        const m = await cognito_sdk();
        const client = ctx.client(m.CognitoIdentityProviderClient);
        const walk = await countPages(ctx, 'ListUserPools', (NextToken) => client.send(new m.ListUserPoolsCommand({ MaxResults: 60, NextToken })), (p) => p.NextToken, (p) => p.UserPools);
        return forAll(items, counted(walk.items.length, walk.complete, 'user pools'));
    }),
};
/** App clients of each existing user pool the plan adds clients to (its id, as Terraform and CloudFormation give it). */
const userPoolClients = {
    name: 'cognito.user-pool-clients',
    counts: { 'L-5EAB0605': ['resource'] },
    calls: [{ api: 'ListUserPoolClients', action: 'cognito-idp:ListUserPoolClients', doc: cognito_doc('ListUserPoolClients') }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const got = await guarded(ctx, mine, 'cognito-idp:ListUserPoolClients', async () => {
                const m = await cognito_sdk();
                const client = ctx.client(m.CognitoIdentityProviderClient);
                const walk = await countPages(ctx, 'ListUserPoolClients', (NextToken) => client.send(new m.ListUserPoolClientsCommand({ UserPoolId: id, MaxResults: 60, NextToken })), (p) => p.NextToken, (p) => p.UserPoolClients);
                return forAll(mine, counted(walk.items.length, walk.complete, `app clients of user pool ${id}`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
const COGNITO_SOURCES = [userPools, userPoolClients];

;// CONCATENATED MODULE: ./src/aws/usage/dms.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const dms_sdk = () => __webpack_require__.e(/* import() */ 819).then(__webpack_require__.t.bind(__webpack_require__, 66819, 19));
const dms_doc = (op) => `https://docs.aws.amazon.com/dms/latest/APIReference/API_${op}.html`;
const NAMES = { 'L-C2341CDC': 'ReplicationInstances', 'L-E17328E9': 'Endpoints' };
const dmsAccountAttributes = {
    name: 'dms.account-attributes',
    counts: { 'L-C2341CDC': ['region'], 'L-E17328E9': ['region'] },
    calls: [{ api: 'dms:DescribeAccountAttributes', action: 'dms:DescribeAccountAttributes', doc: dms_doc('DescribeAccountAttributes') }],
    read: (ctx, items) => guarded(ctx, items, 'dms:DescribeAccountAttributes', async () => {
        const m = await dms_sdk();
        const r = await ctx.call('dms:DescribeAccountAttributes', () => ctx.client(m.DatabaseMigrationServiceClient).send(new m.DescribeAccountAttributesCommand({})));
        const quotas = new Map((r.AccountQuotas ?? []).map((q) => [q.AccountQuotaName, q]));
        return forAll(items, (i) => {
            const name = NAMES[i.quotaCode];
            const q = quotas.get(name);
            const used = nonNegative(q?.Used);
            if (used === undefined)
                return { value: null, reason: `DMS DescribeAccountAttributes ${ctx.where} returned no usable ${name} (${q ? String(q.Used) : 'absent'})` };
            const max = nonNegative(q?.Max);
            return max === undefined ? { value: used } : { value: used, limit: { value: max, from: `DMS DescribeAccountAttributes ${name}` } };
        });
    }),
};
/** One walk of a DMS Describe* listing, counted for every item. */
function listing(name, code, op, what) {
    const action = `dms:${op}`;
    return {
        name,
        counts: { [code]: ['region'] },
        calls: [{ api: action, action, doc: dms_doc(op) }],
        read: (ctx, items) => guarded(ctx, items, action, async () => {
            const m = await dms_sdk();
            const client = ctx.client(m.DatabaseMigrationServiceClient);
            const walk = op === 'DescribeReplicationSubnetGroups'
                ? await countPages(ctx, action, (Marker) => client.send(new m.DescribeReplicationSubnetGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.ReplicationSubnetGroups)
                : await countPages(ctx, action, (Marker) => client.send(new m.DescribeReplicationTasksCommand({ MaxRecords: 100, Marker, WithoutSettings: true })), (p) => p.Marker, (p) => p.ReplicationTasks);
            return forAll(items, counted(walk.items.length, walk.complete, what));
        }),
    };
}
const dmsSubnetGroups = listing('dms.subnet-groups', 'L-27B24FAD', 'DescribeReplicationSubnetGroups', 'replication subnet groups');
const dmsTasks = listing('dms.tasks', 'L-7FD3593B', 'DescribeReplicationTasks', 'replication tasks');
const DMS_SOURCES = [dmsAccountAttributes, dmsSubnetGroups, dmsTasks];

;// CONCATENATED MODULE: ./src/aws/usage/dynamodb.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const dynamodb_sdk = () => __webpack_require__.e(/* import() */ 305).then(__webpack_require__.t.bind(__webpack_require__, 64305, 19));
const usage = (resource) => ({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'DynamoDB', Type: 'Resource', Resource: resource, Class: 'None' }, source: 'usage-sources.md §2 [DH]' });
const tables = {
    name: 'dynamodb.tables',
    counts: { 'L-F98FE922': ['region'] },
    calls: [{ api: 'ListTables', action: 'dynamodb:ListTables', doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html' }],
    read: (ctx, items) => guarded(ctx, items, 'dynamodb:ListTables', async () => {
        const m = await dynamodb_sdk();
        const walk = await countPages(ctx, 'ListTables', (ExclusiveStartTableName) => ctx.client(m.DynamoDBClient).send(new m.ListTablesCommand({ Limit: 100, ExclusiveStartTableName })), (p) => p.LastEvaluatedTableName, (p) => p.TableNames);
        return forAll(items, counted(walk.items.length, walk.complete, 'tables'));
    }),
};
/** Metric only: no source of its own, the planner reads the metric. */
const provisionedCapacity = {
    name: 'dynamodb.provisioned-capacity',
    counts: { 'L-34F6A552': ['region'], 'L-34F8CCC8': ['region'] },
    calls: [],
    metricFirst: true,
    metrics: { 'L-34F6A552': usage('AccountProvisionedReadCapacityUnits'), 'L-34F8CCC8': usage('AccountProvisionedWriteCapacityUnits') },
    read: async (_ctx, items) => forAll(items, { value: null, reason: 'account provisioned capacity has no count API (DynamoDB DescribeLimits gives limits only) and its usage metric could not be read' }),
};
/**
 * Global secondary indexes of each existing table the plan changes: DescribeTable's Table.GlobalSecondaryIndexes, one
 * call per table (its name, as Terraform's id and CloudFormation's Ref give it, or its ARN; API_DescribeTable.html).
 */
const gsisPerTable = {
    name: 'dynamodb.gsis-per-table',
    counts: { 'L-F7858A77': ['resource'] },
    calls: [{ api: 'DescribeTable', action: 'dynamodb:DescribeTable', doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const got = await guarded(ctx, mine, 'dynamodb:DescribeTable', async () => {
                const m = await dynamodb_sdk();
                const r = await ctx.call('DescribeTable', () => ctx.client(m.DynamoDBClient).send(new m.DescribeTableCommand({ TableName: id })));
                if (!r.Table)
                    return forAll(mine, { value: null, reason: `DynamoDB DescribeTable ${ctx.where} returned no table for ${id}` });
                return forAll(mine, counted(r.Table.GlobalSecondaryIndexes?.length ?? 0, true, `global secondary indexes of ${id}`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
const DYNAMODB_SOURCES = [tables, provisionedCapacity, gsisPerTable];

;// CONCATENATED MODULE: ./src/aws/usage/ebs.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const ebs_sdk = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
const STORAGE = { 'L-D18FCD1D': 'gp2', 'L-7A658B76': 'gp3', 'L-FD252861': 'io1', 'L-09BD8365': 'io2', 'L-82ACEF56': 'st1', 'L-17AF77E8': 'sc1', 'L-9CF3C2EB': 'standard' };
const IOPS = { 'L-B3A130E6': 'io1', 'L-8D977E7E': 'io2' };
/** Volume states that no longer hold storage ([BC ec2] VolumeState). */
const GONE = new Set(['deleted', 'error']);
const volumes = {
    name: 'ebs.volumes',
    counts: Object.fromEntries([...Object.keys(STORAGE), ...Object.keys(IOPS)].map((code) => [code, ['region']])),
    calls: [{ api: 'DescribeVolumes', action: 'ec2:DescribeVolumes', doc: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html' }],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeVolumes', async () => {
        const m = await ebs_sdk();
        const walk = await countPages(ctx, 'DescribeVolumes', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeVolumesCommand({ MaxResults: 500, NextToken })), (p) => p.NextToken, (p) => p.Volumes);
        const gib = new Map();
        const iops = new Map();
        for (const v of walk.items) {
            if (GONE.has(String(v.State ?? '')) || !v.VolumeType)
                continue;
            const size = nonNegative(v.Size);
            if (size === undefined)
                return forAll(items, { value: null, reason: `DescribeVolumes ${ctx.where} gave no usable size for ${v.VolumeId ?? 'a volume'}` });
            gib.set(v.VolumeType, (gib.get(v.VolumeType) ?? 0) + size);
            if (v.VolumeType === 'io1' || v.VolumeType === 'io2')
                iops.set(v.VolumeType, (iops.get(v.VolumeType) ?? 0) + (nonNegative(v.Iops) ?? 0));
        }
        return forAll(items, (i) => {
            const type = STORAGE[i.quotaCode];
            if (type)
                return counted((gib.get(type) ?? 0) / 1024, walk.complete, `TiB of ${type} volumes`);
            return counted(iops.get(IOPS[i.quotaCode]) ?? 0, walk.complete, `IOPS of ${IOPS[i.quotaCode]} volumes`);
        });
    }),
};
const snapshots = {
    name: 'ebs.snapshots',
    counts: { 'L-309BACF6': ['region'] },
    calls: [{ api: 'DescribeSnapshots', action: 'ec2:DescribeSnapshots', doc: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html' }],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeSnapshots', async () => {
        const m = await ebs_sdk();
        const walk = await countPages(ctx, 'DescribeSnapshots', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.Snapshots);
        return forAll(items, counted(walk.items.length, walk.complete, 'snapshots'));
    }),
};
const EBS_SOURCES = [volumes, snapshots];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./src/aws/usage/ec2.ts
// EC2 quotas other than vCPUs (those have a usage metric, read by the planner): Elastic IPs, transit gateways, VPN
// connections, network interfaces. EC2 API reference: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/


const ec2_call = (op) => ({ api: op, action: `ec2:${op}`, doc: `https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_${op}.html` });
const elasticIps = {
    name: 'ec2.addresses',
    counts: { 'L-0263D0A3': ['region'] },
    calls: [ec2_call('DescribeAddresses')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeAddresses', async () => {
        // Not paginated: one call returns every address of the region ([BC ec2] DescribeAddresses has no NextToken).
        const r = await ctx.call('DescribeAddresses', () => ctx.client(client_ec2_dist_cjs.EC2Client).send(new client_ec2_dist_cjs.DescribeAddressesCommand({ Filters: [{ Name: 'domain', Values: ['vpc'] }] })));
        return forAll(items, counted(r.Addresses?.length ?? 0, true, 'Elastic IPs'));
    }),
};
// Transit gateway states that still count: every state but deleted ([BC ec2] TransitGatewayState).
const transitGateways = {
    name: 'ec2.transit-gateways',
    counts: { 'L-A2478D36': ['region'] },
    calls: [ec2_call('DescribeTransitGateways')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeTransitGateways', async () => {
        const walk = await countPages(ctx, 'DescribeTransitGateways', (NextToken) => ctx.client(client_ec2_dist_cjs.EC2Client).send(new client_ec2_dist_cjs.DescribeTransitGatewaysCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'modifying', 'deleting'] }], MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.TransitGateways);
        return forAll(items, counted(walk.items.length, walk.complete, 'transit gateways'));
    }),
};
const vpnConnections = {
    name: 'ec2.vpn-connections',
    counts: { 'L-3E6EC3A3': ['region'] },
    calls: [ec2_call('DescribeVpnConnections')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeVpnConnections', async () => {
        // Not paginated ([BC ec2]); deleted connections linger in the answer and no longer count.
        const r = await ctx.call('DescribeVpnConnections', () => ctx.client(client_ec2_dist_cjs.EC2Client).send(new client_ec2_dist_cjs.DescribeVpnConnectionsCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'deleting'] }] })));
        return forAll(items, counted(r.VpnConnections?.length ?? 0, true, 'VPN connections'));
    }),
};
// Every interface of every status, requester-managed ones (Lambda, NAT, load balancers, endpoints) included
// ([VPCQ] "Network interfaces per Region").
const networkInterfaces = {
    name: 'ec2.network-interfaces',
    counts: { 'L-DF5E4CA3': ['region'] },
    calls: [ec2_call('DescribeNetworkInterfaces')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeNetworkInterfaces', async () => {
        const walk = await countPages(ctx, 'DescribeNetworkInterfaces', (NextToken) => ctx.client(client_ec2_dist_cjs.EC2Client).send(new client_ec2_dist_cjs.DescribeNetworkInterfacesCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.NetworkInterfaces);
        return forAll(items, counted(walk.items.length, walk.complete, 'network interfaces'));
    }),
};
// Customer gateways and virtual private gateways: neither call is paginated ([BC ec2]); deleted ones linger in the
// answer and no longer count.
const customerGateways = {
    name: 'ec2.customer-gateways',
    counts: { 'L-4FB7FF5D': ['region'] },
    calls: [ec2_call('DescribeCustomerGateways')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeCustomerGateways', async () => {
        const r = await ctx.call('DescribeCustomerGateways', () => ctx.client(client_ec2_dist_cjs.EC2Client).send(new client_ec2_dist_cjs.DescribeCustomerGatewaysCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'deleting'] }] })));
        return forAll(items, counted(r.CustomerGateways?.length ?? 0, true, 'customer gateways'));
    }),
};
const vpnGateways = {
    name: 'ec2.vpn-gateways',
    counts: { 'L-7029FAB6': ['region'] },
    calls: [ec2_call('DescribeVpnGateways')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeVpnGateways', async () => {
        const r = await ctx.call('DescribeVpnGateways', () => ctx.client(client_ec2_dist_cjs.EC2Client).send(new client_ec2_dist_cjs.DescribeVpnGatewaysCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'deleting'] }] })));
        return forAll(items, counted(r.VpnGateways?.length ?? 0, true, 'virtual private gateways'));
    }),
};
const EC2_SOURCES = [elasticIps, transitGateways, vpnConnections, networkInterfaces, customerGateways, vpnGateways];

;// CONCATENATED MODULE: ./src/aws/usage/ecr.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const ecr_sdk = () => __webpack_require__.e(/* import() */ 249).then(__webpack_require__.t.bind(__webpack_require__, 28249, 19));
const repositories = {
    name: 'ecr.repositories',
    counts: { 'L-CFEB8E8D': ['region'] },
    calls: [{ api: 'DescribeRepositories', action: 'ecr:DescribeRepositories', doc: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html' }],
    read: (ctx, items) => guarded(ctx, items, 'ecr:DescribeRepositories', async () => {
        const m = await ecr_sdk();
        const walk = await countPages(ctx, 'DescribeRepositories', (nextToken) => ctx.client(m.ECRClient).send(new m.DescribeRepositoriesCommand({ maxResults: 1000, nextToken })), (p) => p.nextToken, (p) => p.repositories);
        return forAll(items, counted(walk.items.length, walk.complete, 'repositories'));
    }),
};
const ECR_SOURCES = [repositories];

;// CONCATENATED MODULE: ./src/aws/usage/ecs.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const ecs_sdk = () => __webpack_require__.e(/* import() */ 212).then(__webpack_require__.t.bind(__webpack_require__, 80212, 19));
const ecsClusters = {
    name: 'ecs.clusters',
    counts: { 'L-21C621EB': ['region'] },
    calls: [{ api: 'ListClusters', action: 'ecs:ListClusters', doc: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListClusters.html' }],
    read: (ctx, items) => guarded(ctx, items, 'ecs:ListClusters', async () => {
        const m = await ecs_sdk();
        const walk = await countPages(ctx, 'ecs:ListClusters', (nextToken) => ctx.client(m.ECSClient).send(new m.ListClustersCommand({ maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.clusterArns);
        return forAll(items, counted(walk.items.length, walk.complete, 'ECS clusters'));
    }),
};
const nameOf = (id) => (id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id);
const ecsServices = {
    name: 'ecs.services',
    counts: { 'L-9EF96962': ['resource'] },
    calls: [{ api: 'DescribeClusters', action: 'ecs:DescribeClusters', doc: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeClusters.html' }],
    read: (ctx, items) => guarded(ctx, items, 'ecs:DescribeClusters', async () => {
        const m = await ecs_sdk();
        const services = new Map();
        for (const ids of chunks(parentIds(items), 100)) {
            const r = await ctx.call('DescribeClusters', () => ctx.client(m.ECSClient).send(new m.DescribeClustersCommand({ clusters: ids })));
            for (const c of r.clusters ?? [])
                for (const k of [c.clusterArn, c.clusterName])
                    if (k)
                        services.set(k, nonNegative(c.activeServicesCount));
        }
        return forAll(items, (i) => {
            const id = i.parent.id;
            if (!services.has(id) && !services.has(nameOf(id)))
                return { value: 0, note: `cluster ${nameOf(id)} was not found ${ctx.where}: counted as empty` };
            const n = services.get(id) ?? services.get(nameOf(id));
            return n === undefined ? { value: null, reason: `ECS DescribeClusters gave no usable activeServicesCount for ${nameOf(id)}` } : { value: n };
        });
    }),
};
const ECS_SOURCES = [ecsClusters, ecsServices];

;// CONCATENATED MODULE: ./src/aws/usage/efs.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const efs_sdk = () => __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 21663, 19));
/** The region's file systems, one walk per account-region shared by both sources. */
const fileSystemWalk = (ctx) => ctx.once('efs.file-systems', async () => {
    const m = await efs_sdk();
    return countPages(ctx, 'DescribeFileSystems', (Marker) => ctx.client(m.EFSClient).send(new m.DescribeFileSystemsCommand({ MaxItems: 100, Marker })), (p) => p.NextMarker, (p) => p.FileSystems);
});
const fileSystems = {
    name: 'efs.file-systems',
    counts: { 'L-848C634D': ['region'] },
    calls: [{ api: 'DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html' }],
    read: (ctx, items) => guarded(ctx, items, 'elasticfilesystem:DescribeFileSystems', async () => {
        const walk = await fileSystemWalk(ctx);
        return forAll(items, counted(walk.items.filter((f) => f.LifeCycleState !== 'deleted').length, walk.complete, 'file systems'));
    }),
};
const mountTargetsPerVpc = {
    name: 'efs.mount-targets-per-vpc',
    counts: { 'L-7391004C': ['vpc'] },
    calls: [
        { api: 'DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html' },
        { api: 'DescribeMountTargets', action: 'elasticfilesystem:DescribeMountTargets', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeMountTargets.html' },
    ],
    read: (ctx, items) => guarded(ctx, items, 'elasticfilesystem:DescribeFileSystems', async () => {
        const fs = await fileSystemWalk(ctx);
        return guarded(ctx, items, 'elasticfilesystem:DescribeMountTargets', async () => {
            const m = await efs_sdk();
            const client = ctx.client(m.EFSClient);
            const withTargets = fs.items.filter((f) => f.LifeCycleState !== 'deleted' && (f.NumberOfMountTargets ?? 1) > 0);
            const walks = await Promise.all(withTargets.map((f) => countPages(ctx, 'DescribeMountTargets', (Marker) => client.send(new m.DescribeMountTargetsCommand({ FileSystemId: f.FileSystemId, MaxItems: 100, Marker })), (p) => p.NextMarker, (p) => p.MountTargets)));
            const complete = fs.complete && walks.every((w) => w.complete);
            const perVpc = new Map();
            for (const t of walks.flatMap((w) => w.items))
                if (t.VpcId && t.LifeCycleState !== 'deleted')
                    perVpc.set(t.VpcId, (perVpc.get(t.VpcId) ?? 0) + 1);
            return forAll(items, (i) => counted(perVpc.get(i.parent.id) ?? 0, complete, `EFS mount targets in ${i.parent.id}`));
        });
    }),
};
const EFS_SOURCES = [fileSystems, mountTargetsPerVpc];

;// CONCATENATED MODULE: ./src/aws/usage/eks.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const eks_sdk = () => __webpack_require__.e(/* import() */ 524).then(__webpack_require__.t.bind(__webpack_require__, 24524, 19));
const eksClusters = {
    name: 'eks.clusters',
    counts: { 'L-1194D53C': ['region'] },
    calls: [{ api: 'ListClusters', action: 'eks:ListClusters', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_ListClusters.html' }],
    read: (ctx, items) => guarded(ctx, items, 'eks:ListClusters', async () => {
        const m = await eks_sdk();
        const walk = await countPages(ctx, 'eks:ListClusters', (nextToken) => ctx.client(m.EKSClient).send(new m.ListClustersCommand({ maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.clusters);
        return forAll(items, counted(walk.items.length, walk.complete, 'EKS clusters'));
    }),
};
/** A cluster name from a name or an ARN (arn:aws:eks:REGION:ACCOUNT:cluster/NAME). */
const clusterName = (id) => (id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id);
const eksNodegroups = {
    name: 'eks.nodegroups',
    counts: { 'L-6D54EA21': ['resource'] },
    calls: [{ api: 'ListNodegroups', action: 'eks:ListNodegroups', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_ListNodegroups.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const got = await guarded(ctx, mine, 'eks:ListNodegroups', async () => {
                const m = await eks_sdk();
                const walk = await countPages(ctx, 'ListNodegroups', (nextToken) => ctx.client(m.EKSClient).send(new m.ListNodegroupsCommand({ clusterName: clusterName(id), maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.nodegroups);
                return forAll(mine, counted(walk.items.length, walk.complete, `node groups of ${clusterName(id)}`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
/**
 * A node group's cluster and name from its id: Terraform's `CLUSTER:NODEGROUP` (aws_eks_node_group `id`),
 * CloudFormation's `CLUSTER/NODEGROUP` (Ref of AWS::EKS::Nodegroup, aws/aws-cdk#22442) or its ARN
 * (arn:aws:eks:REGION:ACCOUNT:nodegroup/CLUSTER/NODEGROUP/UUID).
 */
function nodegroupOf(id) {
    const parts = id.startsWith('arn:') ? id.split(':').slice(5).join(':').split('/').slice(1, 3) : id.split(id.includes(':') ? ':' : '/');
    return parts.length === 2 && parts[0] && parts[1] ? { cluster: parts[0], nodegroup: parts[1] } : undefined;
}
/**
 * Nodes per managed node group: the group is held at its maximum size (as the requirement counts it), read from
 * DescribeNodegroup's scalingConfig.maxSize, one call per node group
 * (https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeNodegroup.html, API_NodegroupScalingConfig.html).
 */
const eksNodegroupNodes = {
    name: 'eks.nodegroup-nodes',
    counts: { 'L-BD136A63': ['resource'] },
    calls: [{ api: 'DescribeNodegroup', action: 'eks:DescribeNodegroup', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeNodegroup.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const ng = nodegroupOf(id);
            if (!ng) {
                for (const i of mine)
                    out.set(i.key, { value: null, reason: `"${id}" names no EKS node group (CLUSTER:NODEGROUP, CLUSTER/NODEGROUP or an ARN)` });
                return;
            }
            const got = await guarded(ctx, mine, 'eks:DescribeNodegroup', async () => {
                const m = await eks_sdk();
                const r = await ctx.call('DescribeNodegroup', () => ctx.client(m.EKSClient).send(new m.DescribeNodegroupCommand({ clusterName: ng.cluster, nodegroupName: ng.nodegroup })));
                const max = nonNegative(r.nodegroup?.scalingConfig?.maxSize);
                return forAll(mine, max === undefined ? { value: null, reason: `EKS DescribeNodegroup ${ctx.where} returned no usable maxSize for ${id}` } : { value: max, note: `node group ${ng.nodegroup} at its maximum size` });
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
/** Fargate profiles of each existing cluster the plan adds profiles to (API_ListFargateProfiles.html, maxResults 1–100). */
const eksFargateProfiles = {
    name: 'eks.fargate-profiles',
    counts: { 'L-33415657': ['resource'] },
    calls: [{ api: 'ListFargateProfiles', action: 'eks:ListFargateProfiles', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_ListFargateProfiles.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const got = await guarded(ctx, mine, 'eks:ListFargateProfiles', async () => {
                const m = await eks_sdk();
                const walk = await countPages(ctx, 'ListFargateProfiles', (nextToken) => ctx.client(m.EKSClient).send(new m.ListFargateProfilesCommand({ clusterName: clusterName(id), maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.fargateProfileNames);
                return forAll(mine, counted(walk.items.length, walk.complete, `Fargate profiles of ${clusterName(id)}`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
const EKS_SOURCES = [eksClusters, eksNodegroups, eksNodegroupNodes, eksFargateProfiles];

;// CONCATENATED MODULE: ./src/aws/usage/events.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const events_sdk = () => __webpack_require__.e(/* import() */ 612).then(__webpack_require__.t.bind(__webpack_require__, 96612, 19));
/** A bus name from a name or an ARN (arn:aws:events:REGION:ACCOUNT:event-bus/NAME). */
const busName = (id) => (id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id);
const rulesPerBus = {
    name: 'events.rules-per-bus',
    counts: { 'L-244521F2': ['resource'] },
    calls: [{ api: 'ListRules', action: 'events:ListRules', doc: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListRules.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const got = await guarded(ctx, mine, 'events:ListRules', async () => {
                const m = await events_sdk();
                const walk = await countPages(ctx, 'ListRules', (NextToken) => ctx.client(m.EventBridgeClient).send(new m.ListRulesCommand({ EventBusName: busName(id), Limit: 100, NextToken })), (p) => p.NextToken, (p) => p.Rules);
                return forAll(mine, counted(walk.items.length, walk.complete, `rules on the ${busName(id)} bus`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
/**
 * A rule's bus and name from its id: a name (the default bus), Terraform's `BUS/NAME` (aws_cloudwatch_event_rule `id`
 * on another bus, as its import id), `BUS|NAME` (the bus|rule form CloudFormation ids use) or its ARN
 * (arn:aws:events:REGION:ACCOUNT:rule/[BUS/]NAME). Neither a bus nor a rule name may hold `|` (API_Rule.html patterns).
 */
function ruleOf(id) {
    const path = id.startsWith('arn:') ? id.slice(id.indexOf(':rule/') + ':rule/'.length) : id;
    const parts = path.split(/[|/]/);
    return parts.length >= 2 ? { bus: parts.slice(0, -1).join('/'), rule: parts[parts.length - 1] } : { bus: 'default', rule: path };
}
/** Targets of each existing rule the plan adds targets to: ListTargetsByRule, Limit 1–100, NextToken (API_ListTargetsByRule.html). */
const targetsPerRule = {
    name: 'events.targets-per-rule',
    counts: { 'L-388D1D08': ['resource'] },
    calls: [{ api: 'ListTargetsByRule', action: 'events:ListTargetsByRule', doc: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListTargetsByRule.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            const { bus, rule } = ruleOf(id);
            const got = await guarded(ctx, mine, 'events:ListTargetsByRule', async () => {
                const m = await events_sdk();
                const walk = await countPages(ctx, 'ListTargetsByRule', (NextToken) => ctx.client(m.EventBridgeClient).send(new m.ListTargetsByRuleCommand({ Rule: rule, EventBusName: bus, Limit: 100, NextToken })), (p) => p.NextToken, (p) => p.Targets);
                return forAll(mine, counted(walk.items.length, walk.complete, `targets of rule ${rule}`));
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
const EVENTS_SOURCES = [rulesPerBus, targetsPerRule];

;// CONCATENATED MODULE: ./src/aws/usage/elasticache.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const elasticache_sdk = () => __webpack_require__.e(/* import() */ 827).then(__webpack_require__.t.bind(__webpack_require__, 34827, 19));
const cacheNodes = {
    name: 'elasticache.nodes',
    counts: { 'L-DFE45DF3': ['region'] },
    calls: [{ api: 'DescribeCacheClusters', action: 'elasticache:DescribeCacheClusters', doc: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html' }],
    metricFirst: true,
    read: (ctx, items) => guarded(ctx, items, 'elasticache:DescribeCacheClusters', async () => {
        const m = await elasticache_sdk();
        const walk = await countPages(ctx, 'DescribeCacheClusters', (Marker) => ctx.client(m.ElastiCacheClient).send(new m.DescribeCacheClustersCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheClusters);
        let nodes = 0;
        for (const c of walk.items) {
            const n = nonNegative(c.NumCacheNodes);
            if (n === undefined)
                return forAll(items, { value: null, reason: `ElastiCache DescribeCacheClusters ${ctx.where} gave no usable NumCacheNodes for ${c.CacheClusterId ?? 'a cluster'}` });
            nodes += n;
        }
        return forAll(items, counted(nodes, walk.complete, 'cache nodes'));
    }),
};
const elasticache_doc = (op) => `https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_${op}.html`;
/**
 * Subnet groups per Region (DescribeCacheSubnetGroups) and parameter groups per Region (DescribeCacheParameterGroups,
 * default groups included, which can only count too many), each one walk, MaxRecords 20–100, Marker.
 */
const cacheGroups = {
    name: 'elasticache.groups',
    counts: { 'L-3E7F7726': ['region'], 'L-3F15A733': ['region'] },
    calls: [
        { api: 'DescribeCacheSubnetGroups', action: 'elasticache:DescribeCacheSubnetGroups', doc: elasticache_doc('DescribeCacheSubnetGroups') },
        { api: 'DescribeCacheParameterGroups', action: 'elasticache:DescribeCacheParameterGroups', doc: elasticache_doc('DescribeCacheParameterGroups') },
    ],
    read: async (ctx, items) => {
        const subnet = items.filter((i) => i.quotaCode === 'L-3E7F7726');
        const parameter = items.filter((i) => i.quotaCode === 'L-3F15A733');
        const [a, b] = await Promise.all([
            subnet.length
                ? guarded(ctx, subnet, 'elasticache:DescribeCacheSubnetGroups', async () => {
                    const m = await elasticache_sdk();
                    const walk = await countPages(ctx, 'DescribeCacheSubnetGroups', (Marker) => ctx.client(m.ElastiCacheClient).send(new m.DescribeCacheSubnetGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheSubnetGroups);
                    return forAll(subnet, counted(walk.items.length, walk.complete, 'cache subnet groups'));
                })
                : new Map(),
            parameter.length
                ? guarded(ctx, parameter, 'elasticache:DescribeCacheParameterGroups', async () => {
                    const m = await elasticache_sdk();
                    const walk = await countPages(ctx, 'DescribeCacheParameterGroups', (Marker) => ctx.client(m.ElastiCacheClient).send(new m.DescribeCacheParameterGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheParameterGroups);
                    return forAll(parameter, counted(walk.items.length, walk.complete, 'cache parameter groups', 'default parameter groups included'));
                })
                : new Map(),
        ]);
        return new Map([...a, ...b]);
    },
};
const ELASTICACHE_SOURCES = [cacheNodes, cacheGroups];

;// CONCATENATED MODULE: ./src/aws/usage/elb.ts

/** The SDK clients, loaded on first use: a check that needs few services starts fast. */
const v2 = () => __webpack_require__.e(/* import() */ 586).then(__webpack_require__.t.bind(__webpack_require__, 50586, 19));
const v1 = () => __webpack_require__.e(/* import() */ 165).then(__webpack_require__.t.bind(__webpack_require__, 69165, 23));
const elb_call = (op) => ({ api: op, action: `elasticloadbalancing:${op}`, doc: `https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_${op}.html` });
const elb = async (ctx) => {
    const m = await v2();
    return { m, client: ctx.client(m.ElasticLoadBalancingV2Client) };
};
/** The AWS/Usage dimensions of an ELB count (usage-sources.md §2, [DH] linked metrics). */
const elb_usage = (resource) => ({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'Elastic Load Balancing', Type: 'Resource', Resource: resource, Class: 'None' }, source: 'usage-sources.md §2 [DH]' });
const TYPE_OF = { 'L-53DA6B97': 'application', 'L-69A177A2': 'network' };
const loadBalancers = {
    name: 'elb.load-balancers',
    counts: { 'L-53DA6B97': ['region'], 'L-69A177A2': ['region'] },
    calls: [elb_call('DescribeLoadBalancers')],
    metricFirst: true,
    metrics: { 'L-53DA6B97': elb_usage('ApplicationLoadBalancersPerRegion'), 'L-69A177A2': elb_usage('NetworkLoadBalancersPerRegion') },
    read: (ctx, items) => guarded(ctx, items, 'elasticloadbalancing:DescribeLoadBalancers', async () => {
        const { m, client } = await elb(ctx);
        const walk = await countPages(ctx, 'DescribeLoadBalancers', (Marker) => client.send(new m.DescribeLoadBalancersCommand({ PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.LoadBalancers);
        return forAll(items, (i) => counted(walk.items.filter((lb) => lb.Type === TYPE_OF[i.quotaCode]).length, walk.complete, `${TYPE_OF[i.quotaCode]} load balancers`));
    }),
};
const targetGroups = {
    name: 'elb.target-groups',
    counts: { 'L-B22855CB': ['region'] },
    calls: [elb_call('DescribeTargetGroups')],
    metricFirst: true,
    metrics: { 'L-B22855CB': elb_usage('TargetGroupsPerRegion') },
    read: (ctx, items) => guarded(ctx, items, 'elasticloadbalancing:DescribeTargetGroups', async () => {
        const { m, client } = await elb(ctx);
        const walk = await countPages(ctx, 'DescribeTargetGroups', (Marker) => client.send(new m.DescribeTargetGroupsCommand({ PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.TargetGroups);
        return forAll(items, counted(walk.items.length, walk.complete, 'target groups'));
    }),
};
/** The listeners of one load balancer (its ARN), one walk per account-region shared by the sources that need it. */
const listenersOf = (ctx, arn) => ctx.once(`elb.listeners ${arn}`, async () => {
    const { m, client } = await elb(ctx);
    return countPages(ctx, 'DescribeListeners', (Marker) => client.send(new m.DescribeListenersCommand({ LoadBalancerArn: arn, PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.Listeners);
});
/** Reads each load balancer the requirements are counted in (by ARN), with `read`; a parent id that is no ARN is unknown. */
async function perLoadBalancer(items, what, read) {
    const out = new Map();
    await Promise.all(parentIds(items).map(async (arn) => {
        const mine = items.filter((i) => i.parent.id === arn);
        if (!arn.startsWith('arn:')) {
            for (const i of mine)
                out.set(i.key, { value: null, reason: `"${arn}" is not a load balancer ARN; ${what} are counted by ARN` });
            return;
        }
        for (const [k, v] of await read(arn, mine))
            out.set(k, v);
    }));
    return out;
}
/**
 * Listeners of each existing Application or Network Load Balancer the plan adds listeners to: one walk per load
 * balancer (its ARN).
 */
const listeners = {
    name: 'elb.listeners',
    counts: { 'L-B6DF7632': ['resource'], 'L-57A373D6': ['resource'] },
    calls: [elb_call('DescribeListeners')],
    read: (ctx, items) => perLoadBalancer(items, 'listeners', (arn, mine) => guarded(ctx, mine, 'elasticloadbalancing:DescribeListeners', async () => {
        const walk = await listenersOf(ctx, arn);
        return forAll(mine, counted(walk.items.length, walk.complete, `listeners of ${arn}`));
    })),
};
/**
 * Classic Load Balancers per Region, and listeners per Classic Load Balancer (its ListenerDescriptions), from one walk
 * of the ELB (2012-06-01) API's DescribeLoadBalancers, PageSize 1–400, Marker/NextMarker
 * (https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html); same IAM
 * action as version 2's.
 */
const classicLoadBalancers = {
    name: 'elb.classic-load-balancers',
    counts: { 'L-E9E9831D': ['region'], 'L-1A491844': ['resource'] },
    calls: [{ api: 'elb:DescribeLoadBalancers', action: 'elasticloadbalancing:DescribeLoadBalancers', doc: 'https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html' }],
    metricFirst: true,
    metrics: { 'L-E9E9831D': elb_usage('ClassicLoadBalancersPerRegion') },
    read: (ctx, items) => guarded(ctx, items, 'elasticloadbalancing:DescribeLoadBalancers', async () => {
        const m = await v1();
        const walk = await countPages(ctx, 'elb:DescribeLoadBalancers', (Marker) => ctx.client(m.ElasticLoadBalancingClient).send(new m.DescribeLoadBalancersCommand({ PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.LoadBalancerDescriptions);
        const listenersOf = new Map(walk.items.map((lb) => [lb.LoadBalancerName ?? '', lb.ListenerDescriptions?.length ?? 0]));
        return forAll(items, (i) => {
            if (i.scope.kind === 'region')
                return counted(walk.items.length, walk.complete, 'Classic Load Balancers');
            // A classic load balancer is named by its name (Terraform id, CloudFormation physical id).
            const name = i.parent.id;
            if (!listenersOf.has(name))
                return walk.complete ? { value: 0, note: `Classic Load Balancer ${name} was not found ${ctx.where}: counted as empty` } : counted(0, false, `listeners of ${name}`);
            return counted(listenersOf.get(name), true, `listeners of ${name}`);
        });
    }),
};
/**
 * Rules per Application Load Balancer, default rules not counted
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html): the rules of
 * every listener of each existing load balancer (DescribeListeners, then DescribeRules per listener, PageSize 1–400,
 * Marker), without the listeners' default rules (IsDefault).
 */
const listenerRules = {
    name: 'elb.rules-per-load-balancer',
    counts: { 'L-7EED9B64': ['resource'] },
    calls: [elb_call('DescribeListeners'), elb_call('DescribeRules')],
    read: (ctx, items) => perLoadBalancer(items, 'rules', (arn, mine) => guarded(ctx, mine, 'elasticloadbalancing:DescribeListeners', async () => {
        const ls = await listenersOf(ctx, arn);
        return guarded(ctx, mine, 'elasticloadbalancing:DescribeRules', async () => {
            const { m, client } = await elb(ctx);
            const walks = await Promise.all(ls.items.map((l) => countPages(ctx, 'DescribeRules', (Marker) => client.send(new m.DescribeRulesCommand({ ListenerArn: l.ListenerArn, PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.Rules)));
            const rules = walks.reduce((n, w) => n + w.items.filter((r) => !r.IsDefault).length, 0);
            return forAll(mine, counted(rules, ls.complete && walks.every((w) => w.complete), `rules of ${arn}`));
        });
    })),
};
const ELB_SOURCES = [loadBalancers, classicLoadBalancers, targetGroups, listeners, listenerRules];

;// CONCATENATED MODULE: ./src/aws/usage/fargate.ts
// Fargate vCPUs (L-3032A538 On-Demand, L-36FBB829 Spot): only the AWS/Usage metric counts them
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/monitoring-fargate-usage.html: Service Fargate,
// Type Resource, Resource vCPU, Class Standard/OnDemand or Standard/Spot).

const fargate_usage = (cls) => ({
    namespace: 'AWS/Usage',
    name: 'ResourceCount',
    dimensions: { Service: 'Fargate', Type: 'Resource', Resource: 'vCPU', Class: cls },
    source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/monitoring-fargate-usage.html',
});
const fargateVcpus = {
    name: 'fargate.vcpus',
    counts: { 'L-3032A538': ['region'], 'L-36FBB829': ['region'] },
    calls: [],
    metricFirst: true,
    metrics: { 'L-3032A538': fargate_usage('Standard/OnDemand'), 'L-36FBB829': fargate_usage('Standard/Spot') },
    read: async (_ctx, items) => forAll(items, { value: null, reason: 'Fargate vCPUs have no count API and their usage metric could not be read' }),
};
const FARGATE_SOURCES = [fargateVcpus];

;// CONCATENATED MODULE: ./src/aws/usage/iam.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const iam_sdk = () => __webpack_require__.e(/* import() */ 764).then(__webpack_require__.t.bind(__webpack_require__, 16764, 19));
const SUMMARY = {
    'L-FE177D64': ['Roles', 'RolesQuota', 'roles'],
    'L-E95E4862': ['Policies', 'PoliciesQuota', 'customer managed policies'],
    'L-6E65F664': ['InstanceProfiles', 'InstanceProfilesQuota', 'instance profiles'],
    'L-F55AF5E4': ['Users', 'UsersQuota', 'users'],
    'L-F4A5425F': ['Groups', 'GroupsQuota', 'groups'],
};
const iamAccountSummary = {
    name: 'iam.account-summary',
    global: true,
    counts: Object.fromEntries(Object.keys(SUMMARY).map((code) => [code, ['region']])),
    calls: [{ api: 'GetAccountSummary', action: 'iam:GetAccountSummary', doc: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html' }],
    read: (ctx, items) => guarded(ctx, items, 'iam:GetAccountSummary', async () => {
        const m = await iam_sdk();
        const r = await ctx.call('GetAccountSummary', () => ctx.client(m.IAMClient).send(new m.GetAccountSummaryCommand({})));
        const map = (r.SummaryMap ?? {});
        return forAll(items, (i) => {
            const [countKey, quotaKey, what] = SUMMARY[i.quotaCode];
            const n = nonNegative(map[countKey]);
            if (n === undefined)
                return { value: null, reason: `IAM GetAccountSummary returned no usable ${countKey} (${String(map[countKey])})` };
            const max = nonNegative(map[quotaKey]);
            return max === undefined ? counted(n, true, what) : { value: n, limit: { value: max, from: `IAM GetAccountSummary ${quotaKey}` } };
        });
    }),
};
/** A role or user name from a name or an ARN (arn:aws:iam::123456789012:role/path/name: the last segment). */
function lastSegment(id) {
    return id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id;
}
/** Managed policies attached to each existing role or user the plan attaches to: one walk per parent. */
function attachedPolicies(kind, code, op) {
    return {
        name: `iam.attached-${kind}-policies`,
        global: true,
        counts: { [code]: ['resource'] },
        calls: [{ api: op, action: `iam:${op}`, doc: `https://docs.aws.amazon.com/IAM/latest/APIReference/API_${op}.html` }],
        read: async (ctx, items) => {
            const out = new Map();
            await Promise.all(parentIds(items).map(async (id) => {
                const mine = items.filter((i) => i.parent.id === id);
                const name = lastSegment(id);
                const got = await guarded(ctx, mine, `iam:${op}`, async () => {
                    const m = await iam_sdk();
                    const send = (Marker) => kind === 'role'
                        ? ctx.client(m.IAMClient).send(new m.ListAttachedRolePoliciesCommand({ RoleName: name, MaxItems: 1000, Marker }))
                        : ctx.client(m.IAMClient).send(new m.ListAttachedUserPoliciesCommand({ UserName: name, MaxItems: 1000, Marker }));
                    const walk = await countPages(ctx, op, send, (p) => (p.IsTruncated ? p.Marker : undefined), (p) => p.AttachedPolicies);
                    return forAll(mine, counted(walk.items.length, walk.complete, `managed policies attached to ${name}`));
                });
                for (const [k, v] of got)
                    out.set(k, v);
            }));
            return out;
        },
    };
}
const iamRolePolicies = attachedPolicies('role', 'L-0DA4ABF3', 'ListAttachedRolePolicies');
const iamUserPolicies = attachedPolicies('user', 'L-4019AD8B', 'ListAttachedUserPolicies');
/** OpenID Connect providers: ListOpenIDConnectProviders is not paginated and returns them all (API_ListOpenIDConnectProviders.html). */
const oidcProviders = {
    name: 'iam.oidc-providers',
    global: true,
    counts: { 'L-858F3967': ['region'] },
    calls: [{ api: 'ListOpenIDConnectProviders', action: 'iam:ListOpenIDConnectProviders', doc: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html' }],
    read: (ctx, items) => guarded(ctx, items, 'iam:ListOpenIDConnectProviders', async () => {
        const m = await iam_sdk();
        const r = await ctx.call('ListOpenIDConnectProviders', () => ctx.client(m.IAMClient).send(new m.ListOpenIDConnectProvidersCommand({})));
        return forAll(items, counted(r.OpenIDConnectProviderList?.length ?? 0, true, 'OpenID Connect providers'));
    }),
};
const IAM_SOURCES = [iamAccountSummary, iamRolePolicies, iamUserPolicies, oidcProviders];

;// CONCATENATED MODULE: ./src/aws/usage/kinesis.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const kinesis_sdk = () => __webpack_require__.e(/* import() */ 289).then(__webpack_require__.t.bind(__webpack_require__, 10289, 19));
const kinesisShards = {
    name: 'kinesis.limits',
    counts: { 'L-0918CF54': ['region'] },
    calls: [{ api: 'DescribeLimits', action: 'kinesis:DescribeLimits', doc: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeLimits.html' }],
    read: (ctx, items) => guarded(ctx, items, 'kinesis:DescribeLimits', async () => {
        const m = await kinesis_sdk();
        const r = await ctx.call('DescribeLimits', () => ctx.client(m.KinesisClient, { http1: true }).send(new m.DescribeLimitsCommand({})));
        const n = nonNegative(r.OpenShardCount);
        if (n === undefined)
            return forAll(items, { value: null, reason: `Kinesis DescribeLimits ${ctx.where} returned no usable OpenShardCount (${String(r.OpenShardCount)})` });
        const max = nonNegative(r.ShardLimit);
        return forAll(items, max === undefined ? { value: n } : { value: n, limit: { value: max, from: 'Kinesis DescribeLimits ShardLimit' } });
    }),
};
const KINESIS_SOURCES = [kinesisShards];

;// CONCATENATED MODULE: ./src/aws/usage/kms.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const kms_sdk = () => __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 92632, 19));
const keys = {
    name: 'kms.keys',
    counts: { 'L-C2F1777E': ['region'] },
    calls: [
        { api: 'ListKeys', action: 'kms:ListKeys', doc: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html' },
        { api: 'ListAliases', action: 'kms:ListAliases', doc: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html' },
    ],
    metricFirst: true,
    read: (ctx, items) => guarded(ctx, items, 'kms:ListKeys', async () => {
        const m = await kms_sdk();
        const kms = ctx.client(m.KMSClient);
        const next = (p) => (p.Truncated ? p.NextMarker : undefined);
        const [all, aliases] = await Promise.all([
            countPages(ctx, 'ListKeys', (Marker) => kms.send(new m.ListKeysCommand({ Limit: 1000, Marker })), next, (p) => p.Keys),
            countPages(ctx, 'ListAliases', (Marker) => kms.send(new m.ListAliasesCommand({ Limit: 100, Marker })), next, (p) => p.Aliases),
        ]);
        if (!aliases.complete)
            return forAll(items, { value: null, reason: `KMS ListAliases ${ctx.where} did not end within the page cap: AWS managed keys cannot be told apart` });
        const awsManaged = new Set(aliases.items.filter((a) => a.AliasName?.startsWith('alias/aws/') && a.TargetKeyId).map((a) => a.TargetKeyId));
        const n = all.items.filter((k) => !k.KeyId || !awsManaged.has(k.KeyId)).length;
        return forAll(items, all.complete ? { value: n } : { value: n, lowerBound: true, note: `at least ${n} customer managed keys: the listing was stopped at the page cap` });
    }),
};
const KMS_SOURCES = [keys];

;// CONCATENATED MODULE: ./src/aws/usage/lambda.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const lambda_sdk = () => __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 71696, 19));
const lambdaConcurrency = {
    name: 'lambda.account-settings',
    counts: { 'L-B99A9384': ['region'] },
    calls: [{ api: 'GetAccountSettings', action: 'lambda:GetAccountSettings', doc: 'https://docs.aws.amazon.com/lambda/latest/api/API_GetAccountSettings.html' }],
    metricFirst: false,
    read: (ctx, items) => guarded(ctx, items, 'lambda:GetAccountSettings', async () => {
        const m = await lambda_sdk();
        const r = await ctx.call('GetAccountSettings', () => ctx.client(m.LambdaClient).send(new m.GetAccountSettingsCommand({})));
        const total = nonNegative(r.AccountLimit?.ConcurrentExecutions);
        const unreserved = nonNegative(r.AccountLimit?.UnreservedConcurrentExecutions);
        if (total === undefined || unreserved === undefined || unreserved > total) {
            const reason = `Lambda GetAccountSettings ${ctx.where} returned no usable AccountLimit (ConcurrentExecutions ${r.AccountLimit?.ConcurrentExecutions ?? 'missing'}, UnreservedConcurrentExecutions ${r.AccountLimit?.UnreservedConcurrentExecutions ?? 'missing'}); reserved concurrency cannot be read`;
            return forAll(items, { value: null, reason });
        }
        return forAll(items, {
            value: total - unreserved,
            note: 'concurrency already reserved (GetAccountSettings ConcurrentExecutions − UnreservedConcurrentExecutions)',
            limit: { value: total, from: 'Lambda GetAccountSettings AccountLimit.ConcurrentExecutions', cap: true },
        });
    }),
};
const LAMBDA_SOURCES = [lambdaConcurrency];

;// CONCATENATED MODULE: ./src/aws/usage/logs.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const logs_sdk = () => __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 70303, 19));
const logGroups = {
    name: 'logs.log-groups',
    counts: { 'L-C7B9AAAB': ['region'] },
    calls: [{ api: 'DescribeLogGroups', action: 'logs:DescribeLogGroups', doc: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html' }],
    read: (ctx, items) => guarded(ctx, items, 'logs:DescribeLogGroups', async () => {
        const m = await logs_sdk();
        const walk = await countPages(ctx, 'DescribeLogGroups', (nextToken) => ctx.client(m.CloudWatchLogsClient).send(new m.DescribeLogGroupsCommand({ limit: 50, nextToken })), (p) => p.nextToken, (p) => p.logGroups);
        return forAll(items, counted(walk.items.length, walk.complete, 'log groups'));
    }),
};
const LOGS_SOURCES = [logGroups];

;// CONCATENATED MODULE: ./src/aws/usage/opensearch.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const opensearch_sdk = () => __webpack_require__.e(/* import() */ 445).then(__webpack_require__.t.bind(__webpack_require__, 72445, 19));
const domains = {
    name: 'opensearch.domains',
    counts: { 'L-076D529E': ['region'] },
    calls: [{ api: 'ListDomainNames', action: 'es:ListDomainNames', doc: 'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html' }],
    read: (ctx, items) => guarded(ctx, items, 'es:ListDomainNames', async () => {
        const m = await opensearch_sdk();
        const r = await ctx.call('ListDomainNames', () => ctx.client(m.OpenSearchClient).send(new m.ListDomainNamesCommand({})));
        return forAll(items, counted(r.DomainNames?.length ?? 0, true, 'domains'));
    }),
};
const OPENSEARCH_SOURCES = [domains];

;// CONCATENATED MODULE: ./src/aws/usage/rds.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const rds_sdk = () => __webpack_require__.e(/* import() */ 202).then(__webpack_require__.t.bind(__webpack_require__, 57202, 19));
// Parameter and option groups are counted without the default groups, as the quotas count them (API_AccountQuota.html).
const rds_NAMES = {
    'L-7B6409FD': 'DBInstances',
    'L-952B80B8': 'DBClusters',
    'L-7ADDB58A': 'AllocatedStorage',
    'L-DE55804A': 'DBParameterGroups',
    'L-9FA33840': 'OptionGroups',
    'L-48C6BF61': 'DBSubnetGroups',
    'L-272F1212': 'ManualSnapshots',
    'L-9B510759': 'ManualClusterSnapshots',
};
const rdsAccountAttributes = {
    name: 'rds.account-attributes',
    counts: Object.fromEntries(Object.keys(rds_NAMES).map((code) => [code, ['region']])),
    calls: [{ api: 'DescribeAccountAttributes', action: 'rds:DescribeAccountAttributes', doc: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeAccountAttributes.html' }],
    read: (ctx, items) => guarded(ctx, items, 'rds:DescribeAccountAttributes', async () => {
        const m = await rds_sdk();
        const r = await ctx.call('DescribeAccountAttributes', () => ctx.client(m.RDSClient).send(new m.DescribeAccountAttributesCommand({})));
        const quotas = new Map((r.AccountQuotas ?? []).map((q) => [q.AccountQuotaName, q]));
        return forAll(items, (i) => {
            const name = rds_NAMES[i.quotaCode];
            const q = quotas.get(name);
            const used = nonNegative(q?.Used);
            if (used === undefined)
                return { value: null, reason: `RDS DescribeAccountAttributes ${ctx.where} returned no usable ${name} (${q ? String(q.Used) : 'absent'})` };
            const max = nonNegative(q?.Max);
            return max === undefined ? { value: used } : { value: used, limit: { value: max, from: `RDS DescribeAccountAttributes ${name}` } };
        });
    }),
};
/**
 * Neptune and DocumentDB have quotas of their own (service codes neptune, docdb) but are listed by the RDS API, and
 * with the rds IAM actions (usage-sources.md §3.7): their resources are the RDS listing's of their engine.
 */
const ENGINE_QUOTAS = {
    neptune: { label: 'Neptune', codes: { instances: 'L-368A3E00', clusters: 'L-6D17A5A2', clusterSnapshots: 'L-D6543DBD', parameterGroups: 'L-584DADE7', clusterParameterGroups: 'L-5BB9A916' } },
    docdb: { label: 'DocumentDB', codes: { instances: 'L-739A3A85', clusters: 'L-13F31459', clusterSnapshots: 'L-B2551F83' } },
};
const rdsCall = (op) => ({ api: op, action: `rds:${op}`, doc: `https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_${op}.html` });
/** The walk (MaxRecords 20–100, Marker) behind each kind, with the RDS API call it makes. */
const KIND_OPS = {
    instances: 'DescribeDBInstances',
    clusters: 'DescribeDBClusters',
    clusterSnapshots: 'DescribeDBClusterSnapshots',
    parameterGroups: 'DescribeDBParameterGroups',
    clusterParameterGroups: 'DescribeDBClusterParameterGroups',
};
/**
 * One engine's resources of one kind, walked once. Instances, clusters and manual cluster snapshots are filtered on
 * `engine` by the API (API_DescribeDBInstances.html, API_DescribeDBClusters.html, API_DescribeDBClusterSnapshots.html
 * Filters); parameter groups take no filter (their Filters "isn't currently supported"), so they are the groups of
 * the engine's families (DBParameterGroupFamily neptune1, docdb5.0…), default groups included.
 */
async function engineWalk(ctx, engine, kind) {
    const m = await rds_sdk();
    const client = ctx.client(m.RDSClient);
    const Filters = [{ Name: 'engine', Values: [engine] }];
    const op = KIND_OPS[kind];
    const ofEngine = (family) => (family ?? '').startsWith(engine);
    switch (kind) {
        case 'instances':
            return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBInstancesCommand({ Filters, MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBInstances);
        case 'clusters':
            return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBClustersCommand({ Filters, MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusters);
        case 'clusterSnapshots':
            return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBClusterSnapshotsCommand({ Filters, SnapshotType: 'manual', MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusterSnapshots);
        case 'parameterGroups':
            return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBParameterGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBParameterGroups?.filter((g) => ofEngine(g.DBParameterGroupFamily)));
        case 'clusterParameterGroups':
            return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBClusterParameterGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusterParameterGroups?.filter((g) => ofEngine(g.DBParameterGroupFamily)));
    }
}
const KIND_WORDS = { instances: 'DB instances', clusters: 'DB clusters', clusterSnapshots: 'manual DB cluster snapshots', parameterGroups: 'DB parameter groups', clusterParameterGroups: 'DB cluster parameter groups' };
function engineSource(engine) {
    const { label, codes } = ENGINE_QUOTAS[engine];
    const kinds = Object.keys(codes);
    return {
        name: `rds.${engine}`,
        counts: Object.fromEntries(kinds.map((k) => [codes[k], ['region']])),
        calls: kinds.map((k) => rdsCall(KIND_OPS[k])),
        read: async (ctx, items) => {
            const out = new Map();
            await Promise.all(kinds.map(async (kind) => {
                const mine = items.filter((i) => i.quotaCode === codes[kind]);
                if (!mine.length)
                    return;
                const got = await guarded(ctx, mine, `rds:${KIND_OPS[kind]}`, async () => {
                    const walk = await engineWalk(ctx, engine, kind);
                    return forAll(mine, counted(walk.items.length, walk.complete, `${label} ${KIND_WORDS[kind]}`));
                });
                for (const [k, v] of got)
                    out.set(k, v);
            }));
            return out;
        },
    };
}
const neptune = engineSource('neptune');
const docdb = engineSource('docdb');
/**
 * Neptune and DocumentDB DB subnet groups: the RDS API lists one set of DB subnet groups that RDS, Neptune and
 * DocumentDB share (a subnet group has no engine), so every group in the Region is counted, which can only count too
 * many (DescribeDBSubnetGroups, MaxRecords 20–100, Marker, API_DescribeDBSubnetGroups.html).
 */
const engineSubnetGroups = {
    name: 'rds.engine-subnet-groups',
    counts: { 'L-483F7912': ['region'], 'L-02DEA053': ['region'] },
    calls: [rdsCall('DescribeDBSubnetGroups')],
    read: (ctx, items) => guarded(ctx, items, 'rds:DescribeDBSubnetGroups', async () => {
        const m = await rds_sdk();
        const walk = await countPages(ctx, 'DescribeDBSubnetGroups', (Marker) => ctx.client(m.RDSClient).send(new m.DescribeDBSubnetGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBSubnetGroups);
        return forAll(items, counted(walk.items.length, walk.complete, 'DB subnet groups', 'DB subnet groups are shared by RDS, Neptune and DocumentDB: all of them are counted'));
    }),
};
const RDS_SOURCES = [rdsAccountAttributes, neptune, docdb, engineSubnetGroups];

;// CONCATENATED MODULE: ./src/aws/usage/route53.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const route53_sdk = () => __webpack_require__.e(/* import() */ 621).then(__webpack_require__.t.bind(__webpack_require__, 8621, 19));
const hostedZones = {
    name: 'route53.hosted-zones',
    global: true,
    counts: { 'L-4EA4796A': ['region'] },
    calls: [{ api: 'GetAccountLimit', action: 'route53:GetAccountLimit', doc: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html' }],
    read: (ctx, items) => guarded(ctx, items, 'route53:GetAccountLimit', async () => {
        const m = await route53_sdk();
        const r = await ctx.call('GetAccountLimit', () => ctx.client(m.Route53Client).send(new m.GetAccountLimitCommand({ Type: 'MAX_HOSTED_ZONES_BY_OWNER' })));
        const n = nonNegative(r.Count);
        if (n === undefined)
            return forAll(items, { value: null, reason: `Route 53 GetAccountLimit returned no usable Count (${String(r.Count)})` });
        const max = nonNegative(r.Limit?.Value);
        return forAll(items, max === undefined ? { value: n } : { value: n, limit: { value: max, from: 'Route 53 GetAccountLimit' } });
    }),
};
/**
 * Records per hosted zone: GetHostedZoneLimit with Type MAX_RRSETS_BY_ZONE gives the zone's count and limit, one call
 * per existing zone the plan adds records to (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZoneLimit.html).
 */
const recordsPerZone = {
    name: 'route53.records-per-zone',
    global: true,
    counts: { 'L-E209CC9F': ['resource'] },
    calls: [{ api: 'GetHostedZoneLimit', action: 'route53:GetHostedZoneLimit', doc: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZoneLimit.html' }],
    read: async (ctx, items) => {
        const out = new Map();
        await Promise.all(parentIds(items).map(async (id) => {
            const mine = items.filter((i) => i.parent.id === id);
            // A zone id, also in its /hostedzone/Z… form.
            const zone = id.replace(/^\/?hostedzone\//, '');
            const got = await guarded(ctx, mine, 'route53:GetHostedZoneLimit', async () => {
                const m = await route53_sdk();
                const r = await ctx.call('GetHostedZoneLimit', () => ctx.client(m.Route53Client).send(new m.GetHostedZoneLimitCommand({ HostedZoneId: zone, Type: 'MAX_RRSETS_BY_ZONE' })));
                const n = nonNegative(r.Count);
                if (n === undefined)
                    return forAll(mine, { value: null, reason: `Route 53 GetHostedZoneLimit returned no usable Count for ${zone} (${String(r.Count)})` });
                const max = nonNegative(r.Limit?.Value);
                return forAll(mine, max === undefined ? { value: n } : { value: n, limit: { value: max, from: `Route 53 GetHostedZoneLimit ${zone}` } });
            });
            for (const [k, v] of got)
                out.set(k, v);
        }));
        return out;
    },
};
const ROUTE53_SOURCES = [hostedZones, recordsPerZone];

;// CONCATENATED MODULE: ./src/aws/usage/s3.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const s3_sdk = () => __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19));
const buckets = {
    name: 's3.buckets',
    global: true,
    counts: { 'L-DC2B2D3D': ['region'] },
    calls: [{ api: 'ListBuckets', action: 's3:ListAllMyBuckets', doc: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html' }],
    read: (ctx, items) => guarded(ctx, items, 's3:ListAllMyBuckets', async () => {
        const m = await s3_sdk();
        const walk = await countPages(ctx, 'ListBuckets', (ContinuationToken) => ctx.client(m.S3Client).send(new m.ListBucketsCommand({ MaxBuckets: 10000, ContinuationToken })), (p) => p.ContinuationToken, (p) => p.Buckets);
        return forAll(items, counted(walk.items.length, walk.complete, 'buckets'));
    }),
};
const S3_SOURCES = [buckets];

;// CONCATENATED MODULE: ./src/aws/usage/secretsmanager.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const secretsmanager_sdk = () => __webpack_require__.e(/* import() */ 994).then(__webpack_require__.t.bind(__webpack_require__, 12994, 19));
const secrets = {
    name: 'secretsmanager.secrets',
    counts: { 'L-2F66C23C': ['region'] },
    calls: [{ api: 'ListSecrets', action: 'secretsmanager:ListSecrets', doc: 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html' }],
    read: (ctx, items) => guarded(ctx, items, 'secretsmanager:ListSecrets', async () => {
        const m = await secretsmanager_sdk();
        const walk = await countPages(ctx, 'ListSecrets', (NextToken) => ctx.client(m.SecretsManagerClient).send(new m.ListSecretsCommand({ MaxResults: 100, IncludePlannedDeletion: true, NextToken })), (p) => p.NextToken, (p) => p.SecretList);
        return forAll(items, counted(walk.items.length, walk.complete, 'secrets'));
    }),
};
const SECRETSMANAGER_SOURCES = [secrets];

;// CONCATENATED MODULE: ./src/aws/usage/sns.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sns_sdk = () => __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19));
const topics = {
    name: 'sns.topics',
    counts: { 'L-61103206': ['region'] },
    calls: [{ api: 'ListTopics', action: 'sns:ListTopics', doc: 'https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html' }],
    metricFirst: true,
    read: (ctx, items) => guarded(ctx, items, 'sns:ListTopics', async () => {
        const m = await sns_sdk();
        const walk = await countPages(ctx, 'ListTopics', (NextToken) => ctx.client(m.SNSClient).send(new m.ListTopicsCommand({ NextToken })), (p) => p.NextToken, (p) => p.Topics);
        return forAll(items, counted(walk.items.length, walk.complete, 'topics'));
    }),
};
const SNS_SOURCES = [topics];

;// CONCATENATED MODULE: ./src/aws/usage/transit-gateway.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const transit_gateway_sdk = () => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
const transit_gateway_call = (op) => ({ api: op, action: `ec2:${op}`, doc: `https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_${op}.html` });
// States that no longer hold an attachment or route table (TransitGatewayAttachmentState, TransitGatewayRouteTableState).
const transit_gateway_GONE = new Set(['deleted', 'failed', 'rejected']);
/** Every transit gateway attachment of the region, one walk shared by the three quotas it serves. */
const allAttachments = (ctx) => ctx.once('ec2:DescribeTransitGatewayAttachments', async () => {
    const m = await transit_gateway_sdk();
    return countPages(ctx, 'DescribeTransitGatewayAttachments', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeTransitGatewayAttachmentsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.TransitGatewayAttachments);
});
/** Usage per parent (a transit gateway or VPC id) of the items, from the live `things` and the parent each is in. */
function byParent(items, walk, parentOf, what) {
    const counts = new Map();
    for (const t of walk.items) {
        const p = parentOf(t);
        if (p)
            counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return forAll(items, (i) => counted(counts.get(i.parent.id) ?? 0, walk.complete, `${what} of ${i.parent.id}`));
}
const live = (a) => !transit_gateway_GONE.has(a.State ?? '');
const attachments = {
    name: 'ec2.transit-gateway-attachments',
    // Attachments per transit gateway; peering attachments per transit gateway; attachments per VPC.
    counts: { 'L-E0233F82': ['resource'], 'L-A1B5A36F': ['resource'], 'L-6DA43717': ['vpc'] },
    calls: [transit_gateway_call('DescribeTransitGatewayAttachments')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeTransitGatewayAttachments', async () => {
        const walk = await allAttachments(ctx);
        const of = (code) => items.filter((i) => i.quotaCode === code);
        return new Map([
            ...byParent(of('L-E0233F82'), walk, (a) => (live(a) ? a.TransitGatewayId : undefined), 'attachments'),
            ...byParent(of('L-A1B5A36F'), walk, (a) => (live(a) && a.ResourceType === 'peering' ? a.TransitGatewayId : undefined), 'peering attachments'),
            ...byParent(of('L-6DA43717'), walk, (a) => (live(a) && a.ResourceType === 'vpc' ? a.ResourceId : undefined), 'transit gateway attachments'),
        ]);
    }),
};
const routeTables = {
    name: 'ec2.transit-gateway-route-tables',
    counts: { 'L-43872EB7': ['resource'] },
    calls: [transit_gateway_call('DescribeTransitGatewayRouteTables')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeTransitGatewayRouteTables', async () => {
        const m = await transit_gateway_sdk();
        const walk = await countPages(ctx, 'DescribeTransitGatewayRouteTables', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeTransitGatewayRouteTablesCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.TransitGatewayRouteTables);
        return byParent(items, walk, (t) => (transit_gateway_GONE.has(t.State ?? '') ? undefined : t.TransitGatewayId), 'route tables');
    }),
};
const TRANSIT_GATEWAY_SOURCES = [attachments, routeTables];

// EXTERNAL MODULE: ./src/quotas/instance-types.ts
var instance_types = __webpack_require__(27406);
;// CONCATENATED MODULE: ./src/aws/usage/vcpus.ts
// EC2 vCPUs per instance class: only the AWS/Usage metric counts them (Service EC2, Type Resource, Resource vCPU,
// Class "<class>/OnDemand" or "Standard/Spot": quota-facts.md §2.1, [CLI] get-service-quota UsageMetric; F, G, Inf, P
// and X per [CS]). Service Quotas names the metric of each class; these are read when it could not be asked.


const vcpus_usage = (cls) => ({
    namespace: 'AWS/Usage',
    name: 'ResourceCount',
    dimensions: { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: cls },
    source: 'quota-facts.md §2.1 ([CLI], [CS])',
});
/** Classes whose metric dimension is documented (quota-facts.md §2.1 table). */
const DOCUMENTED = new Set(['Standard', 'F', 'G', 'Inf', 'P', 'X']);
const vcpus_metrics = {};
const counts = {};
for (const c of instance_types/* INSTANCE_CLASSES */.NC) {
    counts[c.onDemand.quotaCode] = ['region'];
    if (c.spot)
        counts[c.spot.quotaCode] = ['region'];
    if (DOCUMENTED.has(c.cls))
        vcpus_metrics[c.onDemand.quotaCode] = vcpus_usage(`${c.cls}/OnDemand`);
}
counts[instance_types/* P5_SPOT_QUOTA */.sp.quotaCode] = ['region'];
vcpus_metrics['L-34B43A08'] = vcpus_usage('Standard/Spot');
const vcpus = {
    name: 'ec2.vcpus',
    counts,
    calls: [],
    metricFirst: true,
    metrics: vcpus_metrics,
    read: async (_ctx, items) => forAll(items, { value: null, reason: 'vCPUs in use have no count API quota-guard reads (only their usage metric), and the metric could not be read' }),
};
const VCPU_SOURCES = [vcpus];

;// CONCATENATED MODULE: ./src/aws/usage/vpc.ts
// Amazon VPC quotas, counted with the EC2 API (no VPC quota publishes a usage metric, research note usage-sources.md
// §2). One walk per resource kind and region, grouped client-side by VPC or by parent: never one call per VPC.
// Quotas and what counts: [VPCQ] https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
// API: EC2 API reference, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_<Operation>.html


const ref = (op) => `https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_${op}.html`;
const vpc_call = (op) => ({ api: op, action: `ec2:${op}`, doc: ref(op) });
/** EC2 filters take at most 200 values each (EC2 API reference, "Filter": up to 200 values). */
const FILTER_VALUES = 200;
const ec2 = (ctx) => ctx.client(client_ec2_dist_cjs.EC2Client);
/** Every subnet of the region, one walk shared by the NAT-gateway zones and subnets per VPC. */
function allSubnets(ctx) {
    return ctx.once('ec2:DescribeSubnets', () => countPages(ctx, 'DescribeSubnets', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeSubnetsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.Subnets, 100));
}
/** Items per parent id → count per parent; a parent not found counts 0 only when the listing was complete. */
function perParent(items, counts, complete, what, where) {
    return forAll(items, (i) => {
        const id = i.parent.id;
        const n = counts.get(id) ?? 0;
        if (!counts.has(id) && complete)
            return { value: 0, note: `${id} was not found ${where}: counted as empty` };
        return counted(n, complete, `${what} in ${id}`);
    });
}
// NAT gateways count while pending, available or deleting ([VPCQ] "NAT gateways per Availability Zone").
const NAT_COUNTED_STATES = ['pending', 'available', 'deleting'];
const natGateways = {
    name: 'vpc.nat-gateways',
    counts: { 'L-FE5A380F': ['az', 'region'] },
    calls: [vpc_call('DescribeNatGateways'), vpc_call('DescribeSubnets')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeNatGateways', async () => {
        const walk = await countPages(ctx, 'DescribeNatGateways', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeNatGatewaysCommand({ Filter: [{ Name: 'state', Values: NAT_COUNTED_STATES }], MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.NatGateways);
        const zones = new Map();
        let subnetsComplete = true;
        if (walk.items.some((g) => g.SubnetId)) {
            try {
                const subnets = await allSubnets(ctx);
                subnetsComplete = subnets.complete;
                for (const s of subnets.items)
                    if (s.SubnetId)
                        zones.set(s.SubnetId, [s.AvailabilityZone, s.AvailabilityZoneId].filter((z) => !!z));
            }
            catch (e) {
                return forAll(items, ctx.failed(e, 'ec2:DescribeSubnets'));
            }
        }
        const byZone = new Map();
        let everywhere = 0;
        for (const g of walk.items) {
            const z = g.SubnetId ? zones.get(g.SubnetId) : undefined;
            // A regional NAT gateway (no subnet) or one whose subnet was not listed: counted in every zone, never lost.
            if (!z?.length)
                everywhere++;
            else
                for (const name of z)
                    byZone.set(name, (byZone.get(name) ?? 0) + 1);
        }
        const complete = walk.complete && subnetsComplete;
        return forAll(items, (i) => {
            // Zone names and ids are [a-z0-9-]; anything else ("(zone known after apply)") is an unknown zone: the fullest.
            const zone = i.scope.kind === 'az' && /^[a-z0-9-]+$/.test(i.scope.id) ? i.scope.id : null;
            const n = (zone !== null ? (byZone.get(zone) ?? 0) : Math.max(0, ...byZone.values())) + everywhere;
            return counted(n, complete, 'NAT gateways', zone === null ? 'zone not known before apply: the fullest zone' : undefined);
        });
    }),
};
/** A regional count of one EC2 Describe walk. */
function regionalCount(name, code, op, what, send, next, list) {
    return {
        name,
        counts: { [code]: ['region'] },
        calls: [vpc_call(op)],
        read: (ctx, items) => guarded(ctx, items, `ec2:${op}`, async () => {
            const walk = await countPages(ctx, op, (t) => send(ctx, t), next, list);
            return forAll(items, counted(walk.items.length, walk.complete, what));
        }),
    };
}
/** CIDR association states that hold a place ([BC ec2] VpcCidrBlockStateCode): associating and associated. */
const CIDR_HELD = new Set(['associating', 'associated']);
/**
 * VPCs per Region, and IPv4 / IPv6 CIDR blocks per VPC (the primary one included, [VPCQ]) from the same DescribeVpcs
 * walk: CidrBlockAssociationSet and Ipv6CidrBlockAssociationSet of each VPC.
 */
const vpcs = {
    name: 'vpc.vpcs',
    counts: { 'L-F678F1CE': ['region'], 'L-83CA0A9D': ['vpc'], 'L-085A6257': ['vpc'] },
    calls: [vpc_call('DescribeVpcs')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeVpcs', async () => {
        const walk = await countPages(ctx, 'DescribeVpcs', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeVpcsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.Vpcs);
        const v4 = new Map();
        const v6 = new Map();
        for (const v of walk.items) {
            if (!v.VpcId)
                continue;
            v4.set(v.VpcId, (v.CidrBlockAssociationSet ?? []).filter((a) => CIDR_HELD.has(String(a.CidrBlockState?.State ?? ''))).length);
            v6.set(v.VpcId, (v.Ipv6CidrBlockAssociationSet ?? []).filter((a) => CIDR_HELD.has(String(a.Ipv6CidrBlockState?.State ?? ''))).length);
        }
        const out = forAll(items.filter((i) => i.scope.kind === 'region'), counted(walk.items.length, walk.complete, 'VPCs'));
        for (const [code, counts, what] of [
            ['L-83CA0A9D', v4, 'IPv4 CIDR blocks'],
            ['L-085A6257', v6, 'IPv6 CIDR blocks'],
        ]) {
            for (const [k, u] of perParent(items.filter((i) => i.quotaCode === code), counts, walk.complete, what, ctx.where))
                out.set(k, u);
        }
        return out;
    }),
};
const internetGateways = regionalCount('vpc.internet-gateways', 'L-A4707A72', 'DescribeInternetGateways', 'internet gateways', (ctx, NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeInternetGatewaysCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.InternetGateways);
// DescribeEgressOnlyInternetGateways takes MaxResults 5–255 ([BC ec2]).
const egressOnlyInternetGateways = regionalCount('vpc.egress-only-internet-gateways', 'L-45FE3B85', 'DescribeEgressOnlyInternetGateways', 'egress-only internet gateways', (ctx, NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeEgressOnlyInternetGatewaysCommand({ MaxResults: 255, NextToken })), (p) => p.NextToken, (p) => p.EgressOnlyInternetGateways);
// Every group of the region, each VPC's default group included ([VPCQ] "VPC security groups per Region").
const securityGroups = regionalCount('vpc.security-groups', 'L-E79EC296', 'DescribeSecurityGroups', 'security groups', (ctx, NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeSecurityGroupsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.SecurityGroups);
const subnetsPerVpc = {
    name: 'vpc.subnets',
    counts: { 'L-407747CB': ['vpc'] },
    calls: [vpc_call('DescribeSubnets')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeSubnets', async () => {
        const walk = await allSubnets(ctx);
        const counts = new Map();
        for (const s of walk.items)
            if (s.VpcId)
                counts.set(s.VpcId, (counts.get(s.VpcId) ?? 0) + 1);
        return perParent(items, counts, walk.complete, 'subnets', ctx.where);
    }),
};
/**
 * Route tables per VPC (the main route table counts, [VPCQ]) and routes per route table. One DescribeRouteTables walk
 * (at most 100 per page, [BC ec2]) filtered by the VPCs or tables the plan touches, unfiltered when it touches both.
 * Routes: propagated ones (Origin EnableVgwRoutePropagation) have their own limit and are left out; IPv4 and IPv6
 * routes count apart ([VPCQ] "Routes per route table"), so usage is the larger family. A route to a prefix list
 * weighs the list's maximum entries ([VPCQ]), which is not read: such a count is a lower bound.
 */
const vpc_routeTables = {
    name: 'vpc.route-tables',
    counts: { 'L-589F43AA': ['vpc'], 'L-93826ACB': ['resource'] },
    // A new VPC comes with its main route table, which counts ([VPCQ] Route tables per VPC; usage-sources.md §3.2).
    createdParent: { 'L-589F43AA': { value: 1, why: 'its main route table' } },
    calls: [vpc_call('DescribeRouteTables')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeRouteTables', async () => {
        const perVpc = items.filter((i) => i.scope.kind === 'vpc');
        const perTable = items.filter((i) => i.scope.kind === 'resource');
        const vpcIds = parentIds(perVpc);
        const tableIds = parentIds(perTable);
        const filters = vpcIds.length && tableIds.length ? [undefined] : vpcIds.length ? chunks(vpcIds, FILTER_VALUES).map((v) => ({ Name: 'vpc-id', Values: v })) : chunks(tableIds, FILTER_VALUES).map((v) => ({ Name: 'route-table-id', Values: v }));
        const tablesPerVpc = new Map();
        const routes = new Map();
        let complete = true;
        for (const filter of filters) {
            const walk = await countPages(ctx, 'DescribeRouteTables', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeRouteTablesCommand({ MaxResults: 100, NextToken, ...(filter ? { Filters: [filter] } : {}) })), (p) => p.NextToken, (p) => p.RouteTables, 100);
            complete &&= walk.complete;
            for (const t of walk.items) {
                if (t.VpcId)
                    tablesPerVpc.set(t.VpcId, (tablesPerVpc.get(t.VpcId) ?? 0) + 1);
                if (!t.RouteTableId)
                    continue;
                let v4 = 0;
                let v6 = 0;
                let prefixList = false;
                for (const r of t.Routes ?? []) {
                    if (r.Origin === 'EnableVgwRoutePropagation')
                        continue;
                    if (r.DestinationIpv6CidrBlock)
                        v6++;
                    else if (r.DestinationPrefixListId)
                        (prefixList = true), v4++;
                    else
                        v4++;
                }
                routes.set(t.RouteTableId, { n: Math.max(v4, v6), prefixList });
            }
        }
        const out = perParent(perVpc, tablesPerVpc, complete, 'route tables', ctx.where);
        for (const i of perTable) {
            const id = i.parent.id;
            const r = routes.get(id);
            if (!r)
                out.set(i.key, complete ? { value: null, reason: `route table ${id} was not found ${ctx.where}` } : counted(0, false, `routes in ${id}`));
            else if (r.prefixList)
                out.set(i.key, { value: r.n, lowerBound: true, note: `at least ${r.n} routes in ${id}: a route to a prefix list weighs its maximum entries, which quota-guard does not read` });
            else
                out.set(i.key, counted(r.n, true, `routes in ${id}`, 'the larger of IPv4 and IPv6 routes, propagated routes left out'));
        }
        return out;
    }),
};
/**
 * Rules per security group, per direction and family ([VPCQ]: inbound and outbound, IPv4 and IPv6 are limited
 * apart). DescribeSecurityGroupRules filtered by the groups the plan touches. A rule that references a group counts
 * in both families; one that references a prefix list weighs the list's maximum entries ([SGSIZE]
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-size), not read here: a
 * lower bound then.
 */
const securityGroupRules = {
    name: 'vpc.security-group-rules',
    counts: { 'L-0EA8095F': ['resource'] },
    calls: [vpc_call('DescribeSecurityGroupRules')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeSecurityGroupRules', async () => {
        const counts = new Map();
        const bucket = (group, egress, v6) => {
            const k = `${group}|${egress ? 'egress' : 'ingress'}${v6 ? '-ipv6' : ''}`;
            let c = counts.get(k);
            if (!c)
                counts.set(k, (c = { n: 0, prefixList: false }));
            return c;
        };
        let complete = true;
        for (const ids of chunks(parentIds(items), FILTER_VALUES)) {
            const walk = await countPages(ctx, 'DescribeSecurityGroupRules', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: ids }], MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.SecurityGroupRules);
            complete &&= walk.complete;
            for (const r of walk.items) {
                if (!r.GroupId)
                    continue;
                const egress = r.IsEgress === true;
                if (r.CidrIpv4)
                    bucket(r.GroupId, egress, false).n++;
                else if (r.CidrIpv6)
                    bucket(r.GroupId, egress, true).n++;
                else {
                    for (const v6 of [false, true]) {
                        const b = bucket(r.GroupId, egress, v6);
                        b.n++;
                        if (r.PrefixListId)
                            b.prefixList = true;
                    }
                }
            }
        }
        return forAll(items, (i) => {
            const id = i.parent.id;
            const direction = /\/(ingress|egress)(-ipv6)?$/.exec(i.scope.id);
            const keys = direction ? [`${id}|${direction[1]}${direction[2] ?? ''}`] : [`${id}|ingress`, `${id}|egress`, `${id}|ingress-ipv6`, `${id}|egress-ipv6`];
            const found = keys.map((k) => counts.get(k) ?? { n: 0, prefixList: false });
            const n = Math.max(...found.map((f) => f.n));
            if (found.some((f) => f.prefixList))
                return { value: n, lowerBound: true, note: `at least ${n} rules in ${id}: a rule referencing a prefix list weighs its maximum entries, which quota-guard does not read` };
            return counted(n, complete, `rules in ${id}`);
        });
    }),
};
// Endpoint states that no longer hold a place ([BC ec2] State enum); the rest count.
const ENDPOINT_GONE = new Set(['deleted', 'rejected', 'failed', 'expired', 'Deleted', 'Rejected', 'Failed', 'Expired']);
/**
 * Interface endpoints per VPC (Interface and Gateway Load Balancer endpoints together, [VPCQ]) and gateway endpoints
 * per region, from one DescribeVpcEndpoints walk.
 */
const vpcEndpoints = {
    name: 'vpc.endpoints',
    counts: { 'L-29B6F2EB': ['vpc'], 'L-1B52E74A': ['region'] },
    calls: [vpc_call('DescribeVpcEndpoints')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeVpcEndpoints', async () => {
        const walk = await countPages(ctx, 'DescribeVpcEndpoints', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeVpcEndpointsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.VpcEndpoints);
        const live = walk.items.filter((e) => !ENDPOINT_GONE.has(String(e.State ?? '')));
        const interfacePerVpc = new Map();
        for (const e of live)
            if (e.VpcId && (e.VpcEndpointType === 'Interface' || e.VpcEndpointType === 'GatewayLoadBalancer'))
                interfacePerVpc.set(e.VpcId, (interfacePerVpc.get(e.VpcId) ?? 0) + 1);
        const gateways = live.filter((e) => e.VpcEndpointType === 'Gateway').length;
        const out = perParent(items.filter((i) => i.scope.kind === 'vpc'), interfacePerVpc, walk.complete, 'interface endpoints', ctx.where);
        for (const i of items)
            if (i.scope.kind === 'region')
                out.set(i.key, counted(gateways, walk.complete, 'gateway endpoints'));
        return out;
    }),
};
/**
 * Network ACLs per VPC, and rules per network ACL: per direction and family, the default deny entries included
 * (usage-sources.md §3.2 [VPCQ] "Rules per network ACL"). One DescribeNetworkAcls walk, filtered by the VPCs or ACLs
 * the plan touches, unfiltered when it touches both.
 */
const networkAcls = {
    name: 'vpc.network-acls',
    counts: { 'L-B4A6D682': ['vpc'], 'L-2AEEBF1A': ['resource'] },
    // A new VPC comes with its default network ACL (https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html);
    // counted, as the count of an existing VPC's ACLs includes it (whether the quota does is not documented: the safe side).
    // A new ACL starts with its default deny entries, one per direction and family.
    createdParent: { 'L-B4A6D682': { value: 1, why: 'its default network ACL' }, 'L-2AEEBF1A': { value: 1, why: 'its default deny entry' } },
    calls: [vpc_call('DescribeNetworkAcls')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeNetworkAcls', async () => {
        const perVpc = items.filter((i) => i.scope.kind === 'vpc');
        const perAcl = items.filter((i) => i.scope.kind === 'resource');
        const vpcIds = parentIds(perVpc);
        const aclIds = parentIds(perAcl);
        const filters = vpcIds.length && aclIds.length ? [undefined] : vpcIds.length ? chunks(vpcIds, FILTER_VALUES).map((v) => ({ Name: 'vpc-id', Values: v })) : chunks(aclIds, FILTER_VALUES).map((v) => ({ Name: 'network-acl-id', Values: v }));
        const aclsPerVpc = new Map();
        const rules = new Map();
        let complete = true;
        for (const filter of filters) {
            const walk = await countPages(ctx, 'DescribeNetworkAcls', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeNetworkAclsCommand({ MaxResults: 1000, NextToken, ...(filter ? { Filters: [filter] } : {}) })), (p) => p.NextToken, (p) => p.NetworkAcls);
            complete &&= walk.complete;
            for (const a of walk.items) {
                if (a.VpcId)
                    aclsPerVpc.set(a.VpcId, (aclsPerVpc.get(a.VpcId) ?? 0) + 1);
                for (const e of a.Entries ?? []) {
                    const k = `${a.NetworkAclId}|${e.Egress ? 'egress' : 'ingress'}${e.Ipv6CidrBlock ? '-ipv6' : ''}`;
                    rules.set(k, (rules.get(k) ?? 0) + 1);
                }
            }
        }
        const out = perParent(perVpc, aclsPerVpc, complete, 'network ACLs', ctx.where);
        for (const i of perAcl) {
            const id = i.parent.id;
            const m = /\/(ingress|egress|ingress-or-egress)(-ipv6)?$/.exec(i.scope.id);
            const family = m?.[2] ?? '';
            const directions = !m || m[1] === 'ingress-or-egress' ? ['ingress', 'egress'] : [m[1]];
            const keys = m ? directions.map((d) => `${id}|${d}${family}`) : ['ingress', 'egress', 'ingress-ipv6', 'egress-ipv6'].map((d) => `${id}|${d}`);
            out.set(i.key, counted(Math.max(...keys.map((k) => rules.get(k) ?? 0)), complete, `rules in ${id}`));
        }
        return out;
    }),
};
// Peering connections held: active, and provisioning on the way to active (VpcPeeringConnectionStateReasonCode);
// requests not yet accepted have their own quota ([VPCQ] "Outstanding VPC peering connection requests").
const PEERING_HELD = ['active', 'provisioning'];
/**
 * Active VPC peering connections per VPC: one DescribeVpcPeeringConnections walk of the held ones (MaxResults 5–1000,
 * NextToken), each counted in its requester and its accepter VPC.
 */
const peeringConnections = {
    name: 'vpc.peering-connections',
    counts: { 'L-7E9ECCDB': ['vpc'] },
    calls: [vpc_call('DescribeVpcPeeringConnections')],
    read: (ctx, items) => guarded(ctx, items, 'ec2:DescribeVpcPeeringConnections', async () => {
        const walk = await countPages(ctx, 'DescribeVpcPeeringConnections', (NextToken) => ec2(ctx).send(new client_ec2_dist_cjs.DescribeVpcPeeringConnectionsCommand({ Filters: [{ Name: 'status-code', Values: PEERING_HELD }], MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.VpcPeeringConnections);
        const counts = new Map();
        for (const c of walk.items)
            for (const vpc of new Set([c.RequesterVpcInfo?.VpcId, c.AccepterVpcInfo?.VpcId]))
                if (vpc)
                    counts.set(vpc, (counts.get(vpc) ?? 0) + 1);
        return forAll(items, (i) => counted(counts.get(i.parent.id) ?? 0, walk.complete, `peering connections of ${i.parent.id}`));
    }),
};
const VPC_SOURCES = [natGateways, vpcs, internetGateways, egressOnlyInternetGateways, securityGroups, subnetsPerVpc, vpc_routeTables, securityGroupRules, vpcEndpoints, networkAcls, peeringConnections];

;// CONCATENATED MODULE: ./src/aws/usage/wafv2.ts

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const wafv2_sdk = () => __webpack_require__.e(/* import() */ 594).then(__webpack_require__.t.bind(__webpack_require__, 98213, 19));
function webAcls(name, code, scope) {
    return {
        name,
        counts: { [code]: ['region'] },
        calls: [{ api: 'ListWebACLs', action: 'wafv2:ListWebACLs', doc: 'https://docs.aws.amazon.com/waf/latest/APIReference/API_ListWebACLs.html' }],
        ...(scope === 'CLOUDFRONT' ? { global: true } : {}),
        read: (ctx, items) => guarded(ctx, items, 'wafv2:ListWebACLs', async () => {
            const m = await wafv2_sdk();
            const client = ctx.client(m.WAFV2Client);
            const walk = await countPages(ctx, 'ListWebACLs', (NextMarker) => client.send(new m.ListWebACLsCommand({ Scope: scope, Limit: 100, NextMarker })), (p) => p.NextMarker, (p) => p.WebACLs);
            return forAll(items, counted(walk.items.length, walk.complete, `${scope === 'CLOUDFRONT' ? 'CloudFront' : 'regional'} web ACLs`));
        }),
    };
}
const regionalWebAcls = webAcls('wafv2.regional-web-acls', 'L-2EC3DE7B', 'REGIONAL');
const cloudfrontWebAcls = webAcls('wafv2.cloudfront-web-acls', 'L-24189897', 'CLOUDFRONT');
const WAFV2_SOURCES = [regionalWebAcls, cloudfrontWebAcls];

;// CONCATENATED MODULE: ./src/aws/usage/index.ts


































const USAGE_SOURCES = [
    ...VCPU_SOURCES,
    ...EC2_SOURCES,
    ...EBS_SOURCES,
    ...VPC_SOURCES,
    ...ELB_SOURCES,
    ...AUTOSCALING_SOURCES,
    ...LAMBDA_SOURCES,
    ...RDS_SOURCES,
    ...DYNAMODB_SOURCES,
    ...S3_SOURCES,
    ...EKS_SOURCES,
    ...ECS_SOURCES,
    ...FARGATE_SOURCES,
    ...ELASTICACHE_SOURCES,
    ...IAM_SOURCES,
    ...ROUTE53_SOURCES,
    ...SNS_SOURCES,
    ...KMS_SOURCES,
    ...LOGS_SOURCES,
    ...CLOUDFORMATION_SOURCES,
    ...ECR_SOURCES,
    ...EFS_SOURCES,
    ...KINESIS_SOURCES,
    ...OPENSEARCH_SOURCES,
    ...EVENTS_SOURCES,
    ...APIGATEWAY_SOURCES,
    ...SECRETSMANAGER_SOURCES,
    ...CLOUDFRONT_SOURCES,
    ...DMS_SOURCES,
    ...COGNITO_SOURCES,
    ...APPAUTOSCALING_SOURCES,
    ...ACM_SOURCES,
    ...WAFV2_SOURCES,
    ...TRANSIT_GATEWAY_SOURCES,
];
const BY_QUOTA = new Map();
for (const s of USAGE_SOURCES) {
    for (const code of Object.keys(s.counts)) {
        if (BY_QUOTA.has(code))
            throw new Error(`usage sources ${BY_QUOTA.get(code).name} and ${s.name} both count ${code}`);
        BY_QUOTA.set(code, s);
    }
}
/** The source that counts `quotaCode` in a scope of `kind`, if any. */
function usageSourceFor(quotaCode, kind) {
    const s = BY_QUOTA.get(quotaCode);
    return s && s.counts[quotaCode].includes(kind) ? s : undefined;
}
/** Whether the source of `quotaCode` counts it account-wide, read through us-east-1 (IAM, S3, Route 53). */
function globalUsage(quotaCode) {
    return BY_QUOTA.get(quotaCode)?.global === true;
}
/** Every IAM action the usage sources may call. */
const USAGE_IAM_ACTIONS = [...new Set(USAGE_SOURCES.flatMap((s) => s.calls.map((c) => c.action)))];

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
                pending.push({ req, key, region: catalog/* QUOTAS */.eg.get(req.quotaCode)?.global || globalUsage(req.quotaCode) ? catalog/* GLOBAL_QUOTA_REGION */.go : req.region, session: this.own });
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
            const line = (0,common/* noCredentials */.gT)(message);
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
            for (const { plan } of group) {
                if (plan.kind === 'metric')
                    queries.set(plan.query.key, plan.query);
                else if (plan.kind === 'source')
                    push(bySource, plan.source, plan.item);
            }
            const [metrics] = await Promise.all([queries.size ? this.metrics(session, region, [...queries.values()]) : new Map(), this.runSources(ctx, bySource, out)]);
            // A metric that could not be read falls back to the source that counts the quota, when there is one.
            const fallback = new Map();
            for (const { p, plan } of group) {
                if (plan.kind !== 'metric')
                    continue;
                const u = metrics.get(plan.query.key) ?? { value: null, reason: 'no GetMetricData result for the usage metric' };
                if (u.value === null && plan.fallback)
                    push(fallback, plan.fallback, plan.item);
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
    const source = usageSourceFor(req.quotaCode, scope.kind);
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
/** Adds `item` to the list of `key`. */
function push(map, key, item) {
    const list = map.get(key);
    if (list)
        list.push(item);
    else
        map.set(key, [item]);
}

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
    const client = new client_ec2_dist_cjs.EC2Client((0,common/* clientConfig */.yO)(region, options));
    const describe = async (batch) => {
        const found = new Map();
        const send = (NextToken) => limiters.schedule(region, 'DescribeInstanceTypes', () => client.send(new client_ec2_dist_cjs.DescribeInstanceTypesCommand({ InstanceTypes: batch, NextToken })));
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
    const client = new client_cloudformation_dist_cjs.CloudFormationClient((0,common/* clientConfig */.yO)(useRegion, options));
    const limiters = new common/* Limiters */.ek();
    const all = [];
    let where = useRegion ?? 'the default region';
    try {
        where = useRegion ?? (await client.config.region());
        const send = (NextToken) => limiters.schedule(where, 'DescribeChangeSet', () => client.send(new client_cloudformation_dist_cjs.DescribeChangeSetCommand({ ...target, IncludePropertyValues: true, NextToken })));
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
