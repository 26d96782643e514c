// Every usage source of the registry, through the live reader and the real SDK clients, against the local fake AWS
// speaking each service's wire protocol: the count, paging, a denied call, and (per-parent sources) a parent the plan
// creates and one it names by id.
import { jest } from '@jest/globals';
import { liveReader } from '../../src/aws/readings.js';
import { USAGE_SOURCES, usageSourceFor } from '../../src/aws/usage/index.js';
import { COUNT_PAGE_CAP } from '../../src/aws/usage/source.js';
import { readingKey } from '../../src/verdict/evaluate.js';
import type { Parent, QuotaReading, Requirement } from '../../src/model.js';
import { QUOTAS } from '../../src/quotas/catalog.js';
import { callCounts, req, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeRegion, FakeSeed } from '../fake-aws/server.mjs';

jest.setTimeout(60_000);

const R = 'eu-west-1';
const G = 'us-east-1';

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

/** The catalog row of a quota a source counts. */
const defOf = (code: string) => QUOTAS.get(code)!;

/** A requirement of a catalog quota, with its quota value seeded (no usage metric, so the source is read). */
function need(quotaCode: string, scope = 'region', parent?: Parent): Requirement {
  const def = defOf(quotaCode);
  return req({ region: def.global ? G : R, serviceCode: def.serviceCode, quotaCode, scope, ...(parent ? { parent } : {}) });
}

function quotasFor(requirements: Requirement[]): Record<string, FakeRegion> {
  const regions: Record<string, FakeRegion> = { [R]: { quotas: [] }, [G]: { quotas: [] } };
  for (const r of requirements) {
    const def = defOf(r.quotaCode);
    const region = def.global ? G : R;
    if (!regions[region].quotas!.some((q) => q.quotaCode === r.quotaCode)) regions[region].quotas!.push({ serviceCode: def.serviceCode, quotaCode: r.quotaCode, value: 1000, default: 1000, global: def.global });
  }
  return regions;
}

async function read(requirements: Requirement[], seedRegions: Record<string, FakeRegion>, faults: FakeSeed['faults'] = []) {
  const regions = quotasFor(requirements);
  for (const [name, extra] of Object.entries(seedRegions)) regions[name] = { ...regions[name], ...extra, quotas: [...(regions[name]?.quotas ?? []), ...(extra.quotas ?? [])] };
  env = await useFakeAws({ regions, faults });
  const readings = await liveReader({ maxAttempts: 2 })(requirements);
  const get = (r: Requirement): QuotaReading => readings.get(readingKey(r))!;
  return { get, calls: callCounts(env.fake), fake: env.fake };
}

interface Case {
  code: string;
  seed: FakeRegion;
  usage: number;
  /** Operation that serves the count (for paging and denial). */
  op: string;
  action: string;
  scope?: string;
  parent?: Parent;
  /** Seed making the same count take several pages, and how many calls of `op` that takes. */
  paged?: { seed: FakeRegion; calls: number; usage: number };
}

