// Resources whose Terraform and CloudFormation readers feed one extractor (src/quotas/consumers.ts): the same
// resource written in either format needs the same quotas, each format's defaults aside (hand-counted).
import { fromTemplate, fromTerraform, totals } from './inputs.js';

describe('ElastiCache replication groups: node groups × (replicas + 1), else cache clusters (1 unless given)', () => {
  test('Terraform', () => {
    const { r } = fromTerraform([
      { address: 'aws_elasticache_replication_group.sharded', after: { num_node_groups: 3, replicas_per_node_group: 2 } },
      { address: 'aws_elasticache_replication_group.primaries', after: { num_node_groups: 2 } },
      { address: 'aws_elasticache_replication_group.clusters', after: { num_cache_clusters: 4 } },
      { address: 'aws_elasticache_replication_group.plain', after: {} },
    ]);
    expect(totals(r)).toEqual({ 'us-east-1 L-DFE45DF3 region': '16' }); // 9 + 2 + 4 + 1
  });

  test('CloudFormation', () => {
    const { r } = fromTemplate(`
Resources:
  Sharded: { Type: AWS::ElastiCache::ReplicationGroup, Properties: { NumNodeGroups: 3, ReplicasPerNodeGroup: "2" } }
  Primaries: { Type: AWS::ElastiCache::ReplicationGroup, Properties: { NumNodeGroups: 2 } }
  Clusters: { Type: AWS::ElastiCache::ReplicationGroup, Properties: { NumCacheClusters: 4 } }
  Plain: { Type: AWS::ElastiCache::ReplicationGroup, Properties: {} }
`);
    expect(totals(r)).toEqual({ 'us-east-1 L-DFE45DF3 region': '16' });
  });

  test('a node group count not known offline makes the amount unknown, never a default', () => {
    const { r } = fromTemplate(`
Parameters:
  Shards: { Type: Number }
Resources:
  Sharded: { Type: AWS::ElastiCache::ReplicationGroup, Properties: { NumNodeGroups: !Ref Shards, ReplicasPerNodeGroup: 1 } }
`);
    expect(totals(r)).toEqual({ 'us-east-1 L-DFE45DF3 region': '0 +1 unknown' });
  });
});

describe('mixed-instances override weights: units per instance; a weight that is not a positive number counts as 1', () => {
  // 10 units on demand: m5.large ×2 → 5 × 2 vCPUs; m5.xlarge ×4 → 3 × 4; c5.large weight 0 → 10 × 2 (the worst).
  test('Terraform', () => {
    const { r } = fromTerraform([
      {
        address: 'aws_autoscaling_group.web',
        after: {
          max_size: 10,
          min_size: 1,
          mixed_instances_policy: [
            {
              launch_template: [
                {
                  launch_template_specification: [{ launch_template_id: 'lt-0123' }],
                  override: [
                    { instance_type: 'm5.large', weighted_capacity: '2' },
                    { instance_type: 'm5.xlarge', weighted_capacity: '4' },
                    { instance_type: 'c5.large', weighted_capacity: '0' },
                  ],
                },
              ],
            },
          ],
        },
      },
    ]);
    expect(totals(r)).toEqual({ 'us-east-1 L-CDE20ADC region': '1', 'us-east-1 L-1216C47A region': '20' });
  });

  test('CloudFormation', () => {
    const { r } = fromTemplate(`
Resources:
  Web:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MaxSize: "10"
      MinSize: "1"
      MixedInstancesPolicy:
        LaunchTemplate:
          LaunchTemplateSpecification: { LaunchTemplateId: lt-0123 }
          Overrides:
            - { InstanceType: m5.large, WeightedCapacity: "2" }
            - { InstanceType: m5.xlarge, WeightedCapacity: "4" }
            - { InstanceType: c5.large, WeightedCapacity: "0" }
`);
    expect(totals(r)).toEqual({ 'us-east-1 L-CDE20ADC region': '1', 'us-east-1 L-1216C47A region': '20' });
  });
});

