// The usage sources' part of the fake AWS (hooked into server.mjs with a few lines, like org-sts.mjs): the count APIs
// of src/aws/usage/*.ts, each in the wire protocol its SDK v3 client speaks (checked in the clients' dist-es schemas):
//   IAM, RDS, ELBv2, Auto Scaling, ElastiCache, SNS, CloudFormation  awsQuery: form body Action=<Op>&Version=…, XML
//                   <OpResponse><OpResult>…; lists are <member> except RDS <AccountQuota> and ElastiCache
//                   <CacheCluster> (their xmlName); IAM SummaryMap is <entry><key/><value/></entry>
//   EC2             ec2 query (rendered by server.mjs): the Describe* calls server.mjs does not serve
//   ECS, ECR, Kinesis, KMS, CloudWatch Logs, EventBridge, DMS, Cognito user pools, Application Auto Scaling, ACM,
//   WAFv2          AWS JSON 1.1, X-Amz-Target <prefix>.<Op>
//   DynamoDB        AWS JSON 1.0, X-Amz-Target DynamoDB_20120810.<Op>
//   EKS, EFS, OpenSearch, API Gateway  REST-JSON (API Gateway: GET /restapis, /domainnames, /restapis/{id}/stages|resources); GET /clusters, /clusters/{name}/node-groups[/{nodegroup}], /clusters/{name}/fargate-profiles; GET /2015-02-01/file-systems, /2015-02-01/mount-targets;
//                   GET /2021-01-01/domain; errors in x-amzn-errortype
//   S3              REST-XML: GET /?max-buckets=N&continuation-token=T → <ListAllMyBucketsResult>
//   CloudFront      REST-XML: GET /2020-05-31/distribution → <DistributionList>, /2020-05-31/cache-policy → <CachePolicyList>
//   Route 53        REST-XML: GET /2013-04-01/accountlimit/{Type} → <GetAccountLimitResponse>
//
// Seed, per region (`regions[R]`; global services under us-east-1): counts as numbers (items are made up) or lists:
//   internetGateways, egressOnlyInternetGateways, securityGroups, networkInterfaces, transitGateways, vpnConnections,
//   targetGroups, classicLoadBalancers, tables, buckets, topics, logGroups, stacks, repositories, fileSystems, domains: number
//   volumes [{size, type, iops?, state?}], snapshots: number, recordsPerZone {zoneId: n}, eventRules {bus: n},
//   customerGateways, vpnGateways, secrets, domainNames: number, dbInstances / dbClusters [{engine}],
//   restApis [{type?}], restApiContents {apiId: {stages, resources}}, distributions, cachePolicies: number (us-east-1),
//   classicLoadBalancers: number or [{name, listeners}],
//   routeTables [{id, vpcId, routes: [{v6?, prefixList?, propagated?}]}], securityGroupRules [{groupId, egress?, v6?,
//   prefixList?, group?}], networkAcls [{id, vpcId, entries?: [{egress?, v6?}]}], vpcEndpoints [{vpcId, type, state?}],
//   loadBalancers [{arn, type}], listeners {lbArn: n}, eksClusters {name: nodegroups}, ecsClusters {name: services},
//   iam {Roles, RolesQuota, …, attached: {role: n}, attachedToUsers: {user: n}, oidcProviders: n}, rds {DBInstances: [used, max], …},
//   autoScaling {groups, maxGroups, launchConfigurations, maxLaunchConfigurations}, hostedZones {count, limit},
//   cacheClusters [nodes…], kmsKeys, awsManagedKeys, kinesis {open, limit}, eksNodegroups {'cluster/nodegroup': maxSize},
//   dbClusterSnapshots [{engine, type?}], dbParameterGroups / dbClusterParameterGroups [{family}], dbSubnetGroups: number,
//   dms {ReplicationInstances: [used, max], …}, dmsSubnetGroups, dmsTasks: number, userPools {poolId: app clients},
//   scalableTargets {namespace: n}, scalingPolicies {'namespace|resourceId': n}, certificates: number or [{keyType}],
//   fargateProfiles {cluster: n}, cacheSubnetGroups, cacheParameterGroups: number,
//   transitGatewayAttachments [{tgwId, type, resourceId?, state?}], transitGatewayRouteTables [{tgwId, state?}],
//   vpcPeeringConnections [{requester, accepter, status?}],
//   mountTargets {'fs-N': [vpcId of each mount target]} (file systems are fs-0…fs-N of `fileSystems`),
//   listenerRules {listenerArn: non-default rules} (listener ARNs are `${lbArn}/l${i}`),
//   webAcls {REGIONAL: n, CLOUDFRONT: n (us-east-1)}, tableGsis {table: n}, ruleTargets {'bus/rule': n}
//   usagePageSize: page size cap for all these lists (to force paging)
//   paging {Op: 'endless' | 'repeat' | 'empty'}: a listing that never ends (a new token each page), repeats its
//   token, or answers an empty page with a token before every real one
// Faults: FAULTS entries for every service added; `kind: 'html503'` (any service) answers a 503 text/html page, as a
// proxy or a load balancer in front of AWS would.

const TARGETS = {
  AmazonEC2ContainerServiceV20141113: 'ecs',
  AmazonEC2ContainerRegistry_V20150921: 'ecr',
  Kinesis_20131202: 'kinesis',
  TrentService: 'kms',
  Logs_20140328: 'logs',
  DynamoDB_20120810: 'dynamodb',
  AWSEvents: 'events',
  secretsmanager: 'secretsmanager',
  AmazonDMSv20160101: 'dms',
  AWSCognitoIdentityProviderService: 'cognito-idp',
  AnyScaleFrontendService: 'application-autoscaling',
  CertificateManager: 'acm',
  AWSWAF_20190729: 'wafv2',
};
const QUERY_NS = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  elasticloadbalancing: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  autoscaling: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
  elasticache: 'http://elasticache.amazonaws.com/doc/2015-02-02/',
  sns: 'http://sns.amazonaws.com/doc/2010-03-31/',
  cloudformation: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
};
const EC2_OPS = new Set([
  'DescribeInternetGateways',
  'DescribeEgressOnlyInternetGateways',
  'DescribeSecurityGroups',
  'DescribeSecurityGroupRules',
  'DescribeRouteTables',
  'DescribeNetworkAcls',
  'DescribeVpcEndpoints',
  'DescribeNetworkInterfaces',
  'DescribeTransitGateways',
  'DescribeVpnConnections',
  'DescribeVolumes',
  'DescribeSnapshots',
  'DescribeCustomerGateways',
  'DescribeVpnGateways',
  'DescribeTransitGatewayAttachments',
  'DescribeTransitGatewayRouteTables',
  'DescribeVpcPeeringConnections',
]);

