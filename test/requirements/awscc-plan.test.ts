// Cloud Control (awscc_*) resources of a plan reach the CloudFormation mapping, region from the awscc provider.
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey, fixture } from '../helpers/load.js';

test('an awscc VPC and subnet are read and counted like their CloudFormation types', () => {
  const input = parseTerraformPlan(fixture('terraform/awscc-vpc.json'), 'awscc-vpc.json', {});
  expect(input.changes.map((c) => c.type)).toEqual(['awscc_ec2_vpc', 'awscc_ec2_subnet']);
  const { requirements, coverage } = buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() });
  expect(coverage).toEqual({ resources: 2, mapped: 2, unsupported: [] });
  const r = byKey(requirements);
  expect(r['eu-west-1 L-F678F1CE region'].required).toBe(1);
  expect(r['eu-west-1 L-407747CB vpc:awscc_ec2_vpc.main'].required).toBe(1);
  expect(r['eu-west-1 L-407747CB vpc:awscc_ec2_vpc.main'].parent).toEqual({ address: 'awscc_ec2_vpc.main', created: true });
});
