export const id = 205;
export const ids = [205];
export const modules = {

/***/ 82586:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(90402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(92658);
const { Command: $Command } = __webpack_require__(92658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(47291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(62085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(93422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(23609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(26890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(97523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(92430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(61279);
const { AwsJson1_1Protocol } = __webpack_require__(37288);
const { Sha256 } = __webpack_require__(99542);

const defaultSupportHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "support",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultSupportHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "support",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1133.0";
var packageInfo = {
	version: version};

const o = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "stringEquals", g = "getAttr", h = "sigv4", i = "support", j = { [o]: "Endpoint" }, k = { "fn": g, "argv": [{ [o]: d }, "name"] }, l = { [o]: d }, m = {}, n = [{ [o]: "Region" }];
const _data = {
    conditions: [
        [c, [j]],
        [c, n],
        ["aws.partition", n, d],
        [e, [{ [o]: "UseFIPS" }, b]],
        [e, [{ [o]: "UseDualStack" }, b]],
        [f, [k, "aws"]],
        [e, [{ fn: g, argv: [l, "supportsDualStack"] }, b]],
        [f, [k, "aws-cn"]],
        [f, [k, "aws-us-gov"]],
        [e, [{ fn: g, argv: [l, "supportsFIPS"] }, b]],
        [f, [k, "aws-iso"]],
        [f, [k, "aws-iso-b"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [j, m],
        ["https://support.us-east-1.amazonaws.com", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-east-1" }] }],
        ["https://support.cn-north-1.amazonaws.com.cn", { authSchemes: [{ name: h, signingName: i, signingRegion: "cn-north-1" }] }],
        ["https://support.us-gov-west-1.amazonaws.com", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-gov-west-1" }] }],
        ["https://support.us-iso-east-1.c2s.ic.gov", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-iso-east-1" }] }],
        ["https://support.us-isob-east-1.sc2s.sgov.gov", { authSchemes: [{ name: h, signingName: i, signingRegion: "us-isob-east-1" }] }],
        ["https://support-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", m],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://support-fips.{Region}.{PartitionResult#dnsSuffix}", m],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://support.{Region}.{PartitionResult#dualStackDnsSuffix}", m],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://support.{Region}.{PartitionResult#dnsSuffix}", m],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 18, 3,
    1, 4, r + 16,
    2, 5, r + 16,
    3, 13, 6,
    4, 12, 7,
    5, r + 4, 8,
    7, r + 5, 9,
    8, r + 6, 10,
    10, r + 7, 11,
    11, r + 8, r + 15,
    6, r + 13, r + 14,
    4, 16, 14,
    8, r + 6, 15,
    9, r + 11, r + 12,
    6, 17, r + 10,
    9, r + 9, r + 10,
    3, r + 1, 19,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class SupportServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SupportServiceException.prototype);
    }
}

class AttachmentLimitExceeded extends SupportServiceException {
    name = "AttachmentLimitExceeded";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AttachmentLimitExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AttachmentLimitExceeded.prototype);
    }
}
class AttachmentSetExpired extends SupportServiceException {
    name = "AttachmentSetExpired";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AttachmentSetExpired",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AttachmentSetExpired.prototype);
    }
}
class AttachmentSetIdNotFound extends SupportServiceException {
    name = "AttachmentSetIdNotFound";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AttachmentSetIdNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AttachmentSetIdNotFound.prototype);
    }
}
class AttachmentSetSizeLimitExceeded extends SupportServiceException {
    name = "AttachmentSetSizeLimitExceeded";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AttachmentSetSizeLimitExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AttachmentSetSizeLimitExceeded.prototype);
    }
}
class DryRunOperationException extends SupportServiceException {
    name = "DryRunOperationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DryRunOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DryRunOperationException.prototype);
    }
}
class InternalServerError extends SupportServiceException {
    name = "InternalServerError";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalServerError",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerError.prototype);
    }
}
class CaseIdNotFound extends SupportServiceException {
    name = "CaseIdNotFound";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CaseIdNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CaseIdNotFound.prototype);
    }
}
class AttachmentIdNotFound extends SupportServiceException {
    name = "AttachmentIdNotFound";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AttachmentIdNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AttachmentIdNotFound.prototype);
    }
}
class UploadIdNotFound extends SupportServiceException {
    name = "UploadIdNotFound";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UploadIdNotFound",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UploadIdNotFound.prototype);
    }
}
class CaseCreationLimitExceeded extends SupportServiceException {
    name = "CaseCreationLimitExceeded";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CaseCreationLimitExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CaseCreationLimitExceeded.prototype);
    }
}
class DescribeAttachmentLimitExceeded extends SupportServiceException {
    name = "DescribeAttachmentLimitExceeded";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DescribeAttachmentLimitExceeded",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DescribeAttachmentLimitExceeded.prototype);
    }
}
class ThrottlingException extends SupportServiceException {
    name = "ThrottlingException";
    $fault = "client";
    throttlingReasons;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.throttlingReasons = opts.throttlingReasons;
    }
}

