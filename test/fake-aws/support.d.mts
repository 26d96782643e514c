// Types of support.mjs: the AWS Support API part of the fake (seed types FakeSupport / FakeCase are in server.d.mts).
export function supportExtension(inner: unknown, deps: { AwsError: unknown; FAULTS: Record<string, unknown> }): unknown;
