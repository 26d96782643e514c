export const id = 289;
export const ids = [289];
export const modules = {

/***/ 289:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS, resolveAccountIdEndpointModeConfig } = __webpack_require__(9950);
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
exports.$Command = $Command;
exports.__Client = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { eventStreamSerdeProvider, resolveEventStreamSerdeConfig } = __webpack_require__(6579);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttp2Handler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultKinesisHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "kinesis",
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
const defaultKinesisHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "kinesis",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    AccountId: { type: "builtInParams", name: "accountId" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
    AccountIdEndpointMode: { type: "builtInParams", name: "accountIdEndpointMode" },
};

var version = "3.1142.0";
var packageInfo = {
	version: version};

const ai = "ref";
const a = -1, b = false, c = true, d = "isSet", e = "PartitionResult", f = "stringEquals", g = "substring", h = "coalesce", i = "", j = "-", k = "aws.parseArn", l = (n) => "arn_ssa_" + n + i, m = "isValidHostLabel", n = "getAttr", o = "accountId", p = "region", q = "service", s = "kinesis", t = "resourceId[0]", u = (n) => "arnType_ssa_" + n + i, v = "stream", w = "partition", x = "channel", y = "resourceId[1]", z = (n) => "resourceId_ssa_" + n + i, A = "booleanEquals", B = (n) => "https://{arn_ssa_" + n + "#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", C = (n) => "https://{arn_ssa_" + n + "#accountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}", D = (n) => "https://{arn_ssa_" + n + "#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}", E = (n) => "https://{arn_ssa_" + n + "#accountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}", F = (n) => "Partition: {arn_ssa_" + n + "#partition} from ARN doesn't match with partition name: {PartitionResult#name}.", G = (n) => "Invalid ARN: Kinesis ARNs don't support `{arnType_ssa_" + n + "}` arn types.", H = (n) => "Invalid ARN: The ARN was not for the Kinesis service, found: {arn_ssa_" + n + "#service}.", I = (n) => "https://{resourceId_ssa_" + n + "}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", J = (n) => "https://{resourceId_ssa_" + n + "}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}", K = (n) => "https://{resourceId_ssa_" + n + "}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}", L = (n) => "https://{resourceId_ssa_" + n + "}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}", M = { "fn": n, "argv": [{ [ai]: e }, "name"] }, N = { [ai]: "StreamId" }, O = { [ai]: "Endpoint" }, P = { [ai]: "arn_ssa_2" }, Q = { [ai]: "arnType_ssa_2" }, R = { [ai]: "arn_ssa_4" }, S = { [ai]: "arnType_ssa_1" }, T = { [ai]: "AccountIdEndpointMode" }, U = { [ai]: "AccountId" }, V = { [ai]: "arn_ssa_1" }, W = { [ai]: "arnType_ssa_4" }, X = { [ai]: "arn_ssa_3" }, Y = { [ai]: "arnType_ssa_3" }, Z = { [ai]: "OperationType" }, aa = { [ai]: e }, ab = {}, ac = { "metricValues": ["O"] }, ad = [{ [ai]: "Region" }], ae = [{ [ai]: "StreamARN" }], af = [{ [ai]: "ConsumerARN" }], ag = [{ [ai]: "ResourceARN" }], ah = [{ [ai]: "ChannelARN" }];
const _data = {
    conditions: [
        [d, ad],
        ["aws.partition", ad, e],
        [f, [M, "aws-iso-b"]],
        [f, [M, "aws-iso"]],
        [d, [N]],
        [g, [N, 21, 24, b], "StreamIdSuffixValue"],
        [g, [N, 0, 20, b], "StreamIdPrefixValue"],
        [f, [{ fn: h, argv: [{ fn: g, argv: [N, 20, 21, b] }, i] }, j]],
        [f, [{ fn: h, argv: [{ fn: g, argv: [N, 3, 4, c] }, i] }, j]],
        [d, [O]],
        [d, ae],
        [d, af],
        [k, af, l(2)],
        [g, [O, 15, 20, b], "HttpsCustomEndpointSuffixValue"],
        [f, [{ fn: h, argv: [{ fn: g, argv: [O, 15, 16, b] }, i] }, j]],
        [f, [{ fn: h, argv: [{ fn: g, argv: [O, 20, 21, b] }, i] }, "."]],
        [g, [O, 7, 12, b], "PlainCustomEndpointSuffixValue"],
        [m, [{ fn: n, argv: [P, o] }, b]],
        [m, [{ fn: n, argv: [P, p] }, b]],
        [f, [{ fn: n, argv: [P, q] }, s]],
        [n, [P, t], u(2)],
        [f, [Q, i]],
        [k, ae, l(4)],
        [m, [{ fn: n, argv: [R, o] }, b]],
        [f, [Q, v]],
        [m, [{ fn: n, argv: [R, p] }, b]],
        [f, [M, { fn: n, argv: [P, w] }]],
        [f, [{ fn: n, argv: [R, q] }, s]],
        [n, [R, t], u(1)],
        [f, [S, i]],
        [d, ag],
        [d, ah],
        [d, [T]],
        [d, [U]],
        [k, ah, l(1)],
        [f, [T, "disabled"]],
        [m, [U, b]],
        [m, [{ fn: n, argv: [V, o] }, b]],
        [m, [{ fn: n, argv: [V, p] }, b]],
        [f, [{ fn: n, argv: [V, q] }, s]],
        [n, [V, t], u(4)],
        [f, [W, i]],
        [f, [W, x]],
        [f, [M, { fn: n, argv: [V, w] }]],
        [k, ag, l(3)],
        [m, [{ fn: n, argv: [X, o] }, b]],
        [m, [{ fn: n, argv: [X, p] }, b]],
        [f, [{ fn: n, argv: [X, q] }, s]],
        [n, [X, t], u(3)],
        [f, [Y, i]],
        [f, [Y, v]],
        [f, [Y, x]],
        [f, [M, { fn: n, argv: [X, w] }]],
        [f, [S, v]],
        [f, [M, { fn: n, argv: [R, w] }]],
        [f, [T, "required"]],
        [d, [Z]],
        [n, [X, y], z(1)],
        [m, [{ [ai]: z(1) }, b]],
        [n, [V, y], z(2)],
        [m, [{ [ai]: z(2) }, b]],
        [f, [Z, "data"]],
        [f, [{ fn: h, argv: [{ fn: g, argv: [O, 7, 8, b] }, i] }, j]],
        [A, [{ [ai]: "UseFIPS" }, c]],
        [A, [{ [ai]: "UseDualStack" }, c]],
        [A, [{ fn: n, argv: [aa, "supportsFIPS"] }, c]],
        [A, [{ fn: n, argv: [aa, "supportsDualStack"] }, c]],
        [f, [M, "aws-us-gov"]],
        [f, [{ fn: h, argv: [{ fn: g, argv: [O, 12, 13, b] }, i] }, "."]]
    ],
    results: [
        [a],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValue}-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        [a, "DualStack is enabled, but this partition does not support DualStack."],
        [a, "FIPS is enabled, but this partition does not support FIPS."],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValue}-fips.{Region}.{PartitionResult#dnsSuffix}", ab],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValue}.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{HttpsCustomEndpointSuffixValue}.{Region}.{PartitionResult#dnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValue}-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValue}-fips.{Region}.{PartitionResult#dnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValue}.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis{PlainCustomEndpointSuffixValue}.{Region}.{PartitionResult#dnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        ["https://{StreamIdPrefixValue}.{StreamIdSuffixValue}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}", ab],
        [a, "Operation Type is not set. Please contact service team for resolution."],
        [B(4), ab],
        [C(4), ab],
        [D(4), ab],
        [E(4), ab],
        [a, F(4)],
        [a, G(1)],
        [a, "Invalid ARN: No ARN type specified"],
        [a, H(4)],
        [a, "Invalid ARN: Invalid region."],
        [a, "Invalid ARN: Invalid account id."],
        [a, "Invalid ARN: Failed to parse ARN."],
        [B(2), ab],
        [C(2), ab],
        [D(2), ab],
        [E(2), ab],
        [a, F(2)],
        [a, G(2)],
        [a, H(2)],
        [a, "Invalid ARN: Unsupported resource type `{arnType_ssa_3}`. Expected: stream or channel"],
        [B(3), ab],
        [C(3), ab],
        [D(3), ab],
        [E(3), ab],
        [I(1), ab],
        [J(1), ab],
        [K(1), ab],
        [L(1), ab],
        [a, "Invalid ARN: Invalid channel id."],
        [a, "Invalid ARN: Missing channel id."],
        [a, F(3)],
        [a, H(3)],
        [I(2), ab],
        [J(2), ab],
        [K(2), ab],
        [L(2), ab],
        [a, "ChannelARN does not support the `data` operation type."],
        [a, F(1)],
        [a, "Invalid ARN: ChannelARN only supports `channel` arn types, found: `{arnType_ssa_4}`."],
        [a, H(1)],
        ["https://{AccountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", ac],
        ["https://{AccountId}.{OperationType}-kinesis-fips.{Region}.{PartitionResult#dnsSuffix}", ac],
        ["https://{AccountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}", ac],
        ["https://{AccountId}.{OperationType}-kinesis.{Region}.{PartitionResult#dnsSuffix}", ac],
        [a, "Invalid account id."],
        [a, "AccountIdEndpointMode is required but no AccountID was provided or able to be loaded"],
        [a, "Invalid Configuration: AccountIdEndpointMode is required but account endpoints are not supported in this partition"],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [O, ab],
        ["https://kinesis-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://kinesis.{Region}.amazonaws.com", ab],
        ["https://kinesis-fips.{Region}.{PartitionResult#dnsSuffix}", ab],
        ["https://kinesis.{Region}.{PartitionResult#dualStackDnsSuffix}", ab],
        ["https://kinesis.{Region}.{PartitionResult#dnsSuffix}", ab],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 3, 4,
    1, 5, 4,
    9, 154, r + 73,
    2, 143, 6,
    3, 143, 7,
    4, 8, 12,
    5, 9, 12,
    6, 10, 12,
    7, 11, 12,
    8, 109, 12,
    9, 154, 13,
    10, 93, 14,
    11, 77, 15,
    30, 49, 16,
    31, 30, 17,
    32, 18, 146,
    33, 19, 29,
    35, 29, 20,
    36, 21, r + 61,
    56, 22, r + 17,
    63, 25, 23,
    64, 24, r + 60,
    66, r + 59, r + 7,
    64, 27, 26,
    65, r + 58, r + 5,
    65, 28, r + 3,
    66, r + 57, r + 2,
    55, r + 62, 146,
    34, 31, r + 28,
    37, 32, r + 27,
    38, 33, r + 26,
    39, 34, r + 56,
    40, 35, r + 24,
    41, r + 24, 36,
    42, 37, r + 55,
    43, 38, r + 54,
    56, 39, r + 17,
    59, 40, r + 46,
    60, 41, r + 45,
    61, r + 53, 42,
    63, 45, 43,
    64, 44, r + 52,
    66, r + 51, r + 7,
    64, 47, 46,
    65, r + 50, r + 5,
    65, 48, r + 3,
    66, r + 49, r + 2,
    44, 50, r + 28,
    45, 51, r + 27,
    46, 52, r + 26,
    47, 53, r + 48,
    48, 54, r + 24,
    49, r + 24, 55,
    50, 68, 56,
    51, 57, r + 36,
    52, 58, r + 47,
    56, 59, r + 17,
    57, 60, r + 46,
    58, 61, r + 45,
    63, 64, 62,
    64, 63, r + 44,
    66, r + 43, r + 7,
    64, 66, 65,
    65, r + 42, r + 5,
    65, 67, r + 3,
    66, r + 41, r + 2,
    52, 69, r + 47,
    56, 70, r + 17,
    63, 73, 71,
    64, 72, r + 40,
    66, r + 39, r + 7,
    64, 75, 74,
    65, r + 38, r + 5,
    65, 76, r + 3,
    66, r + 37, r + 2,
    12, 78, r + 28,
    17, 79, r + 27,
    18, 80, r + 26,
    19, 81, r + 35,
    20, 82, r + 24,
    21, r + 24, 83,
    24, 84, r + 34,
    26, 85, r + 33,
    56, 86, r + 17,
    63, 89, 87,
    64, 88, r + 32,
    66, r + 31, r + 7,
    64, 91, 90,
    65, r + 30, r + 5,
    65, 92, r + 3,
    66, r + 29, r + 2,
    22, 94, r + 28,
    23, 95, r + 27,
    25, 96, r + 26,
    27, 97, r + 25,
    28, 98, r + 24,
    29, r + 24, 99,
    53, 100, r + 23,
    54, 101, r + 22,
    56, 102, r + 17,
    63, 105, 103,
    64, 104, r + 21,
    66, r + 20, r + 7,
    64, 107, 106,
    65, r + 19, r + 5,
    65, 108, r + 3,
    66, r + 18, r + 2,
    9, 110, 114,
    13, 111, 113,
    14, 112, 113,
    15, 135, 113,
    16, 115, 114,
    56, 117, r + 17,
    56, 116, r + 17,
    62, 124, 117,
    63, 120, 118,
    64, 119, r + 16,
    66, r + 15, r + 7,
    64, 122, 121,
    65, r + 14, r + 5,
    65, 123, r + 3,
    66, r + 13, r + 2,
    63, 129, 125,
    64, 127, 126,
    68, r + 12, r + 16,
    66, 128, r + 7,
    68, r + 11, r + 15,
    64, 132, 130,
    65, 131, r + 5,
    68, r + 10, r + 14,
    65, 133, r + 3,
    66, 134, r + 2,
    68, r + 9, r + 13,
    56, 136, r + 17,
    63, 139, 137,
    64, 138, r + 8,
    66, r + 6, r + 7,
    64, 141, 140,
    65, r + 4, r + 5,
    65, 142, r + 3,
    66, r + 1, r + 2,
    9, 154, 144,
    32, 145, 146,
    55, r + 63, 146,
    63, 149, 147,
    64, 148, r + 72,
    66, r + 71, r + 7,
    64, 152, 150,
    65, 151, r + 5,
    67, r + 69, r + 70,
    65, 153, r + 68,
    66, r + 67, r + 68,
    63, r + 64, 155,
    64, r + 65, r + 66,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: [
        "AccountId",
        "AccountIdEndpointMode",
        "ChannelARN",
        "ConsumerARN",
        "Endpoint",
        "OperationType",
        "Region",
        "ResourceARN",
        "StreamARN",
        "StreamId",
        "UseDualStack",
        "UseFIPS",
    ],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class KinesisServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, KinesisServiceException.prototype);
    }
}

