// Terraform AWS resource types → the quotas they consume. Attribute names: registry.terraform.io/providers/hashicorp/aws.
// Quota choices per type: ../../README.md "What is counted", sourced in catalog.ts; capacity rules as in
// infracost internal/providers/terraform/aws/autoscaling_group.go.
import { Ref, Unknown } from '../model.js';
import { REGION, amountOf, capacityOf, count, distribution as distributionOf, fleetVcpus, lengthOf, list, one, plus, resourceScope, loadBalancerByType, scheduledIncrease, securityGroupRules, subnetZone, sum, text, valueOf, vpcEndpointByType, vpcScope } from './consumers.js';
import type { Amount, Consumption, ExtractContext, Extractor, FleetSpec, InstanceOption } from './consumers.js';

const VPC = ['aws_vpc'];
const SG = ['aws_security_group'];
const LB = ['aws_lb', 'aws_alb'];
const ROLE = ['aws_iam_role'];


/** Instance type and market of a launch template or launch configuration found through a reference. */
function templateInstance(ctx: ExtractContext, ref: unknown): { type: unknown; spot: boolean } {
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

const autoscalingGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const capacity = capacityOf(ctx, a.get('max_size'), a.get('desired_capacity'), a.get('min_size'));
  const mixed = a.get('mixed_instances_policy', 0);
  let options: InstanceOption[];
  let spot = false;
  let distribution: FleetSpec['distribution'];
  if (mixed !== undefined && mixed !== null) {
    const lt = a.get('mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0);
    const ltRef = lt instanceof Unknown || lt instanceof Ref ? lt : (a.get('mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_id') ?? a.get('mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_name'));
    const overrides = list(a.get('mixed_instances_policy', 0, 'launch_template', 0, 'override'));
    const base = templateInstance(ctx, ltRef);
    options = overrides.length
      ? overrides.map((_, i) => {
          const type = a.get('mixed_instances_policy', 0, 'launch_template', 0, 'override', i, 'instance_type');
          const weight = count(a.get('mixed_instances_policy', 0, 'launch_template', 0, 'override', i, 'weighted_capacity'), 'weighted_capacity', ctx);
          return { type: type ?? base.type, weight: typeof weight === 'number' && weight > 0 ? weight : 1 };
        })
      : [{ type: base.type }];
    distribution = distributionOf(
      (k) => a.get('mixed_instances_policy', 0, 'instances_distribution', 0, k === 'base' ? 'on_demand_base_capacity' : 'on_demand_percentage_above_base_capacity'),
      ctx,
    );
  } else {
    const ltRef = a.get('launch_template', 0) instanceof Ref ? a.get('launch_template', 0) : (a.get('launch_template', 0, 'id') ?? a.get('launch_template', 0, 'name'));
    const lc = a.get('launch_configuration');
    const source = ltRef ?? (lc === null || lc === '' ? undefined : lc);
    const found = source === undefined ? { type: new Unknown(`${ctx.resource.address}: no launch template or launch configuration`), spot: false } : templateInstance(ctx, source);
    options = [{ type: found.type }];
    spot = found.spot;
  }
  return [one('L-CDE20ADC'), ...fleetVcpus({ capacity, options, spot, distribution }, ctx)];
};

const eksNodeGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const capacity = capacityOf(ctx, a.get('scaling_config', 0, 'max_size'), a.get('scaling_config', 0, 'desired_size'), a.get('scaling_config', 0, 'min_size'));
  const spot = a.get('capacity_type') === 'SPOT';
  const types = a.get('instance_types');
  const lt = a.get('launch_template', 0, 'id') ?? a.get('launch_template', 0, 'name');
  let options: InstanceOption[];
  if (types instanceof Unknown) options = [{ type: types }];
  else if (Array.isArray(types) && types.length) options = types.map((type) => ({ type }));
  else if (lt !== undefined) options = [{ type: templateInstance(ctx, lt).type }];
  // EKS default when neither instance_types nor a launch template names one (EKS CreateNodegroup API reference).
  else options = [{ type: 't3.medium' }];
  return [one('L-CDE20ADC'), { ...one('L-6D54EA21'), scope: resourceScope(a.get('cluster_name'), ctx, ['aws_eks_cluster']) }, ...fleetVcpus({ capacity, options, spot }, ctx)];
};

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
  (ctx) => (ctx.attrs.get('cidr_ipv6') ? securityGroupRules(ctx, ctx.attrs.get('security_group_id'), SG, direction, 0, 1) : securityGroupRules(ctx, ctx.attrs.get('security_group_id'), SG, direction, 1, 0));

const vpcEndpoint: Extractor = (ctx) => vpcEndpointByType(ctx.attrs.get('vpc_endpoint_type'), ctx.attrs.get('vpc_id'), ctx, VPC);

