// Issue 8: recent Terraform marks an Auto Scaling group's mixed_instances_policy (and sometimes launch_template)
// unknown as a whole block even when the configuration never sets it. The configuration tells "not set" (the group
// sets launch_template, which excludes mixed_instances_policy) from "set but unknown".
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey } from '../helpers/load.js';

const lt = {
  address: 'aws_launch_template.web',
  mode: 'managed',
  type: 'aws_launch_template',
  name: 'web',
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: { actions: ['create'], before: null, after: { instance_type: 'm5.2xlarge', name_prefix: 'web' }, after_unknown: { id: true, arn: true, latest_version: true } },
};

function plan(asgExpressions: Record<string, unknown>, afterUnknown: Record<string, unknown>): string {
  const asg = {
    address: 'aws_autoscaling_group.web',
    mode: 'managed',
    type: 'aws_autoscaling_group',
    name: 'web',
    provider_name: 'registry.terraform.io/hashicorp/aws',
    // Terraform leaves unknown values out of `after`.
    change: { actions: ['create'], before: null, after: { max_size: 10, min_size: 1 }, after_unknown: { arn: true, id: true, ...afterUnknown } },
  };
  return JSON.stringify({
    format_version: '1.2',
    resource_changes: [lt, asg],
    configuration: {
      provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } },
      root_module: {
        resources: [
          { address: 'aws_launch_template.web', mode: 'managed', type: 'aws_launch_template', name: 'web', provider_config_key: 'aws', expressions: { instance_type: { constant_value: 'm5.2xlarge' } } },
          { address: 'aws_autoscaling_group.web', mode: 'managed', type: 'aws_autoscaling_group', name: 'web', provider_config_key: 'aws', expressions: { max_size: { constant_value: 10 }, min_size: { constant_value: 1 }, ...asgExpressions } },
        ],
      },
    },
  });
}

const vcpusOf = (text: string) => byKey(buildRequirements([parseTerraformPlan(text, 'plan.json')], { capacity: 'max', vcpus: vcpuLookup() }).requirements)['eu-west-1 L-1216C47A region'];
const launchTemplate = { launch_template: [{ id: { references: ['aws_launch_template.web.id', 'aws_launch_template.web'] }, version: { constant_value: '$Latest' } }] };

describe('Auto Scaling groups with whole-block unknowns', () => {
  test('mixed_instances_policy unknown but not configured: the launch template counts (10 × 8 vCPUs)', () => {
    const vcpus = vcpusOf(plan(launchTemplate, { launch_template: true, mixed_instances_policy: true }));
    expect(vcpus.required).toBe(80);
    expect(vcpus.unknowns).toEqual([]);
  });

  test('the same with mixed_instances_policy unknown only', () => {
    expect(vcpusOf(plan(launchTemplate, { launch_template: [{ id: true }], mixed_instances_policy: true })).required).toBe(80);
  });

  test('a configuration that sets neither (a dynamic block is left out of the expressions) stays unknown', () => {
    const vcpus = Object.values(byKey(buildRequirements([parseTerraformPlan(plan({}, { launch_template: true, mixed_instances_policy: true }), 'plan.json')], { capacity: 'max', vcpus: vcpuLookup() }).requirements)).find((r) => r.unknowns.length);
    expect(vcpus?.unknowns.join()).toMatch(/aws_autoscaling_group\.web: .*known after apply/);
  });

  test('a configured mixed_instances_policy that is unknown stays unknown', () => {
    const mixed = { mixed_instances_policy: [{ launch_template: [{ launch_template_specification: [{ launch_template_id: { references: ['var.lt_id'] } }] }] }] };
    const requirements = buildRequirements([parseTerraformPlan(plan(mixed, { launch_template: true, mixed_instances_policy: true }), 'plan.json')], { capacity: 'max', vcpus: vcpuLookup() }).requirements;
    expect(requirements.flatMap((r) => r.unknowns).join()).toMatch(/aws_autoscaling_group\.web: .*known after apply/);
  });
});
