export const id = 165;
export const ids = [165];
export const modules = {

/***/ 7358:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { resolveAwsSdkSigV4Config } = __webpack_require__(7523);
const { getSmithyContext, normalizeProvider } = __webpack_require__(2658);
exports.defaultElasticLoadBalancingHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
            name: "elasticloadbalancing",
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
exports.defaultElasticLoadBalancingHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
exports.resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { BinaryDecisionDiagram } = __webpack_require__(2085);
const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://elasticloadbalancing.{Region}.amazonaws.com", i],
        ["https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 13, 3,
    1, 4, r + 12,
    2, 5, r + 12,
    3, 8, 6,
    4, 7, r + 11,
    5, r + 9, r + 10,
    4, 11, 9,
    6, 10, r + 8,
    7, r + 6, r + 7,
    5, 12, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 14,
    4, r + 2, r + 3,
]);
exports.bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);


/***/ }),

/***/ 360:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions } = __webpack_require__(5152);
const { customEndpointFunctions, decideEndpoint, EndpointCache } = __webpack_require__(2085);
const { bdd } = __webpack_require__(6389);
const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
exports.defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;


/***/ }),

/***/ 9165:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __exportStar = (m, e) => { Object.assign(e, m); };
const { getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, Command, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(2658);
exports.$Command = Command;
exports.__Client = Client;
const { resolveRegionConfig } = __webpack_require__(7291);
const { resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveHttpAuthSchemeConfig, defaultElasticLoadBalancingHttpAuthSchemeParametersProvider } = __webpack_require__(7358);
const { getRuntimeConfig } = __webpack_require__(7479);
const { AddTags$, ApplySecurityGroupsToLoadBalancer$, AttachLoadBalancerToSubnets$, ConfigureHealthCheck$, CreateAppCookieStickinessPolicy$, CreateLBCookieStickinessPolicy$, CreateLoadBalancer$, CreateLoadBalancerListeners$, CreateLoadBalancerPolicy$, DeleteLoadBalancer$, DeleteLoadBalancerListeners$, DeleteLoadBalancerPolicy$, DeregisterInstancesFromLoadBalancer$, DescribeAccountLimits$, DescribeInstanceHealth$, DescribeLoadBalancerAttributes$, DescribeLoadBalancerPolicies$, DescribeLoadBalancerPolicyTypes$, DescribeLoadBalancers$, DescribeTags$, DetachLoadBalancerFromSubnets$, DisableAvailabilityZonesForLoadBalancer$, EnableAvailabilityZonesForLoadBalancer$, ModifyLoadBalancerAttributes$, RegisterInstancesWithLoadBalancer$, RemoveTags$, SetLoadBalancerListenerSSLCertificate$, SetLoadBalancerPoliciesForBackendServer$, SetLoadBalancerPoliciesOfListener$ } = __webpack_require__(9229);
__exportStar(__webpack_require__(9229), exports);
__exportStar(__webpack_require__(4593), exports);
const { ElasticLoadBalancingServiceException } = __webpack_require__(7068);
exports.ElasticLoadBalancingServiceException = ElasticLoadBalancingServiceException;

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "elasticloadbalancing",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
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

class ElasticLoadBalancingClient extends Client {
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
            httpAuthSchemeParametersProvider: defaultElasticLoadBalancingHttpAuthSchemeParametersProvider,
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

class AddTagsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "AddTags", {})
    .n("ElasticLoadBalancingClient", "AddTagsCommand")
    .sc(AddTags$)
    .build() {
}

class ApplySecurityGroupsToLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "ApplySecurityGroupsToLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "ApplySecurityGroupsToLoadBalancerCommand")
    .sc(ApplySecurityGroupsToLoadBalancer$)
    .build() {
}

class AttachLoadBalancerToSubnetsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "AttachLoadBalancerToSubnets", {})
    .n("ElasticLoadBalancingClient", "AttachLoadBalancerToSubnetsCommand")
    .sc(AttachLoadBalancerToSubnets$)
    .build() {
}

class ConfigureHealthCheckCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "ConfigureHealthCheck", {})
    .n("ElasticLoadBalancingClient", "ConfigureHealthCheckCommand")
    .sc(ConfigureHealthCheck$)
    .build() {
}

class CreateAppCookieStickinessPolicyCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "CreateAppCookieStickinessPolicy", {})
    .n("ElasticLoadBalancingClient", "CreateAppCookieStickinessPolicyCommand")
    .sc(CreateAppCookieStickinessPolicy$)
    .build() {
}

class CreateLBCookieStickinessPolicyCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "CreateLBCookieStickinessPolicy", {})
    .n("ElasticLoadBalancingClient", "CreateLBCookieStickinessPolicyCommand")
    .sc(CreateLBCookieStickinessPolicy$)
    .build() {
}

class CreateLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "CreateLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "CreateLoadBalancerCommand")
    .sc(CreateLoadBalancer$)
    .build() {
}

class CreateLoadBalancerListenersCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "CreateLoadBalancerListeners", {})
    .n("ElasticLoadBalancingClient", "CreateLoadBalancerListenersCommand")
    .sc(CreateLoadBalancerListeners$)
    .build() {
}

class CreateLoadBalancerPolicyCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "CreateLoadBalancerPolicy", {})
    .n("ElasticLoadBalancingClient", "CreateLoadBalancerPolicyCommand")
    .sc(CreateLoadBalancerPolicy$)
    .build() {
}

class DeleteLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DeleteLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "DeleteLoadBalancerCommand")
    .sc(DeleteLoadBalancer$)
    .build() {
}

class DeleteLoadBalancerListenersCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DeleteLoadBalancerListeners", {})
    .n("ElasticLoadBalancingClient", "DeleteLoadBalancerListenersCommand")
    .sc(DeleteLoadBalancerListeners$)
    .build() {
}

class DeleteLoadBalancerPolicyCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DeleteLoadBalancerPolicy", {})
    .n("ElasticLoadBalancingClient", "DeleteLoadBalancerPolicyCommand")
    .sc(DeleteLoadBalancerPolicy$)
    .build() {
}

class DeregisterInstancesFromLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DeregisterInstancesFromLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "DeregisterInstancesFromLoadBalancerCommand")
    .sc(DeregisterInstancesFromLoadBalancer$)
    .build() {
}

class DescribeAccountLimitsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeAccountLimits", {})
    .n("ElasticLoadBalancingClient", "DescribeAccountLimitsCommand")
    .sc(DescribeAccountLimits$)
    .build() {
}

class DescribeInstanceHealthCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeInstanceHealth", {})
    .n("ElasticLoadBalancingClient", "DescribeInstanceHealthCommand")
    .sc(DescribeInstanceHealth$)
    .build() {
}

class DescribeLoadBalancerAttributesCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeLoadBalancerAttributes", {})
    .n("ElasticLoadBalancingClient", "DescribeLoadBalancerAttributesCommand")
    .sc(DescribeLoadBalancerAttributes$)
    .build() {
}

class DescribeLoadBalancerPoliciesCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeLoadBalancerPolicies", {})
    .n("ElasticLoadBalancingClient", "DescribeLoadBalancerPoliciesCommand")
    .sc(DescribeLoadBalancerPolicies$)
    .build() {
}

class DescribeLoadBalancerPolicyTypesCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeLoadBalancerPolicyTypes", {})
    .n("ElasticLoadBalancingClient", "DescribeLoadBalancerPolicyTypesCommand")
    .sc(DescribeLoadBalancerPolicyTypes$)
    .build() {
}

class DescribeLoadBalancersCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeLoadBalancers", {})
    .n("ElasticLoadBalancingClient", "DescribeLoadBalancersCommand")
    .sc(DescribeLoadBalancers$)
    .build() {
}

class DescribeTagsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DescribeTags", {})
    .n("ElasticLoadBalancingClient", "DescribeTagsCommand")
    .sc(DescribeTags$)
    .build() {
}

class DetachLoadBalancerFromSubnetsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DetachLoadBalancerFromSubnets", {})
    .n("ElasticLoadBalancingClient", "DetachLoadBalancerFromSubnetsCommand")
    .sc(DetachLoadBalancerFromSubnets$)
    .build() {
}

class DisableAvailabilityZonesForLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "DisableAvailabilityZonesForLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "DisableAvailabilityZonesForLoadBalancerCommand")
    .sc(DisableAvailabilityZonesForLoadBalancer$)
    .build() {
}

class EnableAvailabilityZonesForLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "EnableAvailabilityZonesForLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "EnableAvailabilityZonesForLoadBalancerCommand")
    .sc(EnableAvailabilityZonesForLoadBalancer$)
    .build() {
}

class ModifyLoadBalancerAttributesCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "ModifyLoadBalancerAttributes", {})
    .n("ElasticLoadBalancingClient", "ModifyLoadBalancerAttributesCommand")
    .sc(ModifyLoadBalancerAttributes$)
    .build() {
}

class RegisterInstancesWithLoadBalancerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "RegisterInstancesWithLoadBalancer", {})
    .n("ElasticLoadBalancingClient", "RegisterInstancesWithLoadBalancerCommand")
    .sc(RegisterInstancesWithLoadBalancer$)
    .build() {
}

class RemoveTagsCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "RemoveTags", {})
    .n("ElasticLoadBalancingClient", "RemoveTagsCommand")
    .sc(RemoveTags$)
    .build() {
}

class SetLoadBalancerListenerSSLCertificateCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "SetLoadBalancerListenerSSLCertificate", {})
    .n("ElasticLoadBalancingClient", "SetLoadBalancerListenerSSLCertificateCommand")
    .sc(SetLoadBalancerListenerSSLCertificate$)
    .build() {
}

class SetLoadBalancerPoliciesForBackendServerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "SetLoadBalancerPoliciesForBackendServer", {})
    .n("ElasticLoadBalancingClient", "SetLoadBalancerPoliciesForBackendServerCommand")
    .sc(SetLoadBalancerPoliciesForBackendServer$)
    .build() {
}

class SetLoadBalancerPoliciesOfListenerCommand extends Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("ElasticLoadBalancing_v7", "SetLoadBalancerPoliciesOfListener", {})
    .n("ElasticLoadBalancingClient", "SetLoadBalancerPoliciesOfListenerCommand")
    .sc(SetLoadBalancerPoliciesOfListener$)
    .build() {
}

const paginateDescribeLoadBalancers = createPaginator(ElasticLoadBalancingClient, DescribeLoadBalancersCommand, "Marker", "NextMarker", "");

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeInstanceHealthCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.InstanceStates);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.State;
                });
                return projection_3;
            };
            for (let anyStringEq_4 of returnComparator()) {
                if (anyStringEq_4 == "InService") {
                    return { state: WaiterState.SUCCESS, reason };
                }
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForAnyInstanceInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilAnyInstanceInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeInstanceHealthCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.InstanceStates);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.State;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "OutOfService");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "InvalidEndPointException") {
            return { state: WaiterState.SUCCESS, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForInstanceDeregistered = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilInstanceDeregistered = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new DescribeInstanceHealthCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                let flat_1 = [].concat(...result.InstanceStates);
                let projection_3 = flat_1.map((element_2) => {
                    return element_2.State;
                });
                return projection_3;
            };
            let allStringEq_5 = (returnComparator().length > 0);
            for (let element_4 of returnComparator()) {
                allStringEq_5 = allStringEq_5 && (element_4 == "InService");
            }
            if (allStringEq_5) {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "InvalidEndPointException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForInstanceInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilInstanceInService = async (params, input) => {
    const serviceDefaults = { minDelay: 15, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddTagsCommand,
    ApplySecurityGroupsToLoadBalancerCommand,
    AttachLoadBalancerToSubnetsCommand,
    ConfigureHealthCheckCommand,
    CreateAppCookieStickinessPolicyCommand,
    CreateLBCookieStickinessPolicyCommand,
    CreateLoadBalancerCommand,
    CreateLoadBalancerListenersCommand,
    CreateLoadBalancerPolicyCommand,
    DeleteLoadBalancerCommand,
    DeleteLoadBalancerListenersCommand,
    DeleteLoadBalancerPolicyCommand,
    DeregisterInstancesFromLoadBalancerCommand,
    DescribeAccountLimitsCommand,
    DescribeInstanceHealthCommand,
    DescribeLoadBalancerAttributesCommand,
    DescribeLoadBalancerPoliciesCommand,
    DescribeLoadBalancerPolicyTypesCommand,
    DescribeLoadBalancersCommand,
    DescribeTagsCommand,
    DetachLoadBalancerFromSubnetsCommand,
    DisableAvailabilityZonesForLoadBalancerCommand,
    EnableAvailabilityZonesForLoadBalancerCommand,
    ModifyLoadBalancerAttributesCommand,
    RegisterInstancesWithLoadBalancerCommand,
    RemoveTagsCommand,
    SetLoadBalancerListenerSSLCertificateCommand,
    SetLoadBalancerPoliciesForBackendServerCommand,
    SetLoadBalancerPoliciesOfListenerCommand,
};
const paginators = {
    paginateDescribeLoadBalancers,
};
const waiters = {
    waitUntilAnyInstanceInService,
    waitUntilInstanceDeregistered,
    waitUntilInstanceInService,
};
class ElasticLoadBalancing extends ElasticLoadBalancingClient {
}
createAggregatedClient(commands, ElasticLoadBalancing, { paginators, waiters });

exports.AddTagsCommand = AddTagsCommand;
exports.ApplySecurityGroupsToLoadBalancerCommand = ApplySecurityGroupsToLoadBalancerCommand;
exports.AttachLoadBalancerToSubnetsCommand = AttachLoadBalancerToSubnetsCommand;
exports.ConfigureHealthCheckCommand = ConfigureHealthCheckCommand;
exports.CreateAppCookieStickinessPolicyCommand = CreateAppCookieStickinessPolicyCommand;
exports.CreateLBCookieStickinessPolicyCommand = CreateLBCookieStickinessPolicyCommand;
exports.CreateLoadBalancerCommand = CreateLoadBalancerCommand;
exports.CreateLoadBalancerListenersCommand = CreateLoadBalancerListenersCommand;
exports.CreateLoadBalancerPolicyCommand = CreateLoadBalancerPolicyCommand;
exports.DeleteLoadBalancerCommand = DeleteLoadBalancerCommand;
exports.DeleteLoadBalancerListenersCommand = DeleteLoadBalancerListenersCommand;
exports.DeleteLoadBalancerPolicyCommand = DeleteLoadBalancerPolicyCommand;
exports.DeregisterInstancesFromLoadBalancerCommand = DeregisterInstancesFromLoadBalancerCommand;
exports.DescribeAccountLimitsCommand = DescribeAccountLimitsCommand;
exports.DescribeInstanceHealthCommand = DescribeInstanceHealthCommand;
exports.DescribeLoadBalancerAttributesCommand = DescribeLoadBalancerAttributesCommand;
exports.DescribeLoadBalancerPoliciesCommand = DescribeLoadBalancerPoliciesCommand;
exports.DescribeLoadBalancerPolicyTypesCommand = DescribeLoadBalancerPolicyTypesCommand;
exports.DescribeLoadBalancersCommand = DescribeLoadBalancersCommand;
exports.DescribeTagsCommand = DescribeTagsCommand;
exports.DetachLoadBalancerFromSubnetsCommand = DetachLoadBalancerFromSubnetsCommand;
exports.DisableAvailabilityZonesForLoadBalancerCommand = DisableAvailabilityZonesForLoadBalancerCommand;
exports.ElasticLoadBalancing = ElasticLoadBalancing;
exports.ElasticLoadBalancingClient = ElasticLoadBalancingClient;
exports.EnableAvailabilityZonesForLoadBalancerCommand = EnableAvailabilityZonesForLoadBalancerCommand;
exports.ModifyLoadBalancerAttributesCommand = ModifyLoadBalancerAttributesCommand;
exports.RegisterInstancesWithLoadBalancerCommand = RegisterInstancesWithLoadBalancerCommand;
exports.RemoveTagsCommand = RemoveTagsCommand;
exports.SetLoadBalancerListenerSSLCertificateCommand = SetLoadBalancerListenerSSLCertificateCommand;
exports.SetLoadBalancerPoliciesForBackendServerCommand = SetLoadBalancerPoliciesForBackendServerCommand;
exports.SetLoadBalancerPoliciesOfListenerCommand = SetLoadBalancerPoliciesOfListenerCommand;
exports.paginateDescribeLoadBalancers = paginateDescribeLoadBalancers;
exports.waitForAnyInstanceInService = waitForAnyInstanceInService;
exports.waitForInstanceDeregistered = waitForInstanceDeregistered;
exports.waitForInstanceInService = waitForInstanceInService;
exports.waitUntilAnyInstanceInService = waitUntilAnyInstanceInService;
exports.waitUntilInstanceDeregistered = waitUntilInstanceDeregistered;
exports.waitUntilInstanceInService = waitUntilInstanceInService;


/***/ }),

/***/ 7068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { ServiceException: __ServiceException } = __webpack_require__(2658);
exports.__ServiceException = __ServiceException;
exports.ElasticLoadBalancingServiceException = class ElasticLoadBalancingServiceException extends __ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, ElasticLoadBalancingServiceException.prototype);
    }
};


/***/ }),

