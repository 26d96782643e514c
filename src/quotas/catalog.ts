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
//   [EBSDOC] https://docs.aws.amazon.com/ebs/latest/userguide/volume_constraints.html and the EBS quotas page
//   [TGWDOC] https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html
//   [IAMDOC] https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
//   [APIGWDOC] https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
//   [R53DOC] https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DNSLimitations.html
//   [EVENTSDOC] https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
//   [ASMDOC] https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_limits.html ("Secrets: 500,000")
//   [EFSDOC] https://docs.aws.amazon.com/efs/latest/ug/limits.html
//   [CFDOC]  https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html
//   [AASDOC] https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-limits.html
//   [SQDUMP] a public ListServiceQuotas dump of all quotas with their Global and Adjustable flags ("AWS Service Quota
//            list" markdown, 2023), for codes of quotas that are not adjustable and so are absent from GW24
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

/** Application Auto Scaling: scalable targets per service namespace (ServiceNamespace → quota) [GW24][AASDOC]. */
export const SCALABLE_TARGET_QUOTA: Readonly<Record<string, string>> = {
  ecs: 'L-782A3EE2',
  dynamodb: 'L-A1D42901',
  ec2: 'L-297D9EC9',
  lambda: 'L-A2AD6458',
  rds: 'L-800F6F7B',
  elasticache: 'L-60E4E5E2',
  sagemaker: 'L-1AAF0700',
  elasticmapreduce: 'L-D75CA9D2',
  kafka: 'L-1A11EB4B',
  comprehend: 'L-17D5F681',
  appstream: 'L-8998F403',
  cassandra: 'L-799ACCDF',
  'custom-resource': 'L-4A11ECEB',
};

type Row = [serviceCode: string, quotaCode: string, name: string, defaultValue: number, scope: ScopeKind, source: string, extra?: Partial<QuotaDef>];

