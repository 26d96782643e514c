// CloudFormation resource types → the quotas they consume. Property names: the AWS CloudFormation resource
// reference (docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference). The quota math is shared with
// Terraform in consumers.ts; only the property names differ.
import { Ref, Unknown } from '../model.js';
import { REGION, amountOf, classicLoadBalancer, natGatewayAddresses, ownCount, vpcPeering, ebsVolume, inVpcOfSubnet, networkAclRules, oneIn, restApiByEndpoint, scalableTarget, webAclByScope, count, distribution, dynamodbTableQuotas, ecsServiceQuotas, policyHolders, tableReplica, transitGatewayPeering, transitGatewayVpcAttachment, fleetVcpus, kinesisShards, lengthOf, list, managedNodeGroup, one, oneRule, replicationGroupNodes, resourceScope, scalingGroup, listenerQuota, listenerRuleQuota, loadBalancerByType, scheduledIncrease, securityGroupRules, subnetZone, sum, text, valueOf, vpcEndpointByType, vpcScope } from './consumers.js';
import type { Amount, Elbv2Names, ExtractContext, Extractor, MixedInstances, TemplateInstance } from './consumers.js';

const VPC = ['AWS::EC2::VPC'];
const TGW = ['AWS::EC2::TransitGateway'];
const REST_API = ['AWS::ApiGateway::RestApi'];
const ZONE = ['AWS::Route53::HostedZone'];
const ROLE = ['AWS::IAM::Role'];
const USER = ['AWS::IAM::User'];
const ELBV2: Elbv2Names = {
  loadBalancerTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  typeAttribute: 'Type',
  listenerTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  listenerLoadBalancer: 'LoadBalancerArn',
};


/** Instance type and market of a launch template or launch configuration referenced from `ref`. */
function templateInstance(ctx: ExtractContext, ref: unknown): TemplateInstance {
  const target = ctx.lookup(ref, ['AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration']);
  if (!target) {
    const what = ref instanceof Unknown ? ref.reason : `${ref instanceof Ref ? ref.target : String(ref)} is not in this template`;
    return { type: new Unknown(`${ctx.resource.address}: launch template: ${what}`), spot: false };
  }
  if (target.type === 'AWS::AutoScaling::LaunchConfiguration') {
    return { type: valueOf(ctx, target, 'InstanceType'), spot: valueOf(ctx, target, 'SpotPrice') !== undefined };
  }
  const data = (...p: string[]): unknown => valueOf(ctx, target, 'LaunchTemplateData', ...p);
  if (data('InstanceType') === undefined && data('InstanceRequirements') !== undefined) {
    return { type: new Unknown(`${target.address}: attribute-based instance selection (InstanceRequirements) has no single type`), spot: false };
  }
  return { type: data('InstanceType'), spot: data('InstanceMarketOptions', 'MarketType') === 'spot' };
}

const launchTemplateRef = (spec: unknown, get: (k: string) => unknown): unknown =>
  spec instanceof Unknown || spec instanceof Ref ? spec : (get('LaunchTemplateId') ?? get('LaunchTemplateName'));

/** A mixed-instances policy's launch template (a reference, or its id or name), overrides and distribution. */
function mixedInstances(ctx: ExtractContext): MixedInstances {
  const lt = (...p: (string | number)[]): unknown => ctx.attrs.get('MixedInstancesPolicy', 'LaunchTemplate', ...p);
  const override = (i: number, k: string): unknown => lt('Overrides', i, k);
  return {
    template: launchTemplateRef(lt('LaunchTemplateSpecification'), (k) => lt('LaunchTemplateSpecification', k)),
    overrides: list(lt('Overrides')).map((_, i) => ({ type: override(i, 'InstanceType'), weight: count(override(i, 'WeightedCapacity'), 'WeightedCapacity', ctx) })),
    distribution: distribution((k) => ctx.attrs.get('MixedInstancesPolicy', 'InstancesDistribution', k === 'base' ? 'OnDemandBaseCapacity' : 'OnDemandPercentageAboveBaseCapacity'), ctx),
  };
}