/** The extension, bound to server.mjs's error class, fault table and helpers. */
export function usageExtensions({ AwsError, FAULTS, regionSeed, parseForm, list, xmlEscape }) {
  const generic = (throttleCode, throttleStatus = 400, deniedCode = 'AccessDeniedException', deniedStatus = 400) => ({
    throttle: () => new AwsError(throttleStatus, throttleCode, 'Rate exceeded'),
    internal: () => new AwsError(500, 'InternalFailure', 'We encountered an internal error. Please try again.'),
    accessDenied: (op) => new AwsError(deniedStatus, deniedCode, `User: arn:aws:sts::123456789012:assumed-role/ci/session is not authorized to perform: ${op}`),
  });
  // Codes from the services' API references (Common Errors): awsQuery services answer Throttling / AccessDenied,
  // JSON ones ThrottlingException (DynamoDB, Kinesis LimitExceededException is per-op; the common code is used).
  FAULTS.iam = generic('Throttling', 400, 'AccessDenied', 403);
  FAULTS.rds = generic('Throttling', 400, 'AccessDenied', 403);
  FAULTS.elasticloadbalancing = generic('Throttling', 400, 'AccessDenied', 403);
  FAULTS.autoscaling = generic('Throttling', 400, 'AccessDenied', 403);
  FAULTS.elasticache = generic('Throttling', 400, 'AccessDenied', 403);
  FAULTS.sns = generic('Throttling', 400, 'AuthorizationError', 403);
  FAULTS.ecs = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.ecr = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.kinesis = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.kms = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.logs = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.dynamodb = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.events = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.secretsmanager = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.dms = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS['cognito-idp'] = generic('TooManyRequestsException', 400, 'AccessDeniedException', 400);
  FAULTS['application-autoscaling'] = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.acm = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.wafv2 = generic('ThrottlingException', 400, 'AccessDeniedException', 400);
  FAULTS.apigateway = generic('TooManyRequestsException', 429, 'AccessDeniedException', 403);
  FAULTS.eks = generic('ThrottlingException', 429, 'AccessDeniedException', 403);
  FAULTS.elasticfilesystem = generic('ThrottlingException', 429, 'AccessDeniedException', 403);
  FAULTS.es = generic('ThrottlingException', 429, 'AccessDeniedException', 403);
  FAULTS.s3 = generic('SlowDown', 503, 'AccessDenied', 403);
  FAULTS.route53 = generic('Throttling', 400, 'AccessDenied', 403);
  FAULTS.cloudfront = generic('Throttling', 400, 'AccessDenied', 403);

  // ---- Paging -------------------------------------------------------------------------------------------------

  const badToken = () => new AwsError(400, 'InvalidNextTokenException', 'The pagination token is invalid.');

  /**
   * One page of `items` honouring the request's size, the seed's cap and the seed's paging fault for `op`. Tokens:
   * o:N (the page at offset N); with `empty`, emp:N (an empty page, then real:N) as Organizations-style services send.
   */
  function pageOf(rs, op, items, size, token) {
    const mode = rs.paging?.[op];
    const cap = Math.max(1, Math.min(Number(size) || 100, rs.usagePageSize ?? Infinity));
    const t = token ? String(token) : '';
    if (mode === 'endless') return { items: items.slice(0, 1), next: `e${t ? Number(t.slice(1)) + 1 : 1}` };
    if (mode === 'repeat') return { items: items.slice(0, 1), next: 'same-token' };
    if (mode === 'empty' && (t === '' || t.startsWith('emp:'))) return { items: [], next: `real:${t ? t.slice(4) : 0}` };
    const m = /^(?:o|real):(\d+)$/.exec(t);
    if (t && !m) throw badToken();
    const start = m ? Number(m[1]) : 0;
    if (start > items.length) throw badToken();
    const end = Math.min(items.length, start + cap);
    return { items: items.slice(start, end), next: end < items.length ? `${mode === 'empty' ? 'emp' : 'o'}:${end}` : undefined };
  }

  const made = (n, f) => (Array.isArray(n) ? n : Array.from({ length: Number(n) || 0 }, (_, i) => f(i)));

  // ---- EC2 ------------------------------------------------------------------------------------------------------

  function ec2Filters(body) {
    return list(body.Filter).map((f) => ({ name: f.Name, values: list(f.Value) }));
  }

  function ec2(rs, op, body) {
    const filters = ec2Filters(body);
    const only = (name, get) => (x) => filters.every((f) => f.name !== name || f.values.includes(String(get(x))));
    const size = body.MaxResults;
    const out = (key, items, map) => {
      const p = pageOf(rs, op, items, size, body.NextToken);
      return { [key]: p.items.map(map), nextToken: p.next };
    };
    switch (op) {
      case 'DescribeInternetGateways':
        return out('internetGatewaySet', made(rs.internetGateways, (i) => ({ id: `igw-${i}` })), (g) => ({ internetGatewayId: g.id }));
      case 'DescribeEgressOnlyInternetGateways': {
        const n = Number(size);
        if (size !== undefined && (!Number.isInteger(n) || n < 5 || n > 255)) throw new AwsError(400, 'InvalidParameterValue', 'MaxResults must be between 5 and 255');
        return out('egressOnlyInternetGatewaySet', made(rs.egressOnlyInternetGateways, (i) => ({ id: `eigw-${i}` })), (g) => ({ egressOnlyInternetGatewayId: g.id }));
      }
      case 'DescribeSecurityGroups':
        return out('securityGroupInfo', made(rs.securityGroups, (i) => ({ id: `sg-${i}` })), (g) => ({ groupId: g.id, groupName: g.id }));
      case 'DescribeNetworkInterfaces':
        return out('networkInterfaceSet', made(rs.networkInterfaces, (i) => ({ id: `eni-${i}` })), (g) => ({ networkInterfaceId: g.id }));
      case 'DescribeTransitGateways': {
        const items = made(rs.transitGateways, (i) => ({ id: `tgw-${i}`, state: 'available' })).filter(only('state', (t) => t.state ?? 'available'));
        return out('transitGatewaySet', items, (t) => ({ transitGatewayId: t.id, state: t.state ?? 'available' }));
      }
      case 'DescribeCustomerGateways':
        return { customerGatewaySet: made(rs.customerGateways, (i) => ({ id: `cgw-${i}` })).map((g) => ({ customerGatewayId: g.id, state: 'available' })) };
      case 'DescribeVpnGateways':
        return { vpnGatewaySet: made(rs.vpnGateways, (i) => ({ id: `vgw-${i}` })).map((g) => ({ vpnGatewayId: g.id, state: 'available' })) };
      case 'DescribeVpnConnections': {
        const items = made(rs.vpnConnections, (i) => ({ id: `vpn-${i}`, state: 'available' })).filter(only('state', (t) => t.state ?? 'available'));
        return { vpnConnectionSet: items.map((v) => ({ vpnConnectionId: v.id, state: v.state ?? 'available' })) };
      }
      case 'DescribeRouteTables': {
        const n = Number(size);
        if (size !== undefined && (!Number.isInteger(n) || n < 5 || n > 100)) throw new AwsError(400, 'InvalidParameterValue', 'MaxResults must be between 5 and 100');
        const items = (rs.routeTables ?? []).filter(only('vpc-id', (t) => t.vpcId)).filter(only('route-table-id', (t) => t.id));
        return out('routeTableSet', items, (t) => ({
          routeTableId: t.id,
          vpcId: t.vpcId,
          routeSet: (t.routes ?? []).map((r, i) => ({
            ...(r.v6 ? { destinationIpv6CidrBlock: `2600:1f18::/${64 + i}` } : r.prefixList ? { destinationPrefixListId: 'pl-12345678' } : { destinationCidrBlock: `10.${i}.0.0/16` }),
            origin: r.propagated ? 'EnableVgwRoutePropagation' : 'CreateRoute',
            state: 'active',
          })),
        }));
      }
      case 'DescribeSecurityGroupRules': {
        const items = (rs.securityGroupRules ?? []).filter(only('group-id', (r) => r.groupId));
        return out('securityGroupRuleSet', items, (r, i) => ({
          securityGroupRuleId: `sgr-${i}`,
          groupId: r.groupId,
          isEgress: Boolean(r.egress),
          ...(r.v6 ? { cidrIpv6: '::/0' } : r.prefixList ? { prefixListId: 'pl-12345678' } : r.group ? { referencedGroupInfo: { groupId: r.group } } : { cidrIpv4: '0.0.0.0/0' }),
        }));
      }
      case 'DescribeNetworkAcls': {
        const items = (rs.networkAcls ?? []).filter(only('vpc-id', (a) => a.vpcId)).filter(only('network-acl-id', (a) => a.id));
        return out('networkAclSet', items, (a) => ({
          networkAclId: a.id,
          vpcId: a.vpcId,
          entrySet: (a.entries ?? []).map((e, i) => ({ ruleNumber: 100 + i, egress: Boolean(e.egress), ruleAction: 'allow', protocol: '-1', ...(e.v6 ? { ipv6CidrBlock: '::/0' } : { cidrBlock: '0.0.0.0/0' }) })),
        }));
      }
      case 'DescribeVolumes': {
        const n = Number(size);
        if (size !== undefined && (!Number.isInteger(n) || n < 5 || n > 500)) throw new AwsError(400, 'InvalidParameterValue', 'MaxResults must be between 5 and 500');
        return out('volumeSet', rs.volumes ?? [], (v, i) => ({ volumeId: `vol-${i}`, size: v.size, volumeType: v.type, iops: v.iops, status: v.state ?? 'in-use' }));
      }
      case 'DescribeSnapshots': {
        if (!list(body.Owner).includes('self')) throw new AwsError(400, 'InvalidParameterValue', 'the fake serves only Owner=self');
        return out('snapshotSet', made(rs.snapshots, (i) => ({ id: `snap-${i}` })), (x) => ({ snapshotId: x.id, status: 'completed' }));
      }
      case 'DescribeTransitGatewayAttachments':
        return out('transitGatewayAttachments', rs.transitGatewayAttachments ?? [], (a, i) => ({ transitGatewayAttachmentId: `tgw-attach-${i}`, transitGatewayId: a.tgwId, resourceType: a.type, resourceId: a.resourceId, state: a.state ?? 'available' }));
      case 'DescribeTransitGatewayRouteTables':
        return out('transitGatewayRouteTables', rs.transitGatewayRouteTables ?? [], (t, i) => ({ transitGatewayRouteTableId: `tgw-rtb-${i}`, transitGatewayId: t.tgwId, state: t.state ?? 'available' }));
      case 'DescribeVpcPeeringConnections': {
        const items = (rs.vpcPeeringConnections ?? []).filter(only('status-code', (c) => c.status ?? 'active'));
        return out('vpcPeeringConnectionSet', items, (c, i) => ({ vpcPeeringConnectionId: `pcx-${i}`, requesterVpcInfo: { vpcId: c.requester }, accepterVpcInfo: { vpcId: c.accepter }, status: { code: c.status ?? 'active' } }));
      }
      case 'DescribeVpcEndpoints':
        return out('vpcEndpointSet', rs.vpcEndpoints ?? [], (e, i) => ({ vpcEndpointId: `vpce-${i}`, vpcId: e.vpcId, vpcEndpointType: e.type, state: e.state ?? 'available' }));
      default:
        return undefined;
    }
  }

  // ---- awsQuery services --------------------------------------------------------------------------------------

  function query(service, rs, op, body) {
    switch (`${service}:${op}`) {
      case 'iam:GetAccountSummary': {
        const { attached: _a, attachedToUsers: _u, oidcProviders: _o, ...map } = rs.iam ?? {};
        return { SummaryMap: { __map: map } };
      }
      case 'iam:ListOpenIDConnectProviders':
        return { OpenIDConnectProviderList: made(rs.iam?.oidcProviders ?? 0, (i) => ({ Arn: `arn:aws:iam::123456789012:oidc-provider/p${i}.example.com` })) };
      case 'iam:ListAttachedUserPolicies':
      case 'iam:ListAttachedRolePolicies': {
        const name = body.RoleName ?? body.UserName;
        const n = (op === 'ListAttachedRolePolicies' ? rs.iam?.attached : rs.iam?.attachedToUsers)?.[name];
        if (n === undefined) throw new AwsError(404, 'NoSuchEntity', `The ${body.RoleName ? 'role' : 'user'} with name ${name} cannot be found.`);
        const p = pageOf(rs, op, made(n, (i) => ({ PolicyName: `p${i}`, PolicyArn: `arn:aws:iam::aws:policy/p${i}` })), body.MaxItems, body.Marker);
        return { AttachedPolicies: p.items, IsTruncated: Boolean(p.next), Marker: p.next };
      }
      case 'rds:DescribeDBInstances':
      case 'rds:DescribeDBClusters':
      case 'rds:DescribeDBClusterSnapshots': {
        // RDS lists are named in the form body: Filters.Filter.N.Name, Filters.Filter.N.Values.Value.M (its xmlName).
        const filters = list(body.Filters?.Filter ?? body.Filters);
        if (filters.some((f) => f.Name !== 'engine')) throw new AwsError(400, 'InvalidParameterValue', 'the fake filters on engine only');
        const engines = filters.flatMap((f) => list(f.Values?.Value ?? f.Values));
        if (filters.length && !engines.length) throw new AwsError(400, 'InvalidParameterCombination', 'a filter needs values');
        const all = (op === 'DescribeDBInstances' ? rs.dbInstances : op === 'DescribeDBClusters' ? rs.dbClusters : rs.dbClusterSnapshots) ?? [];
        const items = all.filter((x) => (engines.length === 0 || engines.includes(x.engine)) && (!body.SnapshotType || (x.type ?? 'manual') === body.SnapshotType));
        const p = pageOf(rs, op, items, body.MaxRecords, body.Marker);
        const member = op === 'DescribeDBInstances' ? 'DBInstance' : op === 'DescribeDBClusters' ? 'DBCluster' : 'DBClusterSnapshot';
        return { [`${member}s`]: { __list: member, items: p.items.map((x, i) => ({ [`${member}Identifier`]: `db-${i}`, Engine: x.engine })) }, Marker: p.next };
      }
      case 'rds:DescribeDBParameterGroups':
      case 'rds:DescribeDBClusterParameterGroups': {
        // Filters "isn't currently supported" on these (RDS API reference): the fake refuses them as the reader must not rely on them.
        if (body.Filters) throw new AwsError(400, 'InvalidParameterValue', 'Filters are not supported');
        const member = op === 'DescribeDBParameterGroups' ? 'DBParameterGroup' : 'DBClusterParameterGroup';
        const all = (op === 'DescribeDBParameterGroups' ? rs.dbParameterGroups : rs.dbClusterParameterGroups) ?? [];
        const p = pageOf(rs, op, all, body.MaxRecords, body.Marker);
        return { [`${member}s`]: { __list: member, items: p.items.map((g, i) => ({ [`${member}Name`]: `pg-${i}`, DBParameterGroupFamily: g.family })) }, Marker: p.next };
      }
      case 'rds:DescribeDBSubnetGroups': {
        const p = pageOf(rs, op, made(rs.dbSubnetGroups, (i) => ({ DBSubnetGroupName: `sn-${i}` })), body.MaxRecords, body.Marker);
        return { DBSubnetGroups: { __list: 'DBSubnetGroup', items: p.items }, Marker: p.next };
      }
      case 'rds:DescribeAccountAttributes':
        return { AccountQuotas: { __list: 'AccountQuota', items: Object.entries(rs.rds ?? {}).map(([AccountQuotaName, [Used, Max]]) => ({ AccountQuotaName, Used, Max })) } };
      case 'elasticloadbalancing:DescribeLoadBalancers': {
        if (body.Version === '2012-06-01') {
          // The Classic (version 1) API: LoadBalancerDescriptions of the region's classic load balancers.
          const lbs = made(rs.classicLoadBalancers, (i) => ({ name: `clb-${i}`, listeners: 1 })).map((lb) => ({ LoadBalancerName: lb.name, ListenerDescriptions: made(lb.listeners ?? 0, (i) => ({ Listener: { Protocol: 'HTTP', LoadBalancerPort: 80 + i, InstancePort: 80 } })) }));
          const p = pageOf(rs, 'ClassicDescribeLoadBalancers', lbs, body.PageSize, body.Marker);
          return { LoadBalancerDescriptions: p.items, NextMarker: p.next };
        }
        const p = pageOf(rs, op, rs.loadBalancers ?? [], body.PageSize, body.Marker);
        return { LoadBalancers: p.items.map((l) => ({ LoadBalancerArn: l.arn, Type: l.type })), NextMarker: p.next };
      }
      case 'elasticloadbalancing:DescribeTargetGroups': {
        const p = pageOf(rs, op, made(rs.targetGroups, (i) => ({ TargetGroupArn: `arn:aws:elasticloadbalancing:r:1:targetgroup/t${i}/1` })), body.PageSize, body.Marker);
        return { TargetGroups: p.items, NextMarker: p.next };
      }
      case 'elasticloadbalancing:DescribeListeners': {
        const n = rs.listeners?.[body.LoadBalancerArn];
        if (n === undefined) throw new AwsError(400, 'LoadBalancerNotFound', `One or more load balancers not found`);
        const p = pageOf(rs, op, made(n, (i) => ({ ListenerArn: `${body.LoadBalancerArn}/l${i}` })), body.PageSize, body.Marker);
        return { Listeners: p.items, NextMarker: p.next };
      }
      case 'elasticloadbalancing:DescribeRules': {
        const n = rs.listenerRules?.[body.ListenerArn];
        if (n === undefined) throw new AwsError(400, 'ListenerNotFound', 'One or more listeners not found');
        // Every listener has its default rule (IsDefault true), listed with the others.
        const all = [{ RuleArn: `${body.ListenerArn}/default`, Priority: 'default', IsDefault: true }, ...made(n, (i) => ({ RuleArn: `${body.ListenerArn}/r${i}`, Priority: String(i + 1), IsDefault: false }))];
        const p = pageOf(rs, op, all, body.PageSize, body.Marker);
        return { Rules: p.items, NextMarker: p.next };
      }
      case 'autoscaling:DescribeAccountLimits': {
        const a = rs.autoScaling ?? {};
        return { MaxNumberOfAutoScalingGroups: a.maxGroups ?? 500, MaxNumberOfLaunchConfigurations: a.maxLaunchConfigurations ?? 200, NumberOfAutoScalingGroups: a.groups ?? 0, NumberOfLaunchConfigurations: a.launchConfigurations ?? 0 };
      }
      case 'elasticache:DescribeCacheClusters': {
        const p = pageOf(rs, op, (rs.cacheClusters ?? []).map((n, i) => ({ CacheClusterId: `c${i}`, NumCacheNodes: n })), body.MaxRecords, body.Marker);
        return { CacheClusters: { __list: 'CacheCluster', items: p.items }, Marker: p.next };
      }
      case 'elasticache:DescribeCacheSubnetGroups': {
        const p = pageOf(rs, op, made(rs.cacheSubnetGroups, (i) => ({ CacheSubnetGroupName: `sn-${i}` })), body.MaxRecords, body.Marker);
        return { CacheSubnetGroups: { __list: 'CacheSubnetGroup', items: p.items }, Marker: p.next };
      }
      case 'elasticache:DescribeCacheParameterGroups': {
        const p = pageOf(rs, op, made(rs.cacheParameterGroups, (i) => ({ CacheParameterGroupName: `pg-${i}`, CacheParameterGroupFamily: 'redis7' })), body.MaxRecords, body.Marker);
        return { CacheParameterGroups: { __list: 'CacheParameterGroup', items: p.items }, Marker: p.next };
      }
      case 'sns:ListTopics': {
        const p = pageOf(rs, op, made(rs.topics, (i) => ({ TopicArn: `arn:aws:sns:r:1:t${i}` })), 100, body.NextToken);
        return { Topics: p.items, NextToken: p.next };
      }
      case 'cloudformation:ListStacks': {
        const wanted = list(body.StackStatusFilter);
        const stacks = made(rs.stacks, (i) => ({ StackName: `s${i}`, StackStatus: 'CREATE_COMPLETE' })).concat(made(rs.deletedStacks ?? 0, (i) => ({ StackName: `d${i}`, StackStatus: 'DELETE_COMPLETE' })));
        const items = stacks.filter((s) => wanted.length === 0 || wanted.includes(s.StackStatus));
        const p = pageOf(rs, op, items, 100, body.NextToken);
        return { StackSummaries: p.items.map((s) => ({ ...s, StackId: `arn:aws:cloudformation:r:1:stack/${s.StackName}/1`, CreationTime: '2026-01-01T00:00:00Z' })), NextToken: p.next };
      }
      default:
        return undefined;
    }
  }

  function queryXml(value) {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map((v) => `<member>${queryXml(v)}</member>`).join('');
    if (typeof value === 'object') {
      if (value.__map) return Object.entries(value.__map).map(([k, v]) => `<entry><key>${xmlEscape(k)}</key><value>${xmlEscape(v)}</value></entry>`).join('');
      if (value.__list) return value.items.map((v) => `<${value.__list}>${queryXml(v)}</${value.__list}>`).join('');
      return Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `<${k}>${queryXml(v)}</${k}>`)
        .join('');
    }
    return xmlEscape(value);
  }

  // ---- JSON services --------------------------------------------------------------------------------------------

  function json(service, rs, op, body, region) {
    switch (`${service}:${op}`) {
      case 'ecs:ListClusters': {
        const p = pageOf(rs, op, Object.keys(rs.ecsClusters ?? {}).map((n) => `arn:aws:ecs:r:123456789012:cluster/${n}`), body.maxResults, body.nextToken);
        return { clusterArns: p.items, nextToken: p.next };
      }
      case 'ecs:DescribeClusters': {
        const names = body.clusters ?? ['default'];
        if (names.length > 100) throw new AwsError(400, 'InvalidParameterException', 'clusters can have at most 100 items');
        const clusters = [];
        const failures = [];
        for (const id of names) {
          const name = String(id).slice(String(id).lastIndexOf('/') + 1);
          const n = rs.ecsClusters?.[name];
          if (n === undefined) failures.push({ arn: id, reason: 'MISSING' });
          else clusters.push({ clusterArn: `arn:aws:ecs:r:123456789012:cluster/${name}`, clusterName: name, status: 'ACTIVE', activeServicesCount: n });
        }
        return { clusters, failures };
      }
      case 'ecr:DescribeRepositories': {
        const p = pageOf(rs, op, made(rs.repositories, (i) => ({ repositoryName: `r${i}` })), body.maxResults, body.nextToken);
        return { repositories: p.items, nextToken: p.next };
      }
      case 'kinesis:DescribeLimits': {
        const k = rs.kinesis ?? {};
        return { ShardLimit: k.limit ?? 500, OpenShardCount: k.open ?? 0, OnDemandStreamCount: 0, OnDemandStreamCountLimit: 50 };
      }
      case 'kms:ListKeys': {
        const keys = made((rs.kmsKeys ?? 0) + (rs.awsManagedKeys ?? 0), (i) => ({ KeyId: `k${i}`, KeyArn: `arn:aws:kms:r:1:key/k${i}` }));
        const p = pageOf(rs, op, keys, body.Limit, body.Marker);
        return { Keys: p.items, Truncated: Boolean(p.next), ...(p.next ? { NextMarker: p.next } : {}) };
      }
      case 'kms:ListAliases': {
        const mine = rs.kmsKeys ?? 0;
        const aliases = made(rs.awsManagedKeys ?? 0, (i) => ({ AliasName: `alias/aws/s${i}`, TargetKeyId: `k${mine + i}` }));
        const p = pageOf(rs, op, aliases, body.Limit, body.Marker);
        return { Aliases: p.items, Truncated: Boolean(p.next), ...(p.next ? { NextMarker: p.next } : {}) };
      }
      case 'logs:DescribeLogGroups': {
        const p = pageOf(rs, op, made(rs.logGroups, (i) => ({ logGroupName: `/g/${i}` })), body.limit ?? 50, body.nextToken);
        return { logGroups: p.items, nextToken: p.next };
      }
      case 'secretsmanager:ListSecrets': {
        if (body.IncludePlannedDeletion !== true) throw new AwsError(400, 'InvalidParameterException', 'the fake expects IncludePlannedDeletion');
        const p = pageOf(rs, op, made(rs.secrets, (i) => ({ Name: `s${i}` })), body.MaxResults, body.NextToken);
        return { SecretList: p.items, NextToken: p.next };
      }
      case 'events:ListRules': {
        const n = rs.eventRules?.[body.EventBusName ?? 'default'];
        if (n === undefined) throw new AwsError(400, 'ResourceNotFoundException', `Event bus ${body.EventBusName} does not exist.`);
        const p = pageOf(rs, op, made(n, (i) => ({ Name: `r${i}` })), body.Limit, body.NextToken);
        return { Rules: p.items, NextToken: p.next };
      }
      case 'dms:DescribeAccountAttributes':
        return { AccountQuotas: Object.entries(rs.dms ?? {}).map(([AccountQuotaName, [Used, Max]]) => ({ AccountQuotaName, Used, Max })), UniqueAccountIdentifier: 'c99999999999' };
      case 'dms:DescribeReplicationSubnetGroups':
      case 'dms:DescribeReplicationTasks': {
        const n = Number(body.MaxRecords ?? 100);
        if (!Number.isInteger(n) || n < 20 || n > 100) throw new AwsError(400, 'InvalidParameterValueException', 'MaxRecords must be between 20 and 100');
        if (op === 'DescribeReplicationSubnetGroups') {
          const p = pageOf(rs, op, made(rs.dmsSubnetGroups, (i) => ({ ReplicationSubnetGroupIdentifier: `sg${i}` })), n, body.Marker);
          return { ReplicationSubnetGroups: p.items, Marker: p.next };
        }
        if (body.WithoutSettings !== true) throw new AwsError(400, 'InvalidParameterValueException', 'the fake expects WithoutSettings');
        const p = pageOf(rs, op, made(rs.dmsTasks, (i) => ({ ReplicationTaskIdentifier: `t${i}`, Status: 'ready' })), n, body.Marker);
        return { ReplicationTasks: p.items, Marker: p.next };
      }
      case 'cognito-idp:ListUserPools': {
        const n = Number(body.MaxResults);
        if (!Number.isInteger(n) || n < 1 || n > 60) throw new AwsError(400, 'InvalidParameterException', 'MaxResults must be between 1 and 60');
        const p = pageOf(rs, op, Object.keys(rs.userPools ?? {}).map((Id) => ({ Id, Name: Id })), n, body.NextToken);
        return { UserPools: p.items, NextToken: p.next };
      }
      case 'cognito-idp:ListUserPoolClients': {
        const clients = rs.userPools?.[body.UserPoolId];
        if (clients === undefined) throw new AwsError(400, 'ResourceNotFoundException', `User pool ${body.UserPoolId} does not exist.`);
        const p = pageOf(rs, op, made(clients, (i) => ({ ClientId: `c${i}`, UserPoolId: body.UserPoolId, ClientName: `c${i}` })), body.MaxResults, body.NextToken);
        return { UserPoolClients: p.items, NextToken: p.next };
      }
      case 'application-autoscaling:DescribeScalableTargets': {
        const n = Number(body.MaxResults ?? 50);
        if (!Number.isInteger(n) || n < 1 || n > 50) throw new AwsError(400, 'ValidationException', 'MaxResults must be between 1 and 50');
        if (!body.ServiceNamespace) throw new AwsError(400, 'ValidationException', 'ServiceNamespace is required');
        const p = pageOf(rs, op, made(rs.scalableTargets?.[body.ServiceNamespace] ?? 0, (i) => ({ ServiceNamespace: body.ServiceNamespace, ResourceId: `r${i}` })), n, body.NextToken);
        return { ScalableTargets: p.items, NextToken: p.next };
      }
      case 'application-autoscaling:DescribeScalingPolicies': {
        const n = Number(body.MaxResults ?? 10);
        if (!Number.isInteger(n) || n < 1 || n > 10) throw new AwsError(400, 'ValidationException', 'MaxResults must be between 1 and 10');
        if (!body.ServiceNamespace) throw new AwsError(400, 'ValidationException', 'ServiceNamespace is required');
        const p = pageOf(rs, op, made(rs.scalingPolicies?.[`${body.ServiceNamespace}|${body.ResourceId}`] ?? 0, (i) => ({ PolicyName: `p${i}`, ServiceNamespace: body.ServiceNamespace, ResourceId: body.ResourceId })), n, body.NextToken);
        return { ScalingPolicies: p.items, NextToken: p.next };
      }
      case 'acm:ListCertificates': {
        // Without Includes.keyTypes ACM lists RSA_1024 and RSA_2048 certificates only (API_Filters.html).
        const types = body.Includes?.keyTypes ?? ['RSA_1024', 'RSA_2048'];
        const all = made(rs.certificates, () => ({ keyType: 'RSA_2048' })).filter((c) => types.includes(c.keyType));
        const p = pageOf(rs, op, all, body.MaxItems, body.NextToken);
        return { CertificateSummaryList: p.items.map((_c, i) => ({ CertificateArn: `arn:aws:acm:r:1:certificate/c${i}`, Status: 'ISSUED' })), NextToken: p.next };
      }
      case 'wafv2:ListWebACLs': {
        if (body.Scope !== 'REGIONAL' && body.Scope !== 'CLOUDFRONT') throw new AwsError(400, 'WAFInvalidParameterException', 'Scope is required');
        if (body.Scope === 'CLOUDFRONT' && region !== 'us-east-1') throw new AwsError(400, 'WAFInvalidParameterException', 'CLOUDFRONT scope is served in us-east-1 only');
        const n = Number(body.Limit ?? 100);
        if (!Number.isInteger(n) || n < 1 || n > 100) throw new AwsError(400, 'WAFInvalidParameterException', 'Limit must be between 1 and 100');
        const p = pageOf(rs, op, made(rs.webAcls?.[body.Scope] ?? 0, (i) => ({ Name: `acl${i}`, Id: `id${i}` })), n, body.NextMarker);
        return { WebACLs: p.items, NextMarker: p.next };
      }
      case 'dynamodb:DescribeTable': {
        const n = rs.tableGsis?.[body.TableName];
        if (n === undefined) throw new AwsError(400, 'ResourceNotFoundException', `Requested resource not found: Table: ${body.TableName} not found`);
        return { Table: { TableName: body.TableName, TableStatus: 'ACTIVE', ...(n ? { GlobalSecondaryIndexes: made(n, (i) => ({ IndexName: `gsi${i}`, IndexStatus: 'ACTIVE' })) } : {}) } };
      }
      case 'events:ListTargetsByRule': {
        const n = rs.ruleTargets?.[`${body.EventBusName ?? 'default'}/${body.Rule}`];
        if (n === undefined) throw new AwsError(400, 'ResourceNotFoundException', `Rule ${body.Rule} does not exist on EventBus ${body.EventBusName ?? 'default'}.`);
        const p = pageOf(rs, op, made(n, (i) => ({ Id: `t${i}`, Arn: `arn:aws:sqs:r:1:q${i}` })), body.Limit, body.NextToken);
        return { Targets: p.items, NextToken: p.next };
      }
      case 'dynamodb:ListTables': {
        const names = made(rs.tables, (i) => `t${String(i).padStart(6, '0')}`);
        const start = body.ExclusiveStartTableName ? names.indexOf(body.ExclusiveStartTableName) + 1 : 0;
        if (rs.paging?.ListTables === 'endless') return { TableNames: names.slice(0, 1), LastEvaluatedTableName: `x${Math.random()}` };
        const size = Math.min(body.Limit ?? 100, rs.usagePageSize ?? 100);
        const items = names.slice(start, start + size);
        return { TableNames: items, ...(start + size < names.length ? { LastEvaluatedTableName: items[items.length - 1] } : {}) };
      }
      default:
        return undefined;
    }
  }

  // ---- REST services --------------------------------------------------------------------------------------------

  function rest(service, rs, op, q) {
    switch (`${service}:${op}`) {
      case 'eks:ListClusters': {
        const p = pageOf(rs, op, Object.keys(rs.eksClusters ?? {}), q.get('maxResults'), q.get('nextToken') ?? undefined);
        return { clusters: p.items, nextToken: p.next };
      }
      case 'eks:ListNodegroups': {
        const n = rs.eksClusters?.[q.get('__cluster')];
        if (n === undefined) throw new AwsError(404, 'ResourceNotFoundException', `No cluster found for name: ${q.get('__cluster')}.`);
        const p = pageOf(rs, op, made(n, (i) => `ng${i}`), q.get('maxResults'), q.get('nextToken') ?? undefined);
        return { nodegroups: p.items, nextToken: p.next };
      }
      case 'eks:ListFargateProfiles': {
        const n = rs.fargateProfiles?.[q.get('__cluster')];
        if (n === undefined) throw new AwsError(404, 'ResourceNotFoundException', `No cluster found for name: ${q.get('__cluster')}.`);
        const p = pageOf(rs, op, made(n, (i) => `fp${i}`), q.get('maxResults'), q.get('nextToken') ?? undefined);
        return { fargateProfileNames: p.items, nextToken: p.next };
      }
      case 'eks:DescribeNodegroup': {
        const key = `${q.get('__cluster')}/${q.get('__nodegroup')}`;
        const max = rs.eksNodegroups?.[key];
        if (max === undefined) throw new AwsError(404, 'ResourceNotFoundException', `No node group found for name: ${q.get('__nodegroup')}.`);
        return { nodegroup: { nodegroupName: q.get('__nodegroup'), clusterName: q.get('__cluster'), status: 'ACTIVE', scalingConfig: { minSize: 1, maxSize: max, desiredSize: 1 } } };
      }
      case 'elasticfilesystem:DescribeFileSystems': {
        const p = pageOf(rs, op, made(rs.fileSystems, (i) => ({ FileSystemId: `fs-${i}`, LifeCycleState: 'available' })), q.get('MaxItems'), q.get('Marker') ?? undefined);
        return { FileSystems: p.items.map((f) => ({ ...f, OwnerId: '123456789012', CreationToken: f.FileSystemId, CreationTime: 1767225600, NumberOfMountTargets: rs.mountTargets?.[f.FileSystemId]?.length ?? 0, SizeInBytes: { Value: 0 }, PerformanceMode: 'generalPurpose', Tags: [] })), NextMarker: p.next };
      }
      case 'elasticfilesystem:DescribeMountTargets': {
        const fs = q.get('FileSystemId');
        if (!fs) throw new AwsError(400, 'BadRequest', 'FileSystemId, MountTargetId or AccessPointId is required');
        const vpcs = rs.mountTargets?.[fs];
        if (!vpcs) throw new AwsError(404, 'FileSystemNotFound', `File system '${fs}' does not exist.`);
        const p = pageOf(rs, op, vpcs.map((VpcId, i) => ({ MountTargetId: `fsmt-${fs}-${i}`, FileSystemId: fs, VpcId, LifeCycleState: 'available', SubnetId: `subnet-${i}`, OwnerId: '123456789012' })), q.get('MaxItems'), q.get('Marker') ?? undefined);
        return { MountTargets: p.items, NextMarker: p.next };
      }
      case 'es:ListDomainNames':
        return { DomainNames: made(rs.domains, (i) => ({ DomainName: `d${i}`, EngineType: 'OpenSearch' })) };
      case 's3:ListBuckets': {
        const p = pageOf(rs, op, made(rs.buckets, (i) => `bucket-${i}`), q.get('max-buckets') ?? 10000, q.get('continuation-token') ?? undefined);
        const buckets = p.items.map((b) => `<Bucket><Name>${b}</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate></Bucket>`).join('');
        return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>o</ID></Owner><Buckets>${buckets}</Buckets>${p.next ? `<ContinuationToken>${xmlEscape(p.next)}</ContinuationToken>` : ''}</ListAllMyBucketsResult>` };
      }
      case 'route53:GetAccountLimit': {
        const type = q.get('__type');
        if (type !== 'MAX_HOSTED_ZONES_BY_OWNER') throw new AwsError(400, 'InvalidInput', `unsupported limit type ${type}`);
        const h = rs.hostedZones ?? {};
        return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n<GetAccountLimitResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Limit><Type>${type}</Type><Value>${h.limit ?? 500}</Value></Limit><Count>${h.count ?? 0}</Count></GetAccountLimitResponse>` };
      }
      case 'apigateway:GetRestApis': {
        const p = pageOf(rs, op, rs.restApis ?? [], q.get('limit'), q.get('position') ?? undefined);
        // API Gateway's JSON names every list `item` (the SDK's `items`).
        return { item: p.items.map((a, i) => ({ id: `api${i}`, name: `api${i}`, ...(a.type ? { endpointConfiguration: { types: [a.type] } } : {}) })), position: p.next };
      }
      case 'apigateway:GetDomainNames': {
        const p = pageOf(rs, op, made(rs.domainNames, (i) => ({ domainName: `api${i}.example.com` })), q.get('limit'), q.get('position') ?? undefined);
        return { item: p.items, position: p.next };
      }
      case 'apigateway:GetStages':
      case 'apigateway:GetResources': {
        const api = rs.restApiContents?.[q.get('__api')];
        if (!api) throw new AwsError(404, 'NotFoundException', 'Invalid API identifier specified');
        if (op === 'GetStages') return { item: made(api.stages ?? 0, (i) => ({ stageName: `s${i}` })) };
        const p = pageOf(rs, op, made(api.resources ?? 0, (i) => ({ id: `r${i}`, path: `/r${i}` })), q.get('limit'), q.get('position') ?? undefined);
        return { item: p.items, position: p.next };
      }
      case 'cloudfront:ListDistributions': {
        const p = pageOf(rs, op, made(rs.distributions, (i) => `E${String(i).padStart(13, '0')}`), q.get('MaxItems'), q.get('Marker') ?? undefined);
        const items = p.items.map((id) => `<DistributionSummary><Id>${id}</Id><Status>Deployed</Status></DistributionSummary>`).join('');
        return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n<DistributionList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Marker>${xmlEscape(q.get('Marker') ?? '')}</Marker>${p.next ? `<NextMarker>${p.next}</NextMarker>` : ''}<MaxItems>1000</MaxItems><IsTruncated>${Boolean(p.next)}</IsTruncated><Quantity>${p.items.length}</Quantity><Items>${items}</Items></DistributionList>` };
      }
      case 'cloudfront:ListCachePolicies': {
        if (q.get('Type') !== 'custom') throw new AwsError(400, 'InvalidArgument', 'the fake serves Type=custom only');
        const p = pageOf(rs, op, made(rs.cachePolicies, (i) => `cp-${i}`), q.get('MaxItems'), q.get('Marker') ?? undefined);
        const items = p.items.map((id) => `<CachePolicySummary><Type>custom</Type><CachePolicy><Id>${id}</Id></CachePolicy></CachePolicySummary>`).join('');
        return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n<CachePolicyList xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">${p.next ? `<NextMarker>${p.next}</NextMarker>` : ''}<MaxItems>100</MaxItems><Quantity>${p.items.length}</Quantity><Items>${items}</Items></CachePolicyList>` };
      }
      case 'route53:GetHostedZoneLimit': {
        const zone = q.get('__zone');
        const n = rs.recordsPerZone?.[zone];
        if (n === undefined) throw new AwsError(404, 'NoSuchHostedZone', `No hosted zone found with ID: ${zone}`);
        return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n<GetHostedZoneLimitResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Limit><Type>${q.get('__type')}</Type><Value>10000</Value></Limit><Count>${n}</Count></GetHostedZoneLimitResponse>` };
      }
      default:
        return undefined;
    }
  }

  /** REST operations by signing name, method and path; the path parameter goes into the query as __name. */
  function restOperation(service, method, url) {
    const u = new URL(url ?? '/', 'http://fake');
    const path = u.pathname;
    let m;
    if (service === 'eks' && method === 'GET' && path === '/clusters') return { op: 'ListClusters', q: u.searchParams };
    if (service === 'eks' && method === 'GET' && (m = /^\/clusters\/([^/]+)\/node-groups$/.exec(path))) return u.searchParams.set('__cluster', decodeURIComponent(m[1])), { op: 'ListNodegroups', q: u.searchParams };
    if (service === 'eks' && method === 'GET' && (m = /^\/clusters\/([^/]+)\/fargate-profiles$/.exec(path))) return u.searchParams.set('__cluster', decodeURIComponent(m[1])), { op: 'ListFargateProfiles', q: u.searchParams };
    if (service === 'eks' && method === 'GET' && (m = /^\/clusters\/([^/]+)\/node-groups\/([^/]+)$/.exec(path))) {
      u.searchParams.set('__cluster', decodeURIComponent(m[1]));
      u.searchParams.set('__nodegroup', decodeURIComponent(m[2]));
      return { op: 'DescribeNodegroup', q: u.searchParams };
    }
    if (service === 'elasticfilesystem' && method === 'GET' && path === '/2015-02-01/file-systems') return { op: 'DescribeFileSystems', q: u.searchParams };
    if (service === 'elasticfilesystem' && method === 'GET' && path === '/2015-02-01/mount-targets') return { op: 'DescribeMountTargets', q: u.searchParams };
    if (service === 'es' && method === 'GET' && path === '/2021-01-01/domain') return { op: 'ListDomainNames', q: u.searchParams };
    if (service === 's3' && method === 'GET' && path === '/') return { op: 'ListBuckets', q: u.searchParams };
    if (service === 'cloudfront' && method === 'GET' && path === '/2020-05-31/distribution') return { op: 'ListDistributions', q: u.searchParams };
    if (service === 'cloudfront' && method === 'GET' && path === '/2020-05-31/cache-policy') return { op: 'ListCachePolicies', q: u.searchParams };
    if (service === 'apigateway' && method === 'GET' && path === '/restapis') return { op: 'GetRestApis', q: u.searchParams };
    if (service === 'apigateway' && method === 'GET' && path === '/domainnames') return { op: 'GetDomainNames', q: u.searchParams };
    if (service === 'apigateway' && method === 'GET' && (m = /^\/restapis\/([^/]+)\/(stages|resources)$/.exec(path))) {
      u.searchParams.set('__api', decodeURIComponent(m[1]));
      return { op: m[2] === 'stages' ? 'GetStages' : 'GetResources', q: u.searchParams };
    }
    if (service === 'route53' && method === 'GET' && (m = /^\/2013-04-01\/accountlimit\/([^/]+)$/.exec(path))) return u.searchParams.set('__type', m[1]), { op: 'GetAccountLimit', q: u.searchParams };
    if (service === 'route53' && method === 'GET' && (m = /^\/2013-04-01\/hostedzonelimit\/([^/]+)\/([^/]+)$/.exec(path))) {
      u.searchParams.set('__zone', decodeURIComponent(m[1]));
      u.searchParams.set('__type', m[2]);
      return { op: 'GetHostedZoneLimit', q: u.searchParams };
    }
    return { op: `${method} ${path}`, q: u.searchParams };
  }

  const REST = new Set(['eks', 'elasticfilesystem', 'es', 's3', 'route53', 'apigateway', 'cloudfront']);
  const XML_REST = new Set(['s3', 'route53', 'cloudfront']);

  return {
    /** The requests this module serves, which server.mjs's classify does not know. */
    classify(req, raw, region, signingName) {
      const target = String(req.headers['x-amz-target'] ?? '');
      const prefix = target.split('.')[0];
      if (TARGETS[prefix]) {
        const text = raw.toString('utf8');
        let body = {};
        try {
          body = text.trim() ? JSON.parse(text) : {};
        } catch {
          throw new AwsError(400, 'SerializationException', 'Malformed JSON body');
        }
        const service = TARGETS[prefix];
        return { service, operation: target.slice(prefix.length + 1), protocol: service === 'dynamodb' ? 'json1.0' : 'json1.1', region, body };
      }
      if (REST.has(signingName)) {
        const { op, q } = restOperation(signingName, req.method, req.url);
        return { service: signingName, operation: op, protocol: XML_REST.has(signingName) ? 'usage-rest-xml' : 'rest-json', region, body: Object.fromEntries(q) };
      }
      if (QUERY_NS[signingName] && signingName !== 'cloudformation') {
        const body = parseForm(raw.toString('utf8'));
        return { service: signingName, operation: body.Action ?? '', protocol: 'usage-query', region, body };
      }
      return undefined;
    },

    /** The calls this module serves; undefined for the rest. */
    handle(seed, call) {
      // Global services answer from us-east-1's seed, as their single endpoint does.
      const rs = regionSeed(seed, ['iam', 's3', 'route53'].includes(call.service) ? 'us-east-1' : call.region);
      if (call.service === 'ec2' && EC2_OPS.has(call.operation)) return ec2(rs, call.operation, call.body);
      if (call.service === 'cloudformation' && call.operation === 'ListStacks') return query('cloudformation', rs, call.operation, call.body);
      if (call.protocol === 'usage-query') {
        const out = query(call.service, rs, call.operation, call.body);
        if (out === undefined) throw new AwsError(400, 'InvalidAction', `The fake does not implement ${call.service} ${call.operation}`);
        return out;
      }
      if (call.protocol === 'json1.0' || call.protocol === 'json1.1') {
        if (!Object.values(TARGETS).includes(call.service)) return undefined;
        const out = json(call.service, rs, call.operation, call.body, call.region);
        if (out === undefined) throw new AwsError(400, 'UnknownOperationException', `The fake does not implement ${call.service} ${call.operation}`);
        return out;
      }
      if (REST.has(call.service)) {
        const out = rest(call.service, rs, call.operation, new URLSearchParams(call.body));
        if (out === undefined) throw new AwsError(404, 'UnknownOperationException', `The fake does not implement ${call.service} ${call.operation}`);
        return out;
      }
      return undefined;
    },

    /**
     * The HTTP answer for this module's protocols (awsQuery with its own list names, REST-XML), or undefined for the
     * protocols server.mjs renders.
     */
    render(call, result, error, requestId) {
      if (call.protocol === 'usage-query' || (call.service === 'cloudformation' && call.operation === 'ListStacks')) {
        const ns = call.body?.Version === '2012-06-01' ? 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/' : QUERY_NS[call.service];
        if (error) {
          const body = `<ErrorResponse xmlns="${ns}"><Error><Type>${error.sender ? 'Sender' : 'Receiver'}</Type><Code>${xmlEscape(error.queryCode)}</Code><Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
          return { status: error.status, headers: { 'content-type': 'text/xml' }, body };
        }
        const op = call.operation;
        return { status: 200, headers: { 'content-type': 'text/xml' }, body: `<${op}Response xmlns="${ns}"><${op}Result>${queryXml(result)}</${op}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${op}Response>` };
      }
      if (call.protocol === 'usage-rest-xml') {
        if (error) {
          const inner = `<Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message>`;
          // S3 answers <Error>; Route 53 and CloudFront <ErrorResponse><Error><Type/><Code/><Message/></Error>.
          const ns = call.service === 'cloudfront' ? 'http://cloudfront.amazonaws.com/doc/2020-05-31/' : 'https://route53.amazonaws.com/doc/2013-04-01/';
          const body = call.service === 's3' ? `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${inner}<RequestId>${requestId}</RequestId></Error>` : `<?xml version="1.0"?>\n<ErrorResponse xmlns="${ns}"><Error><Type>${error.sender ? 'Sender' : 'Receiver'}</Type>${inner}</Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
          return { status: error.status, headers: { 'content-type': 'application/xml' }, body };
        }
        return { status: 200, headers: { 'content-type': 'application/xml' }, body: result.xml };
      }
      return undefined;
    },
  };
}

/** A 503 HTML page, as a proxy or load balancer in front of AWS answers (the `html503` fault). */
export const HTML_503 = '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>';