/***/ 4593:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { ElasticLoadBalancingServiceException: __BaseException } = __webpack_require__(7068);
exports.AccessPointNotFoundException = class AccessPointNotFoundException extends __BaseException {
    name = "AccessPointNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccessPointNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessPointNotFoundException.prototype);
        this.Message = opts.Message;
    }
};
exports.DuplicateTagKeysException = class DuplicateTagKeysException extends __BaseException {
    name = "DuplicateTagKeysException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateTagKeysException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateTagKeysException.prototype);
        this.Message = opts.Message;
    }
};
exports.TooManyTagsException = class TooManyTagsException extends __BaseException {
    name = "TooManyTagsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
        this.Message = opts.Message;
    }
};
exports.InvalidConfigurationRequestException = class InvalidConfigurationRequestException extends __BaseException {
    name = "InvalidConfigurationRequestException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidConfigurationRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidConfigurationRequestException.prototype);
        this.Message = opts.Message;
    }
};
exports.InvalidSecurityGroupException = class InvalidSecurityGroupException extends __BaseException {
    name = "InvalidSecurityGroupException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSecurityGroupException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSecurityGroupException.prototype);
        this.Message = opts.Message;
    }
};
exports.InvalidSubnetException = class InvalidSubnetException extends __BaseException {
    name = "InvalidSubnetException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSubnetException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSubnetException.prototype);
        this.Message = opts.Message;
    }
};
exports.SubnetNotFoundException = class SubnetNotFoundException extends __BaseException {
    name = "SubnetNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "SubnetNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetNotFoundException.prototype);
        this.Message = opts.Message;
    }
};
exports.CertificateNotFoundException = class CertificateNotFoundException extends __BaseException {
    name = "CertificateNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CertificateNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CertificateNotFoundException.prototype);
        this.Message = opts.Message;
    }
};
exports.DuplicatePolicyNameException = class DuplicatePolicyNameException extends __BaseException {
    name = "DuplicatePolicyNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicatePolicyNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicatePolicyNameException.prototype);
        this.Message = opts.Message;
    }
};
exports.TooManyPoliciesException = class TooManyPoliciesException extends __BaseException {
    name = "TooManyPoliciesException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyPoliciesException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyPoliciesException.prototype);
        this.Message = opts.Message;
    }
};
exports.DuplicateAccessPointNameException = class DuplicateAccessPointNameException extends __BaseException {
    name = "DuplicateAccessPointNameException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateAccessPointNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateAccessPointNameException.prototype);
        this.Message = opts.Message;
    }
};
exports.InvalidSchemeException = class InvalidSchemeException extends __BaseException {
    name = "InvalidSchemeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidSchemeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSchemeException.prototype);
        this.Message = opts.Message;
    }
};
exports.OperationNotPermittedException = class OperationNotPermittedException extends __BaseException {
    name = "OperationNotPermittedException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OperationNotPermittedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OperationNotPermittedException.prototype);
        this.Message = opts.Message;
    }
};
exports.TooManyAccessPointsException = class TooManyAccessPointsException extends __BaseException {
    name = "TooManyAccessPointsException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "TooManyAccessPointsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyAccessPointsException.prototype);
        this.Message = opts.Message;
    }
};
exports.UnsupportedProtocolException = class UnsupportedProtocolException extends __BaseException {
    name = "UnsupportedProtocolException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "UnsupportedProtocolException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedProtocolException.prototype);
        this.Message = opts.Message;
    }
};
exports.DuplicateListenerException = class DuplicateListenerException extends __BaseException {
    name = "DuplicateListenerException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DuplicateListenerException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateListenerException.prototype);
        this.Message = opts.Message;
    }
};
exports.PolicyTypeNotFoundException = class PolicyTypeNotFoundException extends __BaseException {
    name = "PolicyTypeNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyTypeNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyTypeNotFoundException.prototype);
        this.Message = opts.Message;
    }
};
exports.DependencyThrottleException = class DependencyThrottleException extends __BaseException {
    name = "DependencyThrottleException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "DependencyThrottleException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DependencyThrottleException.prototype);
        this.Message = opts.Message;
    }
};
exports.InvalidEndPointException = class InvalidEndPointException extends __BaseException {
    name = "InvalidEndPointException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "InvalidEndPointException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidEndPointException.prototype);
        this.Message = opts.Message;
    }
};
exports.LoadBalancerAttributeNotFoundException = class LoadBalancerAttributeNotFoundException extends __BaseException {
    name = "LoadBalancerAttributeNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "LoadBalancerAttributeNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LoadBalancerAttributeNotFoundException.prototype);
        this.Message = opts.Message;
    }
};
exports.PolicyNotFoundException = class PolicyNotFoundException extends __BaseException {
    name = "PolicyNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "PolicyNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyNotFoundException.prototype);
        this.Message = opts.Message;
    }
};
exports.ListenerNotFoundException = class ListenerNotFoundException extends __BaseException {
    name = "ListenerNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ListenerNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ListenerNotFoundException.prototype);
        this.Message = opts.Message;
    }
};


/***/ }),

/***/ 7479:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const packageInfo = __webpack_require__(615);
const { createDefaultUserAgentProvider, emitWarningIfUnsupportedVersion: awsCheckVersion, NODE_APP_ID_CONFIG_OPTIONS } = __webpack_require__(5152);
const { NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider: credentialDefaultProvider } = __webpack_require__(5861);
const { emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode } = __webpack_require__(2658);
const { loadConfig: loadNodeConfig, NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, resolveDefaultsModeConfig } = __webpack_require__(7291);
const { DEFAULT_RETRY_MODE, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, NODE_RETRY_MODE_CONFIG_OPTIONS } = __webpack_require__(3609);
const { calculateBodyLength, Hash } = __webpack_require__(2430);
const { NodeHttpHandler: RequestHandler, streamCollector } = __webpack_require__(1279);
const { getRuntimeConfig: getSharedRuntimeConfig } = __webpack_require__(1508);
const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getSharedRuntimeConfig(config);
    awsCheckVersion(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadNodeConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credentialDefaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadNodeConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadNodeConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: RequestHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadNodeConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadNodeConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadNodeConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadNodeConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 1508:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { AwsSdkSigV4Signer } = __webpack_require__(7523);
const { AwsQueryProtocol } = __webpack_require__(7288);
const { NoOpLogger } = __webpack_require__(2658);
const { parseUrl } = __webpack_require__(3422);
const { fromBase64, fromUtf8, toBase64, toUtf8 } = __webpack_require__(2430);
const { defaultElasticLoadBalancingHttpAuthSchemeProvider } = __webpack_require__(7358);
const { defaultEndpointResolver } = __webpack_require__(360);
const { errorTypeRegistries } = __webpack_require__(9229);
exports.getRuntimeConfig = (config) => {
    return {
        apiVersion: "2012-06-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElasticLoadBalancingHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.elasticloadbalancing",
            errorTypeRegistries,
            xmlNamespace: "http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/",
            version: "2012-06-01",
            serviceTarget: "ElasticLoadBalancing_v7",
        },
        serviceId: config?.serviceId ?? "Elastic Load Balancing",
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};


/***/ }),

