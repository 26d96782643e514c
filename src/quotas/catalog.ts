// The quotas quota-guard knows: codes, names, AWS default values, scope and whether they are global.
// Defaults are the seed for `--offline` only; live runs read the applied value. Defaults drift, so every row
// names its source:
//   [GW24]   ListAWSDefaultServiceQuotas, us-east-1, 2024-02 (gruntwork-io/terraform-aws-utilities docs/quotas.md)
//   [VPCDOC] https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
//   [EC2DOC] https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-instance-quotas.html
//   [S3DOC]  https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html
//   [RDSDOC] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html
//   [LAMBDADOC] https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
//   [DOCDBDOC] https://docs.aws.amazon.com/documentdb/latest/developerguide/limits.html
//   [NEPTUNEDOC] https://docs.aws.amazon.com/neptune/latest/userguide/limits.html
//   [NLBDOC] https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-limits.html
//   [ALBDOC] https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html
//   [AQC]    brennerm/aws-quota-checker aws_quota/check/*.py (quota codes of quotas that are not adjustable, which GW24 omits)
import { INSTANCE_CLASSES, P5_SPOT_QUOTA } from './instance-types.js';

export type ScopeKind = 'region' | 'az' | 'vpc' | 'resource';

export interface QuotaDef {
  serviceCode: string;
  quotaCode: string;
  name: string;
  defaultValue: number;
  unit: string;
  adjustable: boolean;
  /** Global quotas (IAM, S3 buckets, Route 53) are read through us-east-1. */
  global: boolean;
  scope: ScopeKind;
  source: string;
}

/** Where global quotas live: Service Quotas answers for them only through us-east-1. */
export const GLOBAL_QUOTA_REGION = 'us-east-1';

type Row = [serviceCode: string, quotaCode: string, name: string, defaultValue: number, scope: ScopeKind, source: string, extra?: Partial<QuotaDef>];

