// Schedules that resize groups, read replicas, exclusive policy attachments, typed name lookups, and in-place
// change-set updates that touch nothing quota-related.
import { parseCloudFormationTemplate } from '../../src/parsers/cloudformation-template.js';
import { parseChangeSet } from '../../src/parsers/cloudformation-changeset.js';
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import type { ParsedInput } from '../../src/model.js';
import { byKey } from '../helpers/load.js';

const build = (input: ParsedInput) => byKey(buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() }).requirements);

const template = `
Resources:
  Config:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties: { InstanceType: t2.small, ImageId: ami-1 }
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: "1", MaxSize: "5", LaunchConfigurationName: !Ref Config }
  ScaleUp:
    Type: AWS::AutoScaling::ScheduledAction
    Properties: { AutoScalingGroupName: !Ref Group, MaxSize: "10", Recurrence: "0 7 * * *" }
  ScaleDown:
    Type: AWS::AutoScaling::ScheduledAction
    Properties: { AutoScalingGroupName: !Ref Group, MaxSize: "2", Recurrence: "0 19 * * *" }
  Main:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, AllocatedStorage: "50", DBInstanceClass: db.t3.micro }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { SourceDBInstanceIdentifier: !Ref Main, DBInstanceClass: db.t3.micro }
`;

const rc = (address: string, type: string, after: object, actions = ['create']) => ({
  address,
  mode: 'managed',
  type,
  name: address.split('.')[1],
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: { actions, before: actions[0] === 'create' ? null : after, after, after_unknown: {} },
});

describe('resizes and references', () => {
  test('CloudFormation: a scheduled scale-up needs its increase; a scale-down nothing; a replica its source storage', () => {
    const r = build(parseCloudFormationTemplate(template, 't.yaml', { region: 'eu-west-1' }));
    const standard = r['eu-west-1 L-1216C47A region'];
    expect(standard.required).toBe(10); // group 5 × t2.small (1 vCPU) + ScaleUp to 10 adds 5
    expect(standard.sources.map((s) => [s.address, s.amount])).toEqual([
      ['Group', 5],
      ['ScaleUp', 5],
    ]);
    expect(r['eu-west-1 L-7ADDB58A region'].required).toBe(100);
    expect(r['eu-west-1 L-CDE20ADC region'].required).toBe(1);
  });

  test('Terraform: aws_autoscaling_schedule, aws_iam_policy_attachment roles, and names looked up by type', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        rc('aws_launch_configuration.test', 'aws_launch_configuration', { name: 'test', instance_type: 'm5.large' }),
        rc('aws_dynamodb_table.test', 'aws_dynamodb_table', { name: 'test', billing_mode: 'PAY_PER_REQUEST' }),
        rc('aws_autoscaling_group.web', 'aws_autoscaling_group', { name: 'web', max_size: 2, min_size: 1, launch_configuration: 'test' }, ['no-op']),
        rc('aws_autoscaling_schedule.peak', 'aws_autoscaling_schedule', { autoscaling_group_name: 'web', max_size: 6, min_size: -1, desired_capacity: -1 }),
        rc('aws_iam_role.app', 'aws_iam_role', { name: 'app' }, ['no-op']),
        rc('aws_iam_policy.app', 'aws_iam_policy', { name: 'app' }),
        rc('aws_iam_policy_attachment.app', 'aws_iam_policy_attachment', { name: 'app-attach', roles: ['app'], users: [] }),
      ],
    };
    const r = build(parseTerraformPlan(JSON.stringify(plan), 'p.json', { region: 'us-east-2' }));
    // The group is unchanged; the schedule raises max 2 → 6 of m5.large (the launch configuration named "test", not the table).
    expect(r['us-east-2 L-1216C47A region'].required).toBe(8);
    expect(r['us-east-1 L-0DA4ABF3 resource:aws_iam_role.app'].required).toBe(1);
  });

  test('a group the plan leaves alone needs more when its launch template grows', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        { ...rc('aws_launch_template.web', 'aws_launch_template', { id: 'lt-1', instance_type: 'm5.2xlarge' }, ['update']), change: { actions: ['update'], before: { id: 'lt-1', instance_type: 'm5.large' }, after: { id: 'lt-1', instance_type: 'm5.2xlarge' }, after_unknown: {} } },
        rc('aws_autoscaling_group.web', 'aws_autoscaling_group', { max_size: 4, min_size: 1, launch_template: [{ id: 'lt-1', version: '$Latest' }] }, ['no-op']),
      ],
    };
    const r = build(parseTerraformPlan(JSON.stringify(plan), 'p.json', { region: 'eu-west-1' }));
    // 4 × m5.large (2) → 4 × m5.2xlarge (8): +24 vCPUs, and no new group.
    expect(r['eu-west-1 L-1216C47A region'].required).toBe(24);
    expect(r['eu-west-1 L-1216C47A region'].sources[0]).toMatchObject({ address: 'aws_autoscaling_group.web', note: 'uses aws_launch_template.web, which changes' });
    expect(r['eu-west-1 L-CDE20ADC region']).toBeUndefined();
  });

  test('a change set that only retags a group needs nothing; one that changes MaxSize without values is unknown', () => {
    const changeSet = (details: object[]) =>
      JSON.stringify({
        StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/app/1',
        Status: 'CREATE_COMPLETE',
        Changes: [{ Type: 'Resource', ResourceChange: { Action: 'Modify', Replacement: 'False', LogicalResourceId: 'Workers', ResourceType: 'AWS::AutoScaling::AutoScalingGroup', Scope: ['Properties'], Details: details } }],
      });
    const tags = build(parseChangeSet(changeSet([{ Target: { Attribute: 'Tags', RequiresRecreation: 'Never' }, Evaluation: 'Static', ChangeSource: 'DirectModification' }]), 'cs.json', { region: 'eu-west-1' }));
    expect(Object.keys(tags)).toEqual([]);
    const size = build(parseChangeSet(changeSet([{ Target: { Attribute: 'Properties', Name: 'MaxSize', RequiresRecreation: 'Never' }, Evaluation: 'Static' }]), 'cs.json', { region: 'eu-west-1' }));
    // Without values not even the group's shape is known: both on-demand and Spot vCPUs are open.
    expect(Object.keys(size).sort()).toEqual(['eu-west-1 unknown-on-demand region', 'eu-west-1 unknown-spot region']);
    expect(size['eu-west-1 unknown-on-demand region'].unknowns[0]).toMatch(/Workers: property values not included/);
  });
});
