// Terraform AWS resource types → the quotas they consume. Attribute names: registry.terraform.io/providers/hashicorp/aws.
// Quota choices per type: ../../README.md "What is counted", sourced in catalog.ts; capacity rules as in
// infracost internal/providers/terraform/aws/autoscaling_group.go.
import { Ref, Unknown } from '../model.js';
import { REGION, amountOf, classicLoadBalancer, unlessComputed, natGatewayAddresses, ownCount, vpcPeering, ebsVolume, inVpcOfSubnet, networkAclRules, oneIn, restApiByEndpoint, scalableTarget, webAclByScope, count, distribution as distributionOf, dynamodbTableQuotas, policyHolders, tableReplica, transitGatewayPeering, transitGatewayVpcAttachment, ecsServiceQuotas, kinesisShards, fleetVcpus, lengthOf, list, managedNodeGroup, one, oneRule, plus, replicationGroupNodes, resourceScope, listenerQuota, listenerRuleQuota, loadBalancerByType, scalingGroup, scheduledIncrease, securityGroupRules, subnetZone, sum, text, valueOf, vpcEndpointByType, vpcScope } from './consumers.js';
import type { Amount, Elbv2Names, ExtractContext, Extractor, MixedInstances, TemplateInstance } from './consumers.js';

const VPC = ['aws_vpc'];
const SG = ['aws_security_group'];
const LB = ['aws_lb', 'aws_alb'];
const ROLE = ['aws_iam_role'];
const USER = ['aws_iam_user'];
const ACL = ['aws_network_acl'];
const TGW = ['aws_ec2_transit_gateway'];
const REST_API = ['aws_api_gateway_rest_api'];
const RULE = ['aws_cloudwatch_event_rule'];
const BUS = ['aws_cloudwatch_event_bus'];
const ELBV2: Elbv2Names = { loadBalancerTypes: LB, typeAttribute: 'load_balancer_type', listenerTypes: ['aws_lb_listener', 'aws_alb_listener'], listenerLoadBalancer: 'load_balancer_arn' };


/**
 * Instance type and market of a launch template or launch configuration found through a reference. Apart from the
 * CloudFormation reader's: a template choosing types by instance_requirements keeps its market here, and is read
 * as on-demand there.
 */
function templateInstance(ctx: ExtractContext, ref: unknown): TemplateInstance {
  const target = ctx.lookup(ref, ['aws_launch_template', 'aws_launch_configuration']);
  if (!target) return { type: new Unknown(`${ctx.resource.address}: launch template or configuration ${describeRef(ref)} is not in this plan`), spot: false };
  const spot =
    valueOf(ctx, target, 'instance_market_options', 0, 'market_type') === 'spot' || (target.type === 'aws_launch_configuration' && typeof valueOf(ctx, target, 'spot_price') === 'string' && valueOf(ctx, target, 'spot_price') !== '');
  const type = valueOf(ctx, target, 'instance_type');
  if (type === undefined && valueOf(ctx, target, 'instance_requirements', 0) !== undefined) {
    return { type: new Unknown(`${target.address}: attribute-based instance selection (instance_requirements) has no single type`), spot };
  }
  return { type, spot };
}

function describeRef(ref: unknown): string {
  return ref instanceof Ref ? ref.target : ref instanceof Unknown ? '(known after apply)' : JSON.stringify(ref);
}

/** A mixed-instances policy's launch template (a reference, or its id or name), overrides and distribution. */
function mixedInstances(ctx: ExtractContext): MixedInstances {
  const lt = (...p: (string | number)[]): unknown => ctx.attrs.get('mixed_instances_policy', 0, 'launch_template', 0, ...p);
  const spec = lt('launch_template_specification', 0);
  const override = (i: number, k: string): unknown => lt('override', i, k);
  return {
    template: spec instanceof Unknown || spec instanceof Ref ? spec : (lt('launch_template_specification', 0, 'launch_template_id') ?? lt('launch_template_specification', 0, 'launch_template_name')),
    overrides: list(lt('override')).map((_, i) => ({ type: override(i, 'instance_type'), weight: count(override(i, 'weighted_capacity'), 'weighted_capacity', ctx) })),
    distribution: distributionOf((k) => ctx.attrs.get('mixed_instances_policy', 0, 'instances_distribution', 0, k === 'base' ? 'on_demand_base_capacity' : 'on_demand_percentage_above_base_capacity'), ctx),
  };
}