/** The launch template (a reference, or its id or name) or else the launch configuration of a single-type group. */
function groupSource(ctx: ExtractContext): unknown {
  const a = ctx.attrs;
  const ltRef = a.get('LaunchTemplate') === undefined ? undefined : launchTemplateRef(a.get('LaunchTemplate'), (k) => a.get('LaunchTemplate', k));
  return ltRef ?? a.get('LaunchConfigurationName');
}

const autoScalingGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const launch = a.get('MixedInstancesPolicy') !== undefined ? { mixed: mixedInstances(ctx) } : { source: groupSource(ctx) };
  return scalingGroup(ctx, { sizes: { max: a.get('MaxSize'), desired: a.get('DesiredCapacity'), min: a.get('MinSize') }, instanceOf: (ref) => templateInstance(ctx, ref), ...launch });
};

const nodegroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const size = (k: string): unknown => a.get('ScalingConfig', k);
  return managedNodeGroup(ctx, {
    sizes: { max: size('MaxSize'), desired: size('DesiredSize'), min: size('MinSize') },
    maxName: 'MaxSize',
    instanceTypes: a.get('InstanceTypes'),
    template: a.get('LaunchTemplate', 'Id') ?? a.get('LaunchTemplate', 'Name'),
    templateType: (lt) => templateInstance(ctx, lt).type,
    spot: a.get('CapacityType') === 'SPOT',
    cluster: resourceScope(a.get('ClusterName'), ctx, ['AWS::EKS::Cluster']),
  });
};

const instance: Extractor = (ctx) => {
  const a = ctx.attrs;
  let type = a.get('InstanceType');
  let spot = false;
  if (type === undefined && a.get('LaunchTemplate') !== undefined) {
    ({ type, spot } = templateInstance(ctx, launchTemplateRef(a.get('LaunchTemplate'), (k) => a.get('LaunchTemplate', k))));
  }
  return fleetVcpus({ capacity: 1, options: [{ type }], spot }, ctx);
};

const SG = ['AWS::EC2::SecurityGroup'];

const securityGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const self = new Ref(ctx.resource.address);
  return [
    one('L-E79EC296'),
    ...(['Ingress', 'Egress'] as const).flatMap((d) => {
      const rules = a.get(`SecurityGroup${d}`);
      if (rules instanceof Unknown || rules instanceof Ref) return securityGroupRules(ctx, self, SG, d.toLowerCase(), lengthOf(rules, `SecurityGroup${d}`, ctx), 0);
      const v6 = list(rules).map((_, i) => a.get(`SecurityGroup${d}`, i, 'CidrIpv6') !== undefined);
      return securityGroupRules(ctx, self, SG, d.toLowerCase(), v6.filter((x) => !x).length, v6.filter(Boolean).length);
    }),
  ];
};

const securityGroupRule =
  (direction: string): Extractor =>
  (ctx) =>
    securityGroupRules(ctx, ctx.attrs.get('GroupId'), SG, direction, ...oneRule(ctx.attrs.get('CidrIpv6') !== undefined));

const vpcEndpoint: Extractor = (ctx) => vpcEndpointByType(ctx.attrs.get('VpcEndpointType'), ctx.attrs.get('VpcId'), ctx, VPC);

