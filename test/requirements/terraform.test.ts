import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import type { CapacityMode } from '../../src/quotas/consumers.js';
import { byKey, fixture } from '../helpers/load.js';

function requirementsOf(name: string, region?: string, capacity: CapacityMode = 'max') {
  const input = parseTerraformPlan(fixture(`terraform/${name}`), name, { region });
  return buildRequirements([input], { capacity, vcpus: vcpuLookup() });
}

describe('Terraform plan → requirements', () => {
  test('each action kind adds only what it needs at the peak', () => {
    const { requirements, coverage } = requirementsOf('actions.json');
    const r = byKey(requirements);
    const standard = r['eu-central-1 L-1216C47A region'];
    // created 2, grown m5.large→m5.2xlarge +6, create-before-destroy c5.xlarge full 4,
    // destroy-then-create c5.xlarge→c5.2xlarge +4, ASG max 4→10 of t3.medium +12; deletes, shrinks, no-ops add 0.
    expect(standard.required).toBe(28);
    expect(Object.fromEntries(standard.sources.map((s) => [s.address, s.amount]))).toEqual({
      'aws_instance.created': 2,
      'aws_instance.grown': 6,
      'aws_instance.cbd': 4,
      'aws_instance.dbc': 4,
      'aws_autoscaling_group.grow': 12,
    });
    expect(standard.sources.find((s) => s.address === 'aws_instance.cbd')?.note).toMatch(/created before old is destroyed/);
    expect(r['eu-central-1 L-DB2E81BA region'].required).toBe(4); // m5.xlarge → g5.xlarge moves into the G class
    expect(r['eu-central-1 L-34B43A08 region'].required).toBe(4); // spot request + spot market instance
    expect(r['eu-central-1 L-CDE20ADC region']).toBeUndefined(); // an updated group is not a new group
    expect(coverage).toEqual({ resources: 10, mapped: 10, unsupported: [] });
  });

  test('desired capacity is counted when asked', () => {
    const r = byKey(requirementsOf('example-plan.json', undefined, 'desired').requirements);
    expect(r['eu-west-1 L-1216C47A region'].required).toBe(4 * 4 + 6);
  });

  test('the example plan: regions from a variable, references through for_each, global quotas in us-east-1', () => {
    const { requirements, coverage } = requirementsOf('example-plan.json');
    const r = byKey(requirements);
    expect(r['eu-west-1 L-1216C47A region'].required).toBe(12 * 4 + 6);
    expect(r['eu-west-1 L-FE5A380F az:eu-west-1a'].required).toBe(1);
    expect(r['eu-west-1 L-FE5A380F az:eu-west-1b'].required).toBe(1);
    expect(r['eu-west-1 L-407747CB vpc:aws_vpc.main'].required).toBe(2);
    expect(r['eu-west-1 L-0263D0A3 region'].required).toBe(2);
    expect(r['eu-west-1 L-B99A9384 region'].required).toBe(150); // 50 reserved + the 100 AWS keeps unreserved
    expect(r['us-east-1 L-DC2B2D3D region'].required).toBe(1);
    expect(r['us-east-1 L-FE177D64 region'].required).toBe(1);
    expect(r['eu-west-1 L-7ADDB58A region'].required).toBe(200); // replacement creates first: the full new size
    expect(r['eu-west-1 L-53DA6B97 region'].required).toBe(1);
    expect(coverage).toEqual({ resources: 18, mapped: 17, unsupported: [{ type: 'aws_glue_job', count: 1 }] });
    expect(requirements.every((q) => q.unknowns.length === 0)).toBe(true);
  });

  test('modules with count and for_each, provider aliases and regions', () => {
    const { requirements, coverage } = requirementsOf('modules-multi-region.json');
    const r = byKey(requirements);
    expect(r['us-east-2 L-1216C47A region'].required).toBe(3 * 8 + 3 * 2); // module.app[0] c5.2xlarge, [1] c5.large
    expect(r['us-east-2 L-CDE20ADC region'].required).toBe(2);
    expect(r['us-west-2 L-1216C47A region'].required).toBe(4 * 2); // module.dr["blue"|"green"] × count 2 on aws.west
    expect(r['us-west-2 L-F678F1CE region'].required).toBe(1);
    expect(r['us-east-1 L-F678F1CE region'].required).toBe(1);
    expect(r['us-east-1 L-FE177D64 region'].required).toBe(1); // IAM is global even from aws.west
    expect(coverage.resources).toBe(11); // data sources and other providers are not AWS resources
  });

  test('unknown values make requirements unknown, never 0; fleets count the worst case per quota', () => {
    const { requirements } = requirementsOf('unknowns-and-fleets.json', 'ap-southeast-2');
    const r = byKey(requirements);
    const standard = r['ap-southeast-2 L-1216C47A region'];
    expect(standard.required).toBe(8 + 4); // mixed group on-demand share + default EKS t3.medium × 2
    expect(standard.unknowns).toEqual(['aws_autoscaling_group.unknown_size: max_size is known only after apply']);
    const unknownClass = r['ap-southeast-2 unknown-on-demand region'];
    expect(unknownClass.required).toBe(0);
    expect(unknownClass.unknowns).toEqual([
      'aws_instance.unknown_type: instance_type is known only after apply',
      'aws_instance.bad_type: instance type "z9.gigantic" is not recognised',
    ]);
    // base 2 + 25 % of 8 above it = 4 on-demand units, 6 spot; worst option per quota.
    expect(r['ap-southeast-2 L-34B43A08 region'].required).toBe(16 + 48); // m5.2xlarge ×2 spot + EKS SPOT c6g.2xlarge × 6
    expect(r['ap-southeast-2 L-DB2E81BA region'].required).toBe(16);
    expect(r['ap-southeast-2 L-3819A6DF region'].required).toBe(24);
    expect(r['ap-southeast-2 L-CDE20ADC region'].required).toBe(4);
    expect(r['ap-southeast-2 L-6D54EA21 resource:prod'].required).toBe(2);
    expect(r['ap-southeast-2 L-3032A538 region'].required).toBe(1.5); // 3 tasks × 512 CPU units
    expect(r['ap-southeast-2 L-FE5A380F az:ap-southeast-2a'].required).toBe(1); // via the unknown subnet's reference
    expect(r['ap-southeast-2 L-FE5A380F az:ap-southeast-2c'].required).toBe(1); // via the existing subnet's id
    expect(r['ap-southeast-2 L-407747CB vpc:vpc-0abc'].required).toBe(1);
  });

  test('no region anywhere makes the requirement unknown', () => {
    const { requirements } = requirementsOf('unknowns-and-fleets.json');
    const vpc = requirements.find((q) => q.quotaCode === 'L-407747CB');
    expect(vpc?.region).toBe('unknown');
    expect(vpc?.unknowns[0]).toMatch(/no region/);
  });
});