/** The launch template (a reference, or its id or name) or else the launch configuration of a single-type group. */
function groupSource(ctx: ExtractContext): unknown {
  const a = ctx.attrs;
  const ltRef = a.get('launch_template', 0) instanceof Ref ? a.get('launch_template', 0) : (a.get('launch_template', 0, 'id') ?? a.get('launch_template', 0, 'name'));
  const lc = a.get('launch_configuration');
  return ltRef ?? (lc === null || lc === '' ? undefined : lc);
}

const autoscalingGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const mixed = a.get('mixed_instances_policy', 0);
  const launch = mixed !== undefined && mixed !== null ? { mixed: mixedInstances(ctx) } : { source: groupSource(ctx) };
  return scalingGroup(ctx, { sizes: { max: a.get('max_size'), desired: a.get('desired_capacity'), min: a.get('min_size') }, instanceOf: (ref) => templateInstance(ctx, ref), ...launch });
};

const eksNodeGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const size = (k: string): unknown => a.get('scaling_config', 0, k);
  return managedNodeGroup(ctx, {
    sizes: { max: size('max_size'), desired: size('desired_size'), min: size('min_size') },
    maxName: 'maximum size',
    instanceTypes: a.get('instance_types'),
    template: a.get('launch_template', 0, 'id') ?? a.get('launch_template', 0, 'name'),
    templateType: (lt) => templateInstance(ctx, lt).type,
    spot: a.get('capacity_type') === 'SPOT',
    cluster: resourceScope(a.get('cluster_name'), ctx, ['aws_eks_cluster']),
  });
};

// Apart from the CloudFormation reader's: an instance here names its own market and may be a spot request.
const instance: Extractor = (ctx) => {
  const a = ctx.attrs;
  let type = a.get('instance_type');
  let spot = a.get('instance_market_options', 0, 'market_type') === 'spot';
  if (type === undefined) {
    const lt = a.get('launch_template', 0, 'id') ?? a.get('launch_template', 0, 'name');
    if (lt !== undefined) ({ type, spot } = templateInstance(ctx, lt));
  }
  return fleetVcpus({ capacity: 1, options: [{ type }], spot: spot || ctx.resource.type === 'aws_spot_instance_request' }, ctx);
};

const loadBalancer: Extractor = (ctx) => loadBalancerByType(ctx.attrs.get('load_balancer_type'));
const listener: Extractor = (ctx) => listenerQuota(ctx, ctx.attrs.get('load_balancer_arn'), ctx.attrs.get('protocol'), ELBV2);

/** IPv4 and IPv6 rules of `n` rule blocks read through `rule`: each CIDR, source group or prefix list is a rule. */
const ruleCounts = (ctx: ExtractContext, rule: (i: number, k: string) => unknown, n: number): [Amount, Amount] => {
  let v4: Amount = 0;
  let v6: Amount = 0;
  for (let i = 0; i < n; i++) {
    const self = rule(i, 'self');
    v4 = plus(v4, ...['cidr_blocks', 'security_groups', 'prefix_list_ids'].map((k) => lengthOf(rule(i, k), k, ctx)), self instanceof Unknown ? self : self === true ? 1 : 0);
    v6 = plus(v6, lengthOf(rule(i, 'ipv6_cidr_blocks'), 'ipv6_cidr_blocks', ctx));
  }
  return [v4, v6];
};

// Apart from the CloudFormation reader's: a rule block here lists many sources (ruleCounts), a CloudFormation rule names one.
const securityGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const self = new Ref(ctx.resource.address);
  return [
    one('L-E79EC296'),
    ...['ingress', 'egress'].flatMap((d) => {
      const rules = a.get(d);
      // ingress/egress are Optional+Computed: unknown at plan time when the group has no inline rules and its rules
      // are separate aws_security_group_rule / aws_vpc_security_group_*_rule resources, which are counted themselves.
      return Array.isArray(rules) ? securityGroupRules(ctx, self, SG, d, ...ruleCounts(ctx, (i, k) => a.get(d, i, k), rules.length)) : [];
    }),
  ];
};

const securityGroupRule: Extractor = (ctx) => {
  const a = ctx.attrs;
  const direction = a.get('type') === 'egress' ? 'egress' : 'ingress';
  const [v4, v6] = ruleCounts(ctx, (_i, k) => a.get(k), 1);
  // A rule naming a source group or nothing countable is still one rule.
  return securityGroupRules(ctx, a.get('security_group_id'), SG, direction, v4 === 0 && v6 === 0 ? 1 : v4, v6);
};