const lambdaFunction: Extractor = (ctx) => {
  // -1 (the default) reserves nothing; 0 or more reserves that many (aws_lambda_function docs).
  const reserved = count(ctx.attrs.get('reserved_concurrent_executions'), 'reserved_concurrent_executions', ctx, { notSet: -1 });
  if (reserved === undefined) return [];
  return [{ quotaCode: 'L-B99A9384', amount: reserved, scope: REGION }];
};

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

/** Exclusive policy attachments name their roles: each role gets one more managed policy. */
const policyAttachment: Extractor = (ctx) => {
  const roles = ctx.attrs.get('roles');
  const targets = roles instanceof Ref || roles instanceof Unknown ? [roles] : list(roles);
  return targets.map((role) => ({ ...one('L-0DA4ABF3'), scope: resourceScope(role, ctx, ROLE) }));
};

const dynamodbTable: Extractor = (ctx) => {
  const a = ctx.attrs;
  const out: Consumption[] = [one('L-F98FE922')];
  for (const [i] of list(a.get('replica')).entries()) {
    const region = a.get('replica', i, 'region_name');
    if (typeof region === 'string') out.push({ ...one('L-F98FE922'), region });
    else out.push({ quotaCode: 'L-F98FE922', amount: new Unknown(`${ctx.resource.address}: replica region is known only after apply`), scope: REGION });
  }
  // An unknown billing mode may be PROVISIONED: its throughput is checked.
  if (typeof a.get('billing_mode') !== 'string' || a.get('billing_mode') === 'PROVISIONED') {
    for (const [key, code] of [
      ['read_capacity', 'L-34F6A552'],
      ['write_capacity', 'L-34F8CCC8'],
    ] as const) {
      const total = sum([a.get(key), ...list(a.get('global_secondary_index')).map((_, i) => a.get('global_secondary_index', i, key))], key, ctx);
      if (total instanceof Unknown || total > 0) out.push({ quotaCode: code, amount: total, scope: REGION });
    }
  }
  return out;
};

const elasticacheCluster: Extractor = (ctx) => {
  // A member of a replication group is counted by the group.
  if (ctx.attrs.get('replication_group_id')) return [];
  return amountOf('L-DFE45DF3', 'num_cache_nodes', 'num_cache_nodes')(ctx);
};

const elasticacheReplicationGroup: Extractor = (ctx) => {
  const a = ctx.attrs;
  const groups = count(a.get('num_node_groups'), 'num_node_groups', ctx);
  if (groups !== undefined) {
    const replicas = count(a.get('replicas_per_node_group'), 'replicas_per_node_group', ctx) ?? 0;
    const amount = groups instanceof Unknown ? groups : replicas instanceof Unknown ? replicas : groups * (replicas + 1);
    return [{ quotaCode: 'L-DFE45DF3', amount, scope: REGION }];
  }
  const clusters = count(a.get('num_cache_clusters') ?? a.get('number_cache_clusters'), 'num_cache_clusters', ctx) ?? 1;
  return [{ quotaCode: 'L-DFE45DF3', amount: clusters, scope: REGION }];
};

const ecsService: Extractor = (ctx) => {
  const a = ctx.attrs;
  const out: Consumption[] = [{ ...one('L-9EF96962'), scope: resourceScope(a.get('cluster'), ctx, ['aws_ecs_cluster']) }];
  const providers = list(a.get('capacity_provider_strategy')).map((_, i) => a.get('capacity_provider_strategy', i, 'capacity_provider'));
  const codes = new Set<string>();
  // An unknown launch type may be FARGATE.
  if (a.get('launch_type') === 'FARGATE' || a.get('launch_type') instanceof Unknown) codes.add('L-3032A538');
  if (providers.includes('FARGATE')) codes.add('L-3032A538');
  if (providers.includes('FARGATE_SPOT')) codes.add('L-36FBB829');
  if (!codes.size) return out;
  const desired = count(a.get('desired_count'), 'desired_count', ctx) ?? 0;
  const task = ctx.lookup(a.get('task_definition'), ['aws_ecs_task_definition']);
  const cpu = task ? count(valueOf(ctx, task, 'cpu'), 'task cpu', ctx) : new Unknown(`${ctx.resource.address}: task definition is not in this plan`);
  // Fargate counts vCPUs: task CPU units / 1024 per running task (Fargate quotas, AWS docs).
  const amount = desired instanceof Unknown ? desired : cpu instanceof Unknown || cpu === undefined ? (cpu ?? new Unknown(`${ctx.resource.address}: task cpu not set`)) : (desired * cpu) / 1024;
  for (const code of codes) out.push({ quotaCode: code, amount, scope: REGION });
  return out;
};

