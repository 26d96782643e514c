// Route 53 records, API Gateway, EventBridge, IAM users / groups / OIDC providers, database groups, DMS, Cognito,
// Application Auto Scaling, WAF, CloudFront, ACM and Secrets Manager (hand-counted).
import { fromTemplate, fromTerraform, totals } from './inputs.js';

describe('Route 53 records and API Gateway', () => {
  test('Terraform: records per hosted zone (global); REST APIs by endpoint type, resources and stages per API', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_route53_zone.main', after: { name: 'example.com' } },
      { address: 'aws_route53_record.www', after: { name: 'www', type: 'A' }, refs: { zone_id: 'aws_route53_zone.main' } },
      { address: 'aws_route53_record.api', after: { name: 'api', type: 'CNAME' }, refs: { zone_id: 'aws_route53_zone.main' } },
      { address: 'aws_route53_record.old', after: { name: 'old', type: 'A', zone_id: 'Z0123' } },
      // endpoint_configuration unset: unknown in the plan (Optional+Computed), EDGE by default.
      { address: 'aws_api_gateway_rest_api.edge', after: { name: 'edge' }, unknown: ['endpoint_configuration'] },
      // endpoint_configuration from another resource: not known offline, any of the three.
      { address: 'aws_api_gateway_rest_api.other', after: { name: 'other' }, refs: { endpoint_configuration: 'aws_api_gateway_rest_api.edge' } },
      { address: 'aws_api_gateway_rest_api.regional', after: { name: 'r', endpoint_configuration: [{ types: ['REGIONAL'] }] } },
      { address: 'aws_api_gateway_resource.users', after: { path_part: 'users' }, refs: { rest_api_id: 'aws_api_gateway_rest_api.regional' } },
      { address: 'aws_api_gateway_resource.items', after: { path_part: 'items' }, refs: { rest_api_id: 'aws_api_gateway_rest_api.regional' } },
      { address: 'aws_api_gateway_method.get', after: { http_method: 'GET' }, refs: { rest_api_id: 'aws_api_gateway_rest_api.regional' } },
      { address: 'aws_api_gateway_deployment.d', after: { stage_name: 'prod' }, refs: { rest_api_id: 'aws_api_gateway_rest_api.regional' } },
      { address: 'aws_api_gateway_deployment.plain', after: {}, refs: { rest_api_id: 'aws_api_gateway_rest_api.regional' } },
      { address: 'aws_api_gateway_stage.test', after: { stage_name: 'test' }, refs: { rest_api_id: 'aws_api_gateway_rest_api.regional' } },
      { address: 'aws_api_gateway_domain_name.api', after: { domain_name: 'api.example.com' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-4EA4796A region': '1',
      'us-east-1 L-E209CC9F resource:aws_route53_zone.main': '2',
      'us-east-1 L-E209CC9F resource:Z0123': '1',
      'us-east-1 L-B97207D0 region': '1 +1 unknown',
      'us-east-1 L-AA0FF27B region': '1 +1 unknown',
      'us-east-1 L-A966AB5C region': '0 +1 unknown',
      'us-east-1 L-01C8A9E0 resource:aws_api_gateway_rest_api.regional': '2',
      'us-east-1 L-379E48B0 resource:aws_api_gateway_rest_api.regional': '2', // the deployment's stage + test
      'us-east-1 L-A93447B8 region': '1',
    });
    expect(coverage).toEqual({ resources: 14, mapped: 14, unsupported: [] });
  });

  test('CloudFormation: RecordSet and RecordSetGroup by zone id or name; an EDGE API by default', () => {
    const { r } = fromTemplate(`
Resources:
  Zone: { Type: AWS::Route53::HostedZone, Properties: { Name: example.com } }
  Www: { Type: AWS::Route53::RecordSet, Properties: { HostedZoneId: !Ref Zone, Name: www.example.com, Type: A, TTL: 60, ResourceRecords: [192.0.2.1] } }
  Group: { Type: AWS::Route53::RecordSetGroup, Properties: { HostedZoneName: other.com., RecordSets: [{ Name: a.other.com, Type: A }, { Name: b.other.com, Type: A }] } }
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: api } }
  Root: { Type: AWS::ApiGateway::Resource, Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: v1 } }
  Deploy: { Type: AWS::ApiGateway::Deployment, Properties: { RestApiId: !Ref Api, StageName: prod } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-4EA4796A region': '1',
      'us-east-1 L-E209CC9F resource:Zone': '1',
      'us-east-1 L-E209CC9F resource:other.com.': '2',
      'us-east-1 L-B97207D0 region': '1',
      'us-east-1 L-01C8A9E0 resource:Api': '1',
      'us-east-1 L-379E48B0 resource:Api': '1',
    });
  });
});

describe('EventBridge, IAM, databases, DMS, Cognito, Application Auto Scaling, WAF, CloudFront, ACM, Secrets Manager', () => {
  test('Terraform: one of each, scoped to its parent where the quota is per parent', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_cloudwatch_event_rule.nightly', after: { schedule_expression: 'rate(1 day)' } },
      { address: 'aws_cloudwatch_event_rule.orders', after: { event_bus_name: 'orders' } },
      { address: 'aws_cloudwatch_event_target.a', after: { target_id: 'a' }, refs: { rule: 'aws_cloudwatch_event_rule.nightly' } },
      { address: 'aws_cloudwatch_event_target.b', after: { target_id: 'b' }, refs: { rule: 'aws_cloudwatch_event_rule.nightly' } },
      { address: 'aws_iam_user.ci', after: { name: 'ci' } },
      { address: 'aws_iam_group.devs', after: { name: 'devs' } },
      { address: 'aws_iam_openid_connect_provider.github', after: { url: 'https://token.actions.githubusercontent.com' } },
      { address: 'aws_iam_user_policy_attachment.ci', after: { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, refs: { user: 'aws_iam_user.ci' } },
      { address: 'aws_db_subnet_group.db', after: { name: 'db' } },
      { address: 'aws_db_parameter_group.db', after: { family: 'postgres16' } },
      { address: 'aws_db_option_group.db', after: { engine_name: 'mysql' } },
      { address: 'aws_docdb_subnet_group.docs', after: {} },
      { address: 'aws_neptune_subnet_group.graph', after: {} },
      { address: 'aws_dms_replication_instance.dms', after: { replication_instance_class: 'dms.t3.medium' } },
      { address: 'aws_dms_endpoint.source', after: { endpoint_type: 'source' } },
      { address: 'aws_dms_replication_task.copy', after: {} },
      { address: 'aws_cognito_user_pool.users', after: { name: 'users' } },
      { address: 'aws_cognito_user_pool_client.web', after: { name: 'web' }, refs: { user_pool_id: 'aws_cognito_user_pool.users' } },
      { address: 'aws_appautoscaling_target.ecs', after: { service_namespace: 'ecs', resource_id: 'service/c/s', max_capacity: 4 } },
      { address: 'aws_appautoscaling_policy.cpu', after: { resource_id: 'service/c/s' } },
      { address: 'aws_wafv2_web_acl.regional', after: { scope: 'REGIONAL' } },
      { address: 'aws_wafv2_web_acl.cdn', after: { scope: 'CLOUDFRONT' } },
      { address: 'aws_cloudfront_distribution.cdn', after: { enabled: true } },
      { address: 'aws_acm_certificate.cert', after: { domain_name: 'example.com' } },
      { address: 'aws_secretsmanager_secret.db', after: { name: 'db' } },
    ], 'eu-west-1');
    expect(totals(r)).toEqual({
      'eu-west-1 L-244521F2 resource:default': '1',
      'eu-west-1 L-244521F2 resource:orders': '1',
      'eu-west-1 L-388D1D08 resource:aws_cloudwatch_event_rule.nightly': '2',
      'us-east-1 L-F55AF5E4 region': '1',
      'us-east-1 L-F4A5425F region': '1',
      'us-east-1 L-858F3967 region': '1',
      'us-east-1 L-4019AD8B resource:aws_iam_user.ci': '1',
      'eu-west-1 L-48C6BF61 region': '1',
      'eu-west-1 L-DE55804A region': '1',
      'eu-west-1 L-9FA33840 region': '1',
      'eu-west-1 L-02DEA053 region': '1',
      'eu-west-1 L-483F7912 region': '1',
      'eu-west-1 L-C2341CDC region': '1',
      'eu-west-1 L-E17328E9 region': '1',
      'eu-west-1 L-7FD3593B region': '1',
      'eu-west-1 L-66E6DF30 region': '1',
      'eu-west-1 L-5EAB0605 resource:aws_cognito_user_pool.users': '1',
      'eu-west-1 L-782A3EE2 region': '1',
      'eu-west-1 L-B395C81B resource:service/c/s': '1',
      'eu-west-1 L-2EC3DE7B region': '1',
      'us-east-1 L-24189897 region': '1', // CloudFront-scope web ACLs live in us-east-1
      'us-east-1 L-24B04930 region': '1',
      'eu-west-1 L-F141DD1D region': '1',
      'eu-west-1 L-2F66C23C region': '1',
    });
    expect(coverage).toEqual({ resources: 25, mapped: 25, unsupported: [] });
  });

  test('CloudFormation: rules with their targets, users with managed policies, managed policies on roles and users', () => {
    const { r, coverage } = fromTemplate(`
Resources:
  Rule: { Type: AWS::Events::Rule, Properties: { ScheduleExpression: rate(1 day), Targets: [{ Id: a, Arn: x }, { Id: b, Arn: y }, { Id: c, Arn: z }] } }
  Role: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {} } }
  User: { Type: AWS::IAM::User, Properties: { ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess] } }
  Policy: { Type: AWS::IAM::ManagedPolicy, Properties: { PolicyDocument: {}, Roles: [!Ref Role], Users: [!Ref User, existing-user] } }
  Group: { Type: AWS::IAM::Group, Properties: {} }
  Oidc: { Type: AWS::IAM::OIDCProvider, Properties: { Url: https://token.actions.githubusercontent.com, ThumbprintList: [] } }
  Inline: { Type: AWS::IAM::RolePolicy, Properties: { RoleName: !Ref Role, PolicyName: p, PolicyDocument: {} } }
  Pool: { Type: AWS::Cognito::UserPool, Properties: {} }
  Client: { Type: AWS::Cognito::UserPoolClient, Properties: { UserPoolId: !Ref Pool } }
  Domain: { Type: AWS::Cognito::UserPoolDomain, Properties: { UserPoolId: !Ref Pool, Domain: d } }
  Target: { Type: AWS::ApplicationAutoScaling::ScalableTarget, Properties: { ServiceNamespace: dynamodb, ResourceId: table/t, ScalableDimension: dynamodb:table:ReadCapacityUnits, MinCapacity: 1, MaxCapacity: 10 } }
  Scaling: { Type: AWS::ApplicationAutoScaling::ScalingPolicy, Properties: { PolicyName: p, PolicyType: TargetTrackingScaling, ScalingTargetId: !Ref Target } }
  Acl: { Type: AWS::WAFv2::WebACL, Properties: { Scope: REGIONAL, DefaultAction: {}, VisibilityConfig: {} } }
  Secret: { Type: AWS::SecretsManager::Secret, Properties: {} }
  Cert: { Type: AWS::CertificateManager::Certificate, Properties: { DomainName: example.com } }
  SubnetGroup: { Type: AWS::RDS::DBSubnetGroup, Properties: { DBSubnetGroupDescription: d, SubnetIds: [a, b] } }
  Dms: { Type: AWS::DMS::ReplicationInstance, Properties: { ReplicationInstanceClass: dms.t3.medium } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-244521F2 resource:default': '1',
      'us-east-1 L-388D1D08 resource:Rule': '3',
      'us-east-1 L-FE177D64 region': '1',
      'us-east-1 L-F55AF5E4 region': '1',
      'us-east-1 L-4019AD8B resource:User': '2', // its own ManagedPolicyArns + Policy.Users
      'us-east-1 L-4019AD8B resource:existing-user': '1',
      'us-east-1 L-E95E4862 region': '1',
      'us-east-1 L-0DA4ABF3 resource:Role': '1',
      'us-east-1 L-F4A5425F region': '1',
      'us-east-1 L-858F3967 region': '1',
      'us-east-1 L-66E6DF30 region': '1',
      'us-east-1 L-5EAB0605 resource:Pool': '1',
      'us-east-1 L-A1D42901 region': '1',
      'us-east-1 L-B395C81B resource:Target': '1',
      'us-east-1 L-2EC3DE7B region': '1',
      'us-east-1 L-2F66C23C region': '1',
      'us-east-1 L-F141DD1D region': '1',
      'us-east-1 L-48C6BF61 region': '1',
      'us-east-1 L-C2341CDC region': '1',
    });
    expect(coverage).toEqual({ resources: 17, mapped: 17, unsupported: [] });
  });
});