const SCALABLE_TARGET_ROWS: Row[] = (
  [
    ['L-782A3EE2', 'ECS', 3000],
    ['L-A1D42901', 'DynamoDB', 5000],
    ['L-297D9EC9', 'EC2', 500],
    ['L-A2AD6458', 'Lambda', 500],
    ['L-800F6F7B', 'RDS', 500],
    ['L-60E4E5E2', 'Amazon ElastiCache', 500],
    ['L-1AAF0700', 'SageMaker', 500],
    ['L-D75CA9D2', 'EMR', 500],
    ['L-1A11EB4B', 'Amazon MSK', 500],
    ['L-17D5F681', 'Comprehend', 500],
    ['L-8998F403', 'AppStream', 500],
    ['L-799ACCDF', 'Amazon Keyspaces', 1500],
    ['L-4A11ECEB', 'custom resources', 500],
  ] as const
).map(([code, name, value]): Row => ['application-autoscaling', code, `Scalable targets for ${name}`, value, 'region', 'GW24 AASDOC']);

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
  // One-way quota per network ACL, IPv4 and IPv6 rules apart (VPC user guide, network ACL quotas).
  ['vpc', 'L-2AEEBF1A', 'Rules per network ACL', 20, 'resource', 'GW24 VPCDOC'],
  ['vpc', 'L-7E9ECCDB', 'Active VPC peering connections per VPC', 50, 'vpc', 'GW24 VPCDOC'],
  ['vpc', 'L-5F53652F', 'Elastic IP address quota per NAT gateway', 2, 'resource', 'GW24 VPCDOC'],
  ['ec2', 'L-4FB7FF5D', 'Customer gateways per region', 50, 'region', 'GW24'],
  ['ec2', 'L-7029FAB6', 'Virtual private gateways per region', 5, 'region', 'GW24'],
  ['ec2', 'L-E0233F82', 'Attachments per transit gateway', 5000, 'resource', 'GW24 TGWDOC'],
  ['ec2', 'L-A1B5A36F', 'Peering attachments per transit gateway', 50, 'resource', 'GW24 TGWDOC'],
  ['ec2', 'L-43872EB7', 'Route Tables per transit gateway', 20, 'resource', 'GW24 TGWDOC'],
  ['ec2', 'L-6DA43717', 'Attachments per VPC', 5, 'vpc', 'SQDUMP TGWDOC (transit gateway attachments per VPC)', { adjustable: false }],
  // EBS storage per volume type, in TiB (Service Quotas reports Unit None; the quota names say TiB).
  ['ebs', 'L-D18FCD1D', 'Storage for General Purpose SSD (gp2) volumes, in TiB', 50, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-7A658B76', 'Storage for General Purpose SSD (gp3) volumes, in TiB', 50, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-FD252861', 'Storage for Provisioned IOPS SSD (io1) volumes, in TiB', 50, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-09BD8365', 'Storage for Provisioned IOPS SSD (io2) volumes, in TiB', 20, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-82ACEF56', 'Storage for Throughput Optimized HDD (st1) volumes, in TiB', 50, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-17AF77E8', 'Storage for Cold HDD (sc1) volumes, in TiB', 50, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-9CF3C2EB', 'Storage for Magnetic (standard) volumes, in TiB', 50, 'region', 'GW24 EBSDOC', { unit: 'TiB' }],
  ['ebs', 'L-B3A130E6', 'IOPS for Provisioned IOPS SSD (io1) volumes', 300000, 'region', 'GW24 EBSDOC', { unit: 'IOPS' }],
  ['ebs', 'L-8D977E7E', 'IOPS for Provisioned IOPS SSD (io2) volumes', 100000, 'region', 'GW24 EBSDOC', { unit: 'IOPS' }],
  ['ebs', 'L-309BACF6', 'Snapshots per Region', 100000, 'region', 'GW24'],
  ['elasticfilesystem', 'L-7391004C', 'Mount targets per VPC', 400, 'vpc', 'SQDUMP EFSDOC', { adjustable: false }],
  ['elasticloadbalancing', 'L-53DA6B97', 'Application Load Balancers per Region', 50, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-69A177A2', 'Network Load Balancers per Region', 50, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-E9E9831D', 'Classic Load Balancers per Region', 20, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-B22855CB', 'Target Groups per Region', 3000, 'region', 'GW24'],
  ['elasticloadbalancing', 'L-B6DF7632', 'Listeners per Application Load Balancer', 50, 'resource', 'GW24'],
  ['elasticloadbalancing', 'L-57A373D6', 'Listeners per Network Load Balancer', 50, 'resource', 'NLBDOC AQC', { adjustable: false }],
  ['elasticloadbalancing', 'L-1A491844', 'Listeners per Classic Load Balancer', 100, 'resource', 'GW24'],
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
  ['docdb', 'L-02DEA053', 'Subnet groups', 50, 'region', 'GW24 DOCDBDOC'],
  ['docdb', 'L-B2551F83', 'Manual cluster snapshots', 100, 'region', 'GW24 DOCDBDOC'],
  ['neptune', 'L-483F7912', 'DB subnet groups', 50, 'region', 'GW24 NEPTUNEDOC'],
  ['neptune', 'L-584DADE7', 'DB instance parameter groups', 50, 'region', 'GW24 NEPTUNEDOC'],
  ['neptune', 'L-5BB9A916', 'DB cluster parameter groups', 50, 'region', 'GW24 NEPTUNEDOC'],
  ['neptune', 'L-D6543DBD', 'DB cluster manuals snapshots', 100, 'region', 'GW24 NEPTUNEDOC'],
  ['rds', 'L-DE55804A', 'Parameter groups', 50, 'region', 'GW24 RDSDOC'],
  ['rds', 'L-9FA33840', 'Option groups', 20, 'region', 'GW24 RDSDOC'],
  ['rds', 'L-48C6BF61', 'DB subnet groups', 50, 'region', 'GW24 RDSDOC'],
  ['rds', 'L-272F1212', 'Manual DB instance snapshots', 100, 'region', 'GW24 RDSDOC'],
  ['rds', 'L-9B510759', 'Manual DB cluster snapshots', 100, 'region', 'GW24 RDSDOC'],
  ['dms', 'L-C2341CDC', 'Replication instances', 60, 'region', 'GW24'],
  ['dms', 'L-E17328E9', 'Endpoint count', 1000, 'region', 'GW24'],
  ['dms', 'L-7FD3593B', 'Task count', 600, 'region', 'GW24'],
  ['dms', 'L-27B24FAD', 'Subnet groups', 60, 'region', 'GW24'],
  ['dynamodb', 'L-F98FE922', 'Maximum number of tables', 2500, 'region', 'GW24'],
  ['dynamodb', 'L-F7858A77', 'Global Secondary Indexes per table', 20, 'resource', 'GW24'],
  ['dynamodb', 'L-34F6A552', 'Account-level read throughput limit (Provisioned mode)', 80000, 'region', 'GW24'],
  ['dynamodb', 'L-34F8CCC8', 'Account-level write throughput limit (Provisioned mode)', 80000, 'region', 'GW24'],
  ['s3', 'L-DC2B2D3D', 'General purpose buckets', 10000, 'region', 'S3DOC (10,000 since 2024; the 2024-02 GW24 dump says 100)', { global: true }],
  ['eks', 'L-1194D53C', 'Clusters', 100, 'region', 'GW24'],
  ['eks', 'L-6D54EA21', 'Managed node groups per cluster', 30, 'resource', 'GW24'],
  ['eks', 'L-BD136A63', 'Nodes per managed node group', 450, 'resource', 'GW24'],
  ['eks', 'L-33415657', 'Fargate profiles per cluster', 10, 'resource', 'GW24'],
  ['ecs', 'L-21C621EB', 'Clusters per account', 10000, 'region', 'GW24'],
  ['ecs', 'L-9EF96962', 'Services per cluster', 5000, 'resource', 'GW24'],
  ['fargate', 'L-3032A538', 'Fargate On-Demand vCPU resource count', 6, 'region', 'GW24', { unit: 'vCPU' }],
  ['fargate', 'L-36FBB829', 'Fargate Spot vCPU resource count', 6, 'region', 'GW24', { unit: 'vCPU' }],
  ['elasticache', 'L-DFE45DF3', 'Nodes per Region', 300, 'region', 'GW24'],
  ['elasticache', 'L-3E7F7726', 'Subnet groups per Region', 300, 'region', 'GW24'],
  ['elasticache', 'L-3F15A733', 'Parameter groups per Region', 300, 'region', 'GW24'],
  ['iam', 'L-FE177D64', 'Roles per account', 1000, 'region', 'GW24', { global: true }],
  ['iam', 'L-E95E4862', 'Customer managed policies per account', 1500, 'region', 'GW24', { global: true }],
  ['iam', 'L-6E65F664', 'Instance profiles per account', 1000, 'region', 'GW24', { global: true }],
  ['iam', 'L-0DA4ABF3', 'Managed policies per role', 10, 'resource', 'GW24', { global: true }],
  ['route53', 'L-4EA4796A', 'Hosted zones', 500, 'region', 'GW24', { global: true }],
  ['route53', 'L-E209CC9F', 'Records per hosted zone', 10000, 'resource', 'GW24 R53DOC', { global: true }],
  ['iam', 'L-F55AF5E4', 'Users per account', 5000, 'region', 'AQC IAMDOC', { global: true, adjustable: false }],
  ['iam', 'L-F4A5425F', 'Groups per account', 300, 'region', 'GW24 IAMDOC', { global: true }],
  ['iam', 'L-4019AD8B', 'Managed policies per user', 10, 'resource', 'GW24 IAMDOC', { global: true }],
  ['iam', 'L-858F3967', 'OpenId connect providers per account', 100, 'region', 'IAMDOC (code from third-party quota readers)', { global: true }],
  ['apigateway', 'L-B97207D0', 'Edge-optimized APIs', 120, 'region', 'SQDUMP APIGWDOC', { adjustable: false }],
  ['apigateway', 'L-AA0FF27B', 'Regional APIs', 600, 'region', 'SQDUMP APIGWDOC', { adjustable: false }],
  ['apigateway', 'L-A966AB5C', 'Private APIs', 600, 'region', 'SQDUMP APIGWDOC', { adjustable: false }],
  ['apigateway', 'L-01C8A9E0', 'Resources/Routes per REST/WebSocket API', 300, 'resource', 'GW24 APIGWDOC'],
  ['apigateway', 'L-379E48B0', 'Stages per API', 10, 'resource', 'GW24 APIGWDOC'],
  ['apigateway', 'L-A93447B8', 'Custom Domain Names', 120, 'region', 'GW24 APIGWDOC'],
  // EventBridge counts rules per event bus ("Rules per event bus", EVENTSDOC); Service Quotas names it "Number of rules".
  ['events', 'L-244521F2', 'Number of rules', 300, 'resource', 'GW24 EVENTSDOC'],
  ['events', 'L-388D1D08', 'Targets per rule', 5, 'resource', 'SQDUMP EVENTSDOC', { adjustable: false }],
  ['secretsmanager', 'L-2F66C23C', 'Secrets per account', 500000, 'region', 'AQC ASMDOC', { adjustable: false }],
  ['cloudfront', 'L-24B04930', 'Web distributions per AWS account', 200, 'region', 'GW24 CFDOC', { global: true }],
  ['cloudfront', 'L-7D134442', 'Cache policies per AWS account', 20, 'region', 'CFDOC (code from third-party quota readers)', { global: true, adjustable: false }],
  ['wafv2', 'L-2EC3DE7B', 'Maximum web ACLs per account in WAF for regional', 100, 'region', 'GW24'],
  // CloudFront-scope WAF resources live in us-east-1, so the quota is read there.
  ['wafv2', 'L-24189897', 'Maximum web ACLs per account in WAF for CloudFront', 100, 'region', 'GW24', { global: true }],
  ['acm', 'L-F141DD1D', 'ACM certificates', 2500, 'region', 'GW24'],
  ['cognito-idp', 'L-66E6DF30', 'User pools per account', 1000, 'region', 'GW24'],
  ['cognito-idp', 'L-5EAB0605', 'Apps per user pool', 1000, 'resource', 'GW24'],
  ['application-autoscaling', 'L-B395C81B', 'Scaling policies per scalable target', 50, 'resource', 'SQDUMP AASDOC', { adjustable: false }],
  ...SCALABLE_TARGET_ROWS,
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