const vpcSecurityGroupRule =
  (direction: string): Extractor =>
  (ctx) =>
    securityGroupRules(ctx, ctx.attrs.get('security_group_id'), SG, direction, ...oneRule(Boolean(ctx.attrs.get('cidr_ipv6'))));

const vpcEndpoint: Extractor = (ctx) => vpcEndpointByType(ctx.attrs.get('vpc_endpoint_type'), ctx.attrs.get('vpc_id'), ctx, VPC);

// Apart from the CloudFormation reader's: -1 reserves nothing here, and provisioned concurrency is its own resource.
const lambdaFunction: Extractor = (ctx) => {
  // -1 (the default) reserves nothing; 0 or more reserves that many (aws_lambda_function docs).
  const reserved = count(ctx.attrs.get('reserved_concurrent_executions'), 'reserved_concurrent_executions', ctx, { notSet: -1 });
  if (reserved === undefined) return [];
  return [{ quotaCode: 'L-B99A9384', amount: reserved, scope: REGION }];
};

// Apart from the CloudFormation reader's: allocated_storage is Optional+Computed, so a replica's unknown storage is
// its source's here, where an unknown AllocatedStorage (a parameter) stays unknown.
const dbInstance: Extractor = (ctx) => {
  const engine = text(ctx.attrs.get('engine'));
  const out = [one('L-7B6409FD')];
  // Aurora storage is the cluster volume, not "allocated storage" of instances (RDS user guide, quotas).
  if (typeof engine === 'string' && engine.startsWith('aurora')) return out;
  let storage = count(ctx.attrs.get('allocated_storage'), 'allocated_storage', ctx);
  // A read replica gets its source's storage unless it sets its own.
  const source = ctx.attrs.get('replicate_source_db');
  if ((storage === undefined || storage instanceof Unknown) && source !== undefined && source !== null && source !== '') {
    const primary = ctx.lookup(source, ['aws_db_instance']);
    storage = primary ? count(valueOf(ctx, primary, 'allocated_storage'), 'allocated_storage of the source', ctx) : new Unknown(`${ctx.resource.address}: replica of ${describeRef(source)}, which is not in this plan`);
  }
  if (storage !== undefined) out.push({ quotaCode: 'L-7ADDB58A', amount: storage, scope: REGION });
  return out;
};

/** A schedule that resizes a group (max_size, min_size, desired_capacity; -1 or unset keeps the group's). */
const autoscalingSchedule: Extractor = (ctx) => {
  const a = ctx.attrs;
  const size = (k: string): unknown => {
    const v = a.get(k);
    return typeof v === 'number' && v < 0 ? undefined : (v ?? undefined);
  };
  const group = ctx.lookup(a.get('autoscaling_group_name'), ['aws_autoscaling_group']);
  return scheduledIncrease(ctx, group, { max_size: size('max_size'), min_size: size('min_size'), desired_capacity: size('desired_capacity') }, autoscalingGroup);
};

/** Exclusive policy attachments name their roles and users: each gets one more managed policy. */
const policyAttachment: Extractor = (ctx) => {
  const each = (key: string): unknown[] => {
    const v = ctx.attrs.get(key);
    return v instanceof Ref || v instanceof Unknown ? [v] : list(v).filter((x) => x !== '' && x !== null);
  };
  return policyHolders(ctx, each('roles'), each('users'), ROLE, USER);
};

const dynamodbTable: Extractor = (ctx) => {
  const a = ctx.attrs;
  const gsi = (i: number, key: string): unknown => a.get('global_secondary_index', i, key);
  const capacity = (key: string): Amount => sum([a.get(key), ...list(a.get('global_secondary_index')).map((_, i) => gsi(i, key))], key, ctx);
  // An unknown billing mode may be PROVISIONED: its throughput is checked.
  const provisioned = typeof a.get('billing_mode') !== 'string' || a.get('billing_mode') === 'PROVISIONED';
  return dynamodbTableQuotas(ctx, {
    gsis: lengthOf(a.get('global_secondary_index'), 'global_secondary_index', ctx),
    replicas: list(a.get('replica')).map((_, i) => tableReplica(a.get('replica', i, 'region_name'), `${ctx.resource.address}: replica region is known only after apply`)),
    throughput: provisioned ? { read: capacity('read_capacity'), write: capacity('write_capacity') } : undefined,
  });
};

