// A resource whose provider deploys into another account (assume_role, allowed_account_ids) names that account, so
// the live reader never reads it against the credentials' own account.
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { fixture } from '../helpers/load.js';

test('each resource carries the account of its provider: assume_role ARN (here through a variable), a single allowed account, else none', () => {
  const input = parseTerraformPlan(fixture('terraform/two-accounts.json'), 'two-accounts.json', {});
  expect(Object.fromEntries(input.changes.map((c) => [c.address, c.account]))).toEqual({ 'aws_vpc.shared': null, 'aws_vpc.prod': '222222222222', 'aws_vpc.audit': '333333333333' });
  // The role `use-plan-roles` reads account 222222222222 through; allowed_account_ids names no role.
  expect(input.providerRoles).toEqual({ '222222222222': 'arn:aws:iam::222222222222:role/deploy' });
  const vpcs = buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() }).requirements.filter((r) => r.quotaCode === 'L-F678F1CE');
  // One requirement per account: the three VPCs are not added up against one account's quota.
  expect(Object.fromEntries(vpcs.map((r) => [String(r.account), r.required]))).toEqual({ null: 1, '222222222222': 1, '333333333333': 1 });
});