const lambdaFunction: Extractor = (ctx) => [
  ...amountOf('L-B99A9384', 'ReservedConcurrentExecutions', 'ReservedConcurrentExecutions')(ctx),
  ...amountOf('L-B99A9384', 'ProvisionedConcurrentExecutions', 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions')(ctx),
];

// SAM creates an execution role for a function that names none (AWS SAM AWS::Serverless::Function, Role).
const serverlessFunction: Extractor = (ctx) => [...lambdaFunction(ctx), ...(ctx.attrs.get('Role') === undefined ? [one('L-FE177D64')] : [])];

const dbInstance: Extractor = (ctx) => {
  const engine = text(ctx.attrs.get('Engine'));
  // Aurora storage is the cluster volume, not allocated instance storage (RDS user guide, quotas).
  if (typeof engine === 'string' && engine.startsWith('aurora')) return [one('L-7B6409FD')];
  const source = ctx.attrs.get('SourceDBInstanceIdentifier');
  if (ctx.attrs.get('AllocatedStorage') === undefined && source !== undefined) {
    // A read replica gets its source's storage unless it sets its own (AWS::RDS::DBInstance AllocatedStorage).
    const primary = ctx.lookup(source, ['AWS::RDS::DBInstance']);
    const storage = primary ? count(valueOf(ctx, primary, 'AllocatedStorage'), 'AllocatedStorage of the source', ctx) : new Unknown(`${ctx.resource.address}: replica of a DB instance not in this template`);
    return [one('L-7B6409FD'), ...(storage === undefined ? [] : [{ quotaCode: 'L-7ADDB58A', amount: storage, scope: REGION }])];
  }
  return [one('L-7B6409FD'), ...amountOf('L-7ADDB58A', 'AllocatedStorage', 'AllocatedStorage')(ctx)];
};

/** A scheduled action that resizes its group (MaxSize, MinSize, DesiredCapacity). */
const scheduledAction: Extractor = (ctx) => {
  const a = ctx.attrs;
  const group = ctx.lookup(a.get('AutoScalingGroupName'), ['AWS::AutoScaling::AutoScalingGroup']);
  return scheduledIncrease(ctx, group, { MaxSize: a.get('MaxSize'), MinSize: a.get('MinSize'), DesiredCapacity: a.get('DesiredCapacity') }, autoScalingGroup);
};

const dynamodbTable: Extractor = (ctx) => {
  const a = ctx.attrs;
  const gsi = (i: number, key: string): unknown => a.get('GlobalSecondaryIndexes', i, 'ProvisionedThroughput', key);
  const capacity = (key: string): Amount => sum([a.get('ProvisionedThroughput', key), ...list(a.get('GlobalSecondaryIndexes')).map((_, i) => gsi(i, key))], key, ctx);
  // PAY_PER_REQUEST has no throughput to check; an unknown mode may be PROVISIONED.
  const provisioned = a.get('BillingMode') !== 'PAY_PER_REQUEST';
  return dynamodbTableQuotas(ctx, {
    gsis: lengthOf(a.get('GlobalSecondaryIndexes'), 'GlobalSecondaryIndexes', ctx),
    replicas: [],
    throughput: provisioned ? { read: capacity('ReadCapacityUnits'), write: capacity('WriteCapacityUnits') } : undefined,
  });
};

const globalTable: Extractor = (ctx) => list(ctx.attrs.get('Replicas')).map((_, i) => tableReplica(ctx.attrs.get('Replicas', i, 'Region'), `${ctx.resource.address}: replica region not known offline`));

const ecsService: Extractor = (ctx) => {
  const a = ctx.attrs;
  const task = ctx.lookup(a.get('TaskDefinition'), ['AWS::ECS::TaskDefinition']);
  return ecsServiceQuotas({
    cluster: resourceScope(a.get('Cluster') ?? 'default', ctx, ['AWS::ECS::Cluster']),
    launchType: a.get('LaunchType'),
    providers: list(a.get('CapacityProviderStrategy')).map((_, i) => a.get('CapacityProviderStrategy', i, 'CapacityProvider')),
    // "If a desired count is not specified, a default value of 1 is used" (AWS::ECS::Service DesiredCount).
    desired: count(a.get('DesiredCount'), 'DesiredCount', ctx) ?? 1,
    taskCpu: task ? (count(valueOf(ctx, task, 'Cpu'), 'task Cpu', ctx) ?? new Unknown(`${task.address}: Cpu not set`)) : new Unknown(`${ctx.resource.address}: task definition is not in this template`),
  });
};

const replicationGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  return replicationGroupNodes(count(a.get('NumNodeGroups'), 'NumNodeGroups', ctx), count(a.get('ReplicasPerNodeGroup'), 'ReplicasPerNodeGroup', ctx), count(a.get('NumCacheClusters'), 'NumCacheClusters', ctx));
};

