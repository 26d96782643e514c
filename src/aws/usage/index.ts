// The registry of usage sources: which source counts which quota in which scope, and every IAM action they need.
// The live reader plans its calls from here; IAM_ACTIONS (../iam-actions.ts) and the README's policy are checked against
// it. Adding a source for a new quota is one small module (see source.ts) and one line below.
import type { ScopeKind } from '../../quotas/catalog.js';
import { ACM_SOURCES } from './acm.js';
import { APIGATEWAY_SOURCES } from './apigateway.js';
import { APPAUTOSCALING_SOURCES } from './appautoscaling.js';
import { AUTOSCALING_SOURCES } from './autoscaling.js';
import { CLOUDFORMATION_SOURCES } from './cloudformation.js';
import { CLOUDFRONT_SOURCES } from './cloudfront.js';
import { COGNITO_SOURCES } from './cognito.js';
import { DMS_SOURCES } from './dms.js';
import { DYNAMODB_SOURCES } from './dynamodb.js';
import { EBS_SOURCES } from './ebs.js';
import { EC2_SOURCES } from './ec2.js';
import { ECR_SOURCES } from './ecr.js';
import { ECS_SOURCES } from './ecs.js';
import { EFS_SOURCES } from './efs.js';
import { EKS_SOURCES } from './eks.js';
import { EVENTS_SOURCES } from './events.js';
import { ELASTICACHE_SOURCES } from './elasticache.js';
import { ELB_SOURCES } from './elb.js';
import { FARGATE_SOURCES } from './fargate.js';
import { IAM_SOURCES } from './iam.js';
import { KINESIS_SOURCES } from './kinesis.js';
import { KMS_SOURCES } from './kms.js';
import { LAMBDA_SOURCES } from './lambda.js';
import { LOGS_SOURCES } from './logs.js';
import { OPENSEARCH_SOURCES } from './opensearch.js';
import { RDS_SOURCES } from './rds.js';
import { ROUTE53_SOURCES } from './route53.js';
import { S3_SOURCES } from './s3.js';
import { SECRETSMANAGER_SOURCES } from './secretsmanager.js';
import { SNS_SOURCES } from './sns.js';
import { TRANSIT_GATEWAY_SOURCES } from './transit-gateway.js';
import type { UsageSource } from './source.js';
import { VCPU_SOURCES } from './vcpus.js';
import { VPC_SOURCES } from './vpc.js';
import { WAFV2_SOURCES } from './wafv2.js';

export const USAGE_SOURCES: readonly UsageSource[] = [
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

const BY_QUOTA = new Map<string, UsageSource>();
for (const s of USAGE_SOURCES) {
  for (const code of Object.keys(s.counts)) {
    if (BY_QUOTA.has(code)) throw new Error(`usage sources ${BY_QUOTA.get(code)!.name} and ${s.name} both count ${code}`);
    BY_QUOTA.set(code, s);
  }
}

/** The source that counts `quotaCode` in a scope of `kind`, if any. */
export function usageSourceFor(quotaCode: string, kind: ScopeKind): UsageSource | undefined {
  const s = BY_QUOTA.get(quotaCode);
  return s && s.counts[quotaCode]!.includes(kind) ? s : undefined;
}

/** Whether the source of `quotaCode` counts it account-wide, read through us-east-1 (IAM, S3, Route 53). */
export function globalUsage(quotaCode: string): boolean {
  return BY_QUOTA.get(quotaCode)?.global === true;
}

/** Every IAM action the usage sources may call. */
export const USAGE_IAM_ACTIONS: readonly string[] = [...new Set(USAGE_SOURCES.flatMap((s) => s.calls.map((c) => c.action)))];