const _A = "Attachment";
const _AATS = "AddAttachmentsToSet";
const _AATSR = "AddAttachmentsToSetRequest";
const _AATSRd = "AddAttachmentsToSetResponse";
const _ACTC = "AddCommunicationToCase";
const _ACTCR = "AddCommunicationToCaseRequest";
const _ACTCRd = "AddCommunicationToCaseResponse";
const _AD = "AttachmentDetails";
const _AINF = "AttachmentIdNotFound";
const _ALE = "AttachmentLimitExceeded";
const _AS = "AttachmentSet";
const _ASE = "AttachmentSetExpired";
const _ASINF = "AttachmentSetIdNotFound";
const _ASSLE = "AttachmentSetSizeLimitExceeded";
const _At = "Attachments";
const _C = "Category";
const _CAU = "CompleteAttachmentUpload";
const _CAUR = "CompleteAttachmentUploadRequest";
const _CAURo = "CompleteAttachmentUploadResponse";
const _CC = "CreateCase";
const _CCLE = "CaseCreationLimitExceeded";
const _CCR = "CreateCaseRequest";
const _CCRr = "CreateCaseResponse";
const _CD = "CaseDetails";
const _CINF = "CaseIdNotFound";
const _CL = "CaseList";
const _CLa = "CategoryList";
const _CLo = "CommunicationList";
const _CTO = "CommunicationTypeOptions";
const _CTOL = "CommunicationTypeOptionsList";
const _CU = "CompletedUpload";
const _CUL = "CompletedUploadList";
const _Co = "Communication";
const _DA = "DescribeAttachment";
const _DALE = "DescribeAttachmentLimitExceeded";
const _DAR = "DescribeAttachmentRequest";
const _DARe = "DescribeAttachmentResponse";
const _DAUS = "DescribeAttachmentUploadStatus";
const _DAUSR = "DescribeAttachmentUploadStatusRequest";
const _DAUSRe = "DescribeAttachmentUploadStatusResponse";
const _DC = "DescribeCases";
const _DCCO = "DescribeCreateCaseOptions";
const _DCCOR = "DescribeCreateCaseOptionsRequest";
const _DCCORe = "DescribeCreateCaseOptionsResponse";
const _DCR = "DescribeCasesRequest";
const _DCRe = "DescribeCasesResponse";
const _DCRes = "DescribeCommunicationsRequest";
const _DCResc = "DescribeCommunicationsResponse";
const _DCe = "DescribeCommunications";
const _DI = "DateInterval";
const _DROE = "DryRunOperationException";
const _DS = "DescribeServices";
const _DSL = "DescribeSeverityLevels";
const _DSLR = "DescribeSeverityLevelsRequest";
const _DSLRe = "DescribeSeverityLevelsResponse";
const _DSLRes = "DescribeSupportedLanguagesRequest";
const _DSLResc = "DescribeSupportedLanguagesResponse";
const _DSLe = "DescribeSupportedLanguages";
const _DSR = "DescribeServicesRequest";
const _DSRe = "DescribeServicesResponse";
const _DTAC = "DescribeTrustedAdvisorChecks";
const _DTACR = "DescribeTrustedAdvisorChecksRequest";
const _DTACRR = "DescribeTrustedAdvisorCheckResultRequest";
const _DTACRRe = "DescribeTrustedAdvisorCheckResultResponse";
const _DTACRS = "DescribeTrustedAdvisorCheckRefreshStatuses";
const _DTACRSR = "DescribeTrustedAdvisorCheckRefreshStatusesRequest";
const _DTACRSRe = "DescribeTrustedAdvisorCheckRefreshStatusesResponse";
const _DTACRe = "DescribeTrustedAdvisorChecksResponse";
const _DTACRes = "DescribeTrustedAdvisorCheckResult";
const _DTACS = "DescribeTrustedAdvisorCheckSummaries";
const _DTACSR = "DescribeTrustedAdvisorCheckSummariesRequest";
const _DTACSRe = "DescribeTrustedAdvisorCheckSummariesResponse";
const _DU = "DownloadUrl";
const _DWSL = "DatesWithoutSupportList";
const _GADL = "GetAttachmentDownloadLink";
const _GADLR = "GetAttachmentDownloadLinkRequest";
const _GADLRe = "GetAttachmentDownloadLinkResponse";
const _GAUL = "GetAttachmentUploadLinks";
const _GAULR = "GetAttachmentUploadLinksRequest";
const _GAULRe = "GetAttachmentUploadLinksResponse";
const _ISE = "InternalServerError";
const _RC = "ResolveCase";
const _RCC = "RecentCaseCommunications";
const _RCR = "ResolveCaseRequest";
const _RCRe = "ResolveCaseResponse";
const _RTAC = "RefreshTrustedAdvisorCheck";
const _RTACR = "RefreshTrustedAdvisorCheckRequest";
const _RTACRe = "RefreshTrustedAdvisorCheckResponse";
const _S = "Service";
const _SH = "SupportedHour";
const _SHL = "SupportedHoursList";
const _SL = "SeverityLevel";
const _SLL = "SeverityLevelsList";
const _SLLu = "SupportedLanguagesList";
const _SLe = "ServiceList";
const _SLt = "StringList";
const _SLu = "SupportedLanguage";
const _TACD = "TrustedAdvisorCheckDescription";
const _TACL = "TrustedAdvisorCheckList";
const _TACOS = "TrustedAdvisorCostOptimizingSummary";
const _TACR = "TrustedAdvisorCheckResult";
const _TACRS = "TrustedAdvisorCheckRefreshStatus";
const _TACRSL = "TrustedAdvisorCheckRefreshStatusList";
const _TACS = "TrustedAdvisorCheckSummary";
const _TACSL = "TrustedAdvisorCheckSummaryList";
const _TACSS = "TrustedAdvisorCategorySpecificSummary";
const _TARD = "TrustedAdvisorResourceDetail";
const _TARDL = "TrustedAdvisorResourceDetailList";
const _TARS = "TrustedAdvisorResourcesSummary";
const _TE = "ThrottlingException";
const _TR = "ThrottlingReason";
const _TRL = "ThrottlingReasonList";
const _UINF = "UploadIdNotFound";
const _UP = "UploadProgress";
const _UR = "UploadRange";
const _UU = "UploadUrl";
const _UUL = "UploadUrlList";
const _a = "attachments";
const _aI = "attachmentId";
const _aQE = "awsQueryError";
const _aS = "attachmentSet";
const _aSI = "attachmentSetId";
const _aT = "afterTime";
const _at = "attachment";
const _b = "body";
const _bT = "beforeTime";
const _c = "client";
const _cB = "communicationBody";
const _cC = "categoryCode";
const _cEA = "ccEmailAddresses";
const _cI = "caseId";
const _cIL = "caseIdList";
const _cIh = "checkIds";
const _cIhe = "checkId";
const _cO = "costOptimizing";
const _cPC = "completedPartsCount";
const _cSS = "categorySpecificSummary";
const _cT = "communicationTypes";
const _cU = "completedUploads";
const _ca = "cases";
const _cat = "categories";
const _cate = "category";
const _ch = "checks";
const _co = "code";
const _com = "communications";
const _d = "data";
const _dI = "displayId";
const _dR = "dryRun";
const _dU = "downloadUrl";
const _dWS = "datesWithoutSupport";
const _de = "description";
const _di = "display";
const _e = "error";
const _eD = "expiryDate";
const _eDT = "endDateTime";
const _eI = "endIndex";
const _eMS = "estimatedMonthlySavings";
const _ePMS = "estimatedPercentMonthlySavings";
const _eT = "expiryTime";
const _eTa = "eTag";
const _eTn = "endTime";
const _fCS = "finalCaseStatus";
const _fN = "fileName";
const _fR = "flaggedResources";
const _fSB = "fileSizeBytes";
const _hE = "httpError";
const _hFR = "hasFlaggedResources";
const _i = "id";
const _iC = "includeCommunications";
const _iCS = "initialCaseStatus";
const _iRC = "includeResolvedCases";
const _iS = "isSuppressed";
const _iT = "issueType";
const _l = "language";
const _lA = "languageAvailability";
const _m = "message";
const _mR = "maxResults";
const _mUNR = "millisUntilNextRefreshable";
const _me = "metadata";
const _n = "name";
const _nI = "nextIndex";
const _nT = "nextToken";
const _pI = "partIndex";
const _pSB = "partSizeBytes";
const _r = "result";
const _rC = "recentCommunications";
const _rF = "resourcesFlagged";
const _rI = "resourceId";
const _rIe = "resourcesIgnored";
const _rP = "resourcesProcessed";
const _rS = "resourcesSummary";
const _rSe = "resourcesSuppressed";
const _re = "reason";
const _reg = "region";
const _res = "resource";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.support";
const _sB = "submittedBy";
const _sC = "serviceCode";
const _sCL = "serviceCodeList";
const _sCe = "severityCode";
const _sDT = "startDateTime";
const _sH = "supportedHours";
const _sI = "startIndex";
const _sL = "severityLevels";
const _sLu = "supportedLanguages";
const _sT = "startTime";
const _se = "server";
const _ser = "services";
const _sp = "sparse";
const _st = "status";
const _sta = "statuses";
const _su = "subject";
const _sum = "summaries";
const _t = "type";
const _tC = "timeCreated";
const _tP = "totalParts";
const _tR = "throttlingReasons";
const _ti = "timestamp";
const _u = "url";
const _uI = "uploadIds";
const _uIp = "uploadId";
const _uP = "uploadProgress";
const _uR = "uploadRange";
const _uS = "uploadStatus";
const _uU = "uploadUrls";
const n0 = "com.amazonaws.support";
const _s_registry = TypeRegistry.for(_s);
var SupportServiceException$ = [-3, _s, "SupportServiceException", 0, [], []];
_s_registry.registerError(SupportServiceException$, SupportServiceException);
const n0_registry = TypeRegistry.for(n0);
var AttachmentIdNotFound$ = [-3, n0, _AINF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AttachmentIdNotFound$, AttachmentIdNotFound);
var AttachmentLimitExceeded$ = [-3, n0, _ALE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AttachmentLimitExceeded$, AttachmentLimitExceeded);
var AttachmentSetExpired$ = [-3, n0, _ASE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AttachmentSetExpired$, AttachmentSetExpired);
var AttachmentSetIdNotFound$ = [-3, n0, _ASINF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AttachmentSetIdNotFound$, AttachmentSetIdNotFound);
var AttachmentSetSizeLimitExceeded$ = [-3, n0, _ASSLE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AttachmentSetSizeLimitExceeded$, AttachmentSetSizeLimitExceeded);
var CaseCreationLimitExceeded$ = [-3, n0, _CCLE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(CaseCreationLimitExceeded$, CaseCreationLimitExceeded);
var CaseIdNotFound$ = [-3, n0, _CINF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(CaseIdNotFound$, CaseIdNotFound);
var DescribeAttachmentLimitExceeded$ = [-3, n0, _DALE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DescribeAttachmentLimitExceeded$, DescribeAttachmentLimitExceeded);
var DryRunOperationException$ = [-3, n0, _DROE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DryRunOperationException$, DryRunOperationException);
var InternalServerError$ = [-3, n0, _ISE,
    { [_e]: _se },
    [_m],
    [0]
];
n0_registry.registerError(InternalServerError$, InternalServerError);
var ThrottlingException$ = [-3, n0, _TE,
    { [_aQE]: [`Throttling`, 400], [_e]: _c, [_hE]: 400 },
    [_m, _tR],
    [0, () => ThrottlingReasonList]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UploadIdNotFound$ = [-3, n0, _UINF,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(UploadIdNotFound$, UploadIdNotFound);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AddAttachmentsToSetRequest$ = [3, n0, _AATSR,
    0,
    [_a, _aSI, _dR],
    [() => Attachments, 0, 2], 1
];
var AddAttachmentsToSetResponse$ = [3, n0, _AATSRd,
    0,
    [_aSI, _eT],
    [0, 0]
];
var AddCommunicationToCaseRequest$ = [3, n0, _ACTCR,
    0,
    [_cB, _cI, _cEA, _aSI, _uI, _dR],
    [0, 0, 64 | 0, 0, 64 | 0, 2], 1
];
var AddCommunicationToCaseResponse$ = [3, n0, _ACTCRd,
    0,
    [_r],
    [2]
];
var Attachment$ = [3, n0, _A,
    0,
    [_fN, _d],
    [0, 21]
];
var AttachmentDetails$ = [3, n0, _AD,
    0,
    [_aI, _fN],
    [0, 0]
];
var CaseDetails$ = [3, n0, _CD,
    0,
    [_cI, _dI, _su, _st, _sC, _cC, _sCe, _sB, _tC, _rC, _cEA, _l],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, () => RecentCaseCommunications$, 64 | 0, 0]
];
var Category$ = [3, n0, _C,
    0,
    [_co, _n],
    [0, 0]
];
var Communication$ = [3, n0, _Co,
    0,
    [_cI, _b, _sB, _tC, _a, _aS],
    [0, 0, 0, 0, () => AttachmentSet, () => AttachmentSet]
];
var CommunicationTypeOptions$ = [3, n0, _CTO,
    0,
    [_t, _sH, _dWS],
    [0, () => SupportedHoursList, () => DatesWithoutSupportList]
];
var CompleteAttachmentUploadRequest$ = [3, n0, _CAUR,
    0,
    [_uIp, _cU, _dR],
    [0, () => CompletedUploadList, 2], 2
];
var CompleteAttachmentUploadResponse$ = [3, n0, _CAURo,
    0,
    [_uS],
    [0], 1
];
var CompletedUpload$ = [3, n0, _CU,
    0,
    [_pI, _eTa],
    [1, 0], 2
];
var CreateCaseRequest$ = [3, n0, _CCR,
    0,
    [_su, _cB, _sC, _sCe, _cC, _cEA, _l, _iT, _aSI, _uI, _dR],
    [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 64 | 0, 2], 2
];
var CreateCaseResponse$ = [3, n0, _CCRr,
    0,
    [_cI],
    [0]
];
var DateInterval$ = [3, n0, _DI,
    0,
    [_sDT, _eDT],
    [0, 0]
];
var DescribeAttachmentRequest$ = [3, n0, _DAR,
    0,
    [_aI, _dR],
    [0, 2], 1
];
var DescribeAttachmentResponse$ = [3, n0, _DARe,
    0,
    [_at],
    [() => Attachment$]
];
var DescribeAttachmentUploadStatusRequest$ = [3, n0, _DAUSR,
    0,
    [_uIp, _dR],
    [0, 2], 1
];
var DescribeAttachmentUploadStatusResponse$ = [3, n0, _DAUSRe,
    0,
    [_uS, _fN, _uP],
    [0, 0, () => UploadProgress$], 2
];
var DescribeCasesRequest$ = [3, n0, _DCR,
    0,
    [_cIL, _dI, _aT, _bT, _iRC, _nT, _mR, _l, _iC, _dR],
    [64 | 0, 0, 0, 0, 2, 0, 1, 0, 2, 2]
];
var DescribeCasesResponse$ = [3, n0, _DCRe,
    0,
    [_ca, _nT],
    [() => CaseList, 0]
];
var DescribeCommunicationsRequest$ = [3, n0, _DCRes,
    0,
    [_cI, _bT, _aT, _nT, _mR, _dR],
    [0, 0, 0, 0, 1, 2], 1
];
var DescribeCommunicationsResponse$ = [3, n0, _DCResc,
    0,
    [_com, _nT],
    [() => CommunicationList, 0]
];
var DescribeCreateCaseOptionsRequest$ = [3, n0, _DCCOR,
    0,
    [_iT, _sC, _l, _cC, _dR],
    [0, 0, 0, 0, 2], 4
];
var DescribeCreateCaseOptionsResponse$ = [3, n0, _DCCORe,
    0,
    [_lA, _cT],
    [0, () => CommunicationTypeOptionsList]
];
var DescribeServicesRequest$ = [3, n0, _DSR,
    0,
    [_sCL, _l, _dR],
    [64 | 0, 0, 2]
];
var DescribeServicesResponse$ = [3, n0, _DSRe,
    0,
    [_ser],
    [() => ServiceList]
];
var DescribeSeverityLevelsRequest$ = [3, n0, _DSLR,
    0,
    [_l, _dR],
    [0, 2]
];
var DescribeSeverityLevelsResponse$ = [3, n0, _DSLRe,
    0,
    [_sL],
    [() => SeverityLevelsList]
];
var DescribeSupportedLanguagesRequest$ = [3, n0, _DSLRes,
    0,
    [_iT, _sC, _cC, _dR],
    [0, 0, 0, 2], 3
];
var DescribeSupportedLanguagesResponse$ = [3, n0, _DSLResc,
    0,
    [_sLu],
    [() => SupportedLanguagesList]
];
var DescribeTrustedAdvisorCheckRefreshStatusesRequest$ = [3, n0, _DTACRSR,
    0,
    [_cIh],
    [[() => StringList, 0]], 1
];
var DescribeTrustedAdvisorCheckRefreshStatusesResponse$ = [3, n0, _DTACRSRe,
    0,
    [_sta],
    [() => TrustedAdvisorCheckRefreshStatusList], 1
];
var DescribeTrustedAdvisorCheckResultRequest$ = [3, n0, _DTACRR,
    0,
    [_cIhe, _l],
    [0, 0], 1
];
var DescribeTrustedAdvisorCheckResultResponse$ = [3, n0, _DTACRRe,
    0,
    [_r],
    [[() => TrustedAdvisorCheckResult$, 0]]
];
var DescribeTrustedAdvisorChecksRequest$ = [3, n0, _DTACR,
    0,
    [_l],
    [0], 1
];
var DescribeTrustedAdvisorChecksResponse$ = [3, n0, _DTACRe,
    0,
    [_ch],
    [[() => TrustedAdvisorCheckList, 0]], 1
];
var DescribeTrustedAdvisorCheckSummariesRequest$ = [3, n0, _DTACSR,
    0,
    [_cIh],
    [[() => StringList, 0]], 1
];
var DescribeTrustedAdvisorCheckSummariesResponse$ = [3, n0, _DTACSRe,
    0,
    [_sum],
    [() => TrustedAdvisorCheckSummaryList], 1
];
var DownloadUrl$ = [3, n0, _DU,
    0,
    [_u, _eD],
    [0, 0], 2
];
var GetAttachmentDownloadLinkRequest$ = [3, n0, _GADLR,
    0,
    [_aI, _dR],
    [0, 2], 1
];
var GetAttachmentDownloadLinkResponse$ = [3, n0, _GADLRe,
    0,
    [_fN, _dU],
    [0, () => DownloadUrl$], 2
];
var GetAttachmentUploadLinksRequest$ = [3, n0, _GAULR,
    0,
    [_fN, _fSB, _uIp, _uR, _dR],
    [0, 1, 0, () => UploadRange$, 2], 1
];
var GetAttachmentUploadLinksResponse$ = [3, n0, _GAULRe,
    0,
    [_uIp, _pSB, _tP, _uU, _nI],
    [0, 1, 1, () => UploadUrlList, 1], 4
];
var RecentCaseCommunications$ = [3, n0, _RCC,
    0,
    [_com, _nT],
    [() => CommunicationList, 0]
];
var RefreshTrustedAdvisorCheckRequest$ = [3, n0, _RTACR,
    0,
    [_cIhe],
    [0], 1
];
var RefreshTrustedAdvisorCheckResponse$ = [3, n0, _RTACRe,
    0,
    [_st],
    [() => TrustedAdvisorCheckRefreshStatus$], 1
];
var ResolveCaseRequest$ = [3, n0, _RCR,
    0,
    [_cI, _dR],
    [0, 2]
];
var ResolveCaseResponse$ = [3, n0, _RCRe,
    0,
    [_iCS, _fCS],
    [0, 0]
];
var Service$ = [3, n0, _S,
    0,
    [_co, _n, _cat],
    [0, 0, () => CategoryList]
];
var SeverityLevel$ = [3, n0, _SL,
    0,
    [_co, _n],
    [0, 0]
];
var SupportedHour$ = [3, n0, _SH,
    0,
    [_sT, _eTn],
    [0, 0]
];
var SupportedLanguage$ = [3, n0, _SLu,
    0,
    [_co, _l, _di],
    [0, 0, 0]
];
var ThrottlingReason$ = [3, n0, _TR,
    0,
    [_re, _res],
    [0, 0]
];
var TrustedAdvisorCategorySpecificSummary$ = [3, n0, _TACSS,
    0,
    [_cO],
    [() => TrustedAdvisorCostOptimizingSummary$]
];
var TrustedAdvisorCheckDescription$ = [3, n0, _TACD,
    0,
    [_i, _n, _de, _cate, _me],
    [0, 0, 0, 0, [() => StringList, 0]], 5
];
var TrustedAdvisorCheckRefreshStatus$ = [3, n0, _TACRS,
    0,
    [_cIhe, _st, _mUNR],
    [0, 0, 1], 3
];
var TrustedAdvisorCheckResult$ = [3, n0, _TACR,
    0,
    [_cIhe, _ti, _st, _rS, _cSS, _fR],
    [0, 0, 0, () => TrustedAdvisorResourcesSummary$, () => TrustedAdvisorCategorySpecificSummary$, [() => TrustedAdvisorResourceDetailList, 0]], 6
];
var TrustedAdvisorCheckSummary$ = [3, n0, _TACS,
    0,
    [_cIhe, _ti, _st, _rS, _cSS, _hFR],
    [0, 0, 0, () => TrustedAdvisorResourcesSummary$, () => TrustedAdvisorCategorySpecificSummary$, 2], 5
];
var TrustedAdvisorCostOptimizingSummary$ = [3, n0, _TACOS,
    0,
    [_eMS, _ePMS],
    [1, 1], 2
];
var TrustedAdvisorResourceDetail$ = [3, n0, _TARD,
    0,
    [_st, _rI, _me, _reg, _iS],
    [0, 0, [() => StringList, 0], 0, 2], 3
];
var TrustedAdvisorResourcesSummary$ = [3, n0, _TARS,
    0,
    [_rP, _rF, _rIe, _rSe],
    [1, 1, 1, 1], 4
];
var UploadProgress$ = [3, n0, _UP,
    0,
    [_tP, _cPC],
    [1, 1]
];
var UploadRange$ = [3, n0, _UR,
    0,
    [_sI, _eI],
    [1, 1], 1
];
var UploadUrl$ = [3, n0, _UU,
    0,
    [_u, _pI, _eD],
    [0, 1, 0], 3
];
var Attachments = [1, n0, _At,
    0, () => Attachment$
];
var AttachmentSet = [1, n0, _AS,
    0, () => AttachmentDetails$
];
var CaseList = [1, n0, _CL,
    0, () => CaseDetails$
];
var CategoryList = [1, n0, _CLa,
    0, () => Category$
];
var CommunicationList = [1, n0, _CLo,
    0, () => Communication$
];
var CommunicationTypeOptionsList = [1, n0, _CTOL,
    0, () => CommunicationTypeOptions$
];
var CompletedUploadList = [1, n0, _CUL,
    0, () => CompletedUpload$
];
var DatesWithoutSupportList = [1, n0, _DWSL,
    0, () => DateInterval$
];
var ServiceList = [1, n0, _SLe,
    0, () => Service$
];
var SeverityLevelsList = [1, n0, _SLL,
    0, () => SeverityLevel$
];
var StringList = [1, n0, _SLt,
    { [_sp]: 1 }, 0
];
var SupportedHoursList = [1, n0, _SHL,
    0, () => SupportedHour$
];
var SupportedLanguagesList = [1, n0, _SLLu,
    0, () => SupportedLanguage$
];
var ThrottlingReasonList = [1, n0, _TRL,
    0, () => ThrottlingReason$
];
var TrustedAdvisorCheckList = [1, n0, _TACL,
    0, [() => TrustedAdvisorCheckDescription$,
        0]
];
var TrustedAdvisorCheckRefreshStatusList = [1, n0, _TACRSL,
    0, () => TrustedAdvisorCheckRefreshStatus$
];
var TrustedAdvisorCheckSummaryList = [1, n0, _TACSL,
    0, () => TrustedAdvisorCheckSummary$
];
var TrustedAdvisorResourceDetailList = [1, n0, _TARDL,
    0, [() => TrustedAdvisorResourceDetail$,
        0]
];
var UploadUrlList = [1, n0, _UUL,
    0, () => UploadUrl$
];
var AddAttachmentsToSet$ = [9, n0, _AATS,
    0, () => AddAttachmentsToSetRequest$, () => AddAttachmentsToSetResponse$
];
var AddCommunicationToCase$ = [9, n0, _ACTC,
    0, () => AddCommunicationToCaseRequest$, () => AddCommunicationToCaseResponse$
];
var CompleteAttachmentUpload$ = [9, n0, _CAU,
    0, () => CompleteAttachmentUploadRequest$, () => CompleteAttachmentUploadResponse$
];
var CreateCase$ = [9, n0, _CC,
    0, () => CreateCaseRequest$, () => CreateCaseResponse$
];
var DescribeAttachment$ = [9, n0, _DA,
    0, () => DescribeAttachmentRequest$, () => DescribeAttachmentResponse$
];
var DescribeAttachmentUploadStatus$ = [9, n0, _DAUS,
    0, () => DescribeAttachmentUploadStatusRequest$, () => DescribeAttachmentUploadStatusResponse$
];
var DescribeCases$ = [9, n0, _DC,
    0, () => DescribeCasesRequest$, () => DescribeCasesResponse$
];
var DescribeCommunications$ = [9, n0, _DCe,
    0, () => DescribeCommunicationsRequest$, () => DescribeCommunicationsResponse$
];
var DescribeCreateCaseOptions$ = [9, n0, _DCCO,
    0, () => DescribeCreateCaseOptionsRequest$, () => DescribeCreateCaseOptionsResponse$
];
var DescribeServices$ = [9, n0, _DS,
    0, () => DescribeServicesRequest$, () => DescribeServicesResponse$
];
var DescribeSeverityLevels$ = [9, n0, _DSL,
    0, () => DescribeSeverityLevelsRequest$, () => DescribeSeverityLevelsResponse$
];
var DescribeSupportedLanguages$ = [9, n0, _DSLe,
    0, () => DescribeSupportedLanguagesRequest$, () => DescribeSupportedLanguagesResponse$
];
var DescribeTrustedAdvisorCheckRefreshStatuses$ = [9, n0, _DTACRS,
    0, () => DescribeTrustedAdvisorCheckRefreshStatusesRequest$, () => DescribeTrustedAdvisorCheckRefreshStatusesResponse$
];
var DescribeTrustedAdvisorCheckResult$ = [9, n0, _DTACRes,
    0, () => DescribeTrustedAdvisorCheckResultRequest$, () => DescribeTrustedAdvisorCheckResultResponse$
];
var DescribeTrustedAdvisorChecks$ = [9, n0, _DTAC,
    0, () => DescribeTrustedAdvisorChecksRequest$, () => DescribeTrustedAdvisorChecksResponse$
];
var DescribeTrustedAdvisorCheckSummaries$ = [9, n0, _DTACS,
    0, () => DescribeTrustedAdvisorCheckSummariesRequest$, () => DescribeTrustedAdvisorCheckSummariesResponse$
];
var GetAttachmentDownloadLink$ = [9, n0, _GADL,
    0, () => GetAttachmentDownloadLinkRequest$, () => GetAttachmentDownloadLinkResponse$
];
var GetAttachmentUploadLinks$ = [9, n0, _GAUL,
    0, () => GetAttachmentUploadLinksRequest$, () => GetAttachmentUploadLinksResponse$
];
var RefreshTrustedAdvisorCheck$ = [9, n0, _RTAC,
    0, () => RefreshTrustedAdvisorCheckRequest$, () => RefreshTrustedAdvisorCheckResponse$
];
var ResolveCase$ = [9, n0, _RC,
    0, () => ResolveCaseRequest$, () => ResolveCaseResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2013-04-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSupportHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.support",
            errorTypeRegistries,
            xmlNamespace: "http://support.amazonaws.com/doc/2013-04-15/",
            version: "2013-04-15",
            serviceTarget: "AWSSupport_20130415",
        },
        serviceId: config?.serviceId ?? "Support",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class SupportClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultSupportHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSSupport_20130415", "SupportClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddAttachmentsToSetCommand extends command(_ep0, _mw0, "AddAttachmentsToSet", AddAttachmentsToSet$) {
}

class AddCommunicationToCaseCommand extends command(_ep0, _mw0, "AddCommunicationToCase", AddCommunicationToCase$) {
}

class CompleteAttachmentUploadCommand extends command(_ep0, _mw0, "CompleteAttachmentUpload", CompleteAttachmentUpload$) {
}

class CreateCaseCommand extends command(_ep0, _mw0, "CreateCase", CreateCase$) {
}

class DescribeAttachmentCommand extends command(_ep0, _mw0, "DescribeAttachment", DescribeAttachment$) {
}

class DescribeAttachmentUploadStatusCommand extends command(_ep0, _mw0, "DescribeAttachmentUploadStatus", DescribeAttachmentUploadStatus$) {
}

class DescribeCasesCommand extends command(_ep0, _mw0, "DescribeCases", DescribeCases$) {
}

class DescribeCommunicationsCommand extends command(_ep0, _mw0, "DescribeCommunications", DescribeCommunications$) {
}

class DescribeCreateCaseOptionsCommand extends command(_ep0, _mw0, "DescribeCreateCaseOptions", DescribeCreateCaseOptions$) {
}

class DescribeServicesCommand extends command(_ep0, _mw0, "DescribeServices", DescribeServices$) {
}

class DescribeSeverityLevelsCommand extends command(_ep0, _mw0, "DescribeSeverityLevels", DescribeSeverityLevels$) {
}

class DescribeSupportedLanguagesCommand extends command(_ep0, _mw0, "DescribeSupportedLanguages", DescribeSupportedLanguages$) {
}

class DescribeTrustedAdvisorCheckRefreshStatusesCommand extends command(_ep0, _mw0, "DescribeTrustedAdvisorCheckRefreshStatuses", DescribeTrustedAdvisorCheckRefreshStatuses$) {
}

class DescribeTrustedAdvisorCheckResultCommand extends command(_ep0, _mw0, "DescribeTrustedAdvisorCheckResult", DescribeTrustedAdvisorCheckResult$) {
}

class DescribeTrustedAdvisorChecksCommand extends command(_ep0, _mw0, "DescribeTrustedAdvisorChecks", DescribeTrustedAdvisorChecks$) {
}

class DescribeTrustedAdvisorCheckSummariesCommand extends command(_ep0, _mw0, "DescribeTrustedAdvisorCheckSummaries", DescribeTrustedAdvisorCheckSummaries$) {
}

class GetAttachmentDownloadLinkCommand extends command(_ep0, _mw0, "GetAttachmentDownloadLink", GetAttachmentDownloadLink$) {
}

class GetAttachmentUploadLinksCommand extends command(_ep0, _mw0, "GetAttachmentUploadLinks", GetAttachmentUploadLinks$) {
}

class RefreshTrustedAdvisorCheckCommand extends command(_ep0, _mw0, "RefreshTrustedAdvisorCheck", RefreshTrustedAdvisorCheck$) {
}

class ResolveCaseCommand extends command(_ep0, _mw0, "ResolveCase", ResolveCase$) {
}

const paginateDescribeCases = createPaginator(SupportClient, DescribeCasesCommand, "nextToken", "nextToken", "maxResults");

const paginateDescribeCommunications = createPaginator(SupportClient, DescribeCommunicationsCommand, "nextToken", "nextToken", "maxResults");

const commands = {
    AddAttachmentsToSetCommand,
    AddCommunicationToCaseCommand,
    CompleteAttachmentUploadCommand,
    CreateCaseCommand,
    DescribeAttachmentCommand,
    DescribeAttachmentUploadStatusCommand,
    DescribeCasesCommand,
    DescribeCommunicationsCommand,
    DescribeCreateCaseOptionsCommand,
    DescribeServicesCommand,
    DescribeSeverityLevelsCommand,
    DescribeSupportedLanguagesCommand,
    DescribeTrustedAdvisorCheckRefreshStatusesCommand,
    DescribeTrustedAdvisorCheckResultCommand,
    DescribeTrustedAdvisorChecksCommand,
    DescribeTrustedAdvisorCheckSummariesCommand,
    GetAttachmentDownloadLinkCommand,
    GetAttachmentUploadLinksCommand,
    RefreshTrustedAdvisorCheckCommand,
    ResolveCaseCommand,
};
const paginators = {
    paginateDescribeCases,
    paginateDescribeCommunications,
};
class Support extends SupportClient {
}
createAggregatedClient(commands, Support, { paginators });

const UploadStatus = {
    ATTACHMENT_NOT_READY: "attachment-not-ready",
    ATTACHMENT_READY: "attachment-ready",
    FAILED: "failed",
};

__webpack_unused_export__ = AddAttachmentsToSet$;
__webpack_unused_export__ = AddAttachmentsToSetCommand;
__webpack_unused_export__ = AddAttachmentsToSetRequest$;
__webpack_unused_export__ = AddAttachmentsToSetResponse$;
__webpack_unused_export__ = AddCommunicationToCase$;
__webpack_unused_export__ = AddCommunicationToCaseCommand;
__webpack_unused_export__ = AddCommunicationToCaseRequest$;
__webpack_unused_export__ = AddCommunicationToCaseResponse$;
__webpack_unused_export__ = Attachment$;
__webpack_unused_export__ = AttachmentDetails$;
__webpack_unused_export__ = AttachmentIdNotFound;
__webpack_unused_export__ = AttachmentIdNotFound$;
__webpack_unused_export__ = AttachmentLimitExceeded;
__webpack_unused_export__ = AttachmentLimitExceeded$;
__webpack_unused_export__ = AttachmentSetExpired;
__webpack_unused_export__ = AttachmentSetExpired$;
__webpack_unused_export__ = AttachmentSetIdNotFound;
__webpack_unused_export__ = AttachmentSetIdNotFound$;
__webpack_unused_export__ = AttachmentSetSizeLimitExceeded;
__webpack_unused_export__ = AttachmentSetSizeLimitExceeded$;
__webpack_unused_export__ = CaseCreationLimitExceeded;
__webpack_unused_export__ = CaseCreationLimitExceeded$;
__webpack_unused_export__ = CaseDetails$;
__webpack_unused_export__ = CaseIdNotFound;
__webpack_unused_export__ = CaseIdNotFound$;
__webpack_unused_export__ = Category$;
__webpack_unused_export__ = Communication$;
__webpack_unused_export__ = CommunicationTypeOptions$;
__webpack_unused_export__ = CompleteAttachmentUpload$;
__webpack_unused_export__ = CompleteAttachmentUploadCommand;
__webpack_unused_export__ = CompleteAttachmentUploadRequest$;
__webpack_unused_export__ = CompleteAttachmentUploadResponse$;
__webpack_unused_export__ = CompletedUpload$;
__webpack_unused_export__ = CreateCase$;
exports.cq = CreateCaseCommand;
__webpack_unused_export__ = CreateCaseRequest$;
__webpack_unused_export__ = CreateCaseResponse$;
__webpack_unused_export__ = DateInterval$;
__webpack_unused_export__ = DescribeAttachment$;
__webpack_unused_export__ = DescribeAttachmentCommand;
__webpack_unused_export__ = DescribeAttachmentLimitExceeded;
__webpack_unused_export__ = DescribeAttachmentLimitExceeded$;
__webpack_unused_export__ = DescribeAttachmentRequest$;
__webpack_unused_export__ = DescribeAttachmentResponse$;
__webpack_unused_export__ = DescribeAttachmentUploadStatus$;
__webpack_unused_export__ = DescribeAttachmentUploadStatusCommand;
__webpack_unused_export__ = DescribeAttachmentUploadStatusRequest$;
__webpack_unused_export__ = DescribeAttachmentUploadStatusResponse$;
__webpack_unused_export__ = DescribeCases$;
exports.mN = DescribeCasesCommand;
__webpack_unused_export__ = DescribeCasesRequest$;
__webpack_unused_export__ = DescribeCasesResponse$;
__webpack_unused_export__ = DescribeCommunications$;
__webpack_unused_export__ = DescribeCommunicationsCommand;
__webpack_unused_export__ = DescribeCommunicationsRequest$;
__webpack_unused_export__ = DescribeCommunicationsResponse$;
__webpack_unused_export__ = DescribeCreateCaseOptions$;
__webpack_unused_export__ = DescribeCreateCaseOptionsCommand;
__webpack_unused_export__ = DescribeCreateCaseOptionsRequest$;
__webpack_unused_export__ = DescribeCreateCaseOptionsResponse$;
__webpack_unused_export__ = DescribeServices$;
exports.H7 = DescribeServicesCommand;
__webpack_unused_export__ = DescribeServicesRequest$;
__webpack_unused_export__ = DescribeServicesResponse$;
__webpack_unused_export__ = DescribeSeverityLevels$;
__webpack_unused_export__ = DescribeSeverityLevelsCommand;
__webpack_unused_export__ = DescribeSeverityLevelsRequest$;
__webpack_unused_export__ = DescribeSeverityLevelsResponse$;
__webpack_unused_export__ = DescribeSupportedLanguages$;
__webpack_unused_export__ = DescribeSupportedLanguagesCommand;
__webpack_unused_export__ = DescribeSupportedLanguagesRequest$;
__webpack_unused_export__ = DescribeSupportedLanguagesResponse$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckRefreshStatuses$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckRefreshStatusesCommand;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckRefreshStatusesRequest$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckRefreshStatusesResponse$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckResult$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckResultCommand;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckResultRequest$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckResultResponse$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckSummaries$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckSummariesCommand;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckSummariesRequest$;
__webpack_unused_export__ = DescribeTrustedAdvisorCheckSummariesResponse$;
__webpack_unused_export__ = DescribeTrustedAdvisorChecks$;
__webpack_unused_export__ = DescribeTrustedAdvisorChecksCommand;
__webpack_unused_export__ = DescribeTrustedAdvisorChecksRequest$;
__webpack_unused_export__ = DescribeTrustedAdvisorChecksResponse$;
__webpack_unused_export__ = DownloadUrl$;
__webpack_unused_export__ = DryRunOperationException;
__webpack_unused_export__ = DryRunOperationException$;
__webpack_unused_export__ = GetAttachmentDownloadLink$;
__webpack_unused_export__ = GetAttachmentDownloadLinkCommand;
__webpack_unused_export__ = GetAttachmentDownloadLinkRequest$;
__webpack_unused_export__ = GetAttachmentDownloadLinkResponse$;
__webpack_unused_export__ = GetAttachmentUploadLinks$;
__webpack_unused_export__ = GetAttachmentUploadLinksCommand;
__webpack_unused_export__ = GetAttachmentUploadLinksRequest$;
__webpack_unused_export__ = GetAttachmentUploadLinksResponse$;
__webpack_unused_export__ = InternalServerError;
__webpack_unused_export__ = InternalServerError$;
__webpack_unused_export__ = RecentCaseCommunications$;
__webpack_unused_export__ = RefreshTrustedAdvisorCheck$;
__webpack_unused_export__ = RefreshTrustedAdvisorCheckCommand;
__webpack_unused_export__ = RefreshTrustedAdvisorCheckRequest$;
__webpack_unused_export__ = RefreshTrustedAdvisorCheckResponse$;
__webpack_unused_export__ = ResolveCase$;
exports.m0 = ResolveCaseCommand;
__webpack_unused_export__ = ResolveCaseRequest$;
__webpack_unused_export__ = ResolveCaseResponse$;
__webpack_unused_export__ = Service$;
__webpack_unused_export__ = SeverityLevel$;
__webpack_unused_export__ = Support;
exports.Yy = SupportClient;
__webpack_unused_export__ = SupportServiceException;
__webpack_unused_export__ = SupportServiceException$;
__webpack_unused_export__ = SupportedHour$;
__webpack_unused_export__ = SupportedLanguage$;
__webpack_unused_export__ = ThrottlingException;
__webpack_unused_export__ = ThrottlingException$;
__webpack_unused_export__ = ThrottlingReason$;
__webpack_unused_export__ = TrustedAdvisorCategorySpecificSummary$;
__webpack_unused_export__ = TrustedAdvisorCheckDescription$;
__webpack_unused_export__ = TrustedAdvisorCheckRefreshStatus$;
__webpack_unused_export__ = TrustedAdvisorCheckResult$;
__webpack_unused_export__ = TrustedAdvisorCheckSummary$;
__webpack_unused_export__ = TrustedAdvisorCostOptimizingSummary$;
__webpack_unused_export__ = TrustedAdvisorResourceDetail$;
__webpack_unused_export__ = TrustedAdvisorResourcesSummary$;
__webpack_unused_export__ = UploadIdNotFound;
__webpack_unused_export__ = UploadIdNotFound$;
__webpack_unused_export__ = UploadProgress$;
__webpack_unused_export__ = UploadRange$;
__webpack_unused_export__ = UploadStatus;
__webpack_unused_export__ = UploadUrl$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateDescribeCases;
__webpack_unused_export__ = paginateDescribeCommunications;


/***/ })

};