const kinesisStream: Extractor = (ctx) => kinesisShards(ctx, ctx.attrs.get('StreamModeDetails', 'StreamMode'), count(ctx.attrs.get('ShardCount'), 'ShardCount', ctx));

const role: Extractor = (ctx) => {
  const managed = list(ctx.attrs.get('ManagedPolicyArns')).length;
  return [one('L-FE177D64'), ...ownCount(ctx, 'L-0DA4ABF3', managed)];
};

/** Managed policies a user names, and a managed policy's Roles and Users: each gets one more managed policy. */
const user: Extractor = (ctx) => {
  const managed = list(ctx.attrs.get('ManagedPolicyArns')).length;
  return [one('L-F55AF5E4'), ...ownCount(ctx, 'L-4019AD8B', managed)];
};

const managedPolicy: Extractor = (ctx) => [one('L-E95E4862'), ...policyHolders(ctx, list(ctx.attrs.get('Roles')), list(ctx.attrs.get('Users')), ROLE, USER)];

/** A record set counts in its hosted zone, named by id or by name. */
const zoneOf = (ctx: ExtractContext): unknown => ctx.attrs.get('HostedZoneId') ?? ctx.attrs.get('HostedZoneName');

const recordSetGroup: Extractor = (ctx) => {
  const sets = ctx.attrs.get('RecordSets');
  return [{ quotaCode: 'L-E209CC9F', amount: lengthOf(sets, 'RecordSets', ctx), scope: resourceScope(zoneOf(ctx), ctx, ZONE) }];
};

/** An event rule counts in its bus ("default" unless named), and its targets in the rule itself. */
const eventRule: Extractor = (ctx) => {
  const targets = lengthOf(ctx.attrs.get('Targets'), 'Targets', ctx);
  return [
    oneIn('L-244521F2', ctx, ctx.attrs.get('EventBusName') ?? 'default', ['AWS::Events::EventBus']),
    ...ownCount(ctx, 'L-388D1D08', targets),
  ];
};

const networkAclEntry: Extractor = (ctx) => {
  const v6 = ctx.attrs.get('Ipv6CidrBlock') !== undefined;
  return networkAclRules(ctx, ctx.attrs.get('NetworkAclId'), ['AWS::EC2::NetworkAcl'], ctx.attrs.get('Egress') ?? false, ...oneRule(v6));
};

const transitGatewayAttachment: Extractor = (ctx) => transitGatewayVpcAttachment(ctx, ctx.attrs.get('TransitGatewayId'), ctx.attrs.get('VpcId'), TGW, VPC);