class AccessDeniedException extends KinesisServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
class InvalidArgumentException extends KinesisServiceException {
    name = "InvalidArgumentException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidArgumentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidArgumentException.prototype);
    }
}
class LimitExceededException extends KinesisServiceException {
    name = "LimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
    }
}
class ResourceInUseException extends KinesisServiceException {
    name = "ResourceInUseException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
    }
}
class ResourceNotFoundException extends KinesisServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class KMSAccessDeniedException extends KinesisServiceException {
    name = "KMSAccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSAccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSAccessDeniedException.prototype);
    }
}
class KMSDisabledException extends KinesisServiceException {
    name = "KMSDisabledException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSDisabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSDisabledException.prototype);
    }
}
class KMSInvalidStateException extends KinesisServiceException {
    name = "KMSInvalidStateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSInvalidStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSInvalidStateException.prototype);
    }
}
class KMSNotFoundException extends KinesisServiceException {
    name = "KMSNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSNotFoundException.prototype);
    }
}
class KMSOptInRequired extends KinesisServiceException {
    name = "KMSOptInRequired";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSOptInRequired",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSOptInRequired.prototype);
    }
}
class KMSThrottlingException extends KinesisServiceException {
    name = "KMSThrottlingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KMSThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSThrottlingException.prototype);
    }
}
class ValidationException extends KinesisServiceException {
    name = "ValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
    }
}
class DryRunOperationException extends KinesisServiceException {
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
class ExpiredIteratorException extends KinesisServiceException {
    name = "ExpiredIteratorException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ExpiredIteratorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExpiredIteratorException.prototype);
    }
}
class ExpiredNextTokenException extends KinesisServiceException {
    name = "ExpiredNextTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ExpiredNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ExpiredNextTokenException.prototype);
    }
}
class InternalFailureException extends KinesisServiceException {
    name = "InternalFailureException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalFailureException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalFailureException.prototype);
    }
}
class ProvisionedThroughputExceededException extends KinesisServiceException {
    name = "ProvisionedThroughputExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ProvisionedThroughputExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ProvisionedThroughputExceededException.prototype);
    }
}

