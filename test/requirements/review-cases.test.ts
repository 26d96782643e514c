// Cases from the review: unknowns that must not vanish, and values that must not be guessed.
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey } from '../helpers/load.js';

const change = (address: string, after: object, afterUnknown: object = {}) => ({
  address,
  mode: 'managed',
  type: address.split('.')[0],
  name: address.split('.')[1],
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: { actions: ['create'], before: null, after, after_unknown: afterUnknown },
});

function requirements(changes: object[], configuration: object = {}) {
  const plan = JSON.stringify({ format_version: '1.2', resource_changes: changes, configuration });
  return byKey(buildRequirements([parseTerraformPlan(plan, 'p.json', { region: 'eu-west-1' })], { capacity: 'max', vcpus: vcpuLookup() }).requirements);
}

describe('review cases', () => {
  test('an unknown on-demand base: each market may get the whole group', () => {
    const r = requirements([
      change('aws_launch_template.lt', { id: 'lt-1', instance_type: 'm5.large' }),
      change(
        'aws_autoscaling_group.g',
        { max_size: 10, min_size: 0, mixed_instances_policy: [{ instances_distribution: [{ on_demand_percentage_above_base_capacity: 0 }], launch_template: [{ launch_template_specification: [{ launch_template_id: 'lt-1' }], override: [] }] }] },
        { mixed_instances_policy: [{ instances_distribution: [{ on_demand_base_capacity: true }] }] },
      ),
    ]);
    expect(r['eu-west-1 L-1216C47A region'].required).toBe(20);
    expect(r['eu-west-1 L-34B43A08 region'].required).toBe(20);
  });

  test('DynamoDB throughput counts when the billing mode is not known yet; Fargate when the launch type is not', () => {
    const r = requirements([
      change('aws_dynamodb_table.t', { read_capacity: 90000, write_capacity: 5 }, { billing_mode: true }),
      change('aws_ecs_task_definition.td', { arn: 'arn:aws:ecs:eu-west-1:111122223333:task-definition/app:1', cpu: '1024' }),
      change('aws_ecs_service.s', { desired_count: 2, task_definition: 'arn:aws:ecs:eu-west-1:111122223333:task-definition/app:1' }, { launch_type: true }),
    ]);
    expect(r['eu-west-1 L-34F6A552 region'].required).toBe(90000);
    expect(r['eu-west-1 L-3032A538 region'].required).toBe(2); // 2 tasks × 1024 CPU units, in case it is FARGATE
  });

  test('a rule with CIDR blocks known only after apply is unknown; a role with managed_policy_arns counts them', () => {
    const r = requirements([
      change('aws_security_group_rule.r', { type: 'ingress', security_group_id: 'sg-1' }, { cidr_blocks: true }),
      change('aws_iam_role.app', { name: 'app', managed_policy_arns: Array.from({ length: 12 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`) }),
    ]);
    expect(r['eu-west-1 L-0EA8095F resource:sg-1/ingress'].unknowns).toEqual(['aws_security_group_rule.r: cidr_blocks is known only after apply']);
    expect(r['us-east-1 L-0DA4ABF3 resource:aws_iam_role.app'].required).toBe(12);
  });

  test('a provider region set by an expression the plan cannot resolve is unknown, never --region', () => {
    const r = requirements([change('aws_vpc.dr', { cidr_block: '10.9.0.0/16' })], {
      provider_config: { 'aws.dr': { name: 'aws', alias: 'dr', expressions: { region: { references: ['local.dr_region'] } } } },
      root_module: { resources: [{ address: 'aws_vpc.dr', mode: 'managed', type: 'aws_vpc', name: 'dr', provider_config_key: 'aws.dr', expressions: {} }] },
    });
    expect(Object.keys(r)).toEqual(['unknown L-F678F1CE region', 'unknown L-83CA0A9D vpc:aws_vpc.dr']);
    expect(r['unknown L-F678F1CE region'].unknowns[0]).toMatch(/region of provider "aws.dr" is set from local.dr_region/);
    expect(r['unknown L-83CA0A9D vpc:aws_vpc.dr'].unknowns[0]).toMatch(/region of provider "aws.dr" is set from local.dr_region/);
  });
});
