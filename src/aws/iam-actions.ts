// The read-only IAM policy a live run needs. Apart from ./common.ts, which every AWS call loads, because it takes in
// the registry of usage sources: a module that only calls AWS need not load every source.
import { USAGE_IAM_ACTIONS } from './usage/index.js';

/**
 * Every IAM action a live run may call: the read-only policy to document for users (README "Least-privilege IAM
 * policy", checked by test/action/iam-policy.test.ts). The usage sources' actions come from their registry.
 */
export const IAM_ACTIONS: readonly string[] = [
  'servicequotas:GetServiceQuota',
  'servicequotas:GetAWSDefaultServiceQuota',
  'servicequotas:ListServiceQuotas',
  'cloudwatch:GetMetricData',
  'ec2:DescribeInstanceTypes',
  'cloudformation:DescribeChangeSet',
  ...USAGE_IAM_ACTIONS,
  // Only when a requirement names an account and no applied quota ARN told the credentials' one. STS answers it
  // whatever the policy says (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html); listed
  // so that the policy documents every call.
  'sts:GetCallerIdentity',
];