export const CLOUDFORMATION_RESOURCES: Record<string, Extractor> = {
  'AWS::EC2::Instance': instance,
  'AWS::AutoScaling::AutoScalingGroup': autoScalingGroup,
  'AWS::AutoScaling::LaunchConfiguration': () => [one('L-6B80B8FA')],
  'AWS::AutoScaling::ScheduledAction': scheduledAction,
  'AWS::EKS::Nodegroup': nodegroup,
  'AWS::EKS::Cluster': () => [one('L-1194D53C')],
  'AWS::EKS::FargateProfile': (ctx) => [oneIn('L-33415657', ctx, ctx.attrs.get('ClusterName'), ['AWS::EKS::Cluster'])],
  'AWS::EC2::EIP': () => [one('L-0263D0A3')],
  'AWS::EC2::NatGateway': (ctx) => [
    { ...one('L-FE5A380F'), scope: subnetZone(ctx.attrs.get('SubnetId'), ctx, ['AWS::EC2::Subnet'], ['AvailabilityZone', 'AvailabilityZoneId']) },
    ...natGatewayAddresses(ctx, ctx.attrs.get('ConnectivityType'), ctx.attrs.get('SecondaryAllocationIds'), 'SecondaryAllocationIds'),
  ],
  'AWS::EC2::VPCPeeringConnection': (ctx) => {
    const a = ctx.attrs;
    return vpcPeering(ctx, a.get('VpcId'), a.get('PeerVpcId'), a.get('PeerOwnerId') !== undefined || a.get('PeerRegion') !== undefined, VPC);
  },
  // The primary IPv4 block counts against IPv4 CIDR blocks per VPC; added blocks are AWS::EC2::VPCCidrBlock.
  'AWS::EC2::VPC': (ctx) => [one('L-F678F1CE'), { ...one('L-83CA0A9D'), scope: vpcScope(new Ref(ctx.resource.address), ctx, VPC) }],
  'AWS::EC2::VPCCidrBlock': (ctx) => {
    const a = ctx.attrs;
    const v6 = ['AmazonProvidedIpv6CidrBlock', 'Ipv6CidrBlock', 'Ipv6IpamPoolId', 'Ipv6Pool'].some((k) => a.get(k) !== undefined && a.get(k) !== false && a.get(k) !== 'false');
    return [{ ...one(v6 ? 'L-085A6257' : 'L-83CA0A9D'), scope: vpcScope(a.get('VpcId'), ctx, VPC) }];
  },
  'AWS::EC2::InternetGateway': () => [one('L-A4707A72')],
  'AWS::EC2::EgressOnlyInternetGateway': () => [one('L-45FE3B85')],
  'AWS::EC2::Subnet': (ctx) => [{ ...one('L-407747CB'), scope: vpcScope(ctx.attrs.get('VpcId'), ctx, VPC) }],
  'AWS::EC2::RouteTable': (ctx) => [{ ...one('L-589F43AA'), scope: vpcScope(ctx.attrs.get('VpcId'), ctx, VPC) }],
  'AWS::EC2::Route': (ctx) => [{ ...one('L-93826ACB'), scope: resourceScope(ctx.attrs.get('RouteTableId'), ctx, ['AWS::EC2::RouteTable']) }],
  'AWS::EC2::NetworkAcl': (ctx) => [{ ...one('L-B4A6D682'), scope: vpcScope(ctx.attrs.get('VpcId'), ctx, VPC) }],
  'AWS::EC2::NetworkAclEntry': networkAclEntry,
  'AWS::EC2::CustomerGateway': () => [one('L-4FB7FF5D')],
  'AWS::EC2::VPNGateway': () => [one('L-7029FAB6')],
  'AWS::EC2::TransitGatewayAttachment': transitGatewayAttachment,
  'AWS::EC2::TransitGatewayVpcAttachment': transitGatewayAttachment,
  'AWS::EC2::TransitGatewayPeeringAttachment': (ctx) => transitGatewayPeering(ctx, ctx.attrs.get('TransitGatewayId'), TGW),
  'AWS::EC2::TransitGatewayRouteTable': (ctx) => [oneIn('L-43872EB7', ctx, ctx.attrs.get('TransitGatewayId'), TGW)],
  'AWS::EC2::Volume': (ctx) => ebsVolume(ctx, ctx.attrs.get('VolumeType'), ctx.attrs.get('Size'), ctx.attrs.get('Iops')),
  'AWS::EFS::MountTarget': (ctx) => [inVpcOfSubnet('L-7391004C', ctx, ctx.attrs.get('SubnetId'), ['AWS::EC2::Subnet'], 'VpcId', VPC)],
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::SecurityGroupIngress': securityGroupRule('ingress'),
  'AWS::EC2::SecurityGroupEgress': securityGroupRule('egress'),
  'AWS::EC2::VPCEndpoint': vpcEndpoint,
  'AWS::EC2::NetworkInterface': () => [one('L-DF5E4CA3')],
  'AWS::EC2::TransitGateway': () => [one('L-A2478D36')],
  'AWS::EC2::VPNConnection': () => [one('L-3E6EC3A3')],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (ctx) => loadBalancerByType(ctx.attrs.get('Type')),
  'AWS::ElasticLoadBalancing::LoadBalancer': (ctx) => classicLoadBalancer(ctx, lengthOf(ctx.attrs.get('Listeners'), 'Listeners', ctx)),
  'AWS::ElasticLoadBalancingV2::TargetGroup': () => [one('L-B22855CB')],
  'AWS::ElasticLoadBalancingV2::Listener': (ctx) => listenerQuota(ctx, ctx.attrs.get('LoadBalancerArn'), ctx.attrs.get('Protocol'), ELBV2),
  'AWS::ElasticLoadBalancingV2::ListenerRule': (ctx) => listenerRuleQuota(ctx, ctx.attrs.get('ListenerArn'), ELBV2),
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Lambda::Version': amountOf('L-B99A9384', 'ProvisionedConcurrentExecutions', 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'),
  'AWS::Lambda::Alias': amountOf('L-B99A9384', 'ProvisionedConcurrentExecutions', 'ProvisionedConcurrencyConfig', 'ProvisionedConcurrentExecutions'),
  'AWS::Serverless::Function': serverlessFunction,
  'AWS::RDS::DBInstance': dbInstance,
  'AWS::Neptune::DBInstance': () => [one('L-368A3E00')],
  'AWS::Neptune::DBCluster': () => [one('L-6D17A5A2')],
  'AWS::DocDB::DBInstance': () => [one('L-739A3A85')],
  'AWS::DocDB::DBCluster': () => [one('L-13F31459')],
  'AWS::RDS::DBCluster': () => [one('L-952B80B8')],
  'AWS::RDS::DBParameterGroup': () => [one('L-DE55804A')],
  'AWS::RDS::OptionGroup': () => [one('L-9FA33840')],
  'AWS::RDS::DBSubnetGroup': () => [one('L-48C6BF61')],
  'AWS::Neptune::DBSubnetGroup': () => [one('L-483F7912')],
  'AWS::Neptune::DBParameterGroup': () => [one('L-584DADE7')],
  'AWS::Neptune::DBClusterParameterGroup': () => [one('L-5BB9A916')],
  'AWS::DocDB::DBSubnetGroup': () => [one('L-02DEA053')],
  'AWS::DMS::ReplicationInstance': () => [one('L-C2341CDC')],
  'AWS::DMS::Endpoint': () => [one('L-E17328E9')],
  'AWS::DMS::ReplicationTask': () => [one('L-7FD3593B')],
  'AWS::DMS::ReplicationSubnetGroup': () => [one('L-27B24FAD')],
  'AWS::DynamoDB::Table': dynamodbTable,
  'AWS::DynamoDB::GlobalTable': globalTable,
  'AWS::Serverless::SimpleTable': () => [one('L-F98FE922')],
  'AWS::S3::Bucket': () => [one('L-DC2B2D3D')],
  'AWS::ECS::Cluster': () => [one('L-21C621EB')],
  'AWS::ECS::Service': ecsService,
  'AWS::ElastiCache::CacheCluster': amountOf('L-DFE45DF3', 'NumCacheNodes', 'NumCacheNodes'),
  'AWS::ElastiCache::ReplicationGroup': replicationGroup,
  'AWS::ElastiCache::SubnetGroup': () => [one('L-3E7F7726')],
  'AWS::ElastiCache::ParameterGroup': () => [one('L-3F15A733')],
  'AWS::IAM::Role': role,
  'AWS::IAM::ManagedPolicy': managedPolicy,
  'AWS::IAM::User': user,
  'AWS::IAM::Group': () => [one('L-F4A5425F')],
  'AWS::IAM::OIDCProvider': () => [one('L-858F3967')],
  'AWS::IAM::InstanceProfile': () => [one('L-6E65F664')],
  'AWS::Route53::HostedZone': () => [one('L-4EA4796A')],
  'AWS::Route53::RecordSet': (ctx) => [oneIn('L-E209CC9F', ctx, zoneOf(ctx), ZONE)],
  'AWS::Route53::RecordSetGroup': recordSetGroup,
  'AWS::ApiGateway::RestApi': (ctx) => restApiByEndpoint(ctx.attrs.get('EndpointConfiguration', 'Types', 0)),
  'AWS::ApiGateway::Resource': (ctx) => [oneIn('L-01C8A9E0', ctx, ctx.attrs.get('RestApiId'), REST_API)],
  'AWS::ApiGateway::Stage': (ctx) => [oneIn('L-379E48B0', ctx, ctx.attrs.get('RestApiId'), REST_API)],
  // A deployment with StageName creates that stage (AWS::ApiGateway::Deployment StageName).
  'AWS::ApiGateway::Deployment': (ctx) => (ctx.attrs.get('StageName') !== undefined ? [oneIn('L-379E48B0', ctx, ctx.attrs.get('RestApiId'), REST_API)] : []),
  'AWS::ApiGateway::DomainName': () => [one('L-A93447B8')],
  'AWS::Events::Rule': eventRule,
  'AWS::SecretsManager::Secret': () => [one('L-2F66C23C')],
  'AWS::CloudFront::Distribution': () => [one('L-24B04930')],
  'AWS::CloudFront::CachePolicy': () => [one('L-7D134442')],
  'AWS::WAFv2::WebACL': (ctx) => webAclByScope(ctx.attrs.get('Scope')),
  'AWS::CertificateManager::Certificate': () => [one('L-F141DD1D')],
  'AWS::Cognito::UserPool': () => [one('L-66E6DF30')],
  'AWS::Cognito::UserPoolClient': (ctx) => [oneIn('L-5EAB0605', ctx, ctx.attrs.get('UserPoolId'), ['AWS::Cognito::UserPool'])],
  'AWS::ApplicationAutoScaling::ScalableTarget': (ctx) => scalableTarget(ctx.attrs.get('ServiceNamespace')),
  'AWS::ApplicationAutoScaling::ScalingPolicy': (ctx) => [oneIn('L-B395C81B', ctx, ctx.attrs.get('ScalingTargetId') ?? ctx.attrs.get('ResourceId'), ['AWS::ApplicationAutoScaling::ScalableTarget'])],
  'AWS::SNS::Topic': () => [one('L-61103206')],
  'AWS::KMS::Key': () => [one('L-C2F1777E')],
  'AWS::Logs::LogGroup': () => [one('L-C7B9AAAB')],
  'AWS::CloudFormation::Stack': () => [one('L-0485CB21')],
  'AWS::Serverless::Application': () => [one('L-0485CB21')],
  'AWS::ECR::Repository': () => [one('L-CFEB8E8D')],
  'AWS::EFS::FileSystem': () => [one('L-848C634D')],
  'AWS::Kinesis::Stream': kinesisStream,
  'AWS::OpenSearchService::Domain': () => [one('L-076D529E')],
  'AWS::Elasticsearch::Domain': () => [one('L-076D529E')],
};

/** Types with no count quota of their own (see TERRAFORM_NO_QUOTA for the reasoning; a user pool has one domain). */
export const CLOUDFORMATION_NO_QUOTA = new Set([
  'AWS::CloudWatch::Alarm',
  'AWS::SQS::Queue',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::EC2::LaunchTemplate',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::SubnetNetworkAclAssociation',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::EIPAssociation',
  'AWS::EC2::VolumeAttachment',
  'AWS::IAM::Policy',
  'AWS::S3::BucketPolicy',
  'AWS::Lambda::Permission',
  'AWS::AutoScaling::ScalingPolicy',
  'AWS::AutoScaling::LifecycleHook',
  'AWS::ECS::TaskDefinition',
  'AWS::KMS::Alias',
  'AWS::CDK::Metadata',
  'AWS::CloudFormation::WaitCondition',
  'AWS::CloudFormation::WaitConditionHandle',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Account',
  'AWS::SNS::Subscription',
  'AWS::WAFv2::WebACLAssociation',
  'AWS::Cognito::UserPoolDomain',
  'AWS::Logs::LogStream',
]);
