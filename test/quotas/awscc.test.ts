// awscc_* resources (Terraform's AWS Cloud Control provider) through the CloudFormation mapping (hand-counted).
import { plainAttributes, Ref } from '../../src/model.js';
import type { ParsedInput, ResourceChange } from '../../src/model.js';
import { awsccName, awsccTypeOf } from '../../src/quotas/awscc-resources.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { byKey } from '../helpers/load.js';
import { totals } from './inputs.js';

describe('awscc naming', () => {
  test('property names are snake-cased as awscc does (its own test cases, and digits after lower case)', () => {
    expect(['Arn', 'GlobalReplicationGroupDescription', 'S3Bucket', 'AWS99Thing', 'CloudWatchLogsLogGroupArn', 'VpcId', 'CidrIpv6', 'Ipv6CidrBlock', 'LaunchTemplateData'].map(awsccName)).toEqual([
      'arn',
      'global_replication_group_description',
      's3_bucket',
      'aws99_thing',
      'cloudwatch_logs_log_group_arn',
      'vpc_id',
      'cidr_ipv_6',
      'ipv_6_cidr_block',
      'launch_template_data',
    ]);
  });

  test('type names: lower-cased service, snake-cased resource', () => {
    expect(['AWS::EC2::VPC', 'AWS::EC2::VPCCidrBlock', 'AWS::ElasticLoadBalancingV2::ListenerRule', 'AWS::IAM::OIDCProvider', 'AWS::EC2::EIP', 'AWS::AutoScaling::AutoScalingGroup'].map(awsccTypeOf)).toEqual([
      'awscc_ec2_vpc',
      'awscc_ec2_vpc_cidr_block',
      'awscc_elasticloadbalancingv2_listener_rule',
      'awscc_iam_oidc_provider',
      'awscc_ec2_eip',
      'awscc_autoscaling_auto_scaling_group',
    ]);
  });
});

describe('awscc resources → requirements', () => {
  const change = (address: string, after: Record<string, unknown>): ResourceChange => ({
    format: 'terraform',
    file: 'plan.json',
    address,
    type: address.split('.')[0]!,
    action: 'create',
    before: null,
    after: plainAttributes(after),
    region: 'eu-west-1',
    account: null,
  });
  const input: ParsedInput = {
    file: 'plan.json',
    format: 'terraform',
    changes: [
      change('awscc_ec2_vpc.main', { cidr_block: '10.0.0.0/16' }),
      change('awscc_ec2_vpc_cidr_block.extra', { vpc_id: new Ref('awscc_ec2_vpc.main'), cidr_block: '100.64.0.0/16' }),
      change('awscc_ec2_subnet.a', { vpc_id: new Ref('awscc_ec2_vpc.main'), cidr_block: '10.0.1.0/24', availability_zone: 'eu-west-1a' }),
      change('awscc_ec2_subnet.b', { vpc_id: new Ref('awscc_ec2_vpc.main'), cidr_block: '10.0.2.0/24', availability_zone: 'eu-west-1b' }),
      change('awscc_ec2_route_table.private', { vpc_id: new Ref('awscc_ec2_vpc.main') }),
      change('awscc_ec2_subnet_route_table_association.a', { subnet_id: new Ref('awscc_ec2_subnet.a'), route_table_id: new Ref('awscc_ec2_route_table.private') }),
      change('awscc_ec2_nat_gateway.a', { subnet_id: new Ref('awscc_ec2_subnet.a') }),
      change('awscc_ec2_security_group.web', {
        group_description: 'web',
        vpc_id: new Ref('awscc_ec2_vpc.main'),
        security_group_ingress: [
          { ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ip: '0.0.0.0/0' },
          { ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv_6: '::/0' },
        ],
      }),
      change('awscc_ec2_launch_template.web', { launch_template_data: { instance_type: 'm5.large' } }),
      change('awscc_autoscaling_auto_scaling_group.web', { max_size: '4', min_size: '1', launch_template: { launch_template_id: new Ref('awscc_ec2_launch_template.web'), version: '1' } }),
      change('awscc_glue_job.etl', { command: {} }),
    ],
  };
  const { requirements, coverage } = buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() });

  test('VPCs, CIDR blocks, subnets, route tables, NAT gateways, security groups and fleets count as their CloudFormation types do', () => {
    expect(totals(byKey(requirements))).toEqual({
      'eu-west-1 L-F678F1CE region': '1',
      'eu-west-1 L-83CA0A9D vpc:awscc_ec2_vpc.main': '2', // primary + awscc_ec2_vpc_cidr_block
      'eu-west-1 L-407747CB vpc:awscc_ec2_vpc.main': '2',
      'eu-west-1 L-589F43AA vpc:awscc_ec2_vpc.main': '1',
      'eu-west-1 L-FE5A380F az:eu-west-1a': '1', // the NAT gateway's subnet zone
      'eu-west-1 L-E79EC296 region': '1',
      'eu-west-1 L-0EA8095F resource:awscc_ec2_security_group.web/ingress': '1',
      'eu-west-1 L-0EA8095F resource:awscc_ec2_security_group.web/ingress-ipv6': '1',
      'eu-west-1 L-CDE20ADC region': '1',
      'eu-west-1 L-1216C47A region': '8', // max 4 × m5.large (2 vCPUs) from the launch template
    });
  });

  test('coverage: the association is quota-free, an awscc type with no mapping is listed', () => {
    expect(coverage).toEqual({ resources: 11, mapped: 10, unsupported: [{ type: 'awscc_glue_job', count: 1 }] });
  });
});