describe('EKS managed node groups: nodes at the maximum size, one in its cluster, t3.medium when no type is named', () => {
  test('CloudFormation', () => {
    const { r } = fromTemplate(`
Resources:
  Cluster: { Type: AWS::EKS::Cluster, Properties: { RoleArn: arn:aws:iam::111122223333:role/eks, ResourcesVpcConfig: { SubnetIds: [subnet-1] } } }
  Large: { Type: AWS::EKS::Nodegroup, Properties: { ClusterName: !Ref Cluster, NodeRole: r, Subnets: [subnet-1], ScalingConfig: { MinSize: 1, DesiredSize: 2, MaxSize: 6 }, InstanceTypes: [m5.xlarge] } }
  Default: { Type: AWS::EKS::Nodegroup, Properties: { ClusterName: !Ref Cluster, NodeRole: r, Subnets: [subnet-1], ScalingConfig: { MaxSize: 3 } } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-1194D53C region': '1',
      'us-east-1 L-CDE20ADC region': '2',
      'us-east-1 L-6D54EA21 resource:Cluster': '2',
      'us-east-1 L-BD136A63 resource:Large': '6',
      'us-east-1 L-BD136A63 resource:Default': '3',
      'us-east-1 L-1216C47A region': '30', // 6 × 4 vCPUs + 3 × 2 (t3.medium)
    });
  });

  test('Terraform', () => {
    const { r } = fromTerraform([
      { address: 'aws_eks_cluster.c', after: { name: 'c' } },
      { address: 'aws_eks_node_group.large', after: { scaling_config: [{ min_size: 1, desired_size: 2, max_size: 6 }], instance_types: ['m5.xlarge'] }, refs: { cluster_name: 'aws_eks_cluster.c' } },
      { address: 'aws_eks_node_group.default', after: { scaling_config: [{ max_size: 3 }] }, refs: { cluster_name: 'aws_eks_cluster.c' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-1194D53C region': '1',
      'us-east-1 L-CDE20ADC region': '2',
      'us-east-1 L-6D54EA21 resource:aws_eks_cluster.c': '2',
      'us-east-1 L-BD136A63 resource:aws_eks_node_group.large': '6',
      'us-east-1 L-BD136A63 resource:aws_eks_node_group.default': '3',
      'us-east-1 L-1216C47A region': '30',
    });
  });
});

describe('ECS services: one per cluster; Fargate vCPUs = desired tasks × task CPU units / 1024', () => {
  test('Terraform (desired_count unset: 0)', () => {
    const { r } = fromTerraform([
      { address: 'aws_ecs_cluster.c', after: { name: 'c' } },
      { address: 'aws_ecs_task_definition.td', after: { cpu: '512' } },
      { address: 'aws_ecs_service.web', after: { launch_type: 'FARGATE', desired_count: 3 }, refs: { cluster: 'aws_ecs_cluster.c', task_definition: 'aws_ecs_task_definition.td' } },
      { address: 'aws_ecs_service.spot', after: { desired_count: 4, capacity_provider_strategy: [{ capacity_provider: 'FARGATE_SPOT' }] }, refs: { cluster: 'aws_ecs_cluster.c', task_definition: 'aws_ecs_task_definition.td' } },
      { address: 'aws_ecs_service.idle', after: { launch_type: 'FARGATE' }, refs: { cluster: 'aws_ecs_cluster.c', task_definition: 'aws_ecs_task_definition.td' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-21C621EB region': '1',
      'us-east-1 L-9EF96962 resource:aws_ecs_cluster.c': '3',
      'us-east-1 L-3032A538 region': '1.5', // 3 × 512 / 1024 + 0
      'us-east-1 L-36FBB829 region': '2', // 4 × 512 / 1024
    });
  });

  test('CloudFormation (DesiredCount unset: 1; no Cluster: the default cluster)', () => {
    const { r } = fromTemplate(`
Resources:
  Task: { Type: AWS::ECS::TaskDefinition, Properties: { Cpu: "512" } }
  Web: { Type: AWS::ECS::Service, Properties: { LaunchType: FARGATE, DesiredCount: 3, TaskDefinition: !Ref Task } }
  Spot: { Type: AWS::ECS::Service, Properties: { DesiredCount: 4, CapacityProviderStrategy: [{ CapacityProvider: FARGATE_SPOT }], TaskDefinition: !Ref Task } }
  One: { Type: AWS::ECS::Service, Properties: { LaunchType: FARGATE, TaskDefinition: !Ref Task } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-9EF96962 resource:default': '3',
      'us-east-1 L-3032A538 region': '2', // 3 × 512 / 1024 + 1 × 512 / 1024
      'us-east-1 L-36FBB829 region': '2',
    });
  });
});

describe('Kinesis streams: their shard count; an on-demand stream is unknown offline', () => {
  test('Terraform', () => {
    const { r } = fromTerraform([
      { address: 'aws_kinesis_stream.a', after: { shard_count: 4 } },
      { address: 'aws_kinesis_stream.b', after: { stream_mode_details: [{ stream_mode: 'ON_DEMAND' }] } },
    ]);
    expect(totals(r)).toEqual({ 'us-east-1 L-0918CF54 region': '4 +1 unknown' });
  });

  test('CloudFormation', () => {
    const { r } = fromTemplate(`
Resources:
  A: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 4 } }
  B: { Type: AWS::Kinesis::Stream, Properties: { StreamModeDetails: { StreamMode: ON_DEMAND } } }
`);
    expect(totals(r)).toEqual({ 'us-east-1 L-0918CF54 region': '4 +1 unknown' });
  });
});