const CASES: Case[] = [
  { code: 'L-A4707A72', seed: { internetGateways: 4 }, usage: 4, op: 'DescribeInternetGateways', action: 'ec2:DescribeInternetGateways', paged: { seed: { internetGateways: 12, usagePageSize: 5 }, calls: 3, usage: 12 } },
  { code: 'L-45FE3B85', seed: { egressOnlyInternetGateways: 2 }, usage: 2, op: 'DescribeEgressOnlyInternetGateways', action: 'ec2:DescribeEgressOnlyInternetGateways' },
  { code: 'L-E79EC296', seed: { securityGroups: 7 }, usage: 7, op: 'DescribeSecurityGroups', action: 'ec2:DescribeSecurityGroups', paged: { seed: { securityGroups: 7, usagePageSize: 5 }, calls: 2, usage: 7 } },
  { code: 'L-DF5E4CA3', seed: { networkInterfaces: 30 }, usage: 30, op: 'DescribeNetworkInterfaces', action: 'ec2:DescribeNetworkInterfaces' },
  { code: 'L-A2478D36', seed: { transitGateways: 3 }, usage: 3, op: 'DescribeTransitGateways', action: 'ec2:DescribeTransitGateways' },
  { code: 'L-3E6EC3A3', seed: { vpnConnections: 2 }, usage: 2, op: 'DescribeVpnConnections', action: 'ec2:DescribeVpnConnections' },
  {
    code: 'L-1B52E74A',
    seed: { vpcEndpoints: [{ vpcId: 'vpc-1', type: 'Gateway' }, { vpcId: 'vpc-1', type: 'Interface' }, { vpcId: 'vpc-2', type: 'Gateway' }, { vpcId: 'vpc-2', type: 'Gateway', state: 'deleted' }] },
    usage: 2,
    op: 'DescribeVpcEndpoints',
    action: 'ec2:DescribeVpcEndpoints',
  },
  { code: 'L-53DA6B97', seed: { loadBalancers: [{ arn: 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/a/1', type: 'application' }, { arn: 'arn:n', type: 'network' }] }, usage: 1, op: 'DescribeLoadBalancers', action: 'elasticloadbalancing:DescribeLoadBalancers' },
  { code: 'L-E9E9831D', seed: { classicLoadBalancers: 3 }, usage: 3, op: 'DescribeLoadBalancers', action: 'elasticloadbalancing:DescribeLoadBalancers' },
  { code: 'L-B22855CB', seed: { targetGroups: 9 }, usage: 9, op: 'DescribeTargetGroups', action: 'elasticloadbalancing:DescribeTargetGroups', paged: { seed: { targetGroups: 9, usagePageSize: 4 }, calls: 3, usage: 9 } },
  { code: 'L-CDE20ADC', seed: { autoScaling: { groups: 12, maxGroups: 500 } }, usage: 12, op: 'DescribeAccountLimits', action: 'autoscaling:DescribeAccountLimits' },
  { code: 'L-6B80B8FA', seed: { autoScaling: { launchConfigurations: 3 } }, usage: 3, op: 'DescribeAccountLimits', action: 'autoscaling:DescribeAccountLimits' },
  { code: 'L-7B6409FD', seed: { rds: { DBInstances: [22, 40], DBClusters: [3, 40] } }, usage: 22, op: 'DescribeAccountAttributes', action: 'rds:DescribeAccountAttributes' },
  { code: 'L-7ADDB58A', seed: { rds: { AllocatedStorage: [400, 100000] } }, usage: 400, op: 'DescribeAccountAttributes', action: 'rds:DescribeAccountAttributes' },
  { code: 'L-48C6BF61', seed: { rds: { DBSubnetGroups: [9, 50] } }, usage: 9, op: 'DescribeAccountAttributes', action: 'rds:DescribeAccountAttributes' },
  { code: 'L-F98FE922', seed: { tables: 5 }, usage: 5, op: 'ListTables', action: 'dynamodb:ListTables', paged: { seed: { tables: 5, usagePageSize: 2 }, calls: 3, usage: 5 } },
  { code: 'L-DC2B2D3D', seed: {}, usage: 0, op: 'ListBuckets', action: 's3:ListAllMyBuckets' },
  { code: 'L-1194D53C', seed: { eksClusters: { a: 1, b: 2 } }, usage: 2, op: 'ListClusters', action: 'eks:ListClusters' },
  { code: 'L-21C621EB', seed: { ecsClusters: { a: 1, b: 2, c: 0 } }, usage: 3, op: 'ListClusters', action: 'ecs:ListClusters', paged: { seed: { ecsClusters: { a: 1, b: 2, c: 0 }, usagePageSize: 1 }, calls: 3, usage: 3 } },
  { code: 'L-DFE45DF3', seed: { cacheClusters: [2, 3, 1] }, usage: 6, op: 'DescribeCacheClusters', action: 'elasticache:DescribeCacheClusters', paged: { seed: { cacheClusters: [2, 3, 1], usagePageSize: 2 }, calls: 2, usage: 6 } },
  { code: 'L-61103206', seed: { topics: 90 }, usage: 90, op: 'ListTopics', action: 'sns:ListTopics' },
  { code: 'L-C2F1777E', seed: { kmsKeys: 4, awsManagedKeys: 3 }, usage: 4, op: 'ListKeys', action: 'kms:ListKeys' },
  { code: 'L-C7B9AAAB', seed: { logGroups: 40 }, usage: 40, op: 'DescribeLogGroups', action: 'logs:DescribeLogGroups' },
  { code: 'L-0485CB21', seed: { stacks: 6, deletedStacks: 4 }, usage: 6, op: 'ListStacks', action: 'cloudformation:ListStacks' },
  { code: 'L-CFEB8E8D', seed: { repositories: 8 }, usage: 8, op: 'DescribeRepositories', action: 'ecr:DescribeRepositories' },
  { code: 'L-848C634D', seed: { fileSystems: 2 }, usage: 2, op: 'DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems', paged: { seed: { fileSystems: 5, usagePageSize: 2 }, calls: 3, usage: 5 } },
  { code: 'L-0918CF54', seed: { kinesis: { open: 44, limit: 500 } }, usage: 44, op: 'DescribeLimits', action: 'kinesis:DescribeLimits' },
  { code: 'L-076D529E', seed: { domains: 3 }, usage: 3, op: 'ListDomainNames', action: 'es:ListDomainNames' },
  { code: 'L-7A658B76', seed: { volumes: [{ size: 1024, type: 'gp3' }, { size: 512, type: 'gp3' }, { size: 100, type: 'gp2' }, { size: 4096, type: 'gp3', state: 'deleted' }] }, usage: 1.5, op: 'DescribeVolumes', action: 'ec2:DescribeVolumes' },
  { code: 'L-B3A130E6', seed: { volumes: [{ size: 100, type: 'io1', iops: 3000 }, { size: 100, type: 'io1', iops: 2000 }, { size: 100, type: 'io2', iops: 9000 }] }, usage: 5000, op: 'DescribeVolumes', action: 'ec2:DescribeVolumes' },
  { code: 'L-309BACF6', seed: { snapshots: 12 }, usage: 12, op: 'DescribeSnapshots', action: 'ec2:DescribeSnapshots' },
  { code: 'L-368A3E00', seed: { dbInstances: [{ engine: 'neptune' }, { engine: 'postgres' }, { engine: 'neptune' }] }, usage: 2, op: 'DescribeDBInstances', action: 'rds:DescribeDBInstances' },
  { code: 'L-6D17A5A2', seed: { dbClusters: [{ engine: 'neptune' }, { engine: 'aurora-mysql' }] }, usage: 1, op: 'DescribeDBClusters', action: 'rds:DescribeDBClusters' },
  { code: 'L-B97207D0', seed: { restApis: [{}, { type: 'EDGE' }, { type: 'REGIONAL' }] }, usage: 2, op: 'GetRestApis', action: 'apigateway:GET', paged: { seed: { restApis: [{}, { type: 'EDGE' }, { type: 'REGIONAL' }, {}], usagePageSize: 2 }, calls: 2, usage: 3 } },
  { code: 'L-AA0FF27B', seed: { restApis: [{}, { type: 'REGIONAL' }] }, usage: 1, op: 'GetRestApis', action: 'apigateway:GET' },
  { code: 'L-A93447B8', seed: { domainNames: 4 }, usage: 4, op: 'GetDomainNames', action: 'apigateway:GET' },
  { code: 'L-2F66C23C', seed: { secrets: 30 }, usage: 30, op: 'ListSecrets', action: 'secretsmanager:ListSecrets', paged: { seed: { secrets: 30, usagePageSize: 10 }, calls: 3, usage: 30 } },
  { code: 'L-4FB7FF5D', seed: { customerGateways: 2 }, usage: 2, op: 'DescribeCustomerGateways', action: 'ec2:DescribeCustomerGateways' },
  { code: 'L-7029FAB6', seed: { vpnGateways: 3 }, usage: 3, op: 'DescribeVpnGateways', action: 'ec2:DescribeVpnGateways' },
  { code: 'L-F678F1CE', seed: { vpcs: [{ id: 'vpc-1' }, { id: 'vpc-2' }] }, usage: 2, op: 'DescribeVpcs', action: 'ec2:DescribeVpcs' },
  { code: 'L-0263D0A3', seed: { addresses: [{ allocationId: 'eipalloc-1' }] }, usage: 1, op: 'DescribeAddresses', action: 'ec2:DescribeAddresses' },
  { code: 'L-D6543DBD', seed: { dbClusterSnapshots: [{ engine: 'neptune' }, { engine: 'neptune', type: 'automated' }, { engine: 'docdb' }, { engine: 'neptune' }] }, usage: 2, op: 'DescribeDBClusterSnapshots', action: 'rds:DescribeDBClusterSnapshots' },
  { code: 'L-B2551F83', seed: { dbClusterSnapshots: [{ engine: 'neptune' }, { engine: 'docdb' }] }, usage: 1, op: 'DescribeDBClusterSnapshots', action: 'rds:DescribeDBClusterSnapshots' },
  {
    code: 'L-584DADE7',
    seed: { dbParameterGroups: [{ family: 'neptune1' }, { family: 'postgres16' }, { family: 'neptune1.3' }] },
    usage: 2,
    op: 'DescribeDBParameterGroups',
    action: 'rds:DescribeDBParameterGroups',
    paged: { seed: { dbParameterGroups: [{ family: 'neptune1' }, { family: 'postgres16' }, { family: 'neptune1.3' }], usagePageSize: 1 }, calls: 3, usage: 2 },
  },
  { code: 'L-5BB9A916', seed: { dbClusterParameterGroups: [{ family: 'neptune1' }, { family: 'docdb5.0' }, { family: 'aurora-mysql8.0' }] }, usage: 1, op: 'DescribeDBClusterParameterGroups', action: 'rds:DescribeDBClusterParameterGroups' },
  { code: 'L-739A3A85', seed: { dbInstances: [{ engine: 'docdb' }, { engine: 'neptune' }, { engine: 'docdb' }] }, usage: 2, op: 'DescribeDBInstances', action: 'rds:DescribeDBInstances' },
  { code: 'L-13F31459', seed: { dbClusters: [{ engine: 'docdb' }, { engine: 'aurora-postgresql' }] }, usage: 1, op: 'DescribeDBClusters', action: 'rds:DescribeDBClusters' },
  { code: 'L-483F7912', seed: { dbSubnetGroups: 4 }, usage: 4, op: 'DescribeDBSubnetGroups', action: 'rds:DescribeDBSubnetGroups', paged: { seed: { dbSubnetGroups: 4, usagePageSize: 3 }, calls: 2, usage: 4 } },
  { code: 'L-02DEA053', seed: { dbSubnetGroups: 6 }, usage: 6, op: 'DescribeDBSubnetGroups', action: 'rds:DescribeDBSubnetGroups' },
  { code: 'L-782A3EE2', seed: { scalableTargets: { ecs: 6, dynamodb: 4 } }, usage: 6, op: 'DescribeScalableTargets', action: 'application-autoscaling:DescribeScalableTargets', paged: { seed: { scalableTargets: { ecs: 6 }, usagePageSize: 4 }, calls: 2, usage: 6 } },
  { code: 'L-A1D42901', seed: { scalableTargets: { ecs: 6, dynamodb: 4 } }, usage: 4, op: 'DescribeScalableTargets', action: 'application-autoscaling:DescribeScalableTargets' },
  {
    code: 'L-F141DD1D',
    seed: { certificates: [{ keyType: 'RSA_2048' }, { keyType: 'EC_prime256v1' }, { keyType: 'RSA_4096' }] },
    usage: 3,
    op: 'ListCertificates',
    action: 'acm:ListCertificates',
    paged: { seed: { certificates: 5, usagePageSize: 2 }, calls: 3, usage: 5 },
  },
  { code: 'L-2EC3DE7B', seed: { webAcls: { REGIONAL: 3 } }, usage: 3, op: 'ListWebACLs', action: 'wafv2:ListWebACLs', paged: { seed: { webAcls: { REGIONAL: 5 }, usagePageSize: 2 }, calls: 3, usage: 5 } },
  { code: 'L-3E7F7726', seed: { cacheSubnetGroups: 4 }, usage: 4, op: 'DescribeCacheSubnetGroups', action: 'elasticache:DescribeCacheSubnetGroups', paged: { seed: { cacheSubnetGroups: 4, usagePageSize: 3 }, calls: 2, usage: 4 } },
  { code: 'L-3F15A733', seed: { cacheParameterGroups: 6 }, usage: 6, op: 'DescribeCacheParameterGroups', action: 'elasticache:DescribeCacheParameterGroups', paged: { seed: { cacheParameterGroups: 6, usagePageSize: 5 }, calls: 2, usage: 6 } },
  { code: 'L-C2341CDC', seed: { dms: { ReplicationInstances: [3, 60], Endpoints: [12, 1000] } }, usage: 3, op: 'DescribeAccountAttributes', action: 'dms:DescribeAccountAttributes' },
  { code: 'L-E17328E9', seed: { dms: { ReplicationInstances: [3, 60], Endpoints: [12, 1000] } }, usage: 12, op: 'DescribeAccountAttributes', action: 'dms:DescribeAccountAttributes' },
  { code: 'L-27B24FAD', seed: { dmsSubnetGroups: 5 }, usage: 5, op: 'DescribeReplicationSubnetGroups', action: 'dms:DescribeReplicationSubnetGroups', paged: { seed: { dmsSubnetGroups: 5, usagePageSize: 2 }, calls: 3, usage: 5 } },
  { code: 'L-7FD3593B', seed: { dmsTasks: 7 }, usage: 7, op: 'DescribeReplicationTasks', action: 'dms:DescribeReplicationTasks', paged: { seed: { dmsTasks: 7, usagePageSize: 3 }, calls: 3, usage: 7 } },
  { code: 'L-66E6DF30', seed: { userPools: { a: 1, b: 2, c: 0 } }, usage: 3, op: 'ListUserPools', action: 'cognito-idp:ListUserPools', paged: { seed: { userPools: { a: 1, b: 2, c: 0 }, usagePageSize: 1 }, calls: 3, usage: 3 } },
];

const GLOBAL_CASES: Case[] = [
  { code: 'L-FE177D64', seed: { iam: { Roles: 41, RolesQuota: 1000 } }, usage: 41, op: 'GetAccountSummary', action: 'iam:GetAccountSummary' },
  { code: 'L-E95E4862', seed: { iam: { Policies: 7, PoliciesQuota: 1500 } }, usage: 7, op: 'GetAccountSummary', action: 'iam:GetAccountSummary' },
  { code: 'L-F55AF5E4', seed: { iam: { Users: 13, UsersQuota: 5000 } }, usage: 13, op: 'GetAccountSummary', action: 'iam:GetAccountSummary' },
  { code: 'L-858F3967', seed: { iam: { oidcProviders: 2 } }, usage: 2, op: 'ListOpenIDConnectProviders', action: 'iam:ListOpenIDConnectProviders' },
  { code: 'L-DC2B2D3D', seed: { buckets: 25 }, usage: 25, op: 'ListBuckets', action: 's3:ListAllMyBuckets', paged: { seed: { buckets: 25, usagePageSize: 10 }, calls: 3, usage: 25 } },
  { code: 'L-24B04930', seed: { distributions: 7 }, usage: 7, op: 'ListDistributions', action: 'cloudfront:ListDistributions', paged: { seed: { distributions: 7, usagePageSize: 3 }, calls: 3, usage: 7 } },
  { code: 'L-7D134442', seed: { cachePolicies: 4 }, usage: 4, op: 'ListCachePolicies', action: 'cloudfront:ListCachePolicies' },
  { code: 'L-24189897', seed: { webAcls: { CLOUDFRONT: 2, REGIONAL: 7 } }, usage: 2, op: 'ListWebACLs', action: 'wafv2:ListWebACLs' },
  { code: 'L-4EA4796A', seed: { hostedZones: { count: 12, limit: 500 } }, usage: 12, op: 'GetAccountLimit', action: 'route53:GetAccountLimit' },
];

const PARENT_CASES: Case[] = [
  { code: 'L-407747CB', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { subnets: [{ id: 's1', zone: 'eu-west-1a', vpcId: 'vpc-1' }, { id: 's2', zone: 'eu-west-1a', vpcId: 'vpc-1' }, { id: 's3', zone: 'eu-west-1a', vpcId: 'vpc-2' }] }, usage: 2, op: 'DescribeSubnets', action: 'ec2:DescribeSubnets' },
  { code: 'L-589F43AA', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { routeTables: [{ id: 'rtb-1', vpcId: 'vpc-1' }, { id: 'rtb-2', vpcId: 'vpc-1' }, { id: 'rtb-3', vpcId: 'vpc-2' }] }, usage: 2, op: 'DescribeRouteTables', action: 'ec2:DescribeRouteTables' },
  { code: 'L-93826ACB', scope: 'resource:aws_route_table.a', parent: { id: 'rtb-1', created: false }, seed: { routeTables: [{ id: 'rtb-1', vpcId: 'vpc-1', routes: [{}, {}, {}, { v6: true }, { propagated: true }, { propagated: true }] }] }, usage: 3, op: 'DescribeRouteTables', action: 'ec2:DescribeRouteTables' },
  {
    code: 'L-0EA8095F',
    scope: 'resource:aws_security_group.web/ingress',
    parent: { id: 'sg-1', created: false },
    seed: { securityGroupRules: [{ groupId: 'sg-1' }, { groupId: 'sg-1' }, { groupId: 'sg-1', v6: true }, { groupId: 'sg-1', egress: true }, { groupId: 'sg-1', group: 'sg-2' }, { groupId: 'sg-2' }] },
    usage: 3,
    op: 'DescribeSecurityGroupRules',
    action: 'ec2:DescribeSecurityGroupRules',
  },
  { code: 'L-B4A6D682', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { networkAcls: [{ id: 'acl-1', vpcId: 'vpc-1' }, { id: 'acl-2', vpcId: 'vpc-2' }] }, usage: 1, op: 'DescribeNetworkAcls', action: 'ec2:DescribeNetworkAcls' },
  { code: 'L-29B6F2EB', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { vpcEndpoints: [{ vpcId: 'vpc-1', type: 'Interface' }, { vpcId: 'vpc-1', type: 'GatewayLoadBalancer' }, { vpcId: 'vpc-1', type: 'Gateway' }] }, usage: 2, op: 'DescribeVpcEndpoints', action: 'ec2:DescribeVpcEndpoints' },
  {
    code: 'L-2AEEBF1A',
    scope: 'resource:aws_network_acl.main/egress',
    parent: { id: 'acl-1', created: false },
    seed: { networkAcls: [{ id: 'acl-1', vpcId: 'vpc-1', entries: [{ egress: true }, { egress: true }, { egress: true, v6: true }, {}] }, { id: 'acl-2', vpcId: 'vpc-1', entries: [{ egress: true }] }] },
    usage: 2,
    op: 'DescribeNetworkAcls',
    action: 'ec2:DescribeNetworkAcls',
  },
  { code: 'L-83CA0A9D', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { vpcs: [{ id: 'vpc-1', cidrs: 3 }, { id: 'vpc-2' }] }, usage: 3, op: 'DescribeVpcs', action: 'ec2:DescribeVpcs' },
  { code: 'L-085A6257', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { vpcs: [{ id: 'vpc-1', ipv6Cidrs: 1 }] }, usage: 1, op: 'DescribeVpcs', action: 'ec2:DescribeVpcs' },
  { code: 'L-57A373D6', scope: 'resource:aws_lb.nlb', parent: { id: 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/net/n/1', created: false }, seed: { listeners: { 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/net/n/1': 2 } }, usage: 2, op: 'DescribeListeners', action: 'elasticloadbalancing:DescribeListeners' },
  { code: 'L-1A491844', scope: 'resource:aws_elb.web', parent: { id: 'web', created: false }, seed: { classicLoadBalancers: [{ name: 'web', listeners: 3 }, { name: 'other', listeners: 1 }] }, usage: 3, op: 'DescribeLoadBalancers', action: 'elasticloadbalancing:DescribeLoadBalancers' },
  { code: 'L-379E48B0', scope: 'resource:aws_api_gateway_rest_api.main', parent: { id: 'a1b2c3', created: false }, seed: { restApiContents: { a1b2c3: { stages: 3 } } }, usage: 3, op: 'GetStages', action: 'apigateway:GET' },
  { code: 'L-01C8A9E0', scope: 'resource:aws_api_gateway_rest_api.main', parent: { id: 'a1b2c3', created: false }, seed: { restApiContents: { a1b2c3: { resources: 17 } } }, usage: 17, op: 'GetResources', action: 'apigateway:GET' },
  { code: 'L-244521F2', scope: 'resource:default', parent: { id: 'default', created: false }, seed: { eventRules: { default: 14, other: 2 } }, usage: 14, op: 'ListRules', action: 'events:ListRules' },
  { code: 'L-E209CC9F', scope: 'resource:aws_route53_zone.main', parent: { id: 'Z0123456789ABC', created: false }, seed: { recordsPerZone: { Z0123456789ABC: 420 } }, usage: 420, op: 'GetHostedZoneLimit', action: 'route53:GetHostedZoneLimit' },
  { code: 'L-B6DF7632', scope: 'resource:aws_lb.web', parent: { id: 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1', created: false }, seed: { listeners: { 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1': 3 } }, usage: 3, op: 'DescribeListeners', action: 'elasticloadbalancing:DescribeListeners' },
  { code: 'L-6D54EA21', scope: 'resource:aws_eks_cluster.main', parent: { id: 'main', created: false }, seed: { eksClusters: { main: 4, other: 9 } }, usage: 4, op: 'ListNodegroups', action: 'eks:ListNodegroups' },
  { code: 'L-9EF96962', scope: 'resource:aws_ecs_cluster.main', parent: { id: 'arn:aws:ecs:eu-west-1:123456789012:cluster/main', created: false }, seed: { ecsClusters: { main: 17 } }, usage: 17, op: 'DescribeClusters', action: 'ecs:DescribeClusters' },
  { code: 'L-BD136A63', scope: 'resource:aws_eks_node_group.workers', parent: { id: 'main:workers', created: false }, seed: { eksNodegroups: { 'main/workers': 12, 'main/other': 30 } }, usage: 12, op: 'DescribeNodegroup', action: 'eks:DescribeNodegroup' },
  { code: 'L-5EAB0605', scope: 'resource:aws_cognito_user_pool.main', parent: { id: 'eu-west-1_AbC123', created: false }, seed: { userPools: { 'eu-west-1_AbC123': 4, other: 9 } }, usage: 4, op: 'ListUserPoolClients', action: 'cognito-idp:ListUserPoolClients' },
  { code: 'L-B395C81B', scope: 'resource:aws_appautoscaling_target.svc', parent: { id: 'service/main/web', created: false }, seed: { scalingPolicies: { 'ecs|service/main/web': 3, 'ecs|service/main/other': 1 } }, usage: 3, op: 'DescribeScalingPolicies', action: 'application-autoscaling:DescribeScalingPolicies' },
  {
    code: 'L-7391004C',
    scope: 'vpc:aws_vpc.main',
    parent: { id: 'vpc-1', created: false },
    seed: { fileSystems: 3, mountTargets: { 'fs-0': ['vpc-1', 'vpc-1'], 'fs-1': ['vpc-2'], 'fs-2': ['vpc-1'] } },
    usage: 3,
    op: 'DescribeFileSystems',
    action: 'elasticfilesystem:DescribeFileSystems',
  },
  { code: 'L-E0233F82', scope: 'resource:aws_ec2_transit_gateway.hub', parent: { id: 'tgw-1', created: false }, seed: { transitGatewayAttachments: [{ tgwId: 'tgw-1', type: 'vpc', resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering', resourceId: 'tgw-9' }, { tgwId: 'tgw-1', type: 'vpn', state: 'deleted' }, { tgwId: 'tgw-2', type: 'vpc', resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering', state: 'pendingAcceptance' }] }, usage: 3, op: 'DescribeTransitGatewayAttachments', action: 'ec2:DescribeTransitGatewayAttachments' },
  { code: 'L-A1B5A36F', scope: 'resource:aws_ec2_transit_gateway.hub', parent: { id: 'tgw-1', created: false }, seed: { transitGatewayAttachments: [{ tgwId: 'tgw-1', type: 'vpc', resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering', resourceId: 'tgw-9' }, { tgwId: 'tgw-1', type: 'vpn', state: 'deleted' }, { tgwId: 'tgw-2', type: 'vpc', resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering', state: 'pendingAcceptance' }] }, usage: 2, op: 'DescribeTransitGatewayAttachments', action: 'ec2:DescribeTransitGatewayAttachments' },
  { code: 'L-6DA43717', scope: 'vpc:aws_vpc.main', parent: { id: 'vpc-1', created: false }, seed: { transitGatewayAttachments: [{ tgwId: 'tgw-1', type: 'vpc', resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering', resourceId: 'tgw-9' }, { tgwId: 'tgw-1', type: 'vpn', state: 'deleted' }, { tgwId: 'tgw-2', type: 'vpc', resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering', state: 'pendingAcceptance' }] }, usage: 2, op: 'DescribeTransitGatewayAttachments', action: 'ec2:DescribeTransitGatewayAttachments' },
  {
    code: 'L-43872EB7',
    scope: 'resource:aws_ec2_transit_gateway.hub',
    parent: { id: 'tgw-1', created: false },
    seed: { transitGatewayRouteTables: [{ tgwId: 'tgw-1' }, { tgwId: 'tgw-1' }, { tgwId: 'tgw-1', state: 'deleted' }, { tgwId: 'tgw-2' }] },
    usage: 2,
    op: 'DescribeTransitGatewayRouteTables',
    action: 'ec2:DescribeTransitGatewayRouteTables',
  },
  {
    code: 'L-7E9ECCDB',
    scope: 'vpc:aws_vpc.main',
    parent: { id: 'vpc-1', created: false },
    seed: { vpcPeeringConnections: [{ requester: 'vpc-1', accepter: 'vpc-2' }, { requester: 'vpc-3', accepter: 'vpc-1' }, { requester: 'vpc-1', accepter: 'vpc-4', status: 'deleted' }, { requester: 'vpc-2', accepter: 'vpc-3' }] },
    usage: 2,
    op: 'DescribeVpcPeeringConnections',
    action: 'ec2:DescribeVpcPeeringConnections',
  },
  { code: 'L-33415657', scope: 'resource:aws_eks_cluster.main', parent: { id: 'main', created: false }, seed: { fargateProfiles: { main: 3, other: 8 } }, usage: 3, op: 'ListFargateProfiles', action: 'eks:ListFargateProfiles' },
  { code: 'L-F7858A77', scope: 'resource:aws_dynamodb_table.orders', parent: { id: 'orders', created: false }, seed: { tableGsis: { orders: 3, other: 7 } }, usage: 3, op: 'DescribeTable', action: 'dynamodb:DescribeTable' },
  { code: 'L-388D1D08', scope: 'resource:aws_cloudwatch_event_rule.nightly', parent: { id: 'nightly', created: false }, seed: { ruleTargets: { 'default/nightly': 4, 'default/other': 1 } }, usage: 4, op: 'ListTargetsByRule', action: 'events:ListTargetsByRule' },
  {
    code: 'L-7EED9B64',
    scope: 'resource:aws_lb.web',
    parent: { id: 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1', created: false },
    seed: { listeners: { 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1': 1 }, listenerRules: { 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1/l0': 5 } },
    usage: 5,
    op: 'DescribeRules',
    action: 'elasticloadbalancing:DescribeRules',
  },
  { code: 'L-0DA4ABF3', scope: 'resource:aws_iam_role.app', parent: { id: 'app', created: false }, seed: {}, usage: 6, op: 'ListAttachedRolePolicies', action: 'iam:ListAttachedRolePolicies' },
];
// The role's attached policies live in the global (us-east-1) seed.
const IAM_ROLE_SEED: Record<string, FakeRegion> = { [G]: { iam: { attached: { app: 6 } } } };

const seedOf = (c: Case): Record<string, FakeRegion> => (c.code === 'L-0DA4ABF3' ? IAM_ROLE_SEED : { [defOf(c.code).global ? G : R]: c.seed });

describe('every source counts its quota', () => {
  test.each([...CASES, ...GLOBAL_CASES, ...PARENT_CASES].map((c) => [`${c.code} ${c.scope ?? 'region'} (${c.op})`, c] as const))('%s', async (_name, c) => {
    const r = need(c.code, c.scope, c.parent);
    const { get, calls } = await read([r], seedOf(c));
    expect({ ...get(r), reason: get(r).reason ?? null }).toMatchObject({ quota: expect.any(Number), usage: c.usage, reason: null });
    expect(get(r).setupError).toBeUndefined();
    expect(calls[c.op]).toBe(1);
  });

  test.each(CASES.concat(GLOBAL_CASES).filter((c) => c.paged).map((c) => [c.code, c] as const))('%s: follows every page', async (_name, c) => {
    const r = need(c.code);
    const seed = { ...c.seed, ...c.paged!.seed };
    const { get, calls } = await read([r], { [defOf(c.code).global ? G : R]: seed });
    expect(get(r).usage).toBe(c.paged!.usage);
    expect(get(r).usageLowerBound).toBeUndefined();
    expect(calls[c.op]).toBe(c.paged!.calls);
  });

  test.each([...CASES, ...GLOBAL_CASES, ...PARENT_CASES].map((c) => [`${c.code} (${c.action})`, c] as const))('%s denied: unknown, the action named, a setup error', async (_name, c) => {
    const r = need(c.code, c.scope, c.parent);
    const { get } = await read([r], seedOf(c), [{ operation: c.op, kind: 'accessDenied' }]);
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toContain(c.action);
    expect(get(r).setupError).toContain(c.action);
    expect(get(r).quota).toBe(1000); // the quota value is read all the same
  });
});

describe('parents', () => {
  test.each(PARENT_CASES.map((c) => [c.code, c] as const))('%s: a parent the plan creates holds nothing yet, without a call', async (_name, c) => {
    const r = need(c.code, c.scope, { address: c.scope!.split(':')[1], created: true });
    const { get, fake } = await read([r], seedOf(c));
    // A new VPC holds its main route table and its default network ACL from the start.
    expect(get(r)).toMatchObject({ usage: ['L-589F43AA', 'L-B4A6D682', 'L-2AEEBF1A'].includes(c.code) ? 1 : 0, quota: 1000 });
    expect(get(r).note).toMatch(/created by this change/);
    expect(fake.calls.map((x) => x.operation)).not.toContain(c.op);
  });

  test.each(PARENT_CASES.map((c) => [c.code, c] as const))('%s: a parent whose id the input does not give stays unknown, with the reason', async (_name, c) => {
    const r = need(c.code, c.scope, { address: 'x', created: false });
    const { get, fake } = await read([r], seedOf(c));
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toMatch(/does not give its id/);
    expect(fake.calls.map((x) => x.operation)).not.toContain(c.op);
  });

  it('counts subnets of many VPCs with one DescribeSubnets walk, grouped by VPC', async () => {
    const vpcs = ['vpc-1', 'vpc-2', 'vpc-3'];
    const requirements = vpcs.map((id) => need('L-407747CB', `vpc:${id}`, { id, created: false }));
    const subnets = [1, 1, 1, 2, 3, 3].map((n, i) => ({ id: `subnet-${i}`, zone: 'eu-west-1a', vpcId: `vpc-${n}` }));
    const { get, calls } = await read(requirements, { [R]: { subnets } });
    expect(requirements.map((r) => get(r).usage)).toEqual([3, 1, 2]);
    expect(calls.DescribeSubnets).toBe(1);
  });

  it('reads rules of several groups with one DescribeSecurityGroupRules call, per direction and family', async () => {
    const rs = ['ingress', 'egress', 'ingress-ipv6'].flatMap((d) => ['sg-1', 'sg-2'].map((id) => need('L-0EA8095F', `resource:${id}/${d}`, { id, created: false })));
    const rules = [{ groupId: 'sg-1' }, { groupId: 'sg-1' }, { groupId: 'sg-1', egress: true }, { groupId: 'sg-2', v6: true }, { groupId: 'sg-2', v6: true }, { groupId: 'sg-2', v6: true }];
    const { get, calls } = await read(rs, { [R]: { securityGroupRules: rules } });
    expect(rs.map((r) => get(r).usage)).toEqual([2, 0, 1, 0, 0, 3]);
    expect(calls.DescribeSecurityGroupRules).toBe(1);
  });

  it('serves routes per table and route tables per VPC from one DescribeRouteTables walk', async () => {
    const perVpc = need('L-589F43AA', 'vpc:vpc-1', { id: 'vpc-1', created: false });
    const perTable = need('L-93826ACB', 'resource:rtb-2', { id: 'rtb-2', created: false });
    const { get, calls } = await read([perVpc, perTable], { [R]: { routeTables: [{ id: 'rtb-1', vpcId: 'vpc-1' }, { id: 'rtb-2', vpcId: 'vpc-2', routes: [{}, {}] }] } });
    expect(get(perVpc).usage).toBe(1);
    expect(get(perTable).usage).toBe(2);
    expect(calls.DescribeRouteTables).toBe(1);
  });

  it('a route to a prefix list makes the count a lower bound: it can never pass', async () => {
    const r = need('L-93826ACB', 'resource:rtb-1', { id: 'rtb-1', created: false });
    const { get } = await read([r], { [R]: { routeTables: [{ id: 'rtb-1', vpcId: 'vpc-1', routes: [{}, { prefixList: true }] }] } });
    expect(get(r)).toMatchObject({ usage: 2, usageLowerBound: true });
  });
});

describe('EKS node groups', () => {
  test.each([
    ['Terraform CLUSTER:NODEGROUP', 'main:workers'],
    ['CloudFormation CLUSTER/NODEGROUP', 'main/workers'],
    ['an ARN', 'arn:aws:eks:eu-west-1:123456789012:nodegroup/main/workers/8ec5b9e4-0000-0000-0000-000000000000'],
  ])('a node group named by %s is read at its maximum size', async (_name, id) => {
    const r = need('L-BD136A63', 'resource:aws_eks_node_group.workers', { id, created: false });
    const { get, calls } = await read([r], { [R]: { eksNodegroups: { 'main/workers': 25 } } });
    expect(get(r).usage).toBe(25);
    expect(calls.DescribeNodegroup).toBe(1);
  });

  it('an id that names no node group is unknown, with the reason, without a call', async () => {
    const r = need('L-BD136A63', 'resource:aws_eks_node_group.workers', { id: 'workers', created: false });
    const { get, fake } = await read([r], { [R]: { eksNodegroups: { 'main/workers': 25 } } });
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toMatch(/names no EKS node group/);
    expect(fake.calls.map((x) => x.operation)).not.toContain('DescribeNodegroup');
  });

  it('a node group that is not there is unknown, not a setup error', async () => {
    const r = need('L-BD136A63', 'resource:aws_eks_node_group.workers', { id: 'main:gone', created: false });
    const { get } = await read([r], { [R]: { eksNodegroups: { 'main/workers': 25 } } });
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toMatch(/ResourceNotFoundException/);
    expect(get(r).setupError).toBeUndefined();
  });
});

describe('Application Auto Scaling', () => {
  test.each([
    ['a Terraform resource id', 'table/orders', 'dynamodb|table/orders'],
    ['a CloudFormation RESOURCEID|DIMENSION|NAMESPACE', 'service/main/web|ecs:service:DesiredCount|ecs', 'ecs|service/main/web'],
    ['a Lambda alias', 'function:f:live', 'lambda|function:f:live'],
  ])('counts the scaling policies of a target named by %s in its namespace', async (_name, id, key) => {
    const r = need('L-B395C81B', 'resource:aws_appautoscaling_target.t', { id, created: false });
    const { get, calls } = await read([r], { [R]: { scalingPolicies: { [key]: 2 } } });
    expect(get(r).usage).toBe(2);
    expect(calls.DescribeScalingPolicies).toBe(1);
  });

  it('a resource id of no known namespace is unknown, with the reason, without a call', async () => {
    const r = need('L-B395C81B', 'resource:aws_appautoscaling_target.t', { id: 'something/else', created: false });
    const { get, fake } = await read([r], {});
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toMatch(/service namespace of scalable target "something\/else"/);
    expect(fake.calls.map((x) => x.operation)).not.toContain('DescribeScalingPolicies');
  });

  it('walks each namespace once for its own quota', async () => {
    const rs = [need('L-782A3EE2'), need('L-A1D42901'), need('L-A2AD6458')];
    const { get, calls } = await read(rs, { [R]: { scalableTargets: { ecs: 2, dynamodb: 5 } } });
    expect(rs.map((r) => get(r).usage)).toEqual([2, 5, 0]);
    expect(calls.DescribeScalableTargets).toBe(3);
  });
});

describe('EventBridge targets per rule', () => {
  test.each([
    ['Terraform BUS/NAME', 'orders/nightly'],
    ['BUS|NAME', 'orders|nightly'],
    ['an ARN', 'arn:aws:events:eu-west-1:123456789012:rule/orders/nightly'],
  ])('a rule on a custom bus named by %s is read on its bus', async (_name, id) => {
    const r = need('L-388D1D08', 'resource:aws_cloudwatch_event_rule.nightly', { id, created: false });
    const { get, calls } = await read([r], { [R]: { ruleTargets: { 'orders/nightly': 2, 'default/nightly': 9 } } });
    expect(get(r).usage).toBe(2);
    expect(calls.ListTargetsByRule).toBe(1);
  });

  it('pages through the targets', async () => {
    const r = need('L-388D1D08', 'resource:aws_cloudwatch_event_rule.nightly', { id: 'nightly', created: false });
    const paged = await read([r], { [R]: { ruleTargets: { 'default/nightly': 5 }, usagePageSize: 2 } });
    expect(paged.get(r).usage).toBe(5);
    expect(paged.calls.ListTargetsByRule).toBe(3);
  });
});

describe('rules per Application Load Balancer', () => {
  const lb = 'arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/web/1';
  it('adds up the rules of every listener, default rules left out, paging each', async () => {
    const r = need('L-7EED9B64', 'resource:aws_lb.web', { id: lb, created: false });
    const { get, calls } = await read([r], { [R]: { listeners: { [lb]: 3 }, listenerRules: { [`${lb}/l0`]: 4, [`${lb}/l1`]: 0, [`${lb}/l2`]: 2 }, usagePageSize: 2 } });
    expect(get(r).usage).toBe(6);
    // Pages of 2 of 5, 1 and 3 rules (default rules included in the listing): 3 + 1 + 2.
    expect(calls.DescribeRules).toBe(6);
    expect(calls.DescribeListeners).toBe(2);
  });

  it('shares the listener walk with listeners per load balancer', async () => {
    const rules = need('L-7EED9B64', 'resource:aws_lb.web', { id: lb, created: false });
    const perLb = need('L-B6DF7632', 'resource:aws_lb.web', { id: lb, created: false });
    const { get, calls } = await read([rules, perLb], { [R]: { listeners: { [lb]: 2 }, listenerRules: { [`${lb}/l0`]: 1, [`${lb}/l1`]: 1 } } });
    expect([get(rules).usage, get(perLb).usage]).toEqual([2, 2]);
    expect(calls.DescribeListeners).toBe(1);
  });

  it('a denied listener walk names DescribeListeners', async () => {
    const r = need('L-7EED9B64', 'resource:aws_lb.web', { id: lb, created: false });
    const { get } = await read([r], { [R]: { listeners: { [lb]: 1 } } }, [{ operation: 'DescribeListeners', kind: 'accessDenied' }]);
    expect(get(r).usage).toBeNull();
    expect(get(r).setupError).toContain('elasticloadbalancing:DescribeListeners');
  });
});

describe('EFS mount targets per VPC', () => {
  it('lists the mount targets of file systems that have any, and counts them by VPC', async () => {
    const rs = [need('L-7391004C', 'vpc:vpc-1', { id: 'vpc-1', created: false }), need('L-7391004C', 'vpc:vpc-9', { id: 'vpc-9', created: false }), need('L-848C634D')];
    const { get, calls } = await read(rs, { [R]: { fileSystems: 4, mountTargets: { 'fs-0': ['vpc-1', 'vpc-1', 'vpc-1'], 'fs-1': [], 'fs-3': ['vpc-1'] }, usagePageSize: 2 } });
    expect(rs.map((r) => get(r).usage)).toEqual([4, 0, 4]);
    // One file system walk for both quotas; mount targets of fs-0 (2 pages) and fs-3, none for fs-1 or fs-2.
    expect(calls.DescribeFileSystems).toBe(2);
    expect(calls.DescribeMountTargets).toBe(3);
  });

  it('a denied mount target listing names DescribeMountTargets', async () => {
    const r = need('L-7391004C', 'vpc:vpc-1', { id: 'vpc-1', created: false });
    const { get } = await read([r], { [R]: { fileSystems: 1, mountTargets: { 'fs-0': ['vpc-1'] } } }, [{ operation: 'DescribeMountTargets', kind: 'accessDenied' }]);
    expect(get(r).usage).toBeNull();
    expect(get(r).setupError).toContain('elasticfilesystem:DescribeMountTargets');
  });
});

describe('transit gateways', () => {
  it('serves attachments, peering attachments per transit gateway and attachments per VPC from one walk', async () => {
    const rs = [need('L-E0233F82', 'resource:tgw-1', { id: 'tgw-1', created: false }), need('L-A1B5A36F', 'resource:tgw-1', { id: 'tgw-1', created: false }), need('L-6DA43717', 'vpc:vpc-1', { id: 'vpc-1', created: false })];
    const seed = [{ tgwId: 'tgw-1', type: 'vpc' as const, resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'peering' as const }, { tgwId: 'tgw-2', type: 'vpc' as const, resourceId: 'vpc-1' }, { tgwId: 'tgw-1', type: 'vpn' as const }, { tgwId: 'tgw-1', type: 'vpc' as const, resourceId: 'vpc-2' }];
    const { get, calls } = await read(rs, { [R]: { transitGatewayAttachments: seed, usagePageSize: 2 } });
    expect(rs.map((r) => get(r).usage)).toEqual([4, 1, 2]);
    expect(calls.DescribeTransitGatewayAttachments).toBe(3);
  });
});

describe('DMS', () => {
  it('reads replication instances and endpoints with one DescribeAccountAttributes call', async () => {
    const rs = [need('L-C2341CDC'), need('L-E17328E9')];
    const { get, calls } = await read(rs, { [R]: { dms: { ReplicationInstances: [3, 60], Endpoints: [12, 1000] } } });
    expect(rs.map((r) => get(r).usage)).toEqual([3, 12]);
    expect(calls.DescribeAccountAttributes).toBe(1);
  });

  it('a quota DescribeAccountAttributes does not return is unknown, with the reason', async () => {
    const r = need('L-E17328E9');
    const { get } = await read([r], { [R]: { dms: { ReplicationInstances: [3, 60] } } });
    expect(get(r).usage).toBeNull();
    expect(get(r).reason).toMatch(/returned no usable Endpoints/);
  });
});

describe('page caps', () => {
  it('stops an endless listing at the page cap and says "at least N"', async () => {
    const r = need('L-E79EC296');
    const { get, calls } = await read([r], { [R]: { securityGroups: 5, paging: { DescribeSecurityGroups: 'endless' } } });
    expect(calls.DescribeSecurityGroups).toBe(COUNT_PAGE_CAP);
    expect(get(r)).toMatchObject({ usage: COUNT_PAGE_CAP, usageLowerBound: true });
    expect(get(r).note).toMatch(/at least 50 security groups/);
  });

  // Every walk goes through countPages; one source per service (a capped walk takes 50 calls at the default 5/s).
  const CAPPED: { code: string; op: string; seed: FakeRegion; scope?: string; parent?: Parent }[] = [
    { code: 'L-7FD3593B', op: 'DescribeReplicationTasks', seed: { dmsTasks: 3 } },
    { code: 'L-5EAB0605', op: 'ListUserPoolClients', seed: { userPools: { p1: 3 } }, scope: 'resource:aws_cognito_user_pool.main', parent: { id: 'p1', created: false } },
  ];
  test.each(CAPPED.map((c) => [`${c.code} (${c.op})`, c] as const))('%s: an endless listing is a lower bound at the page cap', async (_name, c) => {
    const r = need(c.code, c.scope, c.parent);
    const { get, calls } = await read([r], { [R]: { ...c.seed, paging: { [c.op]: 'endless' } } });
    expect(calls[c.op]).toBe(COUNT_PAGE_CAP);
    expect(get(r)).toMatchObject({ usage: COUNT_PAGE_CAP, usageLowerBound: true });
    expect(get(r).note).toMatch(/^at least 50 /);
  });

  it('a repeated token is an error, never a count', async () => {
    const r = need('L-A4707A72');
    const { get, calls } = await read([r], { [R]: { internetGateways: 5, paging: { DescribeInternetGateways: 'repeat' } } });
    expect(calls.DescribeInternetGateways).toBe(2);
    expect(get(r).usage).toBeNull();
    expect(get(r).setupError).toMatch(/did not end the listing/);
  });

  it('empty pages that carry a token are followed to the end', async () => {
    const r = need('L-B22855CB');
    const { get, calls } = await read([r], { [R]: { targetGroups: 6, usagePageSize: 4, paging: { DescribeTargetGroups: 'empty' } } });
    expect(get(r).usage).toBe(6);
    expect(calls.DescribeTargetGroups).toBe(4);
  });
});

describe('the registry', () => {
  it('names an API reference and an IAM action for every call', () => {
    for (const s of USAGE_SOURCES) {
      for (const c of s.calls) {
        expect(c.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
        expect(c.action).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z]+$/);
      }
    }
  });

  it('has a source for every catalog quota in its scope', () => {
    // Elastic IPs per NAT gateway: not yet (the fake's DescribeNatGateways, in server.mjs, lists no addresses).
    const pending = new Set(['L-5F53652F']);
    const missing = [...QUOTAS.values()].filter((q) => !pending.has(q.quotaCode) && !usageSourceFor(q.quotaCode, q.scope)).map((q) => `${q.quotaCode} ${q.scope} (${q.name})`);
    expect(missing).toEqual([]);
  });

  it('counts only catalog quotas, in scopes the catalog gives them', () => {
    for (const s of USAGE_SOURCES) {
      for (const [code, kinds] of Object.entries(s.counts)) {
        const def = defOf(code);
        expect(def).toBeDefined();
        // Per-AZ quotas are also counted for a zone not known before apply (the fullest zone).
        expect(kinds).toContain(def!.scope);
        expect(usageSourceFor(code, def!.scope)).toBe(s);
        // A global source counts only global quotas, and the other way round.
        expect(Boolean(s.global)).toBe(def!.global);
      }
    }
  });
});
