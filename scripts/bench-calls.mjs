// Benchmark: the AWS calls of a live check of a large Terraform plan (two regions, ~250 resources over 40 quotas,
// existing and new VPCs, security groups, route tables, load balancers, clusters and roles) against the local fake
// AWS, beside the minimum for the same requirements: one call or walk per usage source, region and kind (one per
// parent for the sources that can only be asked per parent: listeners per load balancer, node groups per cluster,
// policies per role), nothing for a parent the plan creates. The seed keeps every listing to one page, so a walk is
// one call. The minimum is worked out here from the report's rows and a table of which API counts which quota,
// written apart from src/aws/usage so that the two check each other. Prints the usage calls, the minimum, their
// ratio (goal 1.00) and the Service Quotas calls.
// Usage: npm run bench:calls [-- --vpcs N --no-build]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { vpcs: { type: 'string', default: '20' }, 'no-build': { type: 'boolean' } } });
const N = Number(values.vpcs);
const ROOT = path.resolve(import.meta.dirname, '..');
const REGIONS = ['eu-west-1', 'us-east-2'];
const ACCOUNT = '111122223333';

// Which API counts each quota (usage-sources.md §3), and whether it is asked once per region or once per parent.
const SOURCES = {
  'L-0263D0A3': { ops: ['DescribeAddresses'] },
  'L-F678F1CE': { ops: ['DescribeVpcs'] },
  'L-A4707A72': { ops: ['DescribeInternetGateways'] },
  'L-45FE3B85': { ops: ['DescribeEgressOnlyInternetGateways'] },
  'L-E79EC296': { ops: ['DescribeSecurityGroups'] },
  'L-407747CB': { ops: ['DescribeSubnets'] },
  'L-FE5A380F': { ops: ['DescribeNatGateways', 'DescribeSubnets'] },
  'L-589F43AA': { ops: ['DescribeRouteTables'] },
  'L-93826ACB': { ops: ['DescribeRouteTables'] },
  'L-0EA8095F': { ops: ['DescribeSecurityGroupRules'] },
  'L-B4A6D682': { ops: ['DescribeNetworkAcls'] },
  'L-DF5E4CA3': { ops: ['DescribeNetworkInterfaces'] },
  'L-B22855CB': { ops: ['DescribeTargetGroups'] },
  'L-53DA6B97': { ops: ['DescribeLoadBalancers'] },
  'L-B6DF7632': { ops: ['DescribeListeners'], perParent: true },
  'L-CDE20ADC': { ops: ['DescribeAccountLimits'] },
  'L-6B80B8FA': { ops: ['DescribeAccountLimits'] },
  'L-B99A9384': { ops: ['GetAccountSettings'] },
  'L-7B6409FD': { ops: ['DescribeAccountAttributes'] },
  'L-7ADDB58A': { ops: ['DescribeAccountAttributes'] },
  'L-F98FE922': { ops: ['ListTables'] },
  'L-DC2B2D3D': { ops: ['ListBuckets'] },
  'L-1194D53C': { ops: ['eks:ListClusters'] },
  'L-6D54EA21': { ops: ['ListNodegroups'], perParent: true },
  'L-21C621EB': { ops: ['ecs:ListClusters'] },
  'L-9EF96962': { ops: ['DescribeClusters'] },
  'L-FE177D64': { ops: ['GetAccountSummary'] },
  'L-E95E4862': { ops: ['GetAccountSummary'] },
  'L-0DA4ABF3': { ops: ['ListAttachedRolePolicies'], perParent: true },
  'L-61103206': { ops: ['ListTopics'] },
  'L-C2F1777E': { ops: ['ListKeys', 'ListAliases'] },
  'L-C7B9AAAB': { ops: ['DescribeLogGroups'] },
  'L-CFEB8E8D': { ops: ['DescribeRepositories'] },
  'L-0918CF54': { ops: ['DescribeLimits'] },
  'L-DFE45DF3': { ops: ['DescribeCacheClusters'] },
};
/** Quotas whose seeded Service Quotas entry names a usage metric: all of a region's go in one GetMetricData call. */
const METRIC = { 'L-1216C47A': { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/OnDemand' } };
const SERVICE_OF = { ListClusters: { eks: 'eks:ListClusters', ecs: 'ecs:ListClusters' } };

// ---- The plan ------------------------------------------------------------------------------------------------

function plan(region) {
  const rc = [];
  const add = (type, name, after, actions = ['create'], before = null) =>
    rc.push({ address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions, before, after, after_unknown: {} } });
  for (let v = 0; v < N; v++) {
    // Existing VPCs (named by id) get subnets, a NACL and a route table; new ones get subnets too.
    for (let s = 0; s < 3; s++) add('aws_subnet', `old${v}_${s}`, { vpc_id: `vpc-${v}`, cidr_block: `10.${v}.${s}.0/24`, availability_zone: `${region}a` });
    add('aws_network_acl', `old${v}`, { vpc_id: `vpc-${v}` });
    add('aws_route_table', `old${v}`, { vpc_id: `vpc-${v}`, route: [] });
    // A new route table with routes: its routes are counted in a parent the plan creates (no call).
    add('aws_route_table', `new${v}`, { vpc_id: `vpc-${v}`, route: [{ cidr_block: '0.0.0.0/0', gateway_id: 'igw-1' }] });
    // Rules on existing groups, routes on existing tables.
    add('aws_security_group_rule', `in${v}`, { security_group_id: `sg-${v % 10}`, type: 'ingress', cidr_blocks: ['10.0.0.0/8'], from_port: 443, to_port: 443, protocol: 'tcp' });
    add('aws_route', `r${v}`, { route_table_id: `rtb-${v % 5}`, destination_cidr_block: `172.16.${v}.0/24` });
    add('aws_eip', `e${v}`, { domain: 'vpc' });
  }
  for (let i = 0; i < 3; i++) {
    add('aws_lb_listener', `l${i}`, { load_balancer_arn: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/app/web${i % 2}/1`, port: 443 + i });
    add('aws_iam_role_policy_attachment', `a${i}`, { role: `app${i % 2}`, policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    add('aws_ecs_service', `s${i}`, { cluster: `arn:aws:ecs:${region}:${ACCOUNT}:cluster/main${i % 2}`, launch_type: 'EC2' });
    add('aws_eks_node_group', `ng${i}`, { cluster_name: `eks${i % 2}`, instance_types: ['m5.large'], scaling_config: [{ max_size: 2, min_size: 1, desired_size: 1 }] });
  }
  for (const [type, n] of [
    ['aws_internet_gateway', 2], ['aws_egress_only_internet_gateway', 1], ['aws_security_group', 2], ['aws_network_interface', 2], ['aws_lb_target_group', 2],
    ['aws_launch_configuration', 1], ['aws_s3_bucket', 3], ['aws_dynamodb_table', 2], ['aws_eks_cluster', 1], ['aws_ecs_cluster', 1], ['aws_iam_role', 2],
    ['aws_iam_policy', 1], ['aws_sns_topic', 2], ['aws_kms_key', 1], ['aws_cloudwatch_log_group', 3], ['aws_ecr_repository', 1],
  ]) for (let i = 0; i < n; i++) add(type, `x${i}`, type === 'aws_security_group' ? { ingress: [{ cidr_blocks: ['10.0.0.0/8'], from_port: 22, to_port: 22, protocol: 'tcp' }], egress: [] } : type === 'aws_dynamodb_table' ? { billing_mode: 'PAY_PER_REQUEST' } : {});
  add('aws_nat_gateway', 'nat', { subnet_id: 'subnet-a', connectivity_type: 'public' });
  add('aws_lb', 'app', { load_balancer_type: 'application' });
  add('aws_db_instance', 'db', { allocated_storage: 100, instance_class: 'db.t3.micro', engine: 'postgres' });
  add('aws_kinesis_stream', 'k', { shard_count: 2 });
  add('aws_elasticache_cluster', 'c', { num_cache_nodes: 2 });
  add('aws_instance', 'web', { instance_type: 'm5.large' });
  return {
    format_version: '1.2',
    terraform_version: '1.9.0',
    resource_changes: rc,
    configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: region } } } } },
  };
}

// ---- The account -----------------------------------------------------------------------------------------------

function seed() {
  const regions = {};
  for (const region of REGIONS) {
    const quotas = Object.keys(SOURCES).map((quotaCode) => ({ serviceCode: 'any', quotaCode, value: 100000, default: 100000 }));
    for (const [code, dims] of Object.entries(METRIC)) quotas.push({ serviceCode: 'ec2', quotaCode: code, value: 1024, default: 5, usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: dims } });
    regions[region] = {
      quotas,
      metrics: Object.values(METRIC).map((dimensions) => ({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions, values: [10] })),
      vpcs: Array.from({ length: N }, (_, v) => ({ id: `vpc-${v}` })),
      subnets: [{ id: 'subnet-a', zone: `${region}a`, vpcId: 'vpc-0' }],
      routeTables: Array.from({ length: 5 }, (_, i) => ({ id: `rtb-${i}`, vpcId: `vpc-${i}`, routes: [{}] })),
      securityGroupRules: Array.from({ length: 10 }, (_, i) => ({ groupId: `sg-${i}` })),
      listeners: Object.fromEntries([0, 1].map((i) => [`arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:loadbalancer/app/web${i}/1`, 1])),
      eksClusters: { eks0: 1, eks1: 1 },
      ecsClusters: { main0: 3, main1: 4 },
      rds: { DBInstances: [1, 40], AllocatedStorage: [50, 100000] },
      instanceTypes: { 'm5.large': 2 },
    };
  }
  // The catalog's service codes: Service Quotas answers per service, so seed each quota under its own.
  return regions;
}

// ---- Run -------------------------------------------------------------------------------------------------------

if (!values['no-build']) {
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('bench: tsc reported errors; using what it emitted');
  }
}
const build = path.join(ROOT, 'build', 'src');
const { QUOTAS } = await import(path.join(build, 'quotas/catalog.js'));
const { main } = await import(path.join(build, 'cli/main.js'));
const { awsLive } = await import(path.join(build, 'live.js'));
const { startFakeAws } = await import(path.join(ROOT, 'test/fake-aws/server.mjs'));

const regions = seed();
for (const r of Object.values(regions)) for (const q of r.quotas) q.serviceCode = QUOTAS.get(q.quotaCode)?.serviceCode ?? q.serviceCode;
// Global quotas (IAM, S3) answer in us-east-1 only.
regions['us-east-1'] = { quotas: [], iam: { Roles: 10, RolesQuota: 1000, Policies: 3, PoliciesQuota: 1500, attached: { app0: 2, app1: 3 } }, buckets: 4 };
for (const r of REGIONS) {
  for (const q of regions[r].quotas.filter((x) => QUOTAS.get(x.quotaCode)?.global)) {
    if (!regions['us-east-1'].quotas.some((x) => x.quotaCode === q.quotaCode)) regions['us-east-1'].quotas.push({ ...q, global: true });
  }
  regions[r].quotas = regions[r].quotas.filter((x) => !QUOTAS.get(x.quotaCode)?.global);
}
const fake = await startFakeAws({ account: ACCOUNT, regions, instanceTypes: { 'm5.large': 2 } });
const dir = mkdtempSync(path.join(tmpdir(), 'qg-bench-calls-'));
const files = REGIONS.map((r) => {
  const file = path.join(dir, `${r}.json`);
  writeFileSync(file, JSON.stringify(plan(r)));
  return file;
});
Object.assign(process.env, {
  AWS_ENDPOINT_URL: fake.url,
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'eu-west-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: '/nonexistent',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
});
let out = '';
const code = await main(['check', ...files.flatMap((f) => ['--plan', f]), '--format', 'json', '--fail-on', 'never'], { stdout: (t) => (out += t), stderr: () => {}, env: process.env }, (region, s) => awsLive(region, () => {}, s));
await fake.close();
rmSync(dir, { recursive: true, force: true });
if (code !== 0) throw new Error(`bench: the check exited ${code}`);
const report = JSON.parse(out);

// The minimum for these rows.
const needed = new Set();
for (const r of report.results) {
  if (r.quotaCode.startsWith('unknown')) continue;
  // A parent the plan creates needs no call; one the plan does not name by id cannot be asked about.
  if (r.parent?.created) continue;
  if (/^(vpc|resource):/.test(r.scope) && !r.parent?.id) continue;
  const region = QUOTAS.get(r.quotaCode)?.global ? 'us-east-1' : r.region;
  if (METRIC[r.quotaCode]) needed.add(`${region}|GetMetricData`);
  else if (SOURCES[r.quotaCode]) for (const op of SOURCES[r.quotaCode].ops) needed.add(`${region}|${op}${SOURCES[r.quotaCode].perParent ? `|${r.parent?.id}` : ''}`);
}
const usageOps = new Set(['GetMetricData', ...Object.values(SOURCES).flatMap((s) => s.ops)]);
const opName = (c) => SERVICE_OF[c.operation]?.[c.service] ?? c.operation;
const made = fake.calls.map(opName).filter((op) => usageOps.has(op));
const sq = fake.calls.filter((c) => c.service === 'servicequotas').length;
const perOp = {};
for (const op of made) perOp[op] = (perOp[op] ?? 0) + 1;
const unknownUsage = report.results.filter((r) => r.usage === null && !r.quotaCode.startsWith('unknown'));
console.log(`plan: ${report.results.length} requirement rows over ${new Set(report.results.map((r) => r.quotaCode)).size} quotas in ${REGIONS.join(', ')} (+ us-east-1 for global quotas)`);
console.log(`usage calls: ${made.length}   minimum: ${needed.size}   ratio: ${(made.length / needed.size).toFixed(2)}`);
console.log(`  by API: ${Object.entries(perOp).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`Service Quotas calls: ${sq}; other calls: ${fake.calls.length - made.length - sq}`);
console.log(`rows without a usage number: ${unknownUsage.length}${unknownUsage.length ? ` (${unknownUsage.map((r) => `${r.quotaCode} ${r.scope}: ${r.reason}`).slice(0, 5).join('; ')})` : ''}`);