describe('per-resource counts of the resource itself', () => {
  test('GSIs per table, nodes per managed node group (its maximum size), Fargate profiles per cluster, ElastiCache groups', () => {
    const { r } = fromTerraform([
      { address: 'aws_dynamodb_table.t', after: { billing_mode: 'PAY_PER_REQUEST', global_secondary_index: [{ name: 'a' }, { name: 'b' }] } },
      { address: 'aws_eks_cluster.c', after: { name: 'c' } },
      { address: 'aws_eks_node_group.ng', after: { scaling_config: [{ min_size: 1, desired_size: 2, max_size: 6 }], instance_types: ['t3.large'] }, refs: { cluster_name: 'aws_eks_cluster.c' } },
      { address: 'aws_eks_fargate_profile.p', after: {}, refs: { cluster_name: 'aws_eks_cluster.c' } },
      { address: 'aws_elasticache_subnet_group.s', after: {} },
      { address: 'aws_elasticache_parameter_group.p', after: { family: 'redis7' } },
    ]);
    expect(totals(r)).toMatchObject({
      'us-east-1 L-F7858A77 resource:aws_dynamodb_table.t': '2',
      'us-east-1 L-BD136A63 resource:aws_eks_node_group.ng': '6',
      'us-east-1 L-6D54EA21 resource:aws_eks_cluster.c': '1',
      'us-east-1 L-33415657 resource:aws_eks_cluster.c': '1',
      'us-east-1 L-3E7F7726 region': '1',
      'us-east-1 L-3F15A733 region': '1',
    });
  });
});