const elasticacheCluster: Extractor = (ctx) => {
  // A member of a replication group is counted by the group.
  if (ctx.attrs.get('replication_group_id')) return [];
  return amountOf('L-DFE45DF3', 'num_cache_nodes', 'num_cache_nodes')(ctx);
};

const elasticacheReplicationGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const clusters = a.get('num_cache_clusters') ?? a.get('number_cache_clusters');
  return replicationGroupNodes(count(a.get('num_node_groups'), 'num_node_groups', ctx), count(a.get('replicas_per_node_group'), 'replicas_per_node_group', ctx), count(clusters, 'num_cache_clusters', ctx));
};

const ecsService: Extractor = (ctx) => {
  const a = ctx.attrs;
  const task = ctx.lookup(a.get('task_definition'), ['aws_ecs_task_definition']);
  return ecsServiceQuotas({
    cluster: resourceScope(a.get('cluster'), ctx, ['aws_ecs_cluster']),
    launchType: a.get('launch_type'),
    providers: list(a.get('capacity_provider_strategy')).map((_, i) => a.get('capacity_provider_strategy', i, 'capacity_provider')),
    // desired_count "Defaults to 0" (aws_ecs_service docs).
    desired: count(a.get('desired_count'), 'desired_count', ctx) ?? 0,
    taskCpu: task ? (count(valueOf(ctx, task, 'cpu'), 'task cpu', ctx) ?? new Unknown(`${ctx.resource.address}: task cpu not set`)) : new Unknown(`${ctx.resource.address}: task definition is not in this plan`),
  });
};

const kinesisStream: Extractor = (ctx) => kinesisShards(ctx, ctx.attrs.get('stream_mode_details', 0, 'stream_mode'), count(ctx.attrs.get('shard_count'), 'shard_count', ctx));

/** Inline rules of a network ACL (Optional+Computed like a security group's: unknown when kept in aws_network_acl_rule). */
const networkAcl: Extractor = (ctx) => {
  const a = ctx.attrs;
  const self = new Ref(ctx.resource.address);
  return [
    { ...one('L-B4A6D682'), scope: vpcScope(a.get('vpc_id'), ctx, VPC) },
    ...['ingress', 'egress'].flatMap((d) => {
      const rules = a.get(d);
      if (!Array.isArray(rules)) return [];
      const v6 = rules.map((_, i) => typeof a.get(d, i, 'ipv6_cidr_block') === 'string' && a.get(d, i, 'ipv6_cidr_block') !== '');
      return networkAclRules(ctx, self, ACL, d === 'egress', v6.filter((x) => !x).length, v6.filter(Boolean).length);
    }),
  ];
};

const networkAclRule: Extractor = (ctx) => {
  const a = ctx.attrs;
  const v6 = typeof a.get('ipv6_cidr_block') === 'string' && a.get('ipv6_cidr_block') !== '';
  return networkAclRules(ctx, a.get('network_acl_id'), ACL, a.get('egress') ?? false, ...oneRule(v6));
};

/** An event rule counts in its bus ("default" unless named), and each target in its rule. */
const eventBus = (ctx: ExtractContext): unknown => ctx.attrs.get('event_bus_name') ?? 'default';