const _AAT = "ApproximateArrivalTimestamp";
const _ADE = "AccessDeniedException";
const _APSI = "AdjacentParentShardId";
const _ASTM = "AdjacentShardToMerge";
const _ATTS = "AddTagsToStream";
const _ATTSI = "AddTagsToStreamInput";
const _BARN = "BucketARN";
const _C = "Consumer";
const _CARN = "ChannelARN";
const _CARNo = "ConsumerARN";
const _CC = "ChannelCount";
const _CCI = "CreateChannelInput";
const _CCL = "ChannelCountLimit";
const _CCO = "CreateChannelOutput";
const _CCT = "ChannelCreationTimestamp";
const _CCTo = "ConsumerCreationTimestamp";
const _CCo = "ConsumerCount";
const _CCr = "CreateChannel";
const _CD = "ChannelDescription";
const _CDT = "ChannelDestinationType";
const _CDo = "ConsumerDescription";
const _CEC = "ChannelEncryptionConfiguration";
const _CI = "ChannelId";
const _CL = "ConsumerList";
const _CLC = "ChannelLoggingConfiguration";
const _CLUI = "ChannelLoggingUpdateInput";
const _CMB = "CurrentMiBps";
const _CN = "ChannelName";
const _CNo = "ConsumerName";
const _CS = "ChannelStatus";
const _CSC = "ChannelStreamConfiguration";
const _CSCL = "ChannelStreamConfigurationList";
const _CSCu = "CurrentShardCount";
const _CSD = "ChannelStreamDescription";
const _CSDL = "ChannelStreamDescriptionList";
const _CSI = "ChannelStreamIdentifier";
const _CSIL = "ChannelStreamIdentifierList";
const _CSIr = "CreateStreamInput";
const _CSL = "ChannelSummaryList";
const _CSLM = "CurrentShardLevelMetrics";
const _CSLh = "ChildShardList";
const _CSN = "ContinuationSequenceNumber";
const _CSR = "ChannelStatusReason";
const _CSh = "ChannelSummary";
const _CSha = "ChannelSummaries";
const _CShi = "ChildShard";
const _CShil = "ChildShards";
const _CSo = "ConsumerStatus";
const _CSr = "CreateStream";
const _CT = "CompressionType";
const _CWL = "CloudWatchLogs";
const _CWLUI = "CloudWatchLogsUpdateInput";
const _Co = "Consumers";
const _D = "Data";
const _DAS = "DescribeAccountSettings";
const _DASI = "DescribeAccountSettingsInput";
const _DASO = "DescribeAccountSettingsOutput";
const _DC = "DeleteChannel";
const _DCI = "DeleteChannelInput";
const _DCIe = "DescribeChannelInput";
const _DCO = "DescribeChannelOutput";
const _DCe = "DescribeChannel";
const _DEM = "DisableEnhancedMonitoring";
const _DEMI = "DisableEnhancedMonitoringInput";
const _DFIS = "DataFreshnessInSeconds";
const _DL = "DescribeLimits";
const _DLI = "DescribeLimitsInput";
const _DLO = "DescribeLimitsOutput";
const _DLQSC = "DeadLetterQueueS3Configuration";
const _DR = "DryRun";
const _DROE = "DryRunOperationException";
const _DRP = "DeleteResourcePolicy";
const _DRPI = "DeleteResourcePolicyInput";
const _DS = "DeleteStream";
const _DSC = "DeregisterStreamConsumer";
const _DSCI = "DeregisterStreamConsumerInput";
const _DSCIe = "DescribeStreamConsumerInput";
const _DSCO = "DescribeStreamConsumerOutput";
const _DSCe = "DescribeStreamConsumer";
const _DSI = "DeleteStreamInput";
const _DSIe = "DescribeStreamInput";
const _DSLM = "DesiredShardLevelMetrics";
const _DSO = "DescribeStreamOutput";
const _DSRP = "DecreaseStreamRetentionPeriod";
const _DSRPI = "DecreaseStreamRetentionPeriodInput";
const _DSS = "DescribeStreamSummary";
const _DSSI = "DescribeStreamSummaryInput";
const _DSSO = "DescribeStreamSummaryOutput";
const _DSe = "DescribeStream";
const _E = "Enabled";
const _EA = "EndedAt";
const _EAEA = "EarliestAllowedEndAt";
const _EBO = "ExpectedBucketOwner";
const _EC = "EncryptionConfiguration";
const _ECD = "EnforceConsumerDeletion";
const _ECr = "ErrorCode";
const _EEM = "EnableEnhancedMonitoring";
const _EEMI = "EnableEnhancedMonitoringInput";
const _EHK = "EndingHashKey";
const _EHKx = "ExplicitHashKey";
const _EIE = "ExpiredIteratorException";
const _EM = "EnhancedMetrics";
const _EML = "EnhancedMonitoringList";
const _EMO = "EnhancedMonitoringOutput";
const _EMn = "EnhancedMonitoring";
const _EMr = "ErrorMessage";
const _ENTE = "ExpiredNextTokenException";
const _EOP = "ErrorOutputPrefix";
const _ES = "EventStream";
const _ESN = "EndingSequenceNumber";
const _ESSI = "ExclusiveStartShardId";
const _ESSN = "ExclusiveStartStreamName";
const _ESTK = "ExclusiveStartTagKey";
const _ET = "EncryptionType";
const _FRC = "FailedRecordCount";
const _GR = "GetRecords";
const _GRI = "GetRecordsInput";
const _GRO = "GetRecordsOutput";
const _GRP = "GetResourcePolicy";
const _GRPI = "GetResourcePolicyInput";
const _GRPO = "GetResourcePolicyOutput";
const _GSI = "GetShardIterator";
const _GSII = "GetShardIteratorInput";
const _GSIO = "GetShardIteratorOutput";
const _GSRSARN = "GSRSchemaARN";
const _HKR = "HashKeyRange";
const _HMS = "HasMoreStreams";
const _HMSa = "HasMoreShards";
const _HMT = "HasMoreTags";
const _IAE = "InvalidArgumentException";
const _IFE = "InternalFailureException";
const _ISRP = "IncreaseStreamRetentionPeriod";
const _ISRPI = "IncreaseStreamRetentionPeriodInput";
const _K = "Key";
const _KI = "KeyId";
const _KMSADE = "KMSAccessDeniedException";
const _KMSDE = "KMSDisabledException";
const _KMSISE = "KMSInvalidStateException";
const _KMSNFE = "KMSNotFoundException";
const _KMSOIR = "KMSOptInRequired";
const _KMSTE = "KMSThrottlingException";
const _L = "Limit";
const _LC = "LoggingConfiguration";
const _LCI = "ListChannelsInput";
const _LCO = "ListChannelsOutput";
const _LCi = "ListChannels";
const _LEE = "LimitExceededException";
const _LGN = "LogGroupName";
const _LS = "ListShards";
const _LSC = "ListStreamConsumers";
const _LSCI = "ListStreamConsumersInput";
const _LSCO = "ListStreamConsumersOutput";
const _LSI = "ListShardsInput";
const _LSIi = "ListStreamsInput";
const _LSN = "LogStreamName";
const _LSO = "ListShardsOutput";
const _LSOi = "ListStreamsOutput";
const _LSi = "ListStreams";
const _LTFR = "ListTagsForResource";
const _LTFRI = "ListTagsForResourceInput";
const _LTFRO = "ListTagsForResourceOutput";
const _LTFS = "ListTagsForStream";
const _LTFSI = "ListTagsForStreamInput";
const _LTFSO = "ListTagsForStreamOutput";
const _MBL = "MillisBehindLatest";
const _MR = "MaxResults";
const _MRSIKB = "MaxRecordSizeInKiB";
const _MS = "MergeShards";
const _MSI = "MergeShardsInput";
const _MTBC = "MinimumThroughputBillingCommitment";
const _MTBCI = "MinimumThroughputBillingCommitmentInput";
const _MTBCO = "MinimumThroughputBillingCommitmentOutput";
const _N = "Namespace";
const _NSHK = "NewStartingHashKey";
const _NSI = "NextShardIterator";
const _NT = "NextToken";
const _ODSC = "OnDemandStreamCount";
const _ODSCL = "OnDemandStreamCountLimit";
const _OKT = "OutputKeyTemplate";
const _OSC = "OpenShardCount";
const _P = "Policy";
const _PF = "PartitionField";
const _PFL = "PartitionFieldList";
const _PFa = "PartitionFields";
const _PK = "PartitionKey";
const _PR = "PutRecord";
const _PRI = "PutRecordInput";
const _PRIu = "PutRecordsInput";
const _PRO = "PutRecordOutput";
const _PROu = "PutRecordsOutput";
const _PRP = "PutResourcePolicy";
const _PRPI = "PutResourcePolicyInput";
const _PRRE = "PutRecordsRequestEntry";
const _PRREL = "PutRecordsRequestEntryList";
const _PRRELu = "PutRecordsResultEntryList";
const _PRREu = "PutRecordsResultEntry";
const _PRu = "PutRecords";
const _PS = "ParentShards";
const _PSI = "ParentShardId";
const _PSa = "PartitionSpec";
const _PTEE = "ProvisionedThroughputExceededException";
const _R = "Records";
const _RARN = "ResourceARN";
const _RC = "RecordConfiguration";
const _RDS = "RecordDistributionStrategy";
const _RFT = "RecordFormatType";
const _RIUE = "ResourceInUseException";
const _RL = "RecordList";
const _RNFE = "ResourceNotFoundException";
const _RPH = "RetentionPeriodHours";
const _RSC = "RegisterStreamConsumer";
const _RSCI = "RegisterStreamConsumerInput";
const _RSCO = "RegisterStreamConsumerOutput";
const _RTFS = "RemoveTagsFromStream";
const _RTFSI = "RemoveTagsFromStreamInput";
const _Re = "Record";
const _S = "Streams";
const _SA = "StartedAt";
const _SARN = "StreamARN";
const _SC = "ShardCount";
const _SCL = "StreamConfigurationList";
const _SCT = "StreamCreationTimestamp";
const _SCt = "StorageConfiguration";
const _SCto = "StorageClass";
const _SD = "StreamDescription";
const _SDC = "S3DestinationConfiguration";
const _SDD = "S3DestinationDescription";
const _SDS = "StreamDescriptionSummary";
const _SDUI = "S3DestinationUpdateInput";
const _SERARN = "ServiceExecutionRoleARN";
const _SF = "StreamFilter";
const _SFL = "StreamFilterList";
const _SFh = "ShardFilter";
const _SHK = "StartingHashKey";
const _SI = "StreamId";
const _SIT = "ShardIteratorType";
const _SIh = "ShardId";
const _SIha = "ShardIterator";
const _SL = "ShardLimit";
const _SLM = "ShardLevelMetrics";
const _SLh = "ShardList";
const _SM = "StreamMode";
const _SMD = "StreamModeDetails";
const _SN = "StreamName";
const _SNFO = "SequenceNumberForOrdering";
const _SNR = "SequenceNumberRange";
const _SNe = "SequenceNumber";
const _SNo = "SourceName";
const _SNt = "StreamNames";
const _SP = "StartingPosition";
const _SS = "StreamSummaries";
const _SSC = "S3StorageConfiguration";
const _SSE = "StartStreamEncryption";
const _SSEI = "StartStreamEncryptionInput";
const _SSEIt = "StopStreamEncryptionInput";
const _SSEt = "StopStreamEncryption";
const _SSI = "SplitShardInput";
const _SSL = "StreamSummaryList";
const _SSN = "StartingSequenceNumber";
const _SSp = "SplitShard";
const _SSt = "StreamStatus";
const _SStr = "StreamSummary";
const _ST = "ScalingType";
const _STC = "S3TablesConfiguration";
const _STCL = "S3TablesConfigurationList";
const _STDC = "S3TablesDestinationConfiguration";
const _STDD = "S3TablesDestinationDescription";
const _STDUI = "S3TablesDestinationUpdateInput";
const _STM = "ShardToMerge";
const _STS = "ShardToSplit";
const _STSE = "SubscribeToShardEvent";
const _STSES = "SubscribeToShardEventStream";
const _STSI = "SubscribeToShardInput";
const _STSO = "SubscribeToShardOutput";
const _STSu = "SubscribeToShard";
const _Sh = "Shards";
const _Sha = "Shard";
const _St = "Status";
const _T = "Tags";
const _TBARN = "TableBucketARN";
const _TK = "TagKeys";
const _TL = "TagList";
const _TMB = "TargetMiBps";
const _TN = "TableName";
const _TR = "TagResource";
const _TRI = "TagResourceInput";
const _TSC = "TargetShardCount";
const _Ta = "Tag";
const _Ti = "Timestamp";
const _Tr = "Transform";
const _Ty = "Type";
const _UAS = "UpdateAccountSettings";
const _UASI = "UpdateAccountSettingsInput";
const _UASO = "UpdateAccountSettingsOutput";
const _UC = "UpdateChannel";
const _UCI = "UpdateChannelInput";
const _UCO = "UpdateChannelOutput";
const _UMRS = "UpdateMaxRecordSize";
const _UMRSI = "UpdateMaxRecordSizeInput";
const _UR = "UntagResource";
const _URI = "UntagResourceInput";
const _USC = "UpdateShardCount";
const _USCI = "UpdateShardCountInput";
const _USCO = "UpdateShardCountOutput";
const _USM = "UpdateStreamMode";
const _USMI = "UpdateStreamModeInput";
const _USRDS = "UpdateStreamRecordDistributionStrategy";
const _USRDSI = "UpdateStreamRecordDistributionStrategyInput";
const _USWT = "UpdateStreamWarmThroughput";
const _USWTI = "UpdateStreamWarmThroughputInput";
const _USWTO = "UpdateStreamWarmThroughputOutput";
const _V = "Value";
const _VE = "ValidationException";
const _WT = "WarmThroughput";
const _WTMB = "WarmThroughputMiBps";
const _WTO = "WarmThroughputObject";
const _c = "client";
const _e = "error";
const _m = "message";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.kinesis";
const _se = "server";
const _st = "streaming";
const n0 = "com.amazonaws.kinesis";
const _s_registry = new TypeRegistry(_s);
var KinesisServiceException$ = [-3, _s, "KinesisServiceException", 0, [], []];
_s_registry.registerError(KinesisServiceException$, KinesisServiceException);
const n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var DryRunOperationException$ = [-3, n0, _DROE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DryRunOperationException$, DryRunOperationException);
var ExpiredIteratorException$ = [-3, n0, _EIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ExpiredIteratorException$, ExpiredIteratorException);
var ExpiredNextTokenException$ = [-3, n0, _ENTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ExpiredNextTokenException$, ExpiredNextTokenException);
var InternalFailureException$ = [-3, n0, _IFE,
    { [_e]: _se },
    [_m],
    [0]
];
n0_registry.registerError(InternalFailureException$, InternalFailureException);
var InvalidArgumentException$ = [-3, n0, _IAE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidArgumentException$, InvalidArgumentException);
var KMSAccessDeniedException$ = [-3, n0, _KMSADE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [-3, n0, _KMSDE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [-3, n0, _KMSISE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [-3, n0, _KMSNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var KMSOptInRequired$ = [-3, n0, _KMSOIR,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSOptInRequired$, KMSOptInRequired);
var KMSThrottlingException$ = [-3, n0, _KMSTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(KMSThrottlingException$, KMSThrottlingException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var ProvisionedThroughputExceededException$ = [-3, n0, _PTEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ProvisionedThroughputExceededException$, ProvisionedThroughputExceededException);
var ResourceInUseException$ = [-3, n0, _RIUE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AddTagsToStreamInput$ = [3, n0, _ATTSI,
    0,
    [_T, _SN, _SARN, _SI],
    [128 | 0, 0, 0, 0], 1
];
var ChannelDescription$ = [3, n0, _CD,
    0,
    [_CN, _CARN, _CI, _CS, _CCT, _SERARN, _SCL, _LC, _CSR, _SDC, _STDC, _EC],
    [0, 0, 0, 0, 4, 0, () => ChannelStreamDescriptionList, () => ChannelLoggingConfiguration$, 0, () => S3DestinationDescription$, () => S3TablesDestinationDescription$, () => ChannelEncryptionConfiguration$], 8
];
var ChannelEncryptionConfiguration$ = [3, n0, _CEC,
    0,
    [_ET, _KI],
    [0, 0], 2
];
var ChannelLoggingConfiguration$ = [3, n0, _CLC,
    0,
    [_CWL],
    [() => CloudWatchLogs$], 1
];
var ChannelLoggingUpdateInput$ = [3, n0, _CLUI,
    0,
    [_CWL],
    [() => CloudWatchLogsUpdateInput$], 1
];
var ChannelStreamConfiguration$ = [3, n0, _CSC,
    0,
    [_SARN, _RC],
    [0, () => RecordConfiguration$], 2
];
var ChannelStreamDescription$ = [3, n0, _CSD,
    0,
    [_SARN, _SCT, _RC],
    [0, 4, () => RecordConfiguration$], 3
];
var ChannelStreamIdentifier$ = [3, n0, _CSI,
    0,
    [_SARN, _SCT],
    [0, 4], 2
];
var ChannelSummary$ = [3, n0, _CSh,
    0,
    [_CN, _CARN, _CI, _CS, _CCT, _CDT, _S, _CSR],
    [0, 0, 0, 0, 4, 0, () => ChannelStreamIdentifierList, 0], 7
];
var ChildShard$ = [3, n0, _CShi,
    0,
    [_SIh, _PS, _HKR],
    [0, 64 | 0, () => HashKeyRange$], 3
];
var CloudWatchLogs$ = [3, n0, _CWL,
    0,
    [_E, _LGN, _LSN],
    [2, 0, 0], 1
];
var CloudWatchLogsUpdateInput$ = [3, n0, _CWLUI,
    0,
    [_E, _LGN, _LSN],
    [2, 0, 0], 1
];
var Consumer$ = [3, n0, _C,
    0,
    [_CNo, _CARNo, _CSo, _CCTo],
    [0, 0, 0, 4], 4
];
var ConsumerDescription$ = [3, n0, _CDo,
    0,
    [_CNo, _CARNo, _CSo, _CCTo, _SARN],
    [0, 0, 0, 4, 0], 5
];
var CreateChannelInput$ = [3, n0, _CCI,
    0,
    [_CN, _SERARN, _SCL, _SDC, _STDC, _EC, _T, _LC],
    [0, 0, () => ChannelStreamConfigurationList, () => S3DestinationConfiguration$, () => S3TablesDestinationConfiguration$, () => ChannelEncryptionConfiguration$, 128 | 0, () => ChannelLoggingConfiguration$], 3
];
var CreateChannelOutput$ = [3, n0, _CCO,
    0,
    [_CD],
    [() => ChannelDescription$], 1
];
var CreateStreamInput$ = [3, n0, _CSIr,
    0,
    [_SN, _SC, _SMD, _T, _WTMB, _MRSIKB, _RDS],
    [0, 1, () => StreamModeDetails$, 128 | 0, 1, 1, 0], 1
];
var DeadLetterQueueS3Configuration$ = [3, n0, _DLQSC,
    0,
    [_BARN, _EBO, _EOP],
    [0, 0, 0], 2
];
var DecreaseStreamRetentionPeriodInput$ = [3, n0, _DSRPI,
    0,
    [_RPH, _SN, _SARN, _SI],
    [1, 0, 0, 0], 1
];
var DeleteChannelInput$ = [3, n0, _DCI,
    0,
    [_CARN],
    [0], 1
];
var DeleteResourcePolicyInput$ = [3, n0, _DRPI,
    0,
    [_RARN, _SI],
    [0, 0], 1
];
var DeleteStreamInput$ = [3, n0, _DSI,
    0,
    [_SN, _ECD, _SARN, _SI],
    [0, 2, 0, 0]
];
var DeregisterStreamConsumerInput$ = [3, n0, _DSCI,
    0,
    [_SARN, _CNo, _CARNo, _SI],
    [0, 0, 0, 0]
];
var DescribeAccountSettingsInput$ = [3, n0, _DASI,
    0,
    [],
    []
];
var DescribeAccountSettingsOutput$ = [3, n0, _DASO,
    0,
    [_MTBC],
    [() => MinimumThroughputBillingCommitmentOutput$]
];
var DescribeChannelInput$ = [3, n0, _DCIe,
    0,
    [_CARN],
    [0], 1
];
var DescribeChannelOutput$ = [3, n0, _DCO,
    0,
    [_CD],
    [() => ChannelDescription$], 1
];
var DescribeLimitsInput$ = [3, n0, _DLI,
    0,
    [],
    []
];
var DescribeLimitsOutput$ = [3, n0, _DLO,
    0,
    [_SL, _OSC, _ODSC, _ODSCL, _CC, _CCL],
    [1, 1, 1, 1, 1, 1], 4
];
var DescribeStreamConsumerInput$ = [3, n0, _DSCIe,
    0,
    [_SARN, _CNo, _CARNo, _SI],
    [0, 0, 0, 0]
];
var DescribeStreamConsumerOutput$ = [3, n0, _DSCO,
    0,
    [_CDo],
    [() => ConsumerDescription$], 1
];
var DescribeStreamInput$ = [3, n0, _DSIe,
    0,
    [_SN, _L, _ESSI, _SARN, _SI],
    [0, 1, 0, 0, 0]
];
var DescribeStreamOutput$ = [3, n0, _DSO,
    0,
    [_SD],
    [() => StreamDescription$], 1
];
var DescribeStreamSummaryInput$ = [3, n0, _DSSI,
    0,
    [_SN, _SARN, _SI],
    [0, 0, 0]
];
var DescribeStreamSummaryOutput$ = [3, n0, _DSSO,
    0,
    [_SDS],
    [() => StreamDescriptionSummary$], 1
];
var DisableEnhancedMonitoringInput$ = [3, n0, _DEMI,
    0,
    [_SLM, _SN, _SARN, _SI],
    [64 | 0, 0, 0, 0], 1
];
var EnableEnhancedMonitoringInput$ = [3, n0, _EEMI,
    0,
    [_SLM, _SN, _SARN, _SI],
    [64 | 0, 0, 0, 0], 1
];
var EnhancedMetrics$ = [3, n0, _EM,
    0,
    [_SLM],
    [64 | 0]
];
var EnhancedMonitoringOutput$ = [3, n0, _EMO,
    0,
    [_SN, _CSLM, _DSLM, _SARN],
    [0, 64 | 0, 64 | 0, 0]
];
var GetRecordsInput$ = [3, n0, _GRI,
    0,
    [_SIha, _L, _SARN, _SI, _DR],
    [0, 1, 0, 0, 2], 1
];
var GetRecordsOutput$ = [3, n0, _GRO,
    0,
    [_R, _NSI, _MBL, _CShil],
    [() => RecordList, 0, 1, () => ChildShardList], 1
];
var GetResourcePolicyInput$ = [3, n0, _GRPI,
    0,
    [_RARN, _SI],
    [0, 0], 1
];
var GetResourcePolicyOutput$ = [3, n0, _GRPO,
    0,
    [_P],
    [0], 1
];
var GetShardIteratorInput$ = [3, n0, _GSII,
    0,
    [_SIh, _SIT, _SN, _SSN, _Ti, _SARN, _SI, _DR],
    [0, 0, 0, 0, 4, 0, 0, 2], 2
];
var GetShardIteratorOutput$ = [3, n0, _GSIO,
    0,
    [_SIha],
    [0]
];
var HashKeyRange$ = [3, n0, _HKR,
    0,
    [_SHK, _EHK],
    [0, 0], 2
];
var IncreaseStreamRetentionPeriodInput$ = [3, n0, _ISRPI,
    0,
    [_RPH, _SN, _SARN, _SI],
    [1, 0, 0, 0], 1
];
var ListChannelsInput$ = [3, n0, _LCI,
    0,
    [_SF, _MR, _NT],
    [() => StreamFilterList, 1, 0]
];
var ListChannelsOutput$ = [3, n0, _LCO,
    0,
    [_CSha, _NT],
    [() => ChannelSummaryList, 0], 1
];
var ListShardsInput$ = [3, n0, _LSI,
    0,
    [_SN, _NT, _ESSI, _MR, _SCT, _SFh, _SARN, _SI],
    [0, 0, 0, 1, 4, () => ShardFilter$, 0, 0]
];
var ListShardsOutput$ = [3, n0, _LSO,
    0,
    [_Sh, _NT],
    [() => ShardList, 0]
];
var ListStreamConsumersInput$ = [3, n0, _LSCI,
    0,
    [_SARN, _NT, _MR, _SCT, _SI],
    [0, 0, 1, 4, 0], 1
];
var ListStreamConsumersOutput$ = [3, n0, _LSCO,
    0,
    [_Co, _NT],
    [() => ConsumerList, 0]
];
var ListStreamsInput$ = [3, n0, _LSIi,
    0,
    [_L, _ESSN, _NT],
    [1, 0, 0]
];
var ListStreamsOutput$ = [3, n0, _LSOi,
    0,
    [_SNt, _HMS, _NT, _SS],
    [64 | 0, 2, 0, () => StreamSummaryList], 2
];
var ListTagsForResourceInput$ = [3, n0, _LTFRI,
    0,
    [_RARN, _SI],
    [0, 0], 1
];
var ListTagsForResourceOutput$ = [3, n0, _LTFRO,
    0,
    [_T],
    [() => TagList]
];
var ListTagsForStreamInput$ = [3, n0, _LTFSI,
    0,
    [_SN, _ESTK, _L, _SARN, _SI],
    [0, 0, 1, 0, 0]
];
var ListTagsForStreamOutput$ = [3, n0, _LTFSO,
    0,
    [_T, _HMT],
    [() => TagList, 2], 2
];
var MergeShardsInput$ = [3, n0, _MSI,
    0,
    [_STM, _ASTM, _SN, _SARN, _SI],
    [0, 0, 0, 0, 0], 2
];
var MinimumThroughputBillingCommitmentInput$ = [3, n0, _MTBCI,
    0,
    [_St],
    [0], 1
];
var MinimumThroughputBillingCommitmentOutput$ = [3, n0, _MTBCO,
    0,
    [_St, _SA, _EA, _EAEA],
    [0, 4, 4, 4], 1
];
var PartitionField$ = [3, n0, _PF,
    0,
    [_Tr, _SNo],
    [0, 0], 2
];
var PartitionSpec$ = [3, n0, _PSa,
    0,
    [_PFa],
    [() => PartitionFieldList], 1
];
var PutRecordInput$ = [3, n0, _PRI,
    0,
    [_D, _SN, _PK, _EHKx, _SNFO, _SARN, _SI, _DR],
    [21, 0, 0, 0, 0, 0, 0, 2], 1
];
var PutRecordOutput$ = [3, n0, _PRO,
    0,
    [_SIh, _SNe, _ET],
    [0, 0, 0], 2
];
var PutRecordsInput$ = [3, n0, _PRIu,
    0,
    [_R, _SN, _SARN, _SI, _DR],
    [() => PutRecordsRequestEntryList, 0, 0, 0, 2], 1
];
var PutRecordsOutput$ = [3, n0, _PROu,
    0,
    [_R, _FRC, _ET],
    [() => PutRecordsResultEntryList, 1, 0], 1
];
var PutRecordsRequestEntry$ = [3, n0, _PRRE,
    0,
    [_D, _EHKx, _PK],
    [21, 0, 0], 1
];
var PutRecordsResultEntry$ = [3, n0, _PRREu,
    0,
    [_SNe, _SIh, _ECr, _EMr],
    [0, 0, 0, 0]
];
var PutResourcePolicyInput$ = [3, n0, _PRPI,
    0,
    [_RARN, _P, _SI],
    [0, 0, 0], 2
];
var _Record$ = [3, n0, _Re,
    0,
    [_SNe, _D, _AAT, _PK, _ET],
    [0, 21, 4, 0, 0], 2
];
var RecordConfiguration$ = [3, n0, _RC,
    0,
    [_RFT, _GSRSARN],
    [0, 0], 1
];
var RegisterStreamConsumerInput$ = [3, n0, _RSCI,
    0,
    [_SARN, _CNo, _SI, _T],
    [0, 0, 0, 128 | 0], 2
];
var RegisterStreamConsumerOutput$ = [3, n0, _RSCO,
    0,
    [_C],
    [() => Consumer$], 1
];
var RemoveTagsFromStreamInput$ = [3, n0, _RTFSI,
    0,
    [_TK, _SN, _SARN, _SI],
    [64 | 0, 0, 0, 0], 1
];
var S3DestinationConfiguration$ = [3, n0, _SDC,
    0,
    [_SCt, _DFIS, _DLQSC],
    [() => S3StorageConfiguration$, 1, () => DeadLetterQueueS3Configuration$], 1
];
var S3DestinationDescription$ = [3, n0, _SDD,
    0,
    [_DFIS, _DLQSC, _SCt],
    [1, () => DeadLetterQueueS3Configuration$, () => S3StorageConfiguration$], 3
];
var S3DestinationUpdateInput$ = [3, n0, _SDUI,
    0,
    [_DFIS],
    [1], 1
];
var S3StorageConfiguration$ = [3, n0, _SSC,
    0,
    [_BARN, _EBO, _CT, _OKT, _SCto],
    [0, 0, 0, 0, 0], 3
];
var S3TablesConfiguration$ = [3, n0, _STC,
    0,
    [_TBARN, _N, _TN, _CT, _PSa],
    [0, 0, 0, 0, () => PartitionSpec$], 4
];
var S3TablesDestinationConfiguration$ = [3, n0, _STDC,
    0,
    [_DLQSC, _STCL, _DFIS],
    [() => DeadLetterQueueS3Configuration$, () => S3TablesConfigurationList, 1], 2
];
var S3TablesDestinationDescription$ = [3, n0, _STDD,
    0,
    [_DFIS, _DLQSC, _STCL],
    [1, () => DeadLetterQueueS3Configuration$, () => S3TablesConfigurationList], 3
];
var S3TablesDestinationUpdateInput$ = [3, n0, _STDUI,
    0,
    [_DFIS],
    [1], 1
];
var SequenceNumberRange$ = [3, n0, _SNR,
    0,
    [_SSN, _ESN],
    [0, 0], 1
];
var Shard$ = [3, n0, _Sha,
    0,
    [_SIh, _HKR, _SNR, _PSI, _APSI],
    [0, () => HashKeyRange$, () => SequenceNumberRange$, 0, 0], 3
];
var ShardFilter$ = [3, n0, _SFh,
    0,
    [_Ty, _SIh, _Ti],
    [0, 0, 4], 1
];
var SplitShardInput$ = [3, n0, _SSI,
    0,
    [_STS, _NSHK, _SN, _SARN, _SI],
    [0, 0, 0, 0, 0], 2
];
var StartingPosition$ = [3, n0, _SP,
    0,
    [_Ty, _SNe, _Ti],
    [0, 0, 4], 1
];
var StartStreamEncryptionInput$ = [3, n0, _SSEI,
    0,
    [_ET, _KI, _SN, _SARN, _SI],
    [0, 0, 0, 0, 0], 2
];
var StopStreamEncryptionInput$ = [3, n0, _SSEIt,
    0,
    [_ET, _KI, _SN, _SARN, _SI],
    [0, 0, 0, 0, 0], 2
];
var StreamDescription$ = [3, n0, _SD,
    0,
    [_SN, _SARN, _SSt, _Sh, _HMSa, _RPH, _SCT, _EMn, _SMD, _ET, _KI],
    [0, 0, 0, () => ShardList, 2, 1, 4, () => EnhancedMonitoringList, () => StreamModeDetails$, 0, 0], 8
];
var StreamDescriptionSummary$ = [3, n0, _SDS,
    0,
    [_SN, _SARN, _SSt, _RPH, _SCT, _EMn, _OSC, _SI, _SMD, _ET, _KI, _CCo, _WT, _MRSIKB, _CC, _RDS],
    [0, 0, 0, 1, 4, () => EnhancedMonitoringList, 1, 0, () => StreamModeDetails$, 0, 0, 1, () => WarmThroughputObject$, 1, 1, 0], 7
];
var StreamFilter$ = [3, n0, _SF,
    0,
    [_SARN, _SCT],
    [0, 4], 1
];
var StreamModeDetails$ = [3, n0, _SMD,
    0,
    [_SM],
    [0], 1
];
var StreamSummary$ = [3, n0, _SStr,
    0,
    [_SN, _SARN, _SSt, _SMD, _SCT],
    [0, 0, 0, () => StreamModeDetails$, 4], 3
];
var SubscribeToShardEvent$ = [3, n0, _STSE,
    0,
    [_R, _CSN, _MBL, _CShil],
    [() => RecordList, 0, 1, () => ChildShardList], 3
];
var SubscribeToShardInput$ = [3, n0, _STSI,
    0,
    [_CARNo, _SIh, _SP, _SI, _DR],
    [0, 0, () => StartingPosition$, 0, 2], 3
];
var SubscribeToShardOutput$ = [3, n0, _STSO,
    0,
    [_ES],
    [[() => SubscribeToShardEventStream$, 0]], 1
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _V],
    [0, 0], 1
];
var TagResourceInput$ = [3, n0, _TRI,
    0,
    [_T, _RARN, _SI],
    [128 | 0, 0, 0], 2
];
var UntagResourceInput$ = [3, n0, _URI,
    0,
    [_TK, _RARN, _SI],
    [64 | 0, 0, 0], 2
];
var UpdateAccountSettingsInput$ = [3, n0, _UASI,
    0,
    [_MTBC],
    [() => MinimumThroughputBillingCommitmentInput$], 1
];
var UpdateAccountSettingsOutput$ = [3, n0, _UASO,
    0,
    [_MTBC],
    [() => MinimumThroughputBillingCommitmentOutput$]
];
var UpdateChannelInput$ = [3, n0, _UCI,
    0,
    [_CARN, _SDC, _STDC, _LC],
    [0, () => S3DestinationUpdateInput$, () => S3TablesDestinationUpdateInput$, () => ChannelLoggingUpdateInput$], 1
];
var UpdateChannelOutput$ = [3, n0, _UCO,
    0,
    [_CD],
    [() => ChannelDescription$], 1
];
var UpdateMaxRecordSizeInput$ = [3, n0, _UMRSI,
    0,
    [_MRSIKB, _SARN, _SI],
    [1, 0, 0], 1
];
var UpdateShardCountInput$ = [3, n0, _USCI,
    0,
    [_TSC, _ST, _SN, _SARN, _SI],
    [1, 0, 0, 0, 0], 2
];
var UpdateShardCountOutput$ = [3, n0, _USCO,
    0,
    [_SN, _CSCu, _TSC, _SARN],
    [0, 1, 1, 0]
];
var UpdateStreamModeInput$ = [3, n0, _USMI,
    0,
    [_SARN, _SMD, _SI, _WTMB],
    [0, () => StreamModeDetails$, 0, 1], 2
];
var UpdateStreamRecordDistributionStrategyInput$ = [3, n0, _USRDSI,
    0,
    [_SARN, _RDS, _SI],
    [0, 0, 0], 2
];
var UpdateStreamWarmThroughputInput$ = [3, n0, _USWTI,
    0,
    [_WTMB, _SARN, _SN, _SI],
    [1, 0, 0, 0], 1
];
var UpdateStreamWarmThroughputOutput$ = [3, n0, _USWTO,
    0,
    [_SARN, _SN, _WT],
    [0, 0, () => WarmThroughputObject$]
];
var WarmThroughputObject$ = [3, n0, _WTO,
    0,
    [_TMB, _CMB],
    [1, 1]
];
var __Unit = "unit";
var ChannelStreamConfigurationList = [1, n0, _CSCL,
    0, () => ChannelStreamConfiguration$
];
var ChannelStreamDescriptionList = [1, n0, _CSDL,
    0, () => ChannelStreamDescription$
];
var ChannelStreamIdentifierList = [1, n0, _CSIL,
    0, () => ChannelStreamIdentifier$
];
var ChannelSummaryList = [1, n0, _CSL,
    0, () => ChannelSummary$
];
var ChildShardList = [1, n0, _CSLh,
    0, () => ChildShard$
];
var ConsumerList = [1, n0, _CL,
    0, () => Consumer$
];
var EnhancedMonitoringList = [1, n0, _EML,
    0, () => EnhancedMetrics$
];
var PartitionFieldList = [1, n0, _PFL,
    0, () => PartitionField$
];
var PutRecordsRequestEntryList = [1, n0, _PRREL,
    0, () => PutRecordsRequestEntry$
];
var PutRecordsResultEntryList = [1, n0, _PRRELu,
    0, () => PutRecordsResultEntry$
];
var RecordList = [1, n0, _RL,
    0, () => _Record$
];
var S3TablesConfigurationList = [1, n0, _STCL,
    0, () => S3TablesConfiguration$
];
var ShardList = [1, n0, _SLh,
    0, () => Shard$
];
var StreamFilterList = [1, n0, _SFL,
    0, () => StreamFilter$
];
var StreamSummaryList = [1, n0, _SSL,
    0, () => StreamSummary$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var SubscribeToShardEventStream$ = [4, n0, _STSES,
    { [_st]: 1 },
    [_STSE, _RNFE, _RIUE, _KMSDE, _KMSISE, _KMSADE, _KMSNFE, _KMSOIR, _KMSTE, _IFE],
    [() => SubscribeToShardEvent$, [() => ResourceNotFoundException$, 0], [() => ResourceInUseException$, 0], [() => KMSDisabledException$, 0], [() => KMSInvalidStateException$, 0], [() => KMSAccessDeniedException$, 0], [() => KMSNotFoundException$, 0], [() => KMSOptInRequired$, 0], [() => KMSThrottlingException$, 0], [() => InternalFailureException$, 0]]
];
var AddTagsToStream$ = [9, n0, _ATTS,
    0, () => AddTagsToStreamInput$, () => __Unit
];
var CreateChannel$ = [9, n0, _CCr,
    0, () => CreateChannelInput$, () => CreateChannelOutput$
];
var CreateStream$ = [9, n0, _CSr,
    0, () => CreateStreamInput$, () => __Unit
];
var DecreaseStreamRetentionPeriod$ = [9, n0, _DSRP,
    0, () => DecreaseStreamRetentionPeriodInput$, () => __Unit
];
var DeleteChannel$ = [9, n0, _DC,
    0, () => DeleteChannelInput$, () => __Unit
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    0, () => DeleteResourcePolicyInput$, () => __Unit
];
var DeleteStream$ = [9, n0, _DS,
    0, () => DeleteStreamInput$, () => __Unit
];
var DeregisterStreamConsumer$ = [9, n0, _DSC,
    0, () => DeregisterStreamConsumerInput$, () => __Unit
];
var DescribeAccountSettings$ = [9, n0, _DAS,
    0, () => DescribeAccountSettingsInput$, () => DescribeAccountSettingsOutput$
];
var DescribeChannel$ = [9, n0, _DCe,
    0, () => DescribeChannelInput$, () => DescribeChannelOutput$
];
var DescribeLimits$ = [9, n0, _DL,
    0, () => DescribeLimitsInput$, () => DescribeLimitsOutput$
];
var DescribeStream$ = [9, n0, _DSe,
    0, () => DescribeStreamInput$, () => DescribeStreamOutput$
];
var DescribeStreamConsumer$ = [9, n0, _DSCe,
    0, () => DescribeStreamConsumerInput$, () => DescribeStreamConsumerOutput$
];
var DescribeStreamSummary$ = [9, n0, _DSS,
    0, () => DescribeStreamSummaryInput$, () => DescribeStreamSummaryOutput$
];
var DisableEnhancedMonitoring$ = [9, n0, _DEM,
    0, () => DisableEnhancedMonitoringInput$, () => EnhancedMonitoringOutput$
];
var EnableEnhancedMonitoring$ = [9, n0, _EEM,
    0, () => EnableEnhancedMonitoringInput$, () => EnhancedMonitoringOutput$
];
var GetRecords$ = [9, n0, _GR,
    0, () => GetRecordsInput$, () => GetRecordsOutput$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    0, () => GetResourcePolicyInput$, () => GetResourcePolicyOutput$
];
var GetShardIterator$ = [9, n0, _GSI,
    0, () => GetShardIteratorInput$, () => GetShardIteratorOutput$
];
var IncreaseStreamRetentionPeriod$ = [9, n0, _ISRP,
    0, () => IncreaseStreamRetentionPeriodInput$, () => __Unit
];
var ListChannels$ = [9, n0, _LCi,
    0, () => ListChannelsInput$, () => ListChannelsOutput$
];
var ListShards$ = [9, n0, _LS,
    0, () => ListShardsInput$, () => ListShardsOutput$
];
var ListStreamConsumers$ = [9, n0, _LSC,
    0, () => ListStreamConsumersInput$, () => ListStreamConsumersOutput$
];
var ListStreams$ = [9, n0, _LSi,
    0, () => ListStreamsInput$, () => ListStreamsOutput$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceInput$, () => ListTagsForResourceOutput$
];
var ListTagsForStream$ = [9, n0, _LTFS,
    0, () => ListTagsForStreamInput$, () => ListTagsForStreamOutput$
];
var MergeShards$ = [9, n0, _MS,
    0, () => MergeShardsInput$, () => __Unit
];
var PutRecord$ = [9, n0, _PR,
    0, () => PutRecordInput$, () => PutRecordOutput$
];
var PutRecords$ = [9, n0, _PRu,
    0, () => PutRecordsInput$, () => PutRecordsOutput$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    0, () => PutResourcePolicyInput$, () => __Unit
];
var RegisterStreamConsumer$ = [9, n0, _RSC,
    0, () => RegisterStreamConsumerInput$, () => RegisterStreamConsumerOutput$
];
var RemoveTagsFromStream$ = [9, n0, _RTFS,
    0, () => RemoveTagsFromStreamInput$, () => __Unit
];
var SplitShard$ = [9, n0, _SSp,
    0, () => SplitShardInput$, () => __Unit
];
var StartStreamEncryption$ = [9, n0, _SSE,
    0, () => StartStreamEncryptionInput$, () => __Unit
];
var StopStreamEncryption$ = [9, n0, _SSEt,
    0, () => StopStreamEncryptionInput$, () => __Unit
];
var SubscribeToShard$ = [9, n0, _STSu,
    0, () => SubscribeToShardInput$, () => SubscribeToShardOutput$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceInput$, () => __Unit
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceInput$, () => __Unit
];
var UpdateAccountSettings$ = [9, n0, _UAS,
    0, () => UpdateAccountSettingsInput$, () => UpdateAccountSettingsOutput$
];
var UpdateChannel$ = [9, n0, _UC,
    0, () => UpdateChannelInput$, () => UpdateChannelOutput$
];
var UpdateMaxRecordSize$ = [9, n0, _UMRS,
    0, () => UpdateMaxRecordSizeInput$, () => __Unit
];
var UpdateShardCount$ = [9, n0, _USC,
    0, () => UpdateShardCountInput$, () => UpdateShardCountOutput$
];
var UpdateStreamMode$ = [9, n0, _USM,
    0, () => UpdateStreamModeInput$, () => __Unit
];
var UpdateStreamRecordDistributionStrategy$ = [9, n0, _USRDS,
    0, () => UpdateStreamRecordDistributionStrategyInput$, () => __Unit
];
var UpdateStreamWarmThroughput$ = [9, n0, _USWT,
    0, () => UpdateStreamWarmThroughputInput$, () => UpdateStreamWarmThroughputOutput$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2013-12-02",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultKinesisHttpAuthSchemeProvider,
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
            defaultNamespace: "com.amazonaws.kinesis",
            errorTypeRegistries,
            xmlNamespace: "http://kinesis.amazonaws.com/doc/2013-12-02",
            version: "2013-12-02",
            serviceTarget: "Kinesis_20131202",
        },
        serviceId: config?.serviceId ?? "Kinesis",
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
        accountIdEndpointMode: config?.accountIdEndpointMode ?? loadConfig(NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS, loaderConfig),
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttp2Handler.create(config?.requestHandler ?? (async () => ({
            ...await defaultConfigProvider(),
            disableConcurrentStreams: true
        }))),
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

class KinesisClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveAccountIdEndpointModeConfig(_config_1);
        const _config_3 = resolveUserAgentConfig(_config_2);
        const _config_4 = resolveRetryConfig(_config_3);
        const _config_5 = resolveRegionConfig(_config_4);
        const _config_6 = resolveHostHeaderConfig(_config_5);
        const _config_7 = resolveEndpointConfig(_config_6);
        const _config_8 = resolveEventStreamSerdeConfig(_config_7);
        const _config_9 = resolveHttpAuthSchemeConfig(_config_8);
        const _config_10 = resolveRuntimeExtensions(_config_9, configuration?.extensions || []);
        this.config = _config_10;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultKinesisHttpAuthSchemeParametersProvider,
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

const command = makeBuilder(commonParams, "Kinesis_20131202", "KinesisClient", getEndpointPlugin);
const _ep0 = {
    OperationType: { type: "staticContextParams", value: `control` },
    StreamId: { type: "contextParams", name: "StreamId" },
    StreamARN: { type: "contextParams", name: "StreamARN" },
};
const _ep1 = {
    OperationType: { type: "staticContextParams", value: `control` },
};
const _ep2 = {
    OperationType: { type: "staticContextParams", value: `control` },
    ChannelARN: { type: "contextParams", name: "ChannelARN" },
};
const _ep3 = {
    OperationType: { type: "staticContextParams", value: `control` },
    ResourceARN: { type: "contextParams", name: "ResourceARN" },
    StreamId: { type: "contextParams", name: "StreamId" },
};
const _ep4 = {
    OperationType: { type: "staticContextParams", value: `control` },
    StreamId: { type: "contextParams", name: "StreamId" },
    ConsumerARN: { type: "contextParams", name: "ConsumerARN" },
    StreamARN: { type: "contextParams", name: "StreamARN" },
};
const _ep5 = {
    OperationType: { type: "staticContextParams", value: `data` },
    StreamId: { type: "contextParams", name: "StreamId" },
    StreamARN: { type: "contextParams", name: "StreamARN" },
};
const _ep6 = {
    OperationType: { type: "staticContextParams", value: `data` },
    StreamId: { type: "contextParams", name: "StreamId" },
    ConsumerARN: { type: "contextParams", name: "ConsumerARN" },
};
const _mw0 = (Command, cs, config, o) => [];

class AddTagsToStreamCommand extends command(_ep0, _mw0, "AddTagsToStream", AddTagsToStream$) {
}

class CreateChannelCommand extends command(_ep1, _mw0, "CreateChannel", CreateChannel$) {
}

class CreateStreamCommand extends command(_ep1, _mw0, "CreateStream", CreateStream$) {
}

class DecreaseStreamRetentionPeriodCommand extends command(_ep0, _mw0, "DecreaseStreamRetentionPeriod", DecreaseStreamRetentionPeriod$) {
}

class DeleteChannelCommand extends command(_ep2, _mw0, "DeleteChannel", DeleteChannel$) {
}

class DeleteResourcePolicyCommand extends command(_ep3, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class DeleteStreamCommand extends command(_ep0, _mw0, "DeleteStream", DeleteStream$) {
}

class DeregisterStreamConsumerCommand extends command(_ep4, _mw0, "DeregisterStreamConsumer", DeregisterStreamConsumer$) {
}

class DescribeAccountSettingsCommand extends command(_ep1, _mw0, "DescribeAccountSettings", DescribeAccountSettings$) {
}

class DescribeChannelCommand extends command(_ep2, _mw0, "DescribeChannel", DescribeChannel$) {
}

class DescribeLimitsCommand extends command(_ep1, _mw0, "DescribeLimits", DescribeLimits$) {
}

class DescribeStreamCommand extends command(_ep0, _mw0, "DescribeStream", DescribeStream$) {
}

class DescribeStreamConsumerCommand extends command(_ep4, _mw0, "DescribeStreamConsumer", DescribeStreamConsumer$) {
}

class DescribeStreamSummaryCommand extends command(_ep0, _mw0, "DescribeStreamSummary", DescribeStreamSummary$) {
}

class DisableEnhancedMonitoringCommand extends command(_ep0, _mw0, "DisableEnhancedMonitoring", DisableEnhancedMonitoring$) {
}

class EnableEnhancedMonitoringCommand extends command(_ep0, _mw0, "EnableEnhancedMonitoring", EnableEnhancedMonitoring$) {
}

class GetRecordsCommand extends command(_ep5, _mw0, "GetRecords", GetRecords$) {
}

class GetResourcePolicyCommand extends command(_ep3, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetShardIteratorCommand extends command(_ep5, _mw0, "GetShardIterator", GetShardIterator$) {
}

class IncreaseStreamRetentionPeriodCommand extends command(_ep0, _mw0, "IncreaseStreamRetentionPeriod", IncreaseStreamRetentionPeriod$) {
}

class ListChannelsCommand extends command(_ep1, _mw0, "ListChannels", ListChannels$) {
}

class ListShardsCommand extends command(_ep0, _mw0, "ListShards", ListShards$) {
}

class ListStreamConsumersCommand extends command(_ep0, _mw0, "ListStreamConsumers", ListStreamConsumers$) {
}

class ListStreamsCommand extends command(_ep1, _mw0, "ListStreams", ListStreams$) {
}

class ListTagsForResourceCommand extends command(_ep3, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListTagsForStreamCommand extends command(_ep0, _mw0, "ListTagsForStream", ListTagsForStream$) {
}

class MergeShardsCommand extends command(_ep0, _mw0, "MergeShards", MergeShards$) {
}

class PutRecordCommand extends command(_ep5, _mw0, "PutRecord", PutRecord$) {
}

class PutRecordsCommand extends command(_ep5, _mw0, "PutRecords", PutRecords$) {
}

class PutResourcePolicyCommand extends command(_ep3, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class RegisterStreamConsumerCommand extends command(_ep0, _mw0, "RegisterStreamConsumer", RegisterStreamConsumer$) {
}

class RemoveTagsFromStreamCommand extends command(_ep0, _mw0, "RemoveTagsFromStream", RemoveTagsFromStream$) {
}

class SplitShardCommand extends command(_ep0, _mw0, "SplitShard", SplitShard$) {
}

class StartStreamEncryptionCommand extends command(_ep0, _mw0, "StartStreamEncryption", StartStreamEncryption$) {
}

class StopStreamEncryptionCommand extends command(_ep0, _mw0, "StopStreamEncryption", StopStreamEncryption$) {
}

class SubscribeToShardCommand extends command(_ep6, _mw0, "SubscribeToShard", SubscribeToShard$) {
}

class TagResourceCommand extends command(_ep3, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep3, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAccountSettingsCommand extends command(_ep1, _mw0, "UpdateAccountSettings", UpdateAccountSettings$) {
}

class UpdateChannelCommand extends command(_ep2, _mw0, "UpdateChannel", UpdateChannel$) {
}

class UpdateMaxRecordSizeCommand extends command(_ep0, _mw0, "UpdateMaxRecordSize", UpdateMaxRecordSize$) {
}

class UpdateShardCountCommand extends command(_ep0, _mw0, "UpdateShardCount", UpdateShardCount$) {
}

class UpdateStreamModeCommand extends command(_ep0, _mw0, "UpdateStreamMode", UpdateStreamMode$) {
}

class UpdateStreamRecordDistributionStrategyCommand extends command(_ep0, _mw0, "UpdateStreamRecordDistributionStrategy", UpdateStreamRecordDistributionStrategy$) {
}

class UpdateStreamWarmThroughputCommand extends command(_ep0, _mw0, "UpdateStreamWarmThroughput", UpdateStreamWarmThroughput$) {
}

const paginateListChannels = createPaginator(KinesisClient, ListChannelsCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStreamConsumers = createPaginator(KinesisClient, ListStreamConsumersCommand, "NextToken", "NextToken", "MaxResults");

const paginateListStreams = createPaginator(KinesisClient, ListStreamsCommand, "NextToken", "NextToken", "Limit");

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeChannelCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.ChannelDescription.ChannelStatus;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ChannelDescription.ChannelStatus;
            };
            if (returnComparator() === "CREATING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ChannelDescription.ChannelStatus;
            };
            if (returnComparator() === "UPDATING") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ChannelDescription.ChannelStatus;
            };
            if (returnComparator() === "DELETING") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.ChannelDescription.ChannelStatus;
            };
            if (returnComparator() === "FAILED") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForChannelActive = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilChannelActive = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStreamCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.StreamDescription.StreamStatus;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStreamExists = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilStreamExists = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeStreamCommand(input));
        reason = result;
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForStreamNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilStreamNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 10, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddTagsToStreamCommand,
    CreateChannelCommand,
    CreateStreamCommand,
    DecreaseStreamRetentionPeriodCommand,
    DeleteChannelCommand,
    DeleteResourcePolicyCommand,
    DeleteStreamCommand,
    DeregisterStreamConsumerCommand,
    DescribeAccountSettingsCommand,
    DescribeChannelCommand,
    DescribeLimitsCommand,
    DescribeStreamCommand,
    DescribeStreamConsumerCommand,
    DescribeStreamSummaryCommand,
    DisableEnhancedMonitoringCommand,
    EnableEnhancedMonitoringCommand,
    GetRecordsCommand,
    GetResourcePolicyCommand,
    GetShardIteratorCommand,
    IncreaseStreamRetentionPeriodCommand,
    ListChannelsCommand,
    ListShardsCommand,
    ListStreamConsumersCommand,
    ListStreamsCommand,
    ListTagsForResourceCommand,
    ListTagsForStreamCommand,
    MergeShardsCommand,
    PutRecordCommand,
    PutRecordsCommand,
    PutResourcePolicyCommand,
    RegisterStreamConsumerCommand,
    RemoveTagsFromStreamCommand,
    SplitShardCommand,
    StartStreamEncryptionCommand,
    StopStreamEncryptionCommand,
    SubscribeToShardCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAccountSettingsCommand,
    UpdateChannelCommand,
    UpdateMaxRecordSizeCommand,
    UpdateShardCountCommand,
    UpdateStreamModeCommand,
    UpdateStreamRecordDistributionStrategyCommand,
    UpdateStreamWarmThroughputCommand,
};
const paginators = {
    paginateListChannels,
    paginateListStreamConsumers,
    paginateListStreams,
};
const waiters = {
    waitUntilChannelActive,
    waitUntilStreamExists,
    waitUntilStreamNotExists,
};
class Kinesis extends KinesisClient {
}
createAggregatedClient(commands, Kinesis, { paginators, waiters });

const ChannelStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATING: "UPDATING",
};
const ChannelEncryptionType = {
    KMS: "KMS",
};
const S3CompressionType = {
    GZIP: "GZIP",
    NONE: "NONE",
    ZSTD: "ZSTD",
};
const S3StorageClass = {
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    STANDARD: "STANDARD",
};
const S3TablesCompressionType = {
    NONE: "NONE",
    SNAPPY: "SNAPPY",
    ZSTD: "ZSTD",
};
const PartitionTransform = {
    TIME_HOUR: "TIME_HOUR",
};
const RecordFormatType = {
    BYTE_ARRAY: "BYTE_ARRAY",
    GSR_JSON: "GSR_JSON",
    JSON: "JSON",
    STRING: "STRING",
};
const ChannelDestinationType = {
    S3: "S3",
    S3_TABLES: "S3_TABLES",
};
const ConsumerStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
};
const RecordDistributionStrategy = {
    AUTO: "AUTO",
    USER_PARTITION_KEY: "USER_PARTITION_KEY",
};
const StreamMode = {
    ON_DEMAND: "ON_DEMAND",
    PROVISIONED: "PROVISIONED",
};
const MinimumThroughputBillingCommitmentOutputStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
    ENABLED_UNTIL_EARLIEST_ALLOWED_END: "ENABLED_UNTIL_EARLIEST_ALLOWED_END",
};
const EncryptionType = {
    KMS: "KMS",
    NONE: "NONE",
};
const MetricsName = {
    ALL: "ALL",
    INCOMING_BYTES: "IncomingBytes",
    INCOMING_RECORDS: "IncomingRecords",
    ITERATOR_AGE_MILLISECONDS: "IteratorAgeMilliseconds",
    OUTGOING_BYTES: "OutgoingBytes",
    OUTGOING_RECORDS: "OutgoingRecords",
    READ_PROVISIONED_THROUGHPUT_EXCEEDED: "ReadProvisionedThroughputExceeded",
    WRITE_PROVISIONED_THROUGHPUT_EXCEEDED: "WriteProvisionedThroughputExceeded",
};
const StreamStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    UPDATING: "UPDATING",
};
const ShardIteratorType = {
    AFTER_SEQUENCE_NUMBER: "AFTER_SEQUENCE_NUMBER",
    AT_SEQUENCE_NUMBER: "AT_SEQUENCE_NUMBER",
    AT_TIMESTAMP: "AT_TIMESTAMP",
    LATEST: "LATEST",
    TRIM_HORIZON: "TRIM_HORIZON",
};
const ShardFilterType = {
    AFTER_SHARD_ID: "AFTER_SHARD_ID",
    AT_LATEST: "AT_LATEST",
    AT_TIMESTAMP: "AT_TIMESTAMP",
    AT_TRIM_HORIZON: "AT_TRIM_HORIZON",
    FROM_TIMESTAMP: "FROM_TIMESTAMP",
    FROM_TRIM_HORIZON: "FROM_TRIM_HORIZON",
};
const MinimumThroughputBillingCommitmentInputStatus = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ScalingType = {
    UNIFORM_SCALING: "UNIFORM_SCALING",
};

exports.AccessDeniedException = AccessDeniedException;
exports.AccessDeniedException$ = AccessDeniedException$;
exports.AddTagsToStream$ = AddTagsToStream$;
exports.AddTagsToStreamCommand = AddTagsToStreamCommand;
exports.AddTagsToStreamInput$ = AddTagsToStreamInput$;
exports.ChannelDescription$ = ChannelDescription$;
exports.ChannelDestinationType = ChannelDestinationType;
exports.ChannelEncryptionConfiguration$ = ChannelEncryptionConfiguration$;
exports.ChannelEncryptionType = ChannelEncryptionType;
exports.ChannelLoggingConfiguration$ = ChannelLoggingConfiguration$;
exports.ChannelLoggingUpdateInput$ = ChannelLoggingUpdateInput$;
exports.ChannelStatus = ChannelStatus;
exports.ChannelStreamConfiguration$ = ChannelStreamConfiguration$;
exports.ChannelStreamDescription$ = ChannelStreamDescription$;
exports.ChannelStreamIdentifier$ = ChannelStreamIdentifier$;
exports.ChannelSummary$ = ChannelSummary$;
exports.ChildShard$ = ChildShard$;
exports.CloudWatchLogs$ = CloudWatchLogs$;
exports.CloudWatchLogsUpdateInput$ = CloudWatchLogsUpdateInput$;
exports.Consumer$ = Consumer$;
exports.ConsumerDescription$ = ConsumerDescription$;
exports.ConsumerStatus = ConsumerStatus;
exports.CreateChannel$ = CreateChannel$;
exports.CreateChannelCommand = CreateChannelCommand;
exports.CreateChannelInput$ = CreateChannelInput$;
exports.CreateChannelOutput$ = CreateChannelOutput$;
exports.CreateStream$ = CreateStream$;
exports.CreateStreamCommand = CreateStreamCommand;
exports.CreateStreamInput$ = CreateStreamInput$;
exports.DeadLetterQueueS3Configuration$ = DeadLetterQueueS3Configuration$;
exports.DecreaseStreamRetentionPeriod$ = DecreaseStreamRetentionPeriod$;
exports.DecreaseStreamRetentionPeriodCommand = DecreaseStreamRetentionPeriodCommand;
exports.DecreaseStreamRetentionPeriodInput$ = DecreaseStreamRetentionPeriodInput$;
exports.DeleteChannel$ = DeleteChannel$;
exports.DeleteChannelCommand = DeleteChannelCommand;
exports.DeleteChannelInput$ = DeleteChannelInput$;
exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
exports.DeleteResourcePolicyInput$ = DeleteResourcePolicyInput$;
exports.DeleteStream$ = DeleteStream$;
exports.DeleteStreamCommand = DeleteStreamCommand;
exports.DeleteStreamInput$ = DeleteStreamInput$;
exports.DeregisterStreamConsumer$ = DeregisterStreamConsumer$;
exports.DeregisterStreamConsumerCommand = DeregisterStreamConsumerCommand;
exports.DeregisterStreamConsumerInput$ = DeregisterStreamConsumerInput$;
exports.DescribeAccountSettings$ = DescribeAccountSettings$;
exports.DescribeAccountSettingsCommand = DescribeAccountSettingsCommand;
exports.DescribeAccountSettingsInput$ = DescribeAccountSettingsInput$;
exports.DescribeAccountSettingsOutput$ = DescribeAccountSettingsOutput$;
exports.DescribeChannel$ = DescribeChannel$;
exports.DescribeChannelCommand = DescribeChannelCommand;
exports.DescribeChannelInput$ = DescribeChannelInput$;
exports.DescribeChannelOutput$ = DescribeChannelOutput$;
exports.DescribeLimits$ = DescribeLimits$;
exports.DescribeLimitsCommand = DescribeLimitsCommand;
exports.DescribeLimitsInput$ = DescribeLimitsInput$;
exports.DescribeLimitsOutput$ = DescribeLimitsOutput$;
exports.DescribeStream$ = DescribeStream$;
exports.DescribeStreamCommand = DescribeStreamCommand;
exports.DescribeStreamConsumer$ = DescribeStreamConsumer$;
exports.DescribeStreamConsumerCommand = DescribeStreamConsumerCommand;
exports.DescribeStreamConsumerInput$ = DescribeStreamConsumerInput$;
exports.DescribeStreamConsumerOutput$ = DescribeStreamConsumerOutput$;
exports.DescribeStreamInput$ = DescribeStreamInput$;
exports.DescribeStreamOutput$ = DescribeStreamOutput$;
exports.DescribeStreamSummary$ = DescribeStreamSummary$;
exports.DescribeStreamSummaryCommand = DescribeStreamSummaryCommand;
exports.DescribeStreamSummaryInput$ = DescribeStreamSummaryInput$;
exports.DescribeStreamSummaryOutput$ = DescribeStreamSummaryOutput$;
exports.DisableEnhancedMonitoring$ = DisableEnhancedMonitoring$;
exports.DisableEnhancedMonitoringCommand = DisableEnhancedMonitoringCommand;
exports.DisableEnhancedMonitoringInput$ = DisableEnhancedMonitoringInput$;
exports.DryRunOperationException = DryRunOperationException;
exports.DryRunOperationException$ = DryRunOperationException$;
exports.EnableEnhancedMonitoring$ = EnableEnhancedMonitoring$;
exports.EnableEnhancedMonitoringCommand = EnableEnhancedMonitoringCommand;
exports.EnableEnhancedMonitoringInput$ = EnableEnhancedMonitoringInput$;
exports.EncryptionType = EncryptionType;
exports.EnhancedMetrics$ = EnhancedMetrics$;
exports.EnhancedMonitoringOutput$ = EnhancedMonitoringOutput$;
exports.ExpiredIteratorException = ExpiredIteratorException;
exports.ExpiredIteratorException$ = ExpiredIteratorException$;
exports.ExpiredNextTokenException = ExpiredNextTokenException;
exports.ExpiredNextTokenException$ = ExpiredNextTokenException$;
exports.GetRecords$ = GetRecords$;
exports.GetRecordsCommand = GetRecordsCommand;
exports.GetRecordsInput$ = GetRecordsInput$;
exports.GetRecordsOutput$ = GetRecordsOutput$;
exports.GetResourcePolicy$ = GetResourcePolicy$;
exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
exports.GetResourcePolicyInput$ = GetResourcePolicyInput$;
exports.GetResourcePolicyOutput$ = GetResourcePolicyOutput$;
exports.GetShardIterator$ = GetShardIterator$;
exports.GetShardIteratorCommand = GetShardIteratorCommand;
exports.GetShardIteratorInput$ = GetShardIteratorInput$;
exports.GetShardIteratorOutput$ = GetShardIteratorOutput$;
exports.HashKeyRange$ = HashKeyRange$;
exports.IncreaseStreamRetentionPeriod$ = IncreaseStreamRetentionPeriod$;
exports.IncreaseStreamRetentionPeriodCommand = IncreaseStreamRetentionPeriodCommand;
exports.IncreaseStreamRetentionPeriodInput$ = IncreaseStreamRetentionPeriodInput$;
exports.InternalFailureException = InternalFailureException;
exports.InternalFailureException$ = InternalFailureException$;
exports.InvalidArgumentException = InvalidArgumentException;
exports.InvalidArgumentException$ = InvalidArgumentException$;
exports.KMSAccessDeniedException = KMSAccessDeniedException;
exports.KMSAccessDeniedException$ = KMSAccessDeniedException$;
exports.KMSDisabledException = KMSDisabledException;
exports.KMSDisabledException$ = KMSDisabledException$;
exports.KMSInvalidStateException = KMSInvalidStateException;
exports.KMSInvalidStateException$ = KMSInvalidStateException$;
exports.KMSNotFoundException = KMSNotFoundException;
exports.KMSNotFoundException$ = KMSNotFoundException$;
exports.KMSOptInRequired = KMSOptInRequired;
exports.KMSOptInRequired$ = KMSOptInRequired$;
exports.KMSThrottlingException = KMSThrottlingException;
exports.KMSThrottlingException$ = KMSThrottlingException$;
exports.Kinesis = Kinesis;
exports.KinesisClient = KinesisClient;
exports.KinesisServiceException = KinesisServiceException;
exports.KinesisServiceException$ = KinesisServiceException$;
exports.LimitExceededException = LimitExceededException;
exports.LimitExceededException$ = LimitExceededException$;
exports.ListChannels$ = ListChannels$;
exports.ListChannelsCommand = ListChannelsCommand;
exports.ListChannelsInput$ = ListChannelsInput$;
exports.ListChannelsOutput$ = ListChannelsOutput$;
exports.ListShards$ = ListShards$;
exports.ListShardsCommand = ListShardsCommand;
exports.ListShardsInput$ = ListShardsInput$;
exports.ListShardsOutput$ = ListShardsOutput$;
exports.ListStreamConsumers$ = ListStreamConsumers$;
exports.ListStreamConsumersCommand = ListStreamConsumersCommand;
exports.ListStreamConsumersInput$ = ListStreamConsumersInput$;
exports.ListStreamConsumersOutput$ = ListStreamConsumersOutput$;
exports.ListStreams$ = ListStreams$;
exports.ListStreamsCommand = ListStreamsCommand;
exports.ListStreamsInput$ = ListStreamsInput$;
exports.ListStreamsOutput$ = ListStreamsOutput$;
exports.ListTagsForResource$ = ListTagsForResource$;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListTagsForResourceInput$ = ListTagsForResourceInput$;
exports.ListTagsForResourceOutput$ = ListTagsForResourceOutput$;
exports.ListTagsForStream$ = ListTagsForStream$;
exports.ListTagsForStreamCommand = ListTagsForStreamCommand;
exports.ListTagsForStreamInput$ = ListTagsForStreamInput$;
exports.ListTagsForStreamOutput$ = ListTagsForStreamOutput$;
exports.MergeShards$ = MergeShards$;
exports.MergeShardsCommand = MergeShardsCommand;
exports.MergeShardsInput$ = MergeShardsInput$;
exports.MetricsName = MetricsName;
exports.MinimumThroughputBillingCommitmentInput$ = MinimumThroughputBillingCommitmentInput$;
exports.MinimumThroughputBillingCommitmentInputStatus = MinimumThroughputBillingCommitmentInputStatus;
exports.MinimumThroughputBillingCommitmentOutput$ = MinimumThroughputBillingCommitmentOutput$;
exports.MinimumThroughputBillingCommitmentOutputStatus = MinimumThroughputBillingCommitmentOutputStatus;
exports.PartitionField$ = PartitionField$;
exports.PartitionSpec$ = PartitionSpec$;
exports.PartitionTransform = PartitionTransform;
exports.ProvisionedThroughputExceededException = ProvisionedThroughputExceededException;
exports.ProvisionedThroughputExceededException$ = ProvisionedThroughputExceededException$;
exports.PutRecord$ = PutRecord$;
exports.PutRecordCommand = PutRecordCommand;
exports.PutRecordInput$ = PutRecordInput$;
exports.PutRecordOutput$ = PutRecordOutput$;
exports.PutRecords$ = PutRecords$;
exports.PutRecordsCommand = PutRecordsCommand;
exports.PutRecordsInput$ = PutRecordsInput$;
exports.PutRecordsOutput$ = PutRecordsOutput$;
exports.PutRecordsRequestEntry$ = PutRecordsRequestEntry$;
exports.PutRecordsResultEntry$ = PutRecordsResultEntry$;
exports.PutResourcePolicy$ = PutResourcePolicy$;
exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
exports.PutResourcePolicyInput$ = PutResourcePolicyInput$;
exports.RecordConfiguration$ = RecordConfiguration$;
exports.RecordDistributionStrategy = RecordDistributionStrategy;
exports.RecordFormatType = RecordFormatType;
exports.RegisterStreamConsumer$ = RegisterStreamConsumer$;
exports.RegisterStreamConsumerCommand = RegisterStreamConsumerCommand;
exports.RegisterStreamConsumerInput$ = RegisterStreamConsumerInput$;
exports.RegisterStreamConsumerOutput$ = RegisterStreamConsumerOutput$;
exports.RemoveTagsFromStream$ = RemoveTagsFromStream$;
exports.RemoveTagsFromStreamCommand = RemoveTagsFromStreamCommand;
exports.RemoveTagsFromStreamInput$ = RemoveTagsFromStreamInput$;
exports.ResourceInUseException = ResourceInUseException;
exports.ResourceInUseException$ = ResourceInUseException$;
exports.ResourceNotFoundException = ResourceNotFoundException;
exports.ResourceNotFoundException$ = ResourceNotFoundException$;
exports.S3CompressionType = S3CompressionType;
exports.S3DestinationConfiguration$ = S3DestinationConfiguration$;
exports.S3DestinationDescription$ = S3DestinationDescription$;
exports.S3DestinationUpdateInput$ = S3DestinationUpdateInput$;
exports.S3StorageClass = S3StorageClass;
exports.S3StorageConfiguration$ = S3StorageConfiguration$;
exports.S3TablesCompressionType = S3TablesCompressionType;
exports.S3TablesConfiguration$ = S3TablesConfiguration$;
exports.S3TablesDestinationConfiguration$ = S3TablesDestinationConfiguration$;
exports.S3TablesDestinationDescription$ = S3TablesDestinationDescription$;
exports.S3TablesDestinationUpdateInput$ = S3TablesDestinationUpdateInput$;
exports.ScalingType = ScalingType;
exports.SequenceNumberRange$ = SequenceNumberRange$;
exports.Shard$ = Shard$;
exports.ShardFilter$ = ShardFilter$;
exports.ShardFilterType = ShardFilterType;
exports.ShardIteratorType = ShardIteratorType;
exports.SplitShard$ = SplitShard$;
exports.SplitShardCommand = SplitShardCommand;
exports.SplitShardInput$ = SplitShardInput$;
exports.StartStreamEncryption$ = StartStreamEncryption$;
exports.StartStreamEncryptionCommand = StartStreamEncryptionCommand;
exports.StartStreamEncryptionInput$ = StartStreamEncryptionInput$;
exports.StartingPosition$ = StartingPosition$;
exports.StopStreamEncryption$ = StopStreamEncryption$;
exports.StopStreamEncryptionCommand = StopStreamEncryptionCommand;
exports.StopStreamEncryptionInput$ = StopStreamEncryptionInput$;
exports.StreamDescription$ = StreamDescription$;
exports.StreamDescriptionSummary$ = StreamDescriptionSummary$;
exports.StreamFilter$ = StreamFilter$;
exports.StreamMode = StreamMode;
exports.StreamModeDetails$ = StreamModeDetails$;
exports.StreamStatus = StreamStatus;
exports.StreamSummary$ = StreamSummary$;
exports.SubscribeToShard$ = SubscribeToShard$;
exports.SubscribeToShardCommand = SubscribeToShardCommand;
exports.SubscribeToShardEvent$ = SubscribeToShardEvent$;
exports.SubscribeToShardEventStream$ = SubscribeToShardEventStream$;
exports.SubscribeToShardInput$ = SubscribeToShardInput$;
exports.SubscribeToShardOutput$ = SubscribeToShardOutput$;
exports.Tag$ = Tag$;
exports.TagResource$ = TagResource$;
exports.TagResourceCommand = TagResourceCommand;
exports.TagResourceInput$ = TagResourceInput$;
exports.UntagResource$ = UntagResource$;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UntagResourceInput$ = UntagResourceInput$;
exports.UpdateAccountSettings$ = UpdateAccountSettings$;
exports.UpdateAccountSettingsCommand = UpdateAccountSettingsCommand;
exports.UpdateAccountSettingsInput$ = UpdateAccountSettingsInput$;
exports.UpdateAccountSettingsOutput$ = UpdateAccountSettingsOutput$;
exports.UpdateChannel$ = UpdateChannel$;
exports.UpdateChannelCommand = UpdateChannelCommand;
exports.UpdateChannelInput$ = UpdateChannelInput$;
exports.UpdateChannelOutput$ = UpdateChannelOutput$;
exports.UpdateMaxRecordSize$ = UpdateMaxRecordSize$;
exports.UpdateMaxRecordSizeCommand = UpdateMaxRecordSizeCommand;
exports.UpdateMaxRecordSizeInput$ = UpdateMaxRecordSizeInput$;
exports.UpdateShardCount$ = UpdateShardCount$;
exports.UpdateShardCountCommand = UpdateShardCountCommand;
exports.UpdateShardCountInput$ = UpdateShardCountInput$;
exports.UpdateShardCountOutput$ = UpdateShardCountOutput$;
exports.UpdateStreamMode$ = UpdateStreamMode$;
exports.UpdateStreamModeCommand = UpdateStreamModeCommand;
exports.UpdateStreamModeInput$ = UpdateStreamModeInput$;
exports.UpdateStreamRecordDistributionStrategy$ = UpdateStreamRecordDistributionStrategy$;
exports.UpdateStreamRecordDistributionStrategyCommand = UpdateStreamRecordDistributionStrategyCommand;
exports.UpdateStreamRecordDistributionStrategyInput$ = UpdateStreamRecordDistributionStrategyInput$;
exports.UpdateStreamWarmThroughput$ = UpdateStreamWarmThroughput$;
exports.UpdateStreamWarmThroughputCommand = UpdateStreamWarmThroughputCommand;
exports.UpdateStreamWarmThroughputInput$ = UpdateStreamWarmThroughputInput$;
exports.UpdateStreamWarmThroughputOutput$ = UpdateStreamWarmThroughputOutput$;
exports.ValidationException = ValidationException;
exports.ValidationException$ = ValidationException$;
exports.WarmThroughputObject$ = WarmThroughputObject$;
exports._Record$ = _Record$;
exports.errorTypeRegistries = errorTypeRegistries;
exports.paginateListChannels = paginateListChannels;
exports.paginateListStreamConsumers = paginateListStreamConsumers;
exports.paginateListStreams = paginateListStreams;
exports.waitForChannelActive = waitForChannelActive;
exports.waitForStreamExists = waitForStreamExists;
exports.waitForStreamNotExists = waitForStreamNotExists;
exports.waitUntilChannelActive = waitUntilChannelActive;
exports.waitUntilStreamExists = waitUntilStreamExists;
exports.waitUntilStreamNotExists = waitUntilStreamNotExists;


/***/ }),

/***/ 9950:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { normalizeProvider } = __webpack_require__(2658);

const DEFAULT_ACCOUNT_ID_ENDPOINT_MODE = "preferred";
const ACCOUNT_ID_ENDPOINT_MODE_VALUES = ["disabled", "preferred", "required"];
function validateAccountIdEndpointMode(value) {
    return ACCOUNT_ID_ENDPOINT_MODE_VALUES.includes(value);
}

const resolveAccountIdEndpointModeConfig = (input) => {
    const { accountIdEndpointMode } = input;
    const accountIdEndpointModeProvider = normalizeProvider(accountIdEndpointMode ?? DEFAULT_ACCOUNT_ID_ENDPOINT_MODE);
    return Object.assign(input, {
        accountIdEndpointMode: async () => {
            const accIdMode = await accountIdEndpointModeProvider();
            if (!validateAccountIdEndpointMode(accIdMode)) {
                throw new Error(`Invalid value for accountIdEndpointMode: ${accIdMode}. Valid values are: "required", "preferred", "disabled".`);
            }
            return accIdMode;
        },
    });
};

const err = "Invalid AccountIdEndpointMode value";
const _throw = (message) => {
    throw new Error(message);
};
const ENV_ACCOUNT_ID_ENDPOINT_MODE = "AWS_ACCOUNT_ID_ENDPOINT_MODE";
const CONFIG_ACCOUNT_ID_ENDPOINT_MODE = "account_id_endpoint_mode";
const NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS = {
    environmentVariableSelector: (env) => {
        const value = env[ENV_ACCOUNT_ID_ENDPOINT_MODE];
        if (value && !validateAccountIdEndpointMode(value)) {
            _throw(err);
        }
        return value;
    },
    configFileSelector: (profile) => {
        const value = profile[CONFIG_ACCOUNT_ID_ENDPOINT_MODE];
        if (value && !validateAccountIdEndpointMode(value)) {
            _throw(err);
        }
        return value;
    },
    default: DEFAULT_ACCOUNT_ID_ENDPOINT_MODE,
};

exports.ACCOUNT_ID_ENDPOINT_MODE_VALUES = ACCOUNT_ID_ENDPOINT_MODE_VALUES;
exports.CONFIG_ACCOUNT_ID_ENDPOINT_MODE = CONFIG_ACCOUNT_ID_ENDPOINT_MODE;
exports.DEFAULT_ACCOUNT_ID_ENDPOINT_MODE = DEFAULT_ACCOUNT_ID_ENDPOINT_MODE;
exports.ENV_ACCOUNT_ID_ENDPOINT_MODE = ENV_ACCOUNT_ID_ENDPOINT_MODE;
exports.NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS = NODE_ACCOUNT_ID_ENDPOINT_MODE_CONFIG_OPTIONS;
exports.resolveAccountIdEndpointModeConfig = resolveAccountIdEndpointModeConfig;
exports.validateAccountIdEndpointMode = validateAccountIdEndpointMode;


/***/ })

};