/***/ 9229:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const _AA = "AdditionalAttribute";
const _AAZI = "AddAvailabilityZonesInput";
const _AAZO = "AddAvailabilityZonesOutput";
const _AAd = "AdditionalAttributes";
const _ACSP = "AppCookieStickinessPolicy";
const _ACSPp = "AppCookieStickinessPolicies";
const _AL = "AccessLog";
const _ALBTS = "AttachLoadBalancerToSubnets";
const _ALBTSI = "AttachLoadBalancerToSubnetsInput";
const _ALBTSO = "AttachLoadBalancerToSubnetsOutput";
const _AN = "AttributeName";
const _APNFE = "AccessPointNotFoundException";
const _ASGTLB = "ApplySecurityGroupsToLoadBalancer";
const _ASGTLBI = "ApplySecurityGroupsToLoadBalancerInput";
const _ASGTLBO = "ApplySecurityGroupsToLoadBalancerOutput";
const _AT = "AttributeType";
const _ATI = "AddTagsInput";
const _ATO = "AddTagsOutput";
const _ATd = "AddTags";
const _AV = "AttributeValue";
const _AZ = "AvailabilityZones";
const _BSD = "BackendServerDescription";
const _BSDa = "BackendServerDescriptions";
const _C = "Cardinality";
const _CACSP = "CreateAppCookieStickinessPolicy";
const _CACSPI = "CreateAppCookieStickinessPolicyInput";
const _CACSPO = "CreateAppCookieStickinessPolicyOutput";
const _CAPI = "CreateAccessPointInput";
const _CAPO = "CreateAccessPointOutput";
const _CD = "ConnectionDraining";
const _CEP = "CookieExpirationPeriod";
const _CHC = "ConfigureHealthCheck";
const _CHCI = "ConfigureHealthCheckInput";
const _CHCO = "ConfigureHealthCheckOutput";
const _CHZN = "CanonicalHostedZoneName";
const _CHZNID = "CanonicalHostedZoneNameID";
const _CLB = "CreateLoadBalancer";
const _CLBCSP = "CreateLBCookieStickinessPolicy";
const _CLBCSPI = "CreateLBCookieStickinessPolicyInput";
const _CLBCSPO = "CreateLBCookieStickinessPolicyOutput";
const _CLBL = "CreateLoadBalancerListeners";
const _CLBLI = "CreateLoadBalancerListenerInput";
const _CLBLO = "CreateLoadBalancerListenerOutput";
const _CLBP = "CreateLoadBalancerPolicy";
const _CLBPI = "CreateLoadBalancerPolicyInput";
const _CLBPO = "CreateLoadBalancerPolicyOutput";
const _CN = "CookieName";
const _CNFE = "CertificateNotFoundException";
const _CS = "ConnectionSettings";
const _CT = "CreatedTime";
const _CZLB = "CrossZoneLoadBalancing";
const _D = "Description";
const _DAL = "DescribeAccountLimits";
const _DALI = "DescribeAccountLimitsInput";
const _DALO = "DescribeAccountLimitsOutput";
const _DAPI = "DeleteAccessPointInput";
const _DAPIe = "DescribeAccessPointsInput";
const _DAPNE = "DuplicateAccessPointNameException";
const _DAPO = "DeleteAccessPointOutput";
const _DAPOe = "DescribeAccessPointsOutput";
const _DAZFLB = "DisableAvailabilityZonesForLoadBalancer";
const _DEPI = "DeregisterEndPointsInput";
const _DEPO = "DeregisterEndPointsOutput";
const _DEPSI = "DescribeEndPointStateInput";
const _DEPSO = "DescribeEndPointStateOutput";
const _DIFLB = "DeregisterInstancesFromLoadBalancer";
const _DIH = "DescribeInstanceHealth";
const _DLB = "DeleteLoadBalancer";
const _DLBA = "DescribeLoadBalancerAttributes";
const _DLBAI = "DescribeLoadBalancerAttributesInput";
const _DLBAO = "DescribeLoadBalancerAttributesOutput";
const _DLBFS = "DetachLoadBalancerFromSubnets";
const _DLBFSI = "DetachLoadBalancerFromSubnetsInput";
const _DLBFSO = "DetachLoadBalancerFromSubnetsOutput";
const _DLBL = "DeleteLoadBalancerListeners";
const _DLBLI = "DeleteLoadBalancerListenerInput";
const _DLBLO = "DeleteLoadBalancerListenerOutput";
const _DLBP = "DeleteLoadBalancerPolicy";
const _DLBPI = "DeleteLoadBalancerPolicyInput";
const _DLBPIe = "DescribeLoadBalancerPoliciesInput";
const _DLBPO = "DeleteLoadBalancerPolicyOutput";
const _DLBPOe = "DescribeLoadBalancerPoliciesOutput";
const _DLBPT = "DescribeLoadBalancerPolicyTypes";
const _DLBPTI = "DescribeLoadBalancerPolicyTypesInput";
const _DLBPTO = "DescribeLoadBalancerPolicyTypesOutput";
const _DLBPe = "DescribeLoadBalancerPolicies";
const _DLBe = "DescribeLoadBalancers";
const _DLE = "DuplicateListenerException";
const _DNSN = "DNSName";
const _DPNE = "DuplicatePolicyNameException";
const _DT = "DescribeTags";
const _DTE = "DependencyThrottleException";
const _DTI = "DescribeTagsInput";
const _DTKE = "DuplicateTagKeysException";
const _DTO = "DescribeTagsOutput";
const _DV = "DefaultValue";
const _E = "Enabled";
const _EAZFLB = "EnableAvailabilityZonesForLoadBalancer";
const _EI = "EmitInterval";
const _GN = "GroupName";
const _HC = "HealthCheck";
const _HT = "HealthyThreshold";
const _I = "Instances";
const _ICRE = "InvalidConfigurationRequestException";
const _IEPE = "InvalidEndPointException";
const _II = "InstanceId";
const _IP = "InstancePort";
const _IPn = "InstanceProtocol";
const _IS = "InstanceStates";
const _ISE = "InvalidSchemeException";
const _ISEn = "InvalidSubnetException";
const _ISGE = "InvalidSecurityGroupException";
const _ISn = "InstanceState";
const _IT = "IdleTimeout";
const _In = "Interval";
const _Ins = "Instance";
const _K = "Key";
const _L = "Listeners";
const _LBA = "LoadBalancerAttributes";
const _LBANFE = "LoadBalancerAttributeNotFoundException";
const _LBCSP = "LBCookieStickinessPolicy";
const _LBCSPo = "LBCookieStickinessPolicies";
const _LBD = "LoadBalancerDescriptions";
const _LBDo = "LoadBalancerDescription";
const _LBN = "LoadBalancerName";
const _LBNo = "LoadBalancerNames";
const _LBP = "LoadBalancerPorts";
const _LBPo = "LoadBalancerPort";
const _LD = "ListenerDescription";
const _LDi = "ListenerDescriptions";
const _LNFE = "ListenerNotFoundException";
const _Li = "Limits";
const _Lim = "Limit";
const _Lis = "Listener";
const _M = "Message";
const _MLBA = "ModifyLoadBalancerAttributes";
const _MLBAI = "ModifyLoadBalancerAttributesInput";
const _MLBAO = "ModifyLoadBalancerAttributesOutput";
const _Ma = "Marker";
const _Max = "Max";
const _N = "Name";
const _NM = "NextMarker";
const _OA = "OwnerAlias";
const _ONPE = "OperationNotPermittedException";
const _OP = "OtherPolicies";
const _P = "Protocol";
const _PA = "PolicyAttributes";
const _PAD = "PolicyAttributeDescription";
const _PADo = "PolicyAttributeDescriptions";
const _PATD = "PolicyAttributeTypeDescription";
const _PATDo = "PolicyAttributeTypeDescriptions";
const _PAo = "PolicyAttribute";
const _PD = "PolicyDescriptions";
const _PDo = "PolicyDescription";
const _PN = "PolicyName";
const _PNFE = "PolicyNotFoundException";
const _PNo = "PolicyNames";
const _PS = "PageSize";
const _PTD = "PolicyTypeDescriptions";
const _PTDo = "PolicyTypeDescription";
const _PTN = "PolicyTypeName";
const _PTNFE = "PolicyTypeNotFoundException";
const _PTNo = "PolicyTypeNames";
const _Po = "Policies";
const _RAZI = "RemoveAvailabilityZonesInput";
const _RAZO = "RemoveAvailabilityZonesOutput";
const _RC = "ReasonCode";
const _REPI = "RegisterEndPointsInput";
const _REPO = "RegisterEndPointsOutput";
const _RIWLB = "RegisterInstancesWithLoadBalancer";
const _RT = "RemoveTags";
const _RTI = "RemoveTagsInput";
const _RTO = "RemoveTagsOutput";
const _S = "Subnets";
const _SBN = "S3BucketName";
const _SBP = "S3BucketPrefix";
const _SG = "SecurityGroups";
const _SLBLSSLC = "SetLoadBalancerListenerSSLCertificate";
const _SLBLSSLCI = "SetLoadBalancerListenerSSLCertificateInput";
const _SLBLSSLCO = "SetLoadBalancerListenerSSLCertificateOutput";
const _SLBPFBS = "SetLoadBalancerPoliciesForBackendServer";
const _SLBPFBSI = "SetLoadBalancerPoliciesForBackendServerInput";
const _SLBPFBSO = "SetLoadBalancerPoliciesForBackendServerOutput";
const _SLBPOL = "SetLoadBalancerPoliciesOfListener";
const _SLBPOLI = "SetLoadBalancerPoliciesOfListenerInput";
const _SLBPOLO = "SetLoadBalancerPoliciesOfListenerOutput";
const _SNFE = "SubnetNotFoundException";
const _SSG = "SourceSecurityGroup";
const _SSLCI = "SSLCertificateId";
const _Sc = "Scheme";
const _St = "State";
const _T = "Tags";
const _TD = "TagDescriptions";
const _TDa = "TagDescription";
const _TKL = "TagKeyList";
const _TKO = "TagKeyOnly";
const _TL = "TagList";
const _TMAPE = "TooManyAccessPointsException";
const _TMPE = "TooManyPoliciesException";
const _TMTE = "TooManyTagsException";
const _Ta = "Target";
const _Tag = "Tag";
const _Ti = "Timeout";
const _UPE = "UnsupportedProtocolException";
const _UT = "UnhealthyThreshold";
const _V = "Value";
const _VPCI = "VPCId";
const _aQE = "awsQueryError";
const _c = "client";
const _e = "error";
const _hE = "httpError";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancing";
const n0 = "com.amazonaws.elasticloadbalancing";
const { TypeRegistry } = __webpack_require__(6890);
const { ElasticLoadBalancingServiceException } = __webpack_require__(7068);
const { AccessPointNotFoundException, CertificateNotFoundException, DependencyThrottleException, DuplicateAccessPointNameException, DuplicateListenerException, DuplicatePolicyNameException, DuplicateTagKeysException, InvalidConfigurationRequestException, InvalidEndPointException, InvalidSchemeException, InvalidSecurityGroupException, InvalidSubnetException, ListenerNotFoundException, LoadBalancerAttributeNotFoundException, OperationNotPermittedException, PolicyNotFoundException, PolicyTypeNotFoundException, SubnetNotFoundException, TooManyAccessPointsException, TooManyPoliciesException, TooManyTagsException, UnsupportedProtocolException } = __webpack_require__(4593);
const _s_registry = TypeRegistry.for(_s);
const ElasticLoadBalancingServiceException$ = [-3, _s, "ElasticLoadBalancingServiceException", 0, [], []];
exports.ElasticLoadBalancingServiceException$ = ElasticLoadBalancingServiceException$;
_s_registry.registerError(ElasticLoadBalancingServiceException$, ElasticLoadBalancingServiceException);
const n0_registry = TypeRegistry.for(n0);
const AccessPointNotFoundException$ = [-3, n0, _APNFE,
    { [_aQE]: [`LoadBalancerNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.AccessPointNotFoundException$ = AccessPointNotFoundException$;
n0_registry.registerError(AccessPointNotFoundException$, AccessPointNotFoundException);
const CertificateNotFoundException$ = [-3, n0, _CNFE,
    { [_aQE]: [`CertificateNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.CertificateNotFoundException$ = CertificateNotFoundException$;
n0_registry.registerError(CertificateNotFoundException$, CertificateNotFoundException);
const DependencyThrottleException$ = [-3, n0, _DTE,
    { [_aQE]: [`DependencyThrottle`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.DependencyThrottleException$ = DependencyThrottleException$;
n0_registry.registerError(DependencyThrottleException$, DependencyThrottleException);
const DuplicateAccessPointNameException$ = [-3, n0, _DAPNE,
    { [_aQE]: [`DuplicateLoadBalancerName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.DuplicateAccessPointNameException$ = DuplicateAccessPointNameException$;
n0_registry.registerError(DuplicateAccessPointNameException$, DuplicateAccessPointNameException);
const DuplicateListenerException$ = [-3, n0, _DLE,
    { [_aQE]: [`DuplicateListener`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.DuplicateListenerException$ = DuplicateListenerException$;
n0_registry.registerError(DuplicateListenerException$, DuplicateListenerException);
const DuplicatePolicyNameException$ = [-3, n0, _DPNE,
    { [_aQE]: [`DuplicatePolicyName`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.DuplicatePolicyNameException$ = DuplicatePolicyNameException$;
n0_registry.registerError(DuplicatePolicyNameException$, DuplicatePolicyNameException);
const DuplicateTagKeysException$ = [-3, n0, _DTKE,
    { [_aQE]: [`DuplicateTagKeys`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.DuplicateTagKeysException$ = DuplicateTagKeysException$;
n0_registry.registerError(DuplicateTagKeysException$, DuplicateTagKeysException);
const InvalidConfigurationRequestException$ = [-3, n0, _ICRE,
    { [_aQE]: [`InvalidConfigurationRequest`, 409], [_e]: _c, [_hE]: 409 },
    [_M],
    [0]
];
exports.InvalidConfigurationRequestException$ = InvalidConfigurationRequestException$;
n0_registry.registerError(InvalidConfigurationRequestException$, InvalidConfigurationRequestException);
const InvalidEndPointException$ = [-3, n0, _IEPE,
    { [_aQE]: [`InvalidInstance`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.InvalidEndPointException$ = InvalidEndPointException$;
n0_registry.registerError(InvalidEndPointException$, InvalidEndPointException);
const InvalidSchemeException$ = [-3, n0, _ISE,
    { [_aQE]: [`InvalidScheme`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.InvalidSchemeException$ = InvalidSchemeException$;
n0_registry.registerError(InvalidSchemeException$, InvalidSchemeException);
const InvalidSecurityGroupException$ = [-3, n0, _ISGE,
    { [_aQE]: [`InvalidSecurityGroup`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.InvalidSecurityGroupException$ = InvalidSecurityGroupException$;
n0_registry.registerError(InvalidSecurityGroupException$, InvalidSecurityGroupException);
const InvalidSubnetException$ = [-3, n0, _ISEn,
    { [_aQE]: [`InvalidSubnet`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.InvalidSubnetException$ = InvalidSubnetException$;
n0_registry.registerError(InvalidSubnetException$, InvalidSubnetException);
const ListenerNotFoundException$ = [-3, n0, _LNFE,
    { [_aQE]: [`ListenerNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.ListenerNotFoundException$ = ListenerNotFoundException$;
n0_registry.registerError(ListenerNotFoundException$, ListenerNotFoundException);
const LoadBalancerAttributeNotFoundException$ = [-3, n0, _LBANFE,
    { [_aQE]: [`LoadBalancerAttributeNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.LoadBalancerAttributeNotFoundException$ = LoadBalancerAttributeNotFoundException$;
n0_registry.registerError(LoadBalancerAttributeNotFoundException$, LoadBalancerAttributeNotFoundException);
const OperationNotPermittedException$ = [-3, n0, _ONPE,
    { [_aQE]: [`OperationNotPermitted`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.OperationNotPermittedException$ = OperationNotPermittedException$;
n0_registry.registerError(OperationNotPermittedException$, OperationNotPermittedException);
const PolicyNotFoundException$ = [-3, n0, _PNFE,
    { [_aQE]: [`PolicyNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.PolicyNotFoundException$ = PolicyNotFoundException$;
n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
const PolicyTypeNotFoundException$ = [-3, n0, _PTNFE,
    { [_aQE]: [`PolicyTypeNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.PolicyTypeNotFoundException$ = PolicyTypeNotFoundException$;
n0_registry.registerError(PolicyTypeNotFoundException$, PolicyTypeNotFoundException);
const SubnetNotFoundException$ = [-3, n0, _SNFE,
    { [_aQE]: [`SubnetNotFound`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.SubnetNotFoundException$ = SubnetNotFoundException$;
n0_registry.registerError(SubnetNotFoundException$, SubnetNotFoundException);
const TooManyAccessPointsException$ = [-3, n0, _TMAPE,
    { [_aQE]: [`TooManyLoadBalancers`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.TooManyAccessPointsException$ = TooManyAccessPointsException$;
n0_registry.registerError(TooManyAccessPointsException$, TooManyAccessPointsException);
const TooManyPoliciesException$ = [-3, n0, _TMPE,
    { [_aQE]: [`TooManyPolicies`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.TooManyPoliciesException$ = TooManyPoliciesException$;
n0_registry.registerError(TooManyPoliciesException$, TooManyPoliciesException);
const TooManyTagsException$ = [-3, n0, _TMTE,
    { [_aQE]: [`TooManyTags`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.TooManyTagsException$ = TooManyTagsException$;
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
const UnsupportedProtocolException$ = [-3, n0, _UPE,
    { [_aQE]: [`UnsupportedProtocol`, 400], [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
exports.UnsupportedProtocolException$ = UnsupportedProtocolException$;
n0_registry.registerError(UnsupportedProtocolException$, UnsupportedProtocolException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
const AccessLog$ = [3, n0, _AL,
    0,
    [_E, _SBN, _EI, _SBP],
    [2, 0, 1, 0], 1
];
exports.AccessLog$ = AccessLog$;
const AddAvailabilityZonesInput$ = [3, n0, _AAZI,
    0,
    [_LBN, _AZ],
    [0, 64 | 0], 2
];
exports.AddAvailabilityZonesInput$ = AddAvailabilityZonesInput$;
const AddAvailabilityZonesOutput$ = [3, n0, _AAZO,
    0,
    [_AZ],
    [64 | 0]
];
exports.AddAvailabilityZonesOutput$ = AddAvailabilityZonesOutput$;
const AdditionalAttribute$ = [3, n0, _AA,
    0,
    [_K, _V],
    [0, 0]
];
exports.AdditionalAttribute$ = AdditionalAttribute$;
const AddTagsInput$ = [3, n0, _ATI,
    0,
    [_LBNo, _T],
    [64 | 0, () => TagList], 2
];
exports.AddTagsInput$ = AddTagsInput$;
const AddTagsOutput$ = [3, n0, _ATO,
    0,
    [],
    []
];
exports.AddTagsOutput$ = AddTagsOutput$;
const AppCookieStickinessPolicy$ = [3, n0, _ACSP,
    0,
    [_PN, _CN],
    [0, 0]
];
exports.AppCookieStickinessPolicy$ = AppCookieStickinessPolicy$;
const ApplySecurityGroupsToLoadBalancerInput$ = [3, n0, _ASGTLBI,
    0,
    [_LBN, _SG],
    [0, 64 | 0], 2
];
exports.ApplySecurityGroupsToLoadBalancerInput$ = ApplySecurityGroupsToLoadBalancerInput$;
const ApplySecurityGroupsToLoadBalancerOutput$ = [3, n0, _ASGTLBO,
    0,
    [_SG],
    [64 | 0]
];
exports.ApplySecurityGroupsToLoadBalancerOutput$ = ApplySecurityGroupsToLoadBalancerOutput$;
const AttachLoadBalancerToSubnetsInput$ = [3, n0, _ALBTSI,
    0,
    [_LBN, _S],
    [0, 64 | 0], 2
];
exports.AttachLoadBalancerToSubnetsInput$ = AttachLoadBalancerToSubnetsInput$;
const AttachLoadBalancerToSubnetsOutput$ = [3, n0, _ALBTSO,
    0,
    [_S],
    [64 | 0]
];
exports.AttachLoadBalancerToSubnetsOutput$ = AttachLoadBalancerToSubnetsOutput$;
const BackendServerDescription$ = [3, n0, _BSD,
    0,
    [_IP, _PNo],
    [1, 64 | 0]
];
exports.BackendServerDescription$ = BackendServerDescription$;
const ConfigureHealthCheckInput$ = [3, n0, _CHCI,
    0,
    [_LBN, _HC],
    [0, () => HealthCheck$], 2
];
exports.ConfigureHealthCheckInput$ = ConfigureHealthCheckInput$;
const ConfigureHealthCheckOutput$ = [3, n0, _CHCO,
    0,
    [_HC],
    [() => HealthCheck$]
];
exports.ConfigureHealthCheckOutput$ = ConfigureHealthCheckOutput$;
const ConnectionDraining$ = [3, n0, _CD,
    0,
    [_E, _Ti],
    [2, 1], 1
];
exports.ConnectionDraining$ = ConnectionDraining$;
const ConnectionSettings$ = [3, n0, _CS,
    0,
    [_IT],
    [1], 1
];
exports.ConnectionSettings$ = ConnectionSettings$;
const CreateAccessPointInput$ = [3, n0, _CAPI,
    0,
    [_LBN, _L, _AZ, _S, _SG, _Sc, _T],
    [0, () => Listeners, 64 | 0, 64 | 0, 64 | 0, 0, () => TagList], 2
];
exports.CreateAccessPointInput$ = CreateAccessPointInput$;
const CreateAccessPointOutput$ = [3, n0, _CAPO,
    0,
    [_DNSN],
    [0]
];
exports.CreateAccessPointOutput$ = CreateAccessPointOutput$;
const CreateAppCookieStickinessPolicyInput$ = [3, n0, _CACSPI,
    0,
    [_LBN, _PN, _CN],
    [0, 0, 0], 3
];
exports.CreateAppCookieStickinessPolicyInput$ = CreateAppCookieStickinessPolicyInput$;
const CreateAppCookieStickinessPolicyOutput$ = [3, n0, _CACSPO,
    0,
    [],
    []
];
exports.CreateAppCookieStickinessPolicyOutput$ = CreateAppCookieStickinessPolicyOutput$;
const CreateLBCookieStickinessPolicyInput$ = [3, n0, _CLBCSPI,
    0,
    [_LBN, _PN, _CEP],
    [0, 0, 1], 2
];
exports.CreateLBCookieStickinessPolicyInput$ = CreateLBCookieStickinessPolicyInput$;
const CreateLBCookieStickinessPolicyOutput$ = [3, n0, _CLBCSPO,
    0,
    [],
    []
];
exports.CreateLBCookieStickinessPolicyOutput$ = CreateLBCookieStickinessPolicyOutput$;
const CreateLoadBalancerListenerInput$ = [3, n0, _CLBLI,
    0,
    [_LBN, _L],
    [0, () => Listeners], 2
];
exports.CreateLoadBalancerListenerInput$ = CreateLoadBalancerListenerInput$;
const CreateLoadBalancerListenerOutput$ = [3, n0, _CLBLO,
    0,
    [],
    []
];
exports.CreateLoadBalancerListenerOutput$ = CreateLoadBalancerListenerOutput$;
const CreateLoadBalancerPolicyInput$ = [3, n0, _CLBPI,
    0,
    [_LBN, _PN, _PTN, _PA],
    [0, 0, 0, () => PolicyAttributes], 3
];
exports.CreateLoadBalancerPolicyInput$ = CreateLoadBalancerPolicyInput$;
const CreateLoadBalancerPolicyOutput$ = [3, n0, _CLBPO,
    0,
    [],
    []
];
exports.CreateLoadBalancerPolicyOutput$ = CreateLoadBalancerPolicyOutput$;
const CrossZoneLoadBalancing$ = [3, n0, _CZLB,
    0,
    [_E],
    [2], 1
];
exports.CrossZoneLoadBalancing$ = CrossZoneLoadBalancing$;
const DeleteAccessPointInput$ = [3, n0, _DAPI,
    0,
    [_LBN],
    [0], 1
];
exports.DeleteAccessPointInput$ = DeleteAccessPointInput$;
const DeleteAccessPointOutput$ = [3, n0, _DAPO,
    0,
    [],
    []
];
exports.DeleteAccessPointOutput$ = DeleteAccessPointOutput$;
const DeleteLoadBalancerListenerInput$ = [3, n0, _DLBLI,
    0,
    [_LBN, _LBP],
    [0, 64 | 1], 2
];
exports.DeleteLoadBalancerListenerInput$ = DeleteLoadBalancerListenerInput$;
const DeleteLoadBalancerListenerOutput$ = [3, n0, _DLBLO,
    0,
    [],
    []
];
exports.DeleteLoadBalancerListenerOutput$ = DeleteLoadBalancerListenerOutput$;
const DeleteLoadBalancerPolicyInput$ = [3, n0, _DLBPI,
    0,
    [_LBN, _PN],
    [0, 0], 2
];
exports.DeleteLoadBalancerPolicyInput$ = DeleteLoadBalancerPolicyInput$;
const DeleteLoadBalancerPolicyOutput$ = [3, n0, _DLBPO,
    0,
    [],
    []
];
exports.DeleteLoadBalancerPolicyOutput$ = DeleteLoadBalancerPolicyOutput$;
const DeregisterEndPointsInput$ = [3, n0, _DEPI,
    0,
    [_LBN, _I],
    [0, () => Instances], 2
];
exports.DeregisterEndPointsInput$ = DeregisterEndPointsInput$;
const DeregisterEndPointsOutput$ = [3, n0, _DEPO,
    0,
    [_I],
    [() => Instances]
];
exports.DeregisterEndPointsOutput$ = DeregisterEndPointsOutput$;
const DescribeAccessPointsInput$ = [3, n0, _DAPIe,
    0,
    [_LBNo, _Ma, _PS],
    [64 | 0, 0, 1]
];
exports.DescribeAccessPointsInput$ = DescribeAccessPointsInput$;
const DescribeAccessPointsOutput$ = [3, n0, _DAPOe,
    0,
    [_LBD, _NM],
    [() => LoadBalancerDescriptions, 0]
];
exports.DescribeAccessPointsOutput$ = DescribeAccessPointsOutput$;
const DescribeAccountLimitsInput$ = [3, n0, _DALI,
    0,
    [_Ma, _PS],
    [0, 1]
];
exports.DescribeAccountLimitsInput$ = DescribeAccountLimitsInput$;
const DescribeAccountLimitsOutput$ = [3, n0, _DALO,
    0,
    [_Li, _NM],
    [() => Limits, 0]
];
exports.DescribeAccountLimitsOutput$ = DescribeAccountLimitsOutput$;
const DescribeEndPointStateInput$ = [3, n0, _DEPSI,
    0,
    [_LBN, _I],
    [0, () => Instances], 1
];
exports.DescribeEndPointStateInput$ = DescribeEndPointStateInput$;
const DescribeEndPointStateOutput$ = [3, n0, _DEPSO,
    0,
    [_IS],
    [() => InstanceStates]
];
exports.DescribeEndPointStateOutput$ = DescribeEndPointStateOutput$;
const DescribeLoadBalancerAttributesInput$ = [3, n0, _DLBAI,
    0,
    [_LBN],
    [0], 1
];
exports.DescribeLoadBalancerAttributesInput$ = DescribeLoadBalancerAttributesInput$;
const DescribeLoadBalancerAttributesOutput$ = [3, n0, _DLBAO,
    0,
    [_LBA],
    [() => LoadBalancerAttributes$]
];
exports.DescribeLoadBalancerAttributesOutput$ = DescribeLoadBalancerAttributesOutput$;
const DescribeLoadBalancerPoliciesInput$ = [3, n0, _DLBPIe,
    0,
    [_LBN, _PNo],
    [0, 64 | 0]
];
exports.DescribeLoadBalancerPoliciesInput$ = DescribeLoadBalancerPoliciesInput$;
const DescribeLoadBalancerPoliciesOutput$ = [3, n0, _DLBPOe,
    0,
    [_PD],
    [() => PolicyDescriptions]
];
exports.DescribeLoadBalancerPoliciesOutput$ = DescribeLoadBalancerPoliciesOutput$;
const DescribeLoadBalancerPolicyTypesInput$ = [3, n0, _DLBPTI,
    0,
    [_PTNo],
    [64 | 0]
];
exports.DescribeLoadBalancerPolicyTypesInput$ = DescribeLoadBalancerPolicyTypesInput$;
const DescribeLoadBalancerPolicyTypesOutput$ = [3, n0, _DLBPTO,
    0,
    [_PTD],
    [() => PolicyTypeDescriptions]
];
exports.DescribeLoadBalancerPolicyTypesOutput$ = DescribeLoadBalancerPolicyTypesOutput$;
const DescribeTagsInput$ = [3, n0, _DTI,
    0,
    [_LBNo],
    [64 | 0], 1
];
exports.DescribeTagsInput$ = DescribeTagsInput$;
const DescribeTagsOutput$ = [3, n0, _DTO,
    0,
    [_TD],
    [() => TagDescriptions]
];
exports.DescribeTagsOutput$ = DescribeTagsOutput$;
const DetachLoadBalancerFromSubnetsInput$ = [3, n0, _DLBFSI,
    0,
    [_LBN, _S],
    [0, 64 | 0], 2
];
exports.DetachLoadBalancerFromSubnetsInput$ = DetachLoadBalancerFromSubnetsInput$;
const DetachLoadBalancerFromSubnetsOutput$ = [3, n0, _DLBFSO,
    0,
    [_S],
    [64 | 0]
];
exports.DetachLoadBalancerFromSubnetsOutput$ = DetachLoadBalancerFromSubnetsOutput$;
const HealthCheck$ = [3, n0, _HC,
    0,
    [_Ta, _In, _Ti, _UT, _HT],
    [0, 1, 1, 1, 1], 5
];
exports.HealthCheck$ = HealthCheck$;
const Instance$ = [3, n0, _Ins,
    0,
    [_II],
    [0]
];
exports.Instance$ = Instance$;
const InstanceState$ = [3, n0, _ISn,
    0,
    [_II, _St, _RC, _D],
    [0, 0, 0, 0]
];
exports.InstanceState$ = InstanceState$;
const LBCookieStickinessPolicy$ = [3, n0, _LBCSP,
    0,
    [_PN, _CEP],
    [0, 1]
];
exports.LBCookieStickinessPolicy$ = LBCookieStickinessPolicy$;
const Limit$ = [3, n0, _Lim,
    0,
    [_N, _Max],
    [0, 0]
];
exports.Limit$ = Limit$;
const Listener$ = [3, n0, _Lis,
    0,
    [_P, _LBPo, _IP, _IPn, _SSLCI],
    [0, 1, 1, 0, 0], 3
];
exports.Listener$ = Listener$;
const ListenerDescription$ = [3, n0, _LD,
    0,
    [_Lis, _PNo],
    [() => Listener$, 64 | 0]
];
exports.ListenerDescription$ = ListenerDescription$;
const LoadBalancerAttributes$ = [3, n0, _LBA,
    0,
    [_CZLB, _AL, _CD, _CS, _AAd],
    [() => CrossZoneLoadBalancing$, () => AccessLog$, () => ConnectionDraining$, () => ConnectionSettings$, () => AdditionalAttributes]
];
exports.LoadBalancerAttributes$ = LoadBalancerAttributes$;
const LoadBalancerDescription$ = [3, n0, _LBDo,
    0,
    [_LBN, _DNSN, _CHZN, _CHZNID, _LDi, _Po, _BSDa, _AZ, _S, _VPCI, _I, _HC, _SSG, _SG, _CT, _Sc],
    [0, 0, 0, 0, () => ListenerDescriptions, () => Policies$, () => BackendServerDescriptions, 64 | 0, 64 | 0, 0, () => Instances, () => HealthCheck$, () => SourceSecurityGroup$, 64 | 0, 4, 0]
];
exports.LoadBalancerDescription$ = LoadBalancerDescription$;
const ModifyLoadBalancerAttributesInput$ = [3, n0, _MLBAI,
    0,
    [_LBN, _LBA],
    [0, () => LoadBalancerAttributes$], 2
];
exports.ModifyLoadBalancerAttributesInput$ = ModifyLoadBalancerAttributesInput$;
const ModifyLoadBalancerAttributesOutput$ = [3, n0, _MLBAO,
    0,
    [_LBN, _LBA],
    [0, () => LoadBalancerAttributes$]
];
exports.ModifyLoadBalancerAttributesOutput$ = ModifyLoadBalancerAttributesOutput$;
const Policies$ = [3, n0, _Po,
    0,
    [_ACSPp, _LBCSPo, _OP],
    [() => AppCookieStickinessPolicies, () => LBCookieStickinessPolicies, 64 | 0]
];
exports.Policies$ = Policies$;
const PolicyAttribute$ = [3, n0, _PAo,
    0,
    [_AN, _AV],
    [0, 0]
];
exports.PolicyAttribute$ = PolicyAttribute$;
const PolicyAttributeDescription$ = [3, n0, _PAD,
    0,
    [_AN, _AV],
    [0, 0]
];
exports.PolicyAttributeDescription$ = PolicyAttributeDescription$;
const PolicyAttributeTypeDescription$ = [3, n0, _PATD,
    0,
    [_AN, _AT, _D, _DV, _C],
    [0, 0, 0, 0, 0]
];
exports.PolicyAttributeTypeDescription$ = PolicyAttributeTypeDescription$;
const PolicyDescription$ = [3, n0, _PDo,
    0,
    [_PN, _PTN, _PADo],
    [0, 0, () => PolicyAttributeDescriptions]
];
exports.PolicyDescription$ = PolicyDescription$;
const PolicyTypeDescription$ = [3, n0, _PTDo,
    0,
    [_PTN, _D, _PATDo],
    [0, 0, () => PolicyAttributeTypeDescriptions]
];
exports.PolicyTypeDescription$ = PolicyTypeDescription$;
const RegisterEndPointsInput$ = [3, n0, _REPI,
    0,
    [_LBN, _I],
    [0, () => Instances], 2
];
exports.RegisterEndPointsInput$ = RegisterEndPointsInput$;
const RegisterEndPointsOutput$ = [3, n0, _REPO,
    0,
    [_I],
    [() => Instances]
];
exports.RegisterEndPointsOutput$ = RegisterEndPointsOutput$;
const RemoveAvailabilityZonesInput$ = [3, n0, _RAZI,
    0,
    [_LBN, _AZ],
    [0, 64 | 0], 2
];
exports.RemoveAvailabilityZonesInput$ = RemoveAvailabilityZonesInput$;
const RemoveAvailabilityZonesOutput$ = [3, n0, _RAZO,
    0,
    [_AZ],
    [64 | 0]
];
exports.RemoveAvailabilityZonesOutput$ = RemoveAvailabilityZonesOutput$;
const RemoveTagsInput$ = [3, n0, _RTI,
    0,
    [_LBNo, _T],
    [64 | 0, () => TagKeyList], 2
];
exports.RemoveTagsInput$ = RemoveTagsInput$;
const RemoveTagsOutput$ = [3, n0, _RTO,
    0,
    [],
    []
];
exports.RemoveTagsOutput$ = RemoveTagsOutput$;
const SetLoadBalancerListenerSSLCertificateInput$ = [3, n0, _SLBLSSLCI,
    0,
    [_LBN, _LBPo, _SSLCI],
    [0, 1, 0], 3
];
exports.SetLoadBalancerListenerSSLCertificateInput$ = SetLoadBalancerListenerSSLCertificateInput$;
const SetLoadBalancerListenerSSLCertificateOutput$ = [3, n0, _SLBLSSLCO,
    0,
    [],
    []
];
exports.SetLoadBalancerListenerSSLCertificateOutput$ = SetLoadBalancerListenerSSLCertificateOutput$;
const SetLoadBalancerPoliciesForBackendServerInput$ = [3, n0, _SLBPFBSI,
    0,
    [_LBN, _IP, _PNo],
    [0, 1, 64 | 0], 3
];
exports.SetLoadBalancerPoliciesForBackendServerInput$ = SetLoadBalancerPoliciesForBackendServerInput$;
const SetLoadBalancerPoliciesForBackendServerOutput$ = [3, n0, _SLBPFBSO,
    0,
    [],
    []
];
exports.SetLoadBalancerPoliciesForBackendServerOutput$ = SetLoadBalancerPoliciesForBackendServerOutput$;
const SetLoadBalancerPoliciesOfListenerInput$ = [3, n0, _SLBPOLI,
    0,
    [_LBN, _LBPo, _PNo],
    [0, 1, 64 | 0], 3
];
exports.SetLoadBalancerPoliciesOfListenerInput$ = SetLoadBalancerPoliciesOfListenerInput$;
const SetLoadBalancerPoliciesOfListenerOutput$ = [3, n0, _SLBPOLO,
    0,
    [],
    []
];
exports.SetLoadBalancerPoliciesOfListenerOutput$ = SetLoadBalancerPoliciesOfListenerOutput$;
const SourceSecurityGroup$ = [3, n0, _SSG,
    0,
    [_OA, _GN],
    [0, 0]
];
exports.SourceSecurityGroup$ = SourceSecurityGroup$;
const Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0], 1
];
exports.Tag$ = Tag$;
const TagDescription$ = [3, n0, _TDa,
    0,
    [_LBN, _T],
    [0, () => TagList]
];
exports.TagDescription$ = TagDescription$;
const TagKeyOnly$ = [3, n0, _TKO,
    0,
    [_K],
    [0]
];
exports.TagKeyOnly$ = TagKeyOnly$;
var AdditionalAttributes = [1, n0, _AAd,
    0, () => AdditionalAttribute$
];
var AppCookieStickinessPolicies = [1, n0, _ACSPp,
    0, () => AppCookieStickinessPolicy$
];
var AvailabilityZones = (/* unused pure expression or super */ null && (64 | 0));
var BackendServerDescriptions = [1, n0, _BSDa,
    0, () => BackendServerDescription$
];
var Instances = [1, n0, _I,
    0, () => Instance$
];
var InstanceStates = [1, n0, _IS,
    0, () => InstanceState$
];
var LBCookieStickinessPolicies = [1, n0, _LBCSPo,
    0, () => LBCookieStickinessPolicy$
];
var Limits = [1, n0, _Li,
    0, () => Limit$
];
var ListenerDescriptions = [1, n0, _LDi,
    0, () => ListenerDescription$
];
var Listeners = [1, n0, _L,
    0, () => Listener$
];
var LoadBalancerDescriptions = [1, n0, _LBD,
    0, () => LoadBalancerDescription$
];
var LoadBalancerNames = (/* unused pure expression or super */ null && (64 | 0));
var LoadBalancerNamesMax20 = (/* unused pure expression or super */ null && (64 | 0));
var PolicyAttributeDescriptions = [1, n0, _PADo,
    0, () => PolicyAttributeDescription$
];
var PolicyAttributes = [1, n0, _PA,
    0, () => PolicyAttribute$
];
var PolicyAttributeTypeDescriptions = [1, n0, _PATDo,
    0, () => PolicyAttributeTypeDescription$
];
var PolicyDescriptions = [1, n0, _PD,
    0, () => PolicyDescription$
];
var PolicyNames = (/* unused pure expression or super */ null && (64 | 0));
var PolicyTypeDescriptions = [1, n0, _PTD,
    0, () => PolicyTypeDescription$
];
var PolicyTypeNames = (/* unused pure expression or super */ null && (64 | 0));
var Ports = (/* unused pure expression or super */ null && (64 | 1));
var SecurityGroups = (/* unused pure expression or super */ null && (64 | 0));
var Subnets = (/* unused pure expression or super */ null && (64 | 0));
var TagDescriptions = [1, n0, _TD,
    0, () => TagDescription$
];
var TagKeyList = [1, n0, _TKL,
    0, () => TagKeyOnly$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
exports.AddTags$ = [9, n0, _ATd,
    0, () => AddTagsInput$, () => AddTagsOutput$
];
exports.ApplySecurityGroupsToLoadBalancer$ = [9, n0, _ASGTLB,
    0, () => ApplySecurityGroupsToLoadBalancerInput$, () => ApplySecurityGroupsToLoadBalancerOutput$
];
exports.AttachLoadBalancerToSubnets$ = [9, n0, _ALBTS,
    0, () => AttachLoadBalancerToSubnetsInput$, () => AttachLoadBalancerToSubnetsOutput$
];
exports.ConfigureHealthCheck$ = [9, n0, _CHC,
    0, () => ConfigureHealthCheckInput$, () => ConfigureHealthCheckOutput$
];
exports.CreateAppCookieStickinessPolicy$ = [9, n0, _CACSP,
    0, () => CreateAppCookieStickinessPolicyInput$, () => CreateAppCookieStickinessPolicyOutput$
];
exports.CreateLBCookieStickinessPolicy$ = [9, n0, _CLBCSP,
    0, () => CreateLBCookieStickinessPolicyInput$, () => CreateLBCookieStickinessPolicyOutput$
];
exports.CreateLoadBalancer$ = [9, n0, _CLB,
    0, () => CreateAccessPointInput$, () => CreateAccessPointOutput$
];
exports.CreateLoadBalancerListeners$ = [9, n0, _CLBL,
    0, () => CreateLoadBalancerListenerInput$, () => CreateLoadBalancerListenerOutput$
];
exports.CreateLoadBalancerPolicy$ = [9, n0, _CLBP,
    0, () => CreateLoadBalancerPolicyInput$, () => CreateLoadBalancerPolicyOutput$
];
exports.DeleteLoadBalancer$ = [9, n0, _DLB,
    0, () => DeleteAccessPointInput$, () => DeleteAccessPointOutput$
];
exports.DeleteLoadBalancerListeners$ = [9, n0, _DLBL,
    0, () => DeleteLoadBalancerListenerInput$, () => DeleteLoadBalancerListenerOutput$
];
exports.DeleteLoadBalancerPolicy$ = [9, n0, _DLBP,
    0, () => DeleteLoadBalancerPolicyInput$, () => DeleteLoadBalancerPolicyOutput$
];
exports.DeregisterInstancesFromLoadBalancer$ = [9, n0, _DIFLB,
    0, () => DeregisterEndPointsInput$, () => DeregisterEndPointsOutput$
];
exports.DescribeAccountLimits$ = [9, n0, _DAL,
    0, () => DescribeAccountLimitsInput$, () => DescribeAccountLimitsOutput$
];
exports.DescribeInstanceHealth$ = [9, n0, _DIH,
    0, () => DescribeEndPointStateInput$, () => DescribeEndPointStateOutput$
];
exports.DescribeLoadBalancerAttributes$ = [9, n0, _DLBA,
    0, () => DescribeLoadBalancerAttributesInput$, () => DescribeLoadBalancerAttributesOutput$
];
exports.DescribeLoadBalancerPolicies$ = [9, n0, _DLBPe,
    0, () => DescribeLoadBalancerPoliciesInput$, () => DescribeLoadBalancerPoliciesOutput$
];
exports.DescribeLoadBalancerPolicyTypes$ = [9, n0, _DLBPT,
    0, () => DescribeLoadBalancerPolicyTypesInput$, () => DescribeLoadBalancerPolicyTypesOutput$
];
exports.DescribeLoadBalancers$ = [9, n0, _DLBe,
    0, () => DescribeAccessPointsInput$, () => DescribeAccessPointsOutput$
];
exports.DescribeTags$ = [9, n0, _DT,
    0, () => DescribeTagsInput$, () => DescribeTagsOutput$
];
exports.DetachLoadBalancerFromSubnets$ = [9, n0, _DLBFS,
    0, () => DetachLoadBalancerFromSubnetsInput$, () => DetachLoadBalancerFromSubnetsOutput$
];
exports.DisableAvailabilityZonesForLoadBalancer$ = [9, n0, _DAZFLB,
    0, () => RemoveAvailabilityZonesInput$, () => RemoveAvailabilityZonesOutput$
];
exports.EnableAvailabilityZonesForLoadBalancer$ = [9, n0, _EAZFLB,
    0, () => AddAvailabilityZonesInput$, () => AddAvailabilityZonesOutput$
];
exports.ModifyLoadBalancerAttributes$ = [9, n0, _MLBA,
    0, () => ModifyLoadBalancerAttributesInput$, () => ModifyLoadBalancerAttributesOutput$
];
exports.RegisterInstancesWithLoadBalancer$ = [9, n0, _RIWLB,
    0, () => RegisterEndPointsInput$, () => RegisterEndPointsOutput$
];
exports.RemoveTags$ = [9, n0, _RT,
    0, () => RemoveTagsInput$, () => RemoveTagsOutput$
];
exports.SetLoadBalancerListenerSSLCertificate$ = [9, n0, _SLBLSSLC,
    0, () => SetLoadBalancerListenerSSLCertificateInput$, () => SetLoadBalancerListenerSSLCertificateOutput$
];
exports.SetLoadBalancerPoliciesForBackendServer$ = [9, n0, _SLBPFBS,
    0, () => SetLoadBalancerPoliciesForBackendServerInput$, () => SetLoadBalancerPoliciesForBackendServerOutput$
];
exports.SetLoadBalancerPoliciesOfListener$ = [9, n0, _SLBPOL,
    0, () => SetLoadBalancerPoliciesOfListenerInput$, () => SetLoadBalancerPoliciesOfListenerOutput$
];


/***/ }),

/***/ 615:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-elastic-load-balancing","description":"AWS SDK for JavaScript Elastic Load Balancing Client for Node.js, Browser and React Native","version":"3.1075.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.974.23","@aws-sdk/credential-provider-node":"^3.972.58","@aws-sdk/types":"^3.973.13","@smithy/core":"^3.24.6","@smithy/fetch-http-handler":"^5.4.6","@smithy/node-http-handler":"^4.7.6","@smithy/types":"^4.14.3","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/sdk-for-javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-elastic-load-balancing","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-elastic-load-balancing"}}');

/***/ })

};