const kinesisStream: Extractor = (ctx) => {
  if (ctx.attrs.get('stream_mode_details', 0, 'stream_mode') === 'ON_DEMAND') {
    return [{ quotaCode: 'L-0918CF54', amount: new Unknown(`${ctx.resource.address}: on-demand streams choose their own shard count`), scope: REGION }];
  }
  return amountOf('L-0918CF54', 'shard_count', 'shard_count')(ctx);
};

const routeTable: Extractor = (ctx) => {
  const routes = list(ctx.attrs.get('route')).length;
  const out = [{ ...one('L-589F43AA'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }];
  if (routes) out.push({ quotaCode: 'L-93826ACB', amount: routes, scope: resourceScope(new Ref(ctx.resource.address), ctx, []) });
  return out;
};


export const TERRAFORM_RESOURCES: Record<string, Extractor> = {
  aws_instance: instance,
  aws_spot_instance_request: instance,
  aws_autoscaling_group: autoscalingGroup,
  aws_eks_node_group: eksNodeGroup,
  aws_eks_cluster: () => [one('L-1194D53C')],
  aws_launch_configuration: () => [one('L-6B80B8FA')],
  aws_eip: () => [one('L-0263D0A3')],
  aws_nat_gateway: (ctx) => [{ ...one('L-FE5A380F'), scope: subnetZone(ctx.attrs.get('subnet_id'), ctx, ['aws_subnet'], ['availability_zone', 'availability_zone_id']) }],
  aws_vpc: () => [one('L-F678F1CE')],
  aws_internet_gateway: () => [one('L-A4707A72')],
  aws_egress_only_internet_gateway: () => [one('L-45FE3B85')],
  aws_subnet: (ctx) => [{ ...one('L-407747CB'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }],
  aws_route_table: routeTable,
  aws_route: (ctx) => [{ ...one('L-93826ACB'), scope: resourceScope(ctx.attrs.get('route_table_id'), ctx, ['aws_route_table']) }],
  aws_network_acl: (ctx) => [{ ...one('L-B4A6D682'), scope: vpcScope(ctx.attrs.get('vpc_id'), ctx, VPC) }],
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
  aws_elb: () => [one('L-E9E9831D')],
  aws_lb_target_group: () => [one('L-B22855CB')],
  aws_alb_target_group: () => [one('L-B22855CB')],
  aws_lb_listener: (ctx) => [{ ...one('L-B6DF7632'), scope: resourceScope(ctx.attrs.get('load_balancer_arn'), ctx, LB) }],
  aws_alb_listener: (ctx) => [{ ...one('L-B6DF7632'), scope: resourceScope(ctx.attrs.get('load_balancer_arn'), ctx, LB) }],
  aws_lambda_function: lambdaFunction,
  aws_lambda_provisioned_concurrency_config: amountOf('L-B99A9384', 'provisioned_concurrent_executions', 'provisioned_concurrent_executions'),
  aws_db_instance: dbInstance,
  aws_rds_cluster_instance: () => [one('L-7B6409FD')],
  aws_neptune_cluster_instance: () => [one('L-7B6409FD')],
  aws_docdb_cluster_instance: () => [one('L-7B6409FD')],
  aws_rds_cluster: () => [one('L-952B80B8')],
  aws_dynamodb_table: dynamodbTable,
  aws_dynamodb_table_replica: () => [one('L-F98FE922')],
  aws_s3_bucket: () => [one('L-DC2B2D3D')],
  aws_ecs_cluster: () => [one('L-21C621EB')],
  aws_ecs_service: ecsService,
  aws_elasticache_cluster: elasticacheCluster,
  aws_elasticache_replication_group: elasticacheReplicationGroup,
  aws_iam_role: (ctx) => {
    // managed_policy_arns is Optional+Computed: unknown when not set, and then the attachments are separate
    // aws_iam_role_policy_attachment resources, counted themselves.
    const managed = list(ctx.attrs.get('managed_policy_arns')).length;
    return [one('L-FE177D64'), ...(managed ? [{ quotaCode: 'L-0DA4ABF3', amount: managed, scope: resourceScope(new Ref(ctx.resource.address), ctx, []) }] : [])];
  },
  aws_iam_policy: () => [one('L-E95E4862')],
  aws_iam_instance_profile: () => [one('L-6E65F664')],
  aws_iam_policy_attachment: policyAttachment,
  aws_autoscaling_schedule: autoscalingSchedule,
  aws_iam_role_policy_attachment: (ctx) => [{ ...one('L-0DA4ABF3'), scope: resourceScope(ctx.attrs.get('role'), ctx, ROLE) }],
  aws_route53_zone: () => [one('L-4EA4796A')],
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
  'aws_cloudwatch_event_target',
  'aws_lb_target_group_attachment',
  'aws_autoscaling_attachment',
  'aws_autoscaling_policy',
  'aws_volume_attachment',
  'aws_ecs_task_definition',
  'aws_kms_alias',
  'aws_eip_association',
]);
