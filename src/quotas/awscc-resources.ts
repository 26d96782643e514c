// Terraform's AWS Cloud Control provider (awscc_*) generates one resource per CloudFormation type, named by snake
// casing: `AWS::EC2::VPC` → `awscc_ec2_vpc`, property `VpcId` → attribute `vpc_id`, `CidrIpv6` → `cidr_ipv_6`
// (hashicorp/terraform-provider-awscc contributing/docs/resource-behavior.md "Resource Type Naming" and
// "Attribute Naming"; internal/naming/naming.go CloudFormationPropertyToTerraformAttribute). Nested objects stay
// objects and arrays stay lists, so the CloudFormation mapping reads an awscc resource through that translation.
import type { Attributes, ResourceChange } from '../model.js';
import type { ExtractContext, Extractor } from './consumers.js';
import { CLOUDFORMATION_NO_QUOTA, CLOUDFORMATION_RESOURCES } from './cloudformation-resources.js';

/** Words awscc rewrites before snake casing (naming.go propertyNameReplacements). */
const REPLACEMENTS: [string, string][] = [
  ['CloudFormation', 'Cloudformation'],
  ['CloudFront', 'Cloudfront'],
  ['CloudWatch', 'Cloudwatch'],
  ['FSx', 'Fsx'],
];

const isCap = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';
const isLow = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** A CloudFormation property (or type part) name as awscc names it: the algorithm of naming.go, char by char. */
export function awsccName(property: string): string {
  let name = property.trim();
  for (const [from, to] of REPLACEMENTS) name = name.split(from).join(to);
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const next = name[i + 1];
    const lower = ch.toLowerCase();
    if (next !== undefined && ((isCap(ch) && isLow(next)) || (isLow(ch) && (isCap(next) || isDigit(next))) || (isDigit(ch) && (isCap(next) || isLow(next))))) {
      if (isCap(ch) && isLow(next) && isCap(name[i - 1])) out += '_';
      out += lower;
      if (isLow(ch) || isDigit(ch)) out += '_';
      continue;
    }
    out += isCap(ch) || isLow(ch) || isDigit(ch) ? lower : '_';
  }
  return out;
}

/** `AWS::Service::Resource` → `awscc_service_resource` (service lower-cased, resource snake-cased). */
export function awsccTypeOf(cloudFormationType: string): string | undefined {
  const m = /^AWS::([A-Za-z0-9]{2,64})::([A-Za-z0-9]{2,64})$/.exec(cloudFormationType);
  return m ? `awscc_${m[1]!.toLowerCase()}_${awsccName(m[2]!)}` : undefined;
}

/** awscc type → the CloudFormation type it is generated from, for every type the CloudFormation mapping knows. */
const CLOUDFORMATION_TYPE = new Map<string, string>(
  [...Object.keys(CLOUDFORMATION_RESOURCES), ...CLOUDFORMATION_NO_QUOTA].flatMap((t) => {
    const awscc = t.startsWith('AWS::Serverless::') ? undefined : awsccTypeOf(t); // SAM types are a transform, not resources
    return awscc ? [[awscc, t] as [string, string]] : [];
  }),
);

function translated(attrs: Attributes): Attributes {
  return { get: (...path) => attrs.get(...path.map((k) => (typeof k === 'string' ? awsccName(k) : k))) };
}

/** An awscc resource seen as the CloudFormation resource it is (same object for the same resource: identity matters). */
const views = new WeakMap<ResourceChange, ResourceChange>();
function asCloudFormation(change: ResourceChange): ResourceChange {
  const type = CLOUDFORMATION_TYPE.get(change.type);
  if (!type) return change;
  let view = views.get(change);
  if (!view) {
    view = { ...change, type, before: change.before && translated(change.before), after: change.after && translated(change.after) };
    views.set(change, view);
  }
  return view;
}

function viaCloudFormation(extract: Extractor): Extractor {
  return (ctx: ExtractContext) =>
    extract({
      ...ctx,
      resource: asCloudFormation(ctx.resource),
      attrs: translated(ctx.attrs),
      lookup: (value, types) => {
        const target = ctx.lookup(value, types && types.flatMap((t) => [t, awsccTypeOf(t) ?? t]));
        return target && asCloudFormation(target);
      },
    });
}

export const AWSCC_RESOURCES: Record<string, Extractor> = Object.fromEntries(
  [...CLOUDFORMATION_TYPE].filter(([, t]) => Object.hasOwn(CLOUDFORMATION_RESOURCES, t)).map(([awscc, t]) => [awscc, viaCloudFormation(CLOUDFORMATION_RESOURCES[t]!)]),
);

export const AWSCC_NO_QUOTA: ReadonlySet<string> = new Set([...CLOUDFORMATION_TYPE].filter(([, t]) => CLOUDFORMATION_NO_QUOTA.has(t)).map(([awscc]) => awscc));