const ROWS: Row[] = [
  ['ec2', 'L-0263D0A3', 'EC2-VPC Elastic IPs', 5, 'region', 'GW24 VPCDOC'],
  ['ec2', 'L-A2478D36', 'Transit gateways per account', 5, 'region', 'GW24'],
  ['ec2', 'L-3E6EC3A3', 'VPN connections per region', 50, 'region', 'GW24'],
  ['vpc', 'L-FE5A380F', 'NAT gateways per Availability Zone', 5, 'az', 'VPCDOC'],
  ['vpc', 'L-F678F1CE', 'VPCs per Region', 5, 'region', 'VPCDOC'],
  ['vpc', 'L-A4707A72', 'Internet gateways per Region', 5, 'region', 'VPCDOC'],
  ['vpc', 'L-45FE3B85', 'Egress-only internet gateways per Region', 5, 'region', 'VPCDOC'],
  ['vpc', 'L-407747CB', 'Subnets per VPC', 200, 'vpc', 'VPCDOC'],
  ['vpc', 'L-589F43AA', 'Route tables per VPC', 200, 'vpc', 'VPCDOC'],
  ['vpc', 'L-93826ACB', 'Routes per route table', 50, 'resource', 'VPCDOC'],
  ['vpc', 'L-E79EC296', 'VPC security groups per Region', 2500, 'region', 'VPCDOC'],
  ['vpc', 'L-0EA8095F', 'Inbound or outbound rules per security group', 60, 'resource', 'VPCDOC'],
  ['vpc', 'L-DF5E4CA3', 'Network interfaces per Region', 5000, 'region', 'VPCDOC'],
  ['vpc', 'L-29B6F2EB', 'Interface VPC endpoints per VPC', 50, 'vpc', 'VPCDOC'],
  ['vpc', 'L-1B52E74A', 'Gateway VPC endpoints per Region', 20, 'region', 'VPCDOC'],
  ['vpc', 'L-B4A6D682', 'Network ACLs per VPC', 200, 'vpc', 'VPCDOC'],
  ['vpc', 'L-83CA0A9D', 'IPv4 CIDR blocks per VPC', 5, 'vpc', 'GW24 VPCDOC'],
  ['vpc', 'L-085A6257', 'IPv6 CIDR blocks per VPC', 5, 'vpc', 'GW24 VPCDOC'],
  ['elasticloadbalancing', 'L-53DA6B97', 'Application Load Balancers per Region', 50, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-69A177A2', 'Network Load Balancers per Region', 50, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-E9E9831D', 'Classic Load Balancers per Region', 20, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-B22855CB', 'Target Groups per Region', 3000, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-B6DF7632', 'Listeners per Application Load Balancer', 50, 'resource', 'GW24'],
  ['elasticloadbalancing', 'L-57A373D6', 'Listeners per Network Load Balancer', 50, 'resource', 'NLBDOC AQC', { adjustable: false }],
  ['elasticloadbalancing', 'L-7EED9B64', 'Rules per Application Load Balancer', 100, 'resource', 'GW24 ALBDOC'],
  ['autoscaling', 'L-CDE20ADC', 'Auto Scaling groups per region', 500, 'region', 'GW24'],
  ['autoscaling', 'L-6B80B8FA', 'Launch configurations per region', 200, 'region', 'GW24'],
  ['lambda', 'L-B99A9384', 'Concurrent executions', 1000, 'region', 'GW24 LAMBDADOC'],
  ['rds', 'L-7B6409FD', 'DB instances', 40, 'region', 'GW24 RDSDOC'],
  ['rds', 'L-952B80B8', 'DB clusters', 40, 'region', 'GW24 RDSDOC'],
  ['rds', 'L-7ADDB58A', 'Total storage for all DB instances', 100000, 'region', 'GW24 RDSDOC', { unit: 'Gigabytes' }],
  // DocumentDB and Neptune have quotas of their own (service codes docdb, neptune), not RDS's.
  ['docdb', 'L-13F31459', 'Clusters', 40, 'region', 'GW24 DOCDBDOC'],
  ['docdb', 'L-739A3A85', 'Instances', 40, 'region', 'GW24 DOCDBDOC'],
  ['neptune', 'L-6D17A5A2', 'DB clusters', 40, 'region', 'GW24 NEPTUNEDOC'],
  ['neptune', 'L-368A3E00', 'DB instances', 40, 'region', 'GW24 NEPTUNEDOC'],
  ['dynamodb', 'L-F98FE922', 'Maximum number of tables', 2500, 'region', 'GW24'],
  ['dynamodb', 'L-34F6A552', 'Account-level read throughput limit (Provisioned mode)', 80000, 'region', 'GW24'],
  ['dynamodb', 'L-34F8CCC8', 'Account-level write throughput limit (Provisioned mode)', 80000, 'region', 'GW24'],
  ['s3', 'L-DC2B2D3D', 'General purpose buckets', 10000, 'region', 'S3DOC (10,000 since 2024; the 2024-02 GW24 dump says 100)', { global: true }],
  ['eks', 'L-1194D53C', 'Clusters', 100, 'region', 'GW24'],
  ['eks', 'L-6D54EA21', 'Managed node groups per cluster', 30, 'resource', 'GW24'],
  ['ecs', 'L-21C621EB', 'Clusters per account', 10000, 'region', 'GW24'],
  ['ecs', 'L-9EF96962', 'Services per cluster', 5000, 'resource', 'GW24'],
  ['fargate', 'L-3032A538', 'Fargate On-Demand vCPU resource count', 6, 'region', 'GW24', { unit: 'vCPU' }],
  ['fargate', 'L-36FBB829', 'Fargate Spot vCPU resource count', 6, 'region', 'GW24', { unit: 'vCPU' }],
  ['elasticache', 'L-DFE45DF3', 'Nodes per Region', 300, 'region', 'GW24'],
  ['iam', 'L-FE177D64', 'Roles per account', 1000, 'region', 'GW24', { global: true }],
  ['iam', 'L-E95E4862', 'Customer managed policies per account', 1500, 'region', 'GW24', { global: true }],
  ['iam', 'L-6E65F664', 'Instance profiles per account', 1000, 'region', 'GW24', { global: true }],
  ['iam', 'L-0DA4ABF3', 'Managed policies per role', 10, 'resource', 'GW24', { global: true }],
  ['route53', 'L-4EA4796A', 'Hosted zones', 500, 'region', 'GW24', { global: true }],
  ['sns', 'L-61103206', 'Topics per Account', 100000, 'region', 'GW24'],
  ['kms', 'L-C2F1777E', 'Customer Master Keys (CMKs)', 100000, 'region', 'GW24'],
  ['logs', 'L-C7B9AAAB', 'Log groups', 1000000, 'region', 'GW24'],
  ['cloudformation', 'L-0485CB21', 'Stack count', 2000, 'region', 'GW24'],
  ['ecr', 'L-CFEB8E8D', 'Registered repositories', 10000, 'region', 'GW24'],
  ['elasticfilesystem', 'L-848C634D', 'File systems per account', 1000, 'region', 'GW24'],
  ['kinesis', 'L-0918CF54', 'Shards per Region', 500, 'region', 'GW24'],
  ['es', 'L-076D529E', 'Domains per Region', 100, 'region', 'GW24'],
];

function ec2ClassRows(): QuotaDef[] {
  const defs: QuotaDef[] = [];
  for (const c of INSTANCE_CLASSES) {
    for (const q of [c.onDemand, c.spot, c.cls === 'P' ? P5_SPOT_QUOTA : undefined]) {
      if (!q) continue;
      defs.push({ serviceCode: 'ec2', quotaCode: q.quotaCode, name: q.name, defaultValue: q.defaultValue, unit: 'vCPU', adjustable: true, global: false, scope: 'region', source: 'EC2DOC' });
    }
  }
  return defs;
}

export const QUOTAS: ReadonlyMap<string, QuotaDef> = new Map(
  [
    ...ec2ClassRows(),
    ...ROWS.map(([serviceCode, quotaCode, name, defaultValue, scope, source, extra]): QuotaDef => ({
      serviceCode,
      quotaCode,
      name,
      defaultValue,
      scope,
      source,
      unit: 'None',
      adjustable: true,
      global: false,
      ...extra,
    })),
  ].map((d) => [d.quotaCode, d]),
);

