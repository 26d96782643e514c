// Which mapping serves a resource: one table per input format.
import type { ResourceChange } from '../model.js';
import type { Extractor } from './consumers.js';
import { AWSCC_NO_QUOTA, AWSCC_RESOURCES } from './awscc-resources.js';
import { CLOUDFORMATION_NO_QUOTA, CLOUDFORMATION_RESOURCES } from './cloudformation-resources.js';
import { CONFIG_RESOURCES } from './config-resources.js';
import { TERRAFORM_NO_QUOTA, TERRAFORM_RESOURCES } from './terraform-resources.js';

function table(change: ResourceChange): [Record<string, Extractor>, ReadonlySet<string>] {
  switch (change.format) {
    case 'terraform':
      // awscc_* (the AWS Cloud Control provider) reuses the CloudFormation mapping through its naming.
      return change.type.startsWith('awscc_') ? [AWSCC_RESOURCES, AWSCC_NO_QUOTA] : [TERRAFORM_RESOURCES, TERRAFORM_NO_QUOTA];
    case 'cloudformation':
    case 'changeset':
      return [CLOUDFORMATION_RESOURCES, CLOUDFORMATION_NO_QUOTA];
    case 'config':
      return [CONFIG_RESOURCES, new Set()];
  }
}

export function extractorFor(change: ResourceChange): Extractor | undefined {
  const [extractors] = table(change);
  return Object.hasOwn(extractors, change.type) ? extractors[change.type] : undefined;
}

/** True for a type known to consume no count quota: covered, with nothing to check. */
export function hasNoQuota(change: ResourceChange): boolean {
  return table(change)[1].has(change.type);
}
