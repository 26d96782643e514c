// Types of usage.mjs: the seed fields of the usage sources' services, per region (global services under us-east-1).

export type FakePagingMode = 'endless' | 'repeat' | 'empty';

export interface FakeUsageRegion {
  internetGateways?: number;
  egressOnlyInternetGateways?: number;
  securityGroups?: number;
  networkInterfaces?: number;
  transitGateways?: number;
  vpnConnections?: number;
  routeTables?: { id: string; vpcId: string; routes?: { v6?: boolean; prefixList?: boolean; propagated?: boolean }[] }[];
  securityGroupRules?: { groupId: string; egress?: boolean; v6?: boolean; prefixList?: boolean; group?: string }[];
  networkAcls?: { id: string; vpcId: string; entries?: { egress?: boolean; v6?: boolean }[] }[];
  volumes?: { size: number; type: string; iops?: number; state?: string }[];
  snapshots?: number;
  eventRules?: Record<string, number>;
  customerGateways?: number;
  secrets?: number;
  distributions?: number;
  cachePolicies?: number;
  domainNames?: number;
  restApis?: { type?: 'EDGE' | 'REGIONAL' | 'PRIVATE' }[];
  restApiContents?: Record<string, { stages?: number; resources?: number }>;
  vpnGateways?: number;
  recordsPerZone?: Record<string, number>;
  vpcEndpoints?: { vpcId: string; type: 'Interface' | 'Gateway' | 'GatewayLoadBalancer'; state?: string }[];
  loadBalancers?: { arn: string; type: 'application' | 'network' | 'gateway' }[];
  listeners?: Record<string, number>;
  targetGroups?: number;
  classicLoadBalancers?: number | { name: string; listeners?: number }[];
  dbInstances?: { engine: string }[];
  dbClusters?: { engine: string }[];
  dbClusterSnapshots?: { engine: string; type?: 'manual' | 'automated' }[];
  dbParameterGroups?: { family: string }[];
  dbClusterParameterGroups?: { family: string }[];
  dbSubnetGroups?: number;
  autoScaling?: { groups?: number; maxGroups?: number; launchConfigurations?: number; maxLaunchConfigurations?: number };
  rds?: Record<string, [used: number, max: number]>;
  tables?: number;
  buckets?: number;
  eksClusters?: Record<string, number>;
  ecsClusters?: Record<string, number>;
  cacheClusters?: number[];
  iam?: { [key: string]: number | Record<string, number> | undefined; attached?: Record<string, number>; attachedToUsers?: Record<string, number>; oidcProviders?: number };
  hostedZones?: { count?: number; limit?: number };
  topics?: number;
  kmsKeys?: number;
  awsManagedKeys?: number;
  logGroups?: number;
  stacks?: number;
  deletedStacks?: number;
  repositories?: number;
  fileSystems?: number;
  kinesis?: { open?: number; limit?: number };
  eksNodegroups?: Record<string, number>;
  dms?: Record<string, [used: number, max: number]>;
  dmsSubnetGroups?: number;
  dmsTasks?: number;
  userPools?: Record<string, number>;
  scalableTargets?: Record<string, number>;
  scalingPolicies?: Record<string, number>;
  certificates?: number | { keyType: string }[];
  fargateProfiles?: Record<string, number>;
  cacheSubnetGroups?: number;
  cacheParameterGroups?: number;
  transitGatewayAttachments?: { tgwId: string; type: 'vpc' | 'vpn' | 'peering' | 'direct-connect-gateway' | 'connect'; resourceId?: string; state?: string }[];
  transitGatewayRouteTables?: { tgwId: string; state?: string }[];
  vpcPeeringConnections?: { requester: string; accepter: string; status?: string }[];
  mountTargets?: Record<string, string[]>;
  listenerRules?: Record<string, number>;
  tableGsis?: Record<string, number>;
  ruleTargets?: Record<string, number>;
  webAcls?: { REGIONAL?: number; CLOUDFRONT?: number };
  domains?: number;
  /** Page size cap of these listings (to make them page). */
  usagePageSize?: number;
  /** Per operation: a listing that never ends, repeats its token, or sends an empty page before each real one. */
  paging?: Record<string, FakePagingMode>;
}

export const HTML_503: string;
export function usageExtensions(deps: unknown): unknown;