const routeTable: Extractor = (ctx) => {
  const routes = list(ctx.attrs.get('route')).length;
  return [{ ...one('L-589F43AA'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }, ...ownCount(ctx, 'L-93826ACB', routes)];
};


export const TERRAFORM_RESOURCES: Record<string, Extractor> = {
  aws_instance: instance,
  aws_spot_instance_request: instance,
  aws_autoscaling_group: autoscalingGroup,
  aws_eks_node_group: eksNodeGroup,
  aws_eks_cluster: () => [one('L-1194D53C')],
  aws_eks_fargate_profile: (ctx) => [oneIn('L-33415657', ctx, ctx.attrs.get('cluster_name'), ['aws_eks_cluster'])],
  aws_launch_configuration: () => [one('L-6B80B8FA')],
  aws_eip: () => [one('L-0263D0A3')],
  aws_nat_gateway: (ctx) => [
    { ...one('L-FE5A380F'), scope: subnetZone(ctx.attrs.get('subnet_id'), ctx, ['aws_subnet'], ['availability_zone', 'availability_zone_id']) },
    ...natGatewayAddresses(ctx, ctx.attrs.get('connectivity_type'), unlessComputed(ctx.attrs.get('secondary_allocation_ids')), 'secondary_allocation_ids'),
  ],
  aws_vpc_peering_connection: (ctx) => {
    const a = ctx.attrs;
    const elsewhere = [a.get('peer_owner_id'), a.get('peer_region')].some((v) => v !== undefined && v !== null && v !== '');
    return vpcPeering(ctx, a.get('vpc_id'), a.get('peer_vpc_id'), elsewhere, VPC);
  },
  aws_vpc: (ctx) => {
    const a = ctx.attrs;
    const self = vpcScope(new Ref(ctx.resource.address), ctx, VPC);
    // The primary IPv4 block counts against IPv4 CIDR blocks per VPC; an IPv6 block asked for at creation, IPv6.
    // ipv6_cidr_block is also Computed (the block AWS assigns): only a known value there asks for one.
    const generated = a.get('assign_generated_ipv6_cidr_block');
    const pool = a.get('ipv6_ipam_pool_id');
    const block = a.get('ipv6_cidr_block');
    const v6 = generated instanceof Unknown ? generated : generated === true || pool instanceof Ref || (typeof pool === 'string' && pool !== '') || (typeof block === 'string' && block !== '') ? 1 : 0;
    return [one('L-F678F1CE'), { ...one('L-83CA0A9D'), scope: self }, ...(v6 === 0 ? [] : [{ quotaCode: 'L-085A6257', amount: v6, scope: self }])];
  },
  aws_vpc_ipv4_cidr_block_association: (ctx) => [{ ...one('L-83CA0A9D'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }],
  aws_vpc_ipv6_cidr_block_association: (ctx) => [{ ...one('L-085A6257'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }],
  aws_internet_gateway: () => [one('L-A4707A72')],
  aws_egress_only_internet_gateway: () => [one('L-45FE3B85')],
  aws_subnet: (ctx) => [{ ...one('L-407747CB'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }],
  aws_route_table: routeTable,
  aws_route: (ctx) => [{ ...one('L-93826ACB'), scope: resourceScope(ctx.attrs.get('route_table_id'), ctx, ['aws_route_table']) }],
  aws_network_acl: networkAcl,
  aws_network_acl_rule: networkAclRule,
  aws_customer_gateway: () => [one('L-4FB7FF5D')],
  aws_vpn_gateway: () => [one('L-7029FAB6')],
  aws_ec2_transit_gateway_vpc_attachment: (ctx) => transitGatewayVpcAttachment(ctx, ctx.attrs.get('transit_gateway_id'), ctx.attrs.get('vpc_id'), TGW, VPC),
  aws_ec2_transit_gateway_peering_attachment: (ctx) => transitGatewayPeering(ctx, ctx.attrs.get('transit_gateway_id'), TGW),
  aws_ec2_transit_gateway_route_table: (ctx) => [oneIn('L-43872EB7', ctx, ctx.attrs.get('transit_gateway_id'), TGW)],
  aws_ebs_volume: (ctx) => ebsVolume(ctx, unlessComputed(ctx.attrs.get('type')), ctx.attrs.get('size'), ctx.attrs.get('iops')),
  aws_ebs_snapshot: () => [one('L-309BACF6')],
  aws_efs_mount_target: (ctx) => [inVpcOfSubnet('L-7391004C', ctx, ctx.attrs.get('subnet_id'), ['aws_subnet'], 'vpc_id', VPC)],
  aws_security_group: securityGroup,
  aws_security_group_rule: securityGroupRule,
  aws_vpc_security_group_ingress_rule: vpcSecurityGroupRule('ingress'),
  aws_vpc_security_group_egress_rule: vpcSecurityGroupRule('egress'),
  aws_vpc_endpoint: vpcEndpoint,
  aws_network_interface: () => [one('L-DF5E4CA3')],
  aws_ec2_transit_gateway: () => [one('L-A2478D36')],
  aws_vpn_connection: () => [one('L-3E6EC3A3')],
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_elb: (ctx) => classicLoadBalancer(ctx, lengthOf(ctx.attrs.get('listener'), 'listener', ctx)),
  aws_lb_target_group: () => [one('L-B22855CB')],
  aws_alb_target_group: () => [one('L-B22855CB')],
  aws_lb_listener: listener,
  aws_alb_listener: listener,
  aws_lb_listener_rule: (ctx) => listenerRuleQuota(ctx, ctx.attrs.get('listener_arn'), ELBV2),
  aws_alb_listener_rule: (ctx) => listenerRuleQuota(ctx, ctx.attrs.get('listener_arn'), ELBV2),
  aws_lambda_function: lambdaFunction,
  aws_lambda_provisioned_concurrency_config: amountOf('L-B99A9384', 'provisioned_concurrent_executions', 'provisioned_concurrent_executions'),
  aws_db_instance: dbInstance,
  aws_rds_cluster_instance: () => [one('L-7B6409FD')],
  aws_neptune_cluster_instance: () => [one('L-368A3E00')],
  aws_neptune_cluster: () => [one('L-6D17A5A2')],
  aws_docdb_cluster_instance: () => [one('L-739A3A85')],
  aws_docdb_cluster: () => [one('L-13F31459')],
  aws_rds_cluster: () => [one('L-952B80B8')],
  aws_db_parameter_group: () => [one('L-DE55804A')],
  aws_db_option_group: () => [one('L-9FA33840')],
  aws_db_subnet_group: () => [one('L-48C6BF61')],
  aws_db_snapshot: () => [one('L-272F1212')],
  aws_db_cluster_snapshot: () => [one('L-9B510759')],
  aws_neptune_subnet_group: () => [one('L-483F7912')],
  aws_neptune_parameter_group: () => [one('L-584DADE7')],
  aws_neptune_cluster_parameter_group: () => [one('L-5BB9A916')],
  aws_neptune_cluster_snapshot: () => [one('L-D6543DBD')],
  aws_docdb_subnet_group: () => [one('L-02DEA053')],
  aws_docdb_cluster_snapshot: () => [one('L-B2551F83')],
  aws_dms_replication_instance: () => [one('L-C2341CDC')],
  aws_dms_endpoint: () => [one('L-E17328E9')],
  aws_dms_replication_task: () => [one('L-7FD3593B')],
  aws_dms_replication_subnet_group: () => [one('L-27B24FAD')],
  aws_dynamodb_table: dynamodbTable,
  aws_dynamodb_table_replica: () => [one('L-F98FE922')],
  aws_s3_bucket: () => [one('L-DC2B2D3D')],
  aws_ecs_cluster: () => [one('L-21C621EB')],
  aws_ecs_service: ecsService,
  aws_elasticache_cluster: elasticacheCluster,
  aws_elasticache_replication_group: elasticacheReplicationGroup,
  aws_elasticache_subnet_group: () => [one('L-3E7F7726')],
  aws_elasticache_parameter_group: () => [one('L-3F15A733')],
  aws_iam_role: (ctx) => {
    // managed_policy_arns is Optional+Computed: unknown when not set, and then the attachments are separate
    // aws_iam_role_policy_attachment resources, counted themselves.
    const managed = list(ctx.attrs.get('managed_policy_arns')).length;
    return [one('L-FE177D64'), ...ownCount(ctx, 'L-0DA4ABF3', managed)];
  },
  aws_iam_policy: () => [one('L-E95E4862')],
  aws_iam_user: () => [one('L-F55AF5E4')],
  aws_iam_group: () => [one('L-F4A5425F')],
  aws_iam_user_policy_attachment: (ctx) => [oneIn('L-4019AD8B', ctx, ctx.attrs.get('user'), USER)],
  aws_iam_openid_connect_provider: () => [one('L-858F3967')],
  aws_iam_instance_profile: () => [one('L-6E65F664')],
  aws_iam_policy_attachment: policyAttachment,
  aws_autoscaling_schedule: autoscalingSchedule,
  aws_iam_role_policy_attachment: (ctx) => [{ ...one('L-0DA4ABF3'), scope: resourceScope(ctx.attrs.get('role'), ctx, ROLE) }],
  aws_route53_zone: () => [one('L-4EA4796A')],
  aws_route53_record: (ctx) => [oneIn('L-E209CC9F', ctx, ctx.attrs.get('zone_id'), ['aws_route53_zone'])],
  aws_api_gateway_rest_api: (ctx) => restApiByEndpoint(unlessComputed(ctx.attrs.get('endpoint_configuration', 0, 'types', 0))),
  aws_api_gateway_resource: (ctx) => [oneIn('L-01C8A9E0', ctx, ctx.attrs.get('rest_api_id'), REST_API)],
  aws_api_gateway_stage: (ctx) => [oneIn('L-379E48B0', ctx, ctx.attrs.get('rest_api_id'), REST_API)],
  // A deployment with (the deprecated) stage_name creates that stage.
  aws_api_gateway_deployment: (ctx) => (ctx.attrs.get('stage_name') ? [oneIn('L-379E48B0', ctx, ctx.attrs.get('rest_api_id'), REST_API)] : []),
  aws_api_gateway_domain_name: () => [one('L-A93447B8')],
  aws_cloudwatch_event_rule: (ctx) => [oneIn('L-244521F2', ctx, eventBus(ctx), BUS)],
  aws_cloudwatch_event_target: (ctx) => [oneIn('L-388D1D08', ctx, ctx.attrs.get('rule'), RULE)],
  aws_secretsmanager_secret: () => [one('L-2F66C23C')],
  aws_cloudfront_distribution: () => [one('L-24B04930')],
  aws_cloudfront_cache_policy: () => [one('L-7D134442')],
  aws_wafv2_web_acl: (ctx) => webAclByScope(ctx.attrs.get('scope')),
  aws_acm_certificate: () => [one('L-F141DD1D')],
  aws_cognito_user_pool: () => [one('L-66E6DF30')],
  aws_cognito_user_pool_client: (ctx) => [oneIn('L-5EAB0605', ctx, ctx.attrs.get('user_pool_id'), ['aws_cognito_user_pool'])],
  aws_appautoscaling_target: (ctx) => scalableTarget(ctx.attrs.get('service_namespace')),
  aws_appautoscaling_policy: (ctx) => [oneIn('L-B395C81B', ctx, ctx.attrs.get('resource_id'), ['aws_appautoscaling_target'])],
  aws_sns_topic: () => [one('L-61103206')],
  aws_kms_key: () => [one('L-C2F1777E')],
  aws_cloudwatch_log_group: () => [one('L-C7B9AAAB')],
  aws_cloudformation_stack: () => [one('L-0485CB21')],
  aws_ecr_repository: () => [one('L-CFEB8E8D')],
  aws_efs_file_system: () => [one('L-848C634D')],
  aws_kinesis_stream: kinesisStream,
  aws_opensearch_domain: () => [one('L-076D529E')],
  aws_elasticsearch_domain: () => [one('L-076D529E')],
};

/**
 * Types that consume no count quota of their own (configuration of another resource, or no quota exists),
 * so they count as covered. CloudWatch alarms: "no limit on the total number of alarms" (CloudWatch quotas doc);
 * SQS: no queue-count quota; launch templates are counted through the groups and instances that use them.
 * Inline IAM policies are bounded by size only; associations and policies attach to something counted itself;
 * API Gateway methods, integrations and their responses and settings have no count quota (APIGWDOC); a
 * certificate validation only waits; CloudWatch Logs sets no quota on log streams
 * (docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html); SNS subscriptions per topic
 * (12,500,000) is not a Service Quotas quota.
 */
export const TERRAFORM_NO_QUOTA = new Set([
  'aws_launch_template',
  'aws_cloudwatch_metric_alarm',
  'aws_sqs_queue',
  'aws_sqs_queue_policy',
  'aws_route_table_association',
  'aws_main_route_table_association',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_acl',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_logging',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_notification',
  'aws_s3_object',
  'aws_s3_bucket_object',
  'aws_lambda_permission',
  'aws_lb_target_group_attachment',
  'aws_autoscaling_attachment',
  'aws_autoscaling_policy',
  'aws_volume_attachment',
  'aws_ecs_task_definition',
  'aws_kms_alias',
  'aws_eip_association',
  'aws_acm_certificate_validation',
  'aws_api_gateway_account',
  'aws_api_gateway_method',
  'aws_api_gateway_method_response',
  'aws_api_gateway_method_settings',
  'aws_api_gateway_integration',
  'aws_api_gateway_integration_response',
  'aws_elasticsearch_domain_policy',
  'aws_opensearch_domain_policy',
  'aws_wafv2_web_acl_association',
  'aws_sns_topic_subscription',
  'aws_sns_topic_policy',
  'aws_cloudwatch_log_stream',
  'aws_ecr_lifecycle_policy',
  'aws_ecr_repository_policy',
  'aws_network_acl_association',
]);
