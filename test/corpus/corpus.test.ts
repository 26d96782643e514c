// The corpus suite: every real third-party plan, template and change set in ../shared/corpus goes through the CLI
// core in-process (no crash, a JSON report or one clean error line), and a selection is checked against requirement
// totals worked out by hand from the files. Run with `npm run test:corpus` (jest.corpus.config.js).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Report, Result } from '../../src/model.js';

// QUOTA_GUARD_CORPUS points elsewhere (a git worktree that has no ../shared beside it).
const CORPUS = path.resolve(process.env.QUOTA_GUARD_CORPUS ?? path.join(process.cwd(), '../shared/corpus'));

/** The corpus must be there: a missing corpus is a failure, never a silent skip. */
function corpusRoot(): string {
  if (!existsSync(CORPUS) || !statSync(CORPUS).isDirectory()) {
    throw new Error(`corpus not found at ${CORPUS}: run the corpus suite from the repo root with ../shared/corpus present`);
  }
  return CORPUS;
}

type Flag = '--plan' | '--template' | '--changeset';

/** Which input flag a corpus folder's files take. */
function flagFor(folder: string): Flag {
  if (folder.startsWith('tfplan')) return '--plan';
  if (folder === 'cfn_changeset') return '--changeset';
  if (folder === 'cfn') return '--template';
  throw new Error(`corpus folder ${folder}/ is not one this suite knows (tfplan*, cfn, cfn_changeset): teach flagFor about it`);
}

/** Every data file of the corpus as `folder/name`, enumerated from the directories (LICENSES/ and top-level docs skipped). */
function corpusFiles(): string[] {
  const root = corpusRoot();
  const out: string[] = [];
  for (const folder of readdirSync(root).sort()) {
    if (folder === 'LICENSES' || folder.startsWith('.')) continue;
    if (!statSync(path.join(root, folder)).isDirectory()) continue; // INDEX.tsv, README.md
    flagFor(folder); // unknown folders fail loudly
    for (const name of readdirSync(path.join(root, folder)).sort()) {
      if (name.startsWith('.') || /\.(md|tsv|txt)$/i.test(name)) continue;
      if (!statSync(path.join(root, folder, name)).isFile()) continue;
      out.push(`${folder}/${name}`);
    }
  }
  return out;
}

/** INDEX.tsv notes per file; a note containing `negative:` marks a file that must be rejected. */
function indexNotes(): Map<string, string> {
  const text = readFileSync(path.join(corpusRoot(), 'INDEX.tsv'), 'utf8');
  const rows = text.split('\n').filter((l) => l.trim() !== '');
  const header = rows[0]!.split('\t');
  const fileCol = header.indexOf('file');
  const notesCol = header.indexOf('notes');
  if (fileCol < 0 || notesCol < 0) throw new Error('INDEX.tsv has no file / notes columns');
  return new Map(rows.slice(1).map((r) => r.split('\t')).map((c) => [c[fileCol]!, c[notesCol] ?? '']));
}

interface Run {
  code: number;
  out: string;
  err: string;
  file: string;
}

const runs = new Map<string, Promise<Run>>();

/** Runs `quota-guard check` on one corpus file (memoised: each file is checked once per suite run). */
function run(rel: string): Promise<Run> {
  let p = runs.get(rel);
  if (!p) {
    const file = path.join(corpusRoot(), rel);
    const flag = flagFor(rel.split('/')[0]!);
    p = (async () => {
      let out = '';
      let err = '';
      const argv = ['check', '--offline', flag, file, '--region', 'us-east-1', '--format', 'json', '--fail-on', 'never'];
      const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
      return { code, out, err, file };
    })();
    runs.set(rel, p);
  }
  return p;
}

/** The JSON report of a corpus file that must be accepted. */
async function reportOf(rel: string): Promise<Report> {
  const r = await run(rel);
  if (r.code !== 0) throw new Error(`${rel}: exit ${r.code}, stderr: ${r.err}`);
  return JSON.parse(r.out) as Report;
}

function describeResults(report: Report): string {
  return report.results.map((r) => `${r.quotaCode} ${r.region} ${r.scope} = ${r.required}${r.unknowns.length ? ` (+${r.unknowns.length} unknown)` : ''}`).join('\n  ');
}

/** The result for one quota in one region and scope; fails with the list of what the report has. */
function result(report: Report, quotaCode: string, region: string, scope = 'region'): Result {
  const found = report.results.filter((r) => r.quotaCode === quotaCode && r.region === region && r.scope === scope);
  if (found.length !== 1) throw new Error(`expected one result ${quotaCode} ${region} ${scope}, found ${found.length}; report has:\n  ${describeResults(report)}`);
  return found[0]!;
}

/** Asserts a requirement's known total, how many unknown parts it has, and optionally which resources add to it. */
function expectRequired(report: Report, quotaCode: string, region: string, scope: string, required: number, more: { unknowns?: number; sources?: string[] } = {}): Result {
  const r = result(report, quotaCode, region, scope);
  expect({ quotaCode, region, scope, required: r.required, unknowns: r.unknowns.length }).toEqual({ quotaCode, region, scope, required, unknowns: more.unknowns ?? 0 });
  if (more.sources) expect(r.sources.map((s) => s.address).sort()).toEqual([...more.sources].sort());
  return r;
}

/** Asserts the report has no result for a quota (in a region, when given). */
function expectNone(report: Report, quotaCode: string, region?: string): void {
  const found = report.results.filter((r) => r.quotaCode === quotaCode && (region === undefined || r.region === region));
  expect(found.map((r) => `${r.quotaCode} ${r.region} ${r.scope} = ${r.required}`)).toEqual([]);
}

const unsupported = (report: Report): Record<string, number> => Object.fromEntries(report.coverage.unsupported.map((u) => [u.type, u.count]));

// Quota codes used below (src/quotas/catalog.ts, src/quotas/instance-types.ts).
const STANDARD_VCPU = 'L-1216C47A'; // Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances, vCPUs
const UNKNOWN_ON_DEMAND = 'unknown-on-demand';
const UNKNOWN_SPOT = 'unknown-spot';
const EIPS = 'L-0263D0A3';
const NAT_PER_AZ = 'L-FE5A380F';
const VPCS = 'L-F678F1CE';
const IGWS = 'L-A4707A72';
const SUBNETS_PER_VPC = 'L-407747CB';
const ROUTE_TABLES_PER_VPC = 'L-589F43AA';
const ROUTES_PER_TABLE = 'L-93826ACB';
const NACLS_PER_VPC = 'L-B4A6D682';
const SECURITY_GROUPS = 'L-E79EC296';
const RULES_PER_SG = 'L-0EA8095F';
const ENIS = 'L-DF5E4CA3';
const ALBS = 'L-53DA6B97';
const NLBS = 'L-69A177A2';
const CLBS = 'L-E9E9831D';
const TARGET_GROUPS = 'L-B22855CB';
const LISTENERS_PER_ALB = 'L-B6DF7632';
const ASGS = 'L-CDE20ADC';
const LAUNCH_CONFIGS = 'L-6B80B8FA';
const LAMBDA_CONCURRENCY = 'L-B99A9384';
const DB_INSTANCES = 'L-7B6409FD';
const DB_STORAGE = 'L-7ADDB58A';
const DDB_TABLES = 'L-F98FE922';
const DDB_RCU = 'L-34F6A552';
const DDB_WCU = 'L-34F8CCC8';
const S3_BUCKETS = 'L-DC2B2D3D';
const EKS_CLUSTERS = 'L-1194D53C';
const EKS_NODEGROUPS_PER_CLUSTER = 'L-6D54EA21';
const ECS_CLUSTERS = 'L-21C621EB';
const IAM_ROLES = 'L-FE177D64';
const IAM_POLICIES = 'L-E95E4862';
const IAM_INSTANCE_PROFILES = 'L-6E65F664';
const MANAGED_POLICIES_PER_ROLE = 'L-0DA4ABF3';
const ROUTE53_ZONES = 'L-4EA4796A';
const ECR_REPOS = 'L-CFEB8E8D';
const SNS_TOPICS = 'L-61103206';
const KMS_KEYS = 'L-C2F1777E';
const GATEWAY_ENDPOINTS = 'L-1B52E74A';

// ---------------------------------------------------------------------------------------------------------------
// 1. Every corpus file: a report or one clean error line, never a crash.

describe('corpus: every file is accepted or cleanly rejected', () => {
  const files = corpusFiles();
  const notes = indexNotes();

  test('the corpus is enumerated from its folders', () => {
    const folders = new Set(files.map((f) => f.split('/')[0]));
    expect([...folders].sort()).toEqual(expect.arrayContaining(['cfn', 'cfn_changeset', 'tfplan', 'tfplan_edge']));
    expect(files.length).toBeGreaterThanOrEqual(70);
    // INDEX.tsv lists every data file the folders hold, and nothing that is missing.
    expect(files.filter((f) => !notes.has(f))).toEqual([]);
    expect([...notes.keys()].filter((f) => !files.includes(f))).toEqual([]);
  });

  test.each(files)('%s', async (rel) => {
    const { code, out, err, file } = await run(rel);
    expect(err).not.toMatch(/internal error/i);
    expect([0, 2]).toContain(code);
    if (code === 0) {
      expect(err).toBe('');
      const report = JSON.parse(out) as Report;
      expect(report.version).toBe(1);
      expect(report.mode).toBe('offline');
      expect(report.passed).toBe(true); // --fail-on never
      expect(report.inputs).toEqual([file]);
      expect(Array.isArray(report.results)).toBe(true);
      expect(report.coverage.resources).toBeGreaterThanOrEqual(0);
      expect(report.coverage.mapped).toBeGreaterThanOrEqual(0);
      expect(report.coverage.mapped).toBeLessThanOrEqual(report.coverage.resources);
      const unsupportedCount = report.coverage.unsupported.reduce((n, u) => n + u.count, 0);
      expect(report.coverage.mapped + unsupportedCount).toBe(report.coverage.resources);
      for (const r of report.results) {
        expect(Number.isFinite(r.required)).toBe(true);
        expect(r.required).toBeGreaterThanOrEqual(0);
        expect(['ok', 'shortfall', 'unknown']).toContain(r.status);
      }
      expect(report.summary.ok + report.summary.shortfall + report.summary.unknown).toBe(report.results.length);
    } else {
      expect(out).toBe('');
      const lines = err.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`quota-guard: ${file}: `)).toBe(true);
      expect(lines[0]!.length).toBeGreaterThan(`quota-guard: ${file}: `.length + 10);
    }
    // Files INDEX.tsv marks `negative:` must be rejected; every other file is a real input and must be accepted.
    const negative = /\bnegative:/.test(notes.get(rel) ?? '');
    expect({ rel, code }).toEqual({ rel, code: negative ? 2 : 0 });
  });

  test('the Terraform state in tfplan_edge is rejected, pointing at `terraform show -json`', async () => {
    const rel = 'tfplan_edge/bridgecrewio_checkov__tests_terraform_runner_resources_plan_corrupted-tfplan.json';
    const { code, err, file } = await run(rel);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^quota-guard: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(err).toMatch(/Terraform state/);
    expect(err).toContain('terraform show -json');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  test('the UTF-16LE (BOM, CRLF) plan parses: one S3 bucket', async () => {
    const rel = 'tfplan_edge/bridgecrewio_checkov__tests_terraform_parser_resources_plan_encodings_tfplan_win_utf16.json';
    const bytes = readFileSync(path.join(corpusRoot(), rel));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const report = await reportOf(rel);
    // aws_s3_bucket.data, create; S3 buckets are a global quota, reported in us-east-1.
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 1, { sources: ['aws_s3_bucket.data'] });
    expect(report.coverage).toEqual({ resources: 1, mapped: 1, unsupported: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Requirement totals worked out by hand from the files.

describe('corpus: Terraform plans, hand-counted', () => {
  test('fugue ec2_t2_only: seven instances of seven sizes in us-west-2', async () => {
    const report = await reportOf('tfplan/fugue_regula__rego_tests_examples_aws_inputs_ec2_t2_only_infra.json');
    // Provider region constant "us-west-2". 7 aws_instance creates:
    //   invalid t2.nano 1 + valid_micro t2.micro 1 + valid_small t2.small 1 + valid_medium t2.medium 2
    //   + valid_large t2.large 2 + valid_xlarge t2.xlarge 4 + valid_2xlarge t2.2xlarge 8 = 19 standard vCPUs.
    const r = expectRequired(report, STANDARD_VCPU, 'us-west-2', 'region', 19);
    expect(Object.fromEntries(r.sources.map((s) => [s.address, s.amount]))).toEqual({
      'aws_instance.invalid': 1,
      'aws_instance.valid_micro': 1,
      'aws_instance.valid_small': 1,
      'aws_instance.valid_medium': 2,
      'aws_instance.valid_large': 2,
      'aws_instance.valid_xlarge': 4,
      'aws_instance.valid_2xlarge': 8,
    });
    // 19 > 5 × 0.8 (offline default quota less the 20 % buffer): a shortfall, but --fail-on never passes.
    expect(r.status).toBe('shortfall');
    // data.aws_ami.ubuntu is a read: not a change. Only the 7 instances count.
    expect(report.results).toHaveLength(1);
    expect(report.coverage).toEqual({ resources: 7, mapped: 7, unsupported: [] });
  });

  test('terraform-compliance issue-456: instances and ECR repositories in modules with count and for_each', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_issue-456_plan.out.json');
    // No provider region: --region us-east-1. aws_instance.server[0..1] are t2.micro (1 vCPU each) = 2; 13 module
    // instances are t3.micro (2 vCPUs each): ecr_repository_with_count[0..2] (3) + ecr_repository_with_for["repository_1","repository_2"] (2)
    // + other_ecr_repository (1) + other_ecr_repository_with_count[0..6] (7) = 13 × 2 = 26. Total 28.
    const vcpu = expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 28);
    expect(vcpu.sources).toHaveLength(15);
    expect(vcpu.sources.filter((s) => s.amount === 2)).toHaveLength(13);
    // One aws_ecr_repository beside each of the 13 module instances + aws_ecr_repository.nonmodulerepository = 14.
    expectRequired(report, ECR_REPOS, 'us-east-1', 'region', 14);
    // aws_iam_role.test_iam_role["repository_1"], ["repository_2"]; global quota, us-east-1.
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 2, { sources: ['aws_iam_role.test_iam_role["repository_1"]', 'aws_iam_role.test_iam_role["repository_2"]'] });
    // aws_s3_bucket.nonmodulebucket.
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 1);
    // 14 + 2 + 15 + 1 = 32 creates, all mapped.
    expect(report.coverage).toEqual({ resources: 32, mapped: 32, unsupported: [] });
  });

  test('terraform-compliance for_each_and_modules: module for_each instances', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_actions_for_each_and_modules_plan.out.json');
    // module.ecr_repository["repository_1"|"repository_2"].aws_instance.ecr_repository: 2 × t3.micro (2 vCPUs) = 4.
    expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 4);
    expectRequired(report, ECR_REPOS, 'us-east-1', 'region', 2);
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 2);
    expect(report.coverage).toEqual({ resources: 6, mapped: 6, unsupported: [] });
  });

  test('terraform-compliance issue-158: terraform-aws-modules/vpc with 3 NAT gateways and 3 EIPs (count, in a module)', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_issue-158_plan.out.json');
    const R = 'eu-west-1'; // provider region constant
    // module.vpc.aws_eip.nat[0..2] (vpc = true): 3 EIPs.
    expectRequired(report, EIPS, R, 'region', 3, { sources: ['module.vpc.aws_eip.nat[0]', 'module.vpc.aws_eip.nat[1]', 'module.vpc.aws_eip.nat[2]'] });
    // module.vpc.aws_nat_gateway.this[i] sits in element(aws_subnet.public.*.id, i); public[0..2] are in
    // eu-west-1a, eu-west-1b, eu-west-1c: one NAT gateway per AZ.
    expectRequired(report, NAT_PER_AZ, R, 'az:eu-west-1a', 1, { sources: ['module.vpc.aws_nat_gateway.this[0]'] });
    expectRequired(report, NAT_PER_AZ, R, 'az:eu-west-1b', 1, { sources: ['module.vpc.aws_nat_gateway.this[1]'] });
    expectRequired(report, NAT_PER_AZ, R, 'az:eu-west-1c', 1, { sources: ['module.vpc.aws_nat_gateway.this[2]'] });
    expect(report.results.filter((r) => r.quotaCode === NAT_PER_AZ)).toHaveLength(3);
    // module.vpc.aws_vpc.this[0]; module.vpc.aws_internet_gateway.this[0].
    expectRequired(report, VPCS, R, 'region', 1);
    expectRequired(report, IGWS, R, 'region', 1);
    // private[0..2] + public[0..2] = 6 subnets, all in the one VPC. Their vpc_id goes through local.vpc_id, which
    // the engine cannot follow, so the scope is its placeholder; the point is that all 6 share one scope.
    const subnets = report.results.filter((r) => r.quotaCode === SUBNETS_PER_VPC && r.region === R);
    expect(subnets.map((r) => r.required)).toEqual([6]);
    // private[0..2] + public[0] = 4 route tables in the same VPC.
    expect(report.results.filter((r) => r.quotaCode === ROUTE_TABLES_PER_VPC && r.region === R).map((r) => r.required)).toEqual([4]);
    // aws_route.private_nat_gateway[i] → route_table.private[i]; public_internet_gateway[0] → route_table.public[0].
    for (const table of ['private[0]', 'private[1]', 'private[2]', 'public[0]']) {
      expectRequired(report, ROUTES_PER_TABLE, R, `resource:module.vpc.aws_route_table.${table}`, 1);
    }
    // module.vpc.aws_vpn_gateway.this[0]: one virtual private gateway; the VPC's primary IPv4 block.
    expectRequired(report, 'L-7029FAB6', R, 'region', 1, { sources: ['module.vpc.aws_vpn_gateway.this[0]'] });
    expectRequired(report, 'L-83CA0A9D', R, 'vpc:module.vpc.aws_vpc.this[0]', 1);
    // assign_generated_ipv6_cidr_block = false; ipv6_cidr_block is only the Computed value: no IPv6 block.
    expectNone(report, 'L-085A6257');
    // 29 creates; route table associations consume nothing.
    expect(report.coverage).toEqual({ resources: 29, mapped: 29, unsupported: [] });
  });

  test('terraform-compliance issue-127: ASG via launch configuration (max_size 10) + a counted instance', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_issue-127_plan.out.json');
    // aws_autoscaling_group.example: max_size 10, launch_configuration known after apply → config reference to
    // aws_launch_configuration.example, instance_type t2.micro (1 vCPU): 10 × 1 = 10. desired_capacity is unknown but
    // capacity mode is max. Plus aws_instance.web[0] t2.micro = 1. Total 11.
    expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 11, { sources: ['aws_autoscaling_group.example', 'aws_instance.web[0]'] });
    expect(result(report, STANDARD_VCPU, 'us-east-1').sources.find((s) => s.address === 'aws_autoscaling_group.example')!.amount).toBe(10);
    expectRequired(report, ASGS, 'us-east-1', 'region', 1);
    expectRequired(report, LAUNCH_CONFIGS, 'us-east-1', 'region', 1);
    expectRequired(report, CLBS, 'us-east-1', 'region', 1); // aws_elb.example
    expectRequired(report, SECURITY_GROUPS, 'us-east-1', 'region', 2); // aws_security_group.elb, .instance
    expect(report.coverage).toEqual({ resources: 6, mapped: 6, unsupported: [] });
  });

  test('terraform-compliance issue-279: ASG via launch template (TF 0.12 short provider name)', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_issue-279_plan.out.json');
    // aws_autoscaling_group.bar: max_size 1, launch_template[0].id known after apply → aws_launch_template.foobar,
    // instance_type t2.micro (1 vCPU): 1 × 1 = 1.
    expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 1, { sources: ['aws_autoscaling_group.bar'] });
    expectRequired(report, ASGS, 'us-east-1', 'region', 1);
    // aws_launch_template consumes no count quota of its own.
    expect(report.coverage).toEqual({ resources: 2, mapped: 2, unsupported: [] });
  });

  test('fugue resource_view_07: ASG + launch template in us-west-2 beside google_* resources', async () => {
    const report = await reportOf('tfplan/fugue_regula__rego_tests_lib_inputs_resource_view_07_infra.json');
    // aws provider region us-west-2. aws_autoscaling_group.example: max_size 1 × t2.micro (aws_launch_template.example) = 1.
    expectRequired(report, STANDARD_VCPU, 'us-west-2', 'region', 1);
    expectRequired(report, ASGS, 'us-west-2', 'region', 1);
    // aws_s3_bucket.example: S3 is global, so us-east-1 even though the provider says us-west-2.
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 1);
    expectNone(report, S3_BUCKETS, 'us-west-2');
    // google_compute_instance and google_storage_bucket are not AWS: not counted at all.
    expect(report.coverage).toEqual({ resources: 3, mapped: 3, unsupported: [] });
  });

  test('terraform-compliance issue-249: new ASG (launch configuration) in a module among updates and no-ops', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_issue-249_plan.out.json');
    // Provider region from var.aws_region = "us-east-1". Creates: module.myapp-asg.aws_autoscaling_group.asg
    // (max_size 1, launch_configuration known after apply → module.myapp-asg.aws_launch_configuration.lc, t2.medium =
    // 2 vCPUs) and that launch configuration: 1 × 2 = 2 vCPUs, 1 ASG, 1 launch configuration.
    expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 2, { sources: ['module.myapp-asg.aws_autoscaling_group.asg'] });
    expectRequired(report, ASGS, 'us-east-1', 'region', 1);
    expectRequired(report, LAUNCH_CONFIGS, 'us-east-1', 'region', 1);
    // Updates: module.alb.aws_alb.alb, aws_alb_target_group.alb, aws_security_group.alb, the Lambda function
    // (reserved_concurrent_executions -1 before and after): none grows a count. 18 no-ops (IAM roles, profiles…) add nothing.
    expect(report.results).toHaveLength(3);
    // 4 updates + 2 creates are changes; the 18 no-ops are not.
    expect(report.coverage).toEqual({ resources: 6, mapped: 6, unsupported: [] });
  });

  test('snyk resource-changes: create, update, delete and no-op of S3 buckets', async () => {
    const report = await reportOf('tfplan/snyk_policy-engine__pkg_input_golden_test_tfplan_resource-changes_plan.json');
    // Only aws_s3_bucket.create_bucket needs a bucket; the update keeps its bucket, the delete frees one only after
    // apply (never offsets), the no-op is not a change.
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 1, { sources: ['aws_s3_bucket.create_bucket'] });
    expect(report.results).toHaveLength(1);
    expect(report.coverage).toEqual({ resources: 3, mapped: 3, unsupported: [] });
  });

  test('terraform-compliance issue_522: deletes of counted resources, updates and creates', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_issue_522_plan.out.json');
    // Creates: aws_security_group.lambda_sg (its ingress/egress are known after apply: no inline rules in config),
    // aws_security_group_rule.task_sg_egress_rule (egress, security_group_id → lambda_sg, one rule),
    // aws_lambda_function.lambda (reserved_concurrent_executions -1 → reserves nothing), aws_lambda_permission, aws_ssm_parameter.
    expectRequired(report, SECURITY_GROUPS, 'us-east-1', 'region', 1, { sources: ['aws_security_group.lambda_sg'] });
    expectRequired(report, RULES_PER_SG, 'us-east-1', 'resource:aws_security_group.lambda_sg/egress', 1, { sources: ['aws_security_group_rule.task_sg_egress_rule'] });
    expectNone(report, LAMBDA_CONCURRENCY);
    // The existing role (no-op) is not counted again.
    expectNone(report, IAM_ROLES);
    expect(report.results).toHaveLength(2);
    // Changes: 2 deletes (event rule[0], event target[0]) + 1 update (event target) + 5 creates = 8. The deletes
    // free capacity only after apply and the updated target stays one target: no event quota is needed.
    expectNone(report, 'L-244521F2');
    expectNone(report, 'L-388D1D08');
    // Unmapped: aws_ssm_parameter (no Service Quotas code for standard parameters).
    expect(report.coverage.resources).toBe(8);
    expect(report.coverage.mapped).toBe(7);
    expect(unsupported(report)).toEqual({ aws_ssm_parameter: 1 });
  });

  test('terraform-compliance actions_regular: an in-place instance update with the same type needs no vCPUs', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_actions_regular_plan.out.json');
    // aws_instance.changed: update, t3.micro before and after → +0 vCPUs; aws_instance.unchanged: no-op.
    expectNone(report, STANDARD_VCPU);
    // aws_s3_bucket.newly_created: the provider is us-west-1, but bucket count is global → us-east-1.
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 1);
    expect(report.results).toHaveLength(1);
    expect(report.coverage).toEqual({ resources: 2, mapped: 2, unsupported: [] });
  });

  test('checkov terragoat-like plan: 54 AWS creates across us-west-2 and global quotas', async () => {
    const report = await reportOf('tfplan/bridgecrewio_checkov__tests_terraform_runner_resources_plan_tfplan.json');
    const R = 'us-west-2'; // provider region constant
    // aws_instance.db_app + aws_instance.web_host, both t2.nano (1 vCPU) = 2.
    expectRequired(report, STANDARD_VCPU, R, 'region', 2, { sources: ['aws_instance.db_app', 'aws_instance.web_host'] });
    // aws_vpc.eks_vpc + aws_vpc.web_vpc; subnets: eks_subnet1/2 in eks_vpc, web_subnet/web_subnet2 in web_vpc.
    expectRequired(report, VPCS, R, 'region', 2);
    expectRequired(report, SUBNETS_PER_VPC, R, 'vpc:aws_vpc.eks_vpc', 2);
    expectRequired(report, SUBNETS_PER_VPC, R, 'vpc:aws_vpc.web_vpc', 2);
    expectRequired(report, IGWS, R, 'region', 1);
    expectRequired(report, ENIS, R, 'region', 1); // aws_network_interface.web-eni
    expectRequired(report, EKS_CLUSTERS, R, 'region', 1);
    expectRequired(report, ECR_REPOS, R, 'region', 1);
    expectRequired(report, CLBS, R, 'region', 1); // aws_elb.weblb
    expectRequired(report, 'L-1A491844', R, 'resource:aws_elb.weblb', 1); // its one listener block
    expectRequired(report, KMS_KEYS, R, 'region', 1);
    // aws_db_instance.default (mysql, allocated_storage 20) = 1 RDS DB instance, storage 20 GB;
    // aws_neptune_cluster_instance.default[0] and aws_neptune_cluster.default count against Neptune's own quotas.
    expectRequired(report, DB_INSTANCES, R, 'region', 1, { sources: ['aws_db_instance.default'] });
    expectRequired(report, 'L-368A3E00', R, 'region', 1, { sources: ['aws_neptune_cluster_instance.default[0]'] });
    expectRequired(report, 'L-6D17A5A2', R, 'region', 1, { sources: ['aws_neptune_cluster.default'] });
    // Each VPC's primary IPv4 block.
    expectRequired(report, 'L-83CA0A9D', R, 'vpc:aws_vpc.eks_vpc', 1);
    expectRequired(report, 'L-83CA0A9D', R, 'vpc:aws_vpc.web_vpc', 1);
    // aws_db_subnet_group / aws_db_option_group / aws_db_parameter_group .default; aws_ebs_snapshot.example_snapshot;
    // aws_neptune_cluster_snapshot.default.
    expectRequired(report, 'L-48C6BF61', R, 'region', 1, { sources: ['aws_db_subnet_group.default'] });
    expectRequired(report, 'L-9FA33840', R, 'region', 1, { sources: ['aws_db_option_group.default'] });
    expectRequired(report, 'L-DE55804A', R, 'region', 1, { sources: ['aws_db_parameter_group.default'] });
    expectRequired(report, 'L-309BACF6', R, 'region', 1, { sources: ['aws_ebs_snapshot.example_snapshot'] });
    expectRequired(report, 'L-D6543DBD', R, 'region', 1, { sources: ['aws_neptune_cluster_snapshot.default'] });
    // aws_ebs_volume.web_host_storage: size 1 GiB; `type` is unset in the configuration (unknown in the plan with no
    // reference behind it: Optional+Computed), so AWS's default gp2 applies: 1/1024 TiB.
    expectRequired(report, 'L-D18FCD1D', R, 'region', 1 / 1024, { sources: ['aws_ebs_volume.web_host_storage'] });
    expect(report.results.filter((r) => r.serviceCode === 'ebs' && r.quotaCode !== 'L-309BACF6')).toHaveLength(1);
    expectRequired(report, DB_STORAGE, R, 'region', 20);
    // Global, in us-east-1: aws_iam_role.ec2role, iam_for_eks, iam_for_lambda; aws_iam_instance_profile.ec2profile;
    // 6 aws_s3_bucket (data, data_science, financials, flowbucket, logs, operations); 2 policy attachments on iam_for_eks.
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 3);
    expectRequired(report, IAM_INSTANCE_PROFILES, 'us-east-1', 'region', 1);
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 6);
    expectRequired(report, MANAGED_POLICIES_PER_ROLE, 'us-east-1', 'resource:aws_iam_role.iam_for_eks', 2);
    // aws_lambda_function.analysis_lambda reserves nothing (-1).
    expectNone(report, LAMBDA_CONCURRENCY);
    // aws_iam_user.user (global).
    expectRequired(report, 'L-F55AF5E4', 'us-east-1', 'region', 1, { sources: ['aws_iam_user.user'] });
    // 55 resource changes − null_resource.push_image = 54 AWS creates; 2 types have no mapping.
    expect(report.coverage.resources).toBe(54);
    expect(report.coverage.mapped).toBe(52);
    expect(unsupported(report)).toEqual({ aws_flow_log: 1, aws_iam_access_key: 1 });
  });

  test('checkov plan_tags_variety: ASGs whose launch configuration is not in the plan are unknown, never 0', async () => {
    const report = await reportOf('tfplan/bridgecrewio_checkov__tests_terraform_parser_resources_plan_tags_variety_tfplan.json');
    // aws_autoscaling_group.example / example2: max_size 1, launch_configuration "test" which no resource in the
    // plan creates → instance type unknown: 0 known vCPUs, 2 unknown parts.
    expectRequired(report, UNKNOWN_ON_DEMAND, 'us-east-1', 'region', 0, { unknowns: 2, sources: ['aws_autoscaling_group.example', 'aws_autoscaling_group.example2'] });
    expect(result(report, UNKNOWN_ON_DEMAND, 'us-east-1').status).toBe('unknown');
    expectRequired(report, ASGS, 'us-east-1', 'region', 2);
    // aws_dynamodb_table.basic-dynamodb-table: PROVISIONED, read 20 / write 20, no GSIs.
    expectRequired(report, DDB_TABLES, 'us-east-1', 'region', 1);
    expectRequired(report, DDB_RCU, 'us-east-1', 'region', 20);
    expectRequired(report, DDB_WCU, 'us-east-1', 'region', 20);
  });

  test('terraform-compliance dynamodb_kms_key_problem: table + GSI throughput', async () => {
    const report = await reportOf('tfplan/terraform-compliance_cli__tests_functional_test_dynamodb_kms_key_problem_plan.out.json');
    // aws_dynamodb_table.test: PROVISIONED, read 20 + GameTitleIndex GSI read 10 = 30; write 20 + 10 = 30.
    expectRequired(report, DDB_TABLES, 'us-east-1', 'region', 1);
    expectRequired(report, DDB_RCU, 'us-east-1', 'region', 30);
    expectRequired(report, DDB_WCU, 'us-east-1', 'region', 30);
    expectRequired(report, KMS_KEYS, 'us-east-1', 'region', 1);
    // One GSI (GameTitleIndex) on the table.
    expectRequired(report, 'L-F7858A77', 'us-east-1', 'resource:aws_dynamodb_table.test', 1);
  });

  test('checkov eks_node_group_remote_access: node group with instance types known only after apply', async () => {
    const report = await reportOf('tfplan/bridgecrewio_checkov__tests_terraform_runner_resources_unexpected_eks_node_group_remote_access.json');
    // aws_eks_node_group.test: instance_types unknown → vCPUs unknown; 1 ASG; 1 node group on cluster "test".
    expectRequired(report, UNKNOWN_ON_DEMAND, 'us-east-1', 'region', 0, { unknowns: 1 });
    expectRequired(report, ASGS, 'us-east-1', 'region', 1);
    expectRequired(report, EKS_NODEGROUPS_PER_CLUSTER, 'us-east-1', 'resource:test', 1);
  });

  test('checkov for_each enrichment: Route 53 zones (global) and security groups in a for_each module', async () => {
    const report = await reportOf('tfplan/bridgecrewio_checkov__tests_common_runner_registry_plan_with_for_each_for_enrichment_tf_plan.json');
    // aws_route53_zone.example["example.com"], ["example2.eu"].
    expectRequired(report, ROUTE53_ZONES, 'us-east-1', 'region', 2);
    // module.sg["awful_example"|"bad_example"|"terrible_example"].aws_security_group.bad.
    expectRequired(report, SECURITY_GROUPS, 'us-east-1', 'region', 3);
    expect(report.coverage).toEqual({ resources: 5, mapped: 5, unsupported: [] });
  });
  test('fugue user_attached_policy: customer managed policies and a role (IAM is global)', async () => {
    const report = await reportOf('tfplan/fugue_regula__rego_tests_rules_tf_aws_iam_inputs_user_attached_policy_infra.json');
    // Provider us-west-2, but IAM quotas are global → us-east-1. 6 aws_iam_policy creates (invalid_normal_policy,
    // invalid_user_policy_attachment_policy, valid_group_blank_users_policy, valid_group_empty_list_users_policy,
    // valid_group_missing_users_policy, valid_role_policy); 1 aws_iam_role (valid_role).
    expectRequired(report, IAM_POLICIES, 'us-east-1', 'region', 6);
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 1, { sources: ['aws_iam_role.valid_role'] });
    expectNone(report, IAM_POLICIES, 'us-west-2');
    // aws_iam_policy_attachment.valid_role_policy_attachment (roles = [valid_role]) attaches valid_role_policy to
    // valid_role: one managed policy on that role.
    expectRequired(report, 'L-0DA4ABF3', 'us-east-1', 'resource:aws_iam_role.valid_role', 1, { sources: ['aws_iam_policy_attachment.valid_role_policy_attachment'] });
    // 6 aws_iam_user and 3 aws_iam_group creates (global).
    expectRequired(report, 'L-F55AF5E4', 'us-east-1', 'region', 6);
    expectRequired(report, 'L-F4A5425F', 'us-east-1', 'region', 3);
    // Managed policies per user: invalid_user_policy_attachment_user gets one through aws_iam_user_policy_attachment,
    // invalid_normal_policy_user one through aws_iam_policy_attachment (users = [it]); blank user names count nowhere.
    expectRequired(report, 'L-4019AD8B', 'us-east-1', 'resource:aws_iam_user.invalid_user_policy_attachment_user', 1, { sources: ['aws_iam_user_policy_attachment.invalid_user_policy_attachment'] });
    expectRequired(report, 'L-4019AD8B', 'us-east-1', 'resource:aws_iam_user.invalid_normal_policy_user', 1, { sources: ['aws_iam_policy_attachment.invalid_normal_policy_attachment'] });
    expect(report.results.filter((r) => r.quotaCode === 'L-4019AD8B')).toHaveLength(2);
    expect(report.coverage.resources).toBe(26);
    // Groups per user (10) has no Service Quotas code: group memberships stay unmapped.
    expect(unsupported(report)).toEqual({ aws_iam_group_membership: 3 });
  });
});

describe('corpus: CloudFormation templates, hand-counted', () => {
  for (const ext of ['yaml', 'json']) {
    test(`AutoScalingMultiAZWithNotifications.${ext}: ASG of t4g.micro behind an ALB`, async () => {
      const report = await reportOf(`cfn/aws-cloudformation_aws-cloudformation-templates__AutoScaling_AutoScalingMultiAZWithNotifications.${ext}`);
      // WebServerGroup: MaxSize "3", LaunchTemplate → LaunchTemplateData.InstanceType !Ref InstanceType, default
      // t4g.micro (2 vCPUs, standard class T): 3 × 2 = 6.
      expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 6, { sources: ['WebServerGroup'] });
      expectRequired(report, ASGS, 'us-east-1', 'region', 1);
      // ElasticLoadBalancer (ELBv2, no Type → application), TargetGroup, LoadBalancerListener on that ALB, NotificationTopic.
      expectRequired(report, ALBS, 'us-east-1', 'region', 1);
      expectRequired(report, TARGET_GROUPS, 'us-east-1', 'region', 1);
      expectRequired(report, LISTENERS_PER_ALB, 'us-east-1', 'resource:ElasticLoadBalancer', 1);
      expectRequired(report, SNS_TOPICS, 'us-east-1', 'region', 1);
      // InstanceSecurityGroup + LoadBalancerSecurityGroup.
      expectRequired(report, SECURITY_GROUPS, 'us-east-1', 'region', 2);
      // 12 resources; launch template, scaling policies and alarms consume nothing.
      expect(report.coverage).toEqual({ resources: 12, mapped: 12, unsupported: [] });
    });
  }

  for (const ext of ['yaml', 'json']) {
    test(`ECS EC2LaunchType private-vpc.${ext}: ASG of c4.xlarge, 2 NAT gateways + EIPs, VPC`, async () => {
      const report = await reportOf(`cfn/aws-cloudformation_aws-cloudformation-templates__ECS_EC2LaunchType_clusters_private-vpc.${ext}`);
      const R = 'us-east-1';
      // ECSAutoScalingGroup: MaxSize !Ref MaxSize (default "6"), instance type !Ref InstanceType (default c4.xlarge,
      // 4 vCPUs): 6 × 4 = 24 (DesiredCapacity 3 is ignored in max mode).
      expectRequired(report, STANDARD_VCPU, R, 'region', 24, { sources: ['ECSAutoScalingGroup'] });
      expectRequired(report, ASGS, R, 'region', 1);
      // The JSON twin uses an AWS::AutoScaling::LaunchConfiguration (ContainerInstances), the YAML a launch template.
      if (ext === 'json') expectRequired(report, LAUNCH_CONFIGS, R, 'region', 1);
      else expectNone(report, LAUNCH_CONFIGS);
      // NatGatewayOneAttachment / NatGatewayTwoAttachment are AWS::EC2::EIP: 2.
      expectRequired(report, EIPS, R, 'region', 2);
      // NatGatewayOne in PublicSubnetOne (!Select [0, !GetAZs]), NatGatewayTwo in PublicSubnetTwo (index 1): two AZs.
      expectRequired(report, NAT_PER_AZ, R, `az:${R}-az1`, 1, { sources: ['NatGatewayOne'] });
      expectRequired(report, NAT_PER_AZ, R, `az:${R}-az2`, 1, { sources: ['NatGatewayTwo'] });
      expectRequired(report, VPCS, R, 'region', 1);
      expectRequired(report, IGWS, R, 'region', 1);
      // Public/PrivateSubnetOne/Two: 4 in VPC; PublicRouteTable + PrivateRouteTableOne/Two: 3.
      expectRequired(report, SUBNETS_PER_VPC, R, 'vpc:VPC', 4);
      expectRequired(report, ROUTE_TABLES_PER_VPC, R, 'vpc:VPC', 3);
      // DynamoDBEndpoint: gateway endpoint.
      expectRequired(report, GATEWAY_ENDPOINTS, R, 'region', 1);
      expectRequired(report, ECS_CLUSTERS, R, 'region', 1);
      // PublicLoadBalancer + PrivateLoadBalancer (ALBs), 2 target groups, one listener each.
      expectRequired(report, ALBS, R, 'region', 2);
      expectRequired(report, TARGET_GROUPS, R, 'region', 2);
      // AutoscalingRole, EC2Role, ECSRole; EC2InstanceProfile.
      expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 3);
      expectRequired(report, IAM_INSTANCE_PROFILES, 'us-east-1', 'region', 1);
      // EcsHostSecurityGroup, PublicLoadBalancerSG, PrivateLoadBalancerSG.
      expectRequired(report, SECURITY_GROUPS, R, 'region', 3);
      expect(report.coverage).toEqual({ resources: 42, mapped: 42, unsupported: [] });
    });
  }

  for (const ext of ['yaml', 'json']) {
    test(`VPC_With_Managed_NAT_And_Private_Subnet.${ext}: 2 NAT gateways in 2 AZs`, async () => {
      const report = await reportOf(`cfn/aws-cloudformation_aws-cloudformation-templates__VPC_VPC_With_Managed_NAT_And_Private_Subnet.${ext}`);
      const R = 'us-east-1';
      // ElasticIP0, ElasticIP1.
      expectRequired(report, EIPS, R, 'region', 2);
      // NATGateway0 in PublicSubnet0 (AZ index 0), NATGateway1 in PublicSubnet1 (AZ index 1).
      expectRequired(report, NAT_PER_AZ, R, `az:${R}-az1`, 1, { sources: ['NATGateway0'] });
      expectRequired(report, NAT_PER_AZ, R, `az:${R}-az2`, 1, { sources: ['NATGateway1'] });
      expectRequired(report, VPCS, R, 'region', 1);
      expectRequired(report, IGWS, R, 'region', 1);
      // PublicSubnet0/1 + PrivateSubnet0/1; PublicRouteTable + PrivateRouteTable0/1; PublicNetworkAcl.
      expectRequired(report, SUBNETS_PER_VPC, R, 'vpc:VPC', 4);
      expectRequired(report, ROUTE_TABLES_PER_VPC, R, 'vpc:VPC', 3);
      expectRequired(report, NACLS_PER_VPC, R, 'vpc:VPC', 1);
      // One route in each of the three tables.
      for (const t of ['PublicRouteTable', 'PrivateRouteTable0', 'PrivateRouteTable1']) expectRequired(report, ROUTES_PER_TABLE, R, `resource:${t}`, 1);
      // InboundHTTPPublicNetworkAclEntry (Egress "false") and OutboundPublicNetworkAclEntry (Egress "true"), both
      // IPv4, in PublicNetworkAcl: one rule each way.
      expectRequired(report, 'L-2AEEBF1A', R, 'resource:PublicNetworkAcl/ingress', 1, { sources: ['InboundHTTPPublicNetworkAclEntry'] });
      expectRequired(report, 'L-2AEEBF1A', R, 'resource:PublicNetworkAcl/egress', 1, { sources: ['OutboundPublicNetworkAclEntry'] });
      expectRequired(report, 'L-83CA0A9D', R, 'vpc:VPC', 1, { sources: ['VPC'] });
      expect(report.coverage).toEqual({ resources: 26, mapped: 26, unsupported: [] });
    });
  }

  test('VPC FindInMapAZs: NAT gateways in zones named by a mapping', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__VPC_FindInMapAZs.yaml');
    // PublicSubnet1/2 AvailabilityZone: !Select [0|1, !FindInMap [RegionMap, us-east-1, AZs]] = us-east-1a / us-east-1b.
    expectRequired(report, NAT_PER_AZ, 'us-east-1', 'az:us-east-1a', 1, { sources: ['NatGateway1'] });
    expectRequired(report, NAT_PER_AZ, 'us-east-1', 'az:us-east-1b', 1, { sources: ['NatGateway2'] });
    expectRequired(report, EIPS, 'us-east-1', 'region', 2);
    expectRequired(report, SUBNETS_PER_VPC, 'us-east-1', 'vpc:VPC', 4);
    expect(report.coverage).toEqual({ resources: 22, mapped: 22, unsupported: [] });
  });

  test('EKS template: managed node group of t3.medium, 3 NAT gateways + EIPs', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__EKS_template.yaml');
    const R = 'us-east-1';
    // ManagedNodeGroup: ScalingConfig MaxSize 2, InstanceTypes [!Ref NodeGroupInstanceTypes] default t3.medium
    // (2 vCPUs): 2 × 2 = 4; counted as one ASG and one node group of ControlPlane.
    expectRequired(report, STANDARD_VCPU, R, 'region', 4, { sources: ['ManagedNodeGroup'] });
    expectRequired(report, ASGS, R, 'region', 1);
    expectRequired(report, EKS_NODEGROUPS_PER_CLUSTER, R, 'resource:ControlPlane', 1);
    // Nodes per managed node group: ScalingConfig MaxSize 2.
    expectRequired(report, 'L-BD136A63', R, 'resource:ManagedNodeGroup', 2);
    expectRequired(report, EKS_CLUSTERS, R, 'region', 1);
    // EIP1..3; NATGateway1..3 in PublicSubnet1..3 (GetAZs index 0, 1, 2).
    expectRequired(report, EIPS, R, 'region', 3);
    for (const i of [1, 2, 3]) expectRequired(report, NAT_PER_AZ, R, `az:${R}-az${i}`, 1, { sources: [`NATGateway${i}`] });
    // 3 public + 3 private subnets; public + 3 private route tables.
    expectRequired(report, SUBNETS_PER_VPC, R, 'vpc:VPC', 6);
    expectRequired(report, ROUTE_TABLES_PER_VPC, R, 'vpc:VPC', 4);
    // EKSClusterRole (2 managed policies), NodeInstanceRole (4 managed policies).
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 2);
    expectRequired(report, MANAGED_POLICIES_PER_ROLE, 'us-east-1', 'resource:EKSClusterRole', 2);
    expectRequired(report, MANAGED_POLICIES_PER_ROLE, 'us-east-1', 'resource:NodeInstanceRole', 4);
    expect(report.coverage).toEqual({ resources: 36, mapped: 36, unsupported: [] });
  });

  test('GitLabServer-pkg (rain pkg output): m5.large server, NAT gateways in 2 AZs', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__Solutions_GitLab_GitLabServer-pkg.yaml');
    // Server: InstanceType !Ref InstanceType default m5.large = 2 vCPUs.
    expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 2, { sources: ['Server'] });
    expectRequired(report, EIPS, 'us-east-1', 'region', 2);
    expectRequired(report, NAT_PER_AZ, 'us-east-1', 'az:us-east-1-az1', 1);
    expectRequired(report, NAT_PER_AZ, 'us-east-1', 'az:us-east-1-az2', 1);
    expectRequired(report, SUBNETS_PER_VPC, 'us-east-1', 'vpc:NetworkVPC', 4);
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 1);
    expectRequired(report, IAM_INSTANCE_PROFILES, 'us-east-1', 'region', 1);
    // CloudFrontDistribution and CloudFrontCachePolicy: global CloudFront quotas, read in us-east-1.
    expectRequired(report, 'L-24B04930', 'us-east-1', 'region', 1, { sources: ['CloudFrontDistribution'] });
    expectRequired(report, 'L-7D134442', 'us-east-1', 'region', 1, { sources: ['CloudFrontCachePolicy'] });
    // 30 resources, all understood (the inline IAM::RolePolicy consumes no count quota).
    expect(report.coverage).toEqual({ resources: 30, mapped: 30, unsupported: [] });
  });

  test('RDS MySQL with read replica: 2 DB instances (replica conditional on a default-true parameter)', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__RDS_RDS_MySQL_With_Read_Replica.yaml');
    // MainDB + ReplicaDB (Condition EnableReadReplica, parameter default "true": resolved, so not flagged) = 2.
    const r = expectRequired(report, DB_INSTANCES, 'us-east-1', 'region', 2, { sources: ['MainDB', 'ReplicaDB'] });
    expect(r.sources.find((s) => s.address === 'ReplicaDB')!.note).toBeUndefined();
    // MainDB AllocatedStorage 5 (parameter DBAllocatedStorage default); ReplicaDB names none and inherits its
    // source's 5 GB: 10 GB.
    expectRequired(report, DB_STORAGE, 'us-east-1', 'region', 10, { sources: ['MainDB', 'ReplicaDB'] });
  });

  test('fn-foreach-ddb: Fn::ForEach expands to 4 provisioned tables', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__CloudFormation_fn-foreach-ddb.yaml');
    // Fn::ForEach::Tables over [Points, Score, Name, Leaderboard] → DynamoDBPoints … DynamoDBLeaderboard, each
    // ProvisionedThroughput 5 / 5: 4 tables, 20 RCU, 20 WCU.
    expectRequired(report, DDB_TABLES, 'us-east-1', 'region', 4, { sources: ['DynamoDBPoints', 'DynamoDBScore', 'DynamoDBName', 'DynamoDBLeaderboard'] });
    expectRequired(report, DDB_RCU, 'us-east-1', 'region', 20);
    expectRequired(report, DDB_WCU, 'us-east-1', 'region', 20);
    expect(report.coverage).toEqual({ resources: 4, mapped: 4, unsupported: [] });
  });

  test('fn-foreach-s3-outputs: Fn::ForEach expands to 3 buckets', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__CloudFormation_fn-foreach-s3-outputs.json');
    expectRequired(report, S3_BUCKETS, 'us-east-1', 'region', 3, { sources: ['S3BucketA', 'S3BucketB', 'S3BucketC'] });
  });

  test('SAM function without a Role: SAM creates an execution role', async () => {
    const report = await reportOf('cfn/snyk_policy-engine__pkg_input_golden_test_cfn_sam_main.yaml');
    // AWS::Serverless::Function "Function" names no Role → 1 IAM role; no reserved concurrency.
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 1, { sources: ['Function'] });
    expectNone(report, LAMBDA_CONCURRENCY);
  });

  test('ELB NetworkLoadBalancerWithEIPs: 4 EIPs, one NLB', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__ElasticLoadBalancing_NetworkLoadBalancerWithEIPs.yaml');
    // EIP1, EIP2, FirstEIP, SecondEIP (Domain vpc); loadBalancer Type network.
    expectRequired(report, EIPS, 'us-east-1', 'region', 4);
    expectRequired(report, NLBS, 'us-east-1', 'region', 1);
    expectNone(report, ALBS);
  });

  test('EC2 SingleENIwithMultipleEIPs: 2 EIPs on one ENI', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__EC2_SingleENIwithMultipleEIPs.yaml');
    expectRequired(report, EIPS, 'us-east-1', 'region', 2);
    expectRequired(report, ENIS, 'us-east-1', 'region', 1);
  });

  test('Lambda sample: one role with 4 managed policies', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__Lambda_LambdaSample.yaml');
    // LambdaRole ManagedPolicyArns: AWSLambdaExecute, AmazonS3FullAccess, AmazonDynamoDBFullAccess, AmazonKinesisFullAccess.
    expectRequired(report, IAM_ROLES, 'us-east-1', 'region', 1);
    expectRequired(report, MANAGED_POLICIES_PER_ROLE, 'us-east-1', 'resource:LambdaRole', 4);
  });

  test('AutoScalingRollingUpdates / EFS automount / ELBWithLockedDown: ASG sizes × instance types', async () => {
    // WebServerGroup MaxSize 4 × t2.small (1 vCPU) = 4.
    expectRequired(await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__AutoScaling_AutoScalingRollingUpdates.yaml'), STANDARD_VCPU, 'us-east-1', 'region', 4);
    // AutoScalingGroup MaxSize "3" × LaunchConfig t2.micro (1 vCPU) = 3.
    const efs = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__EFS_efs_with_automount_to_ec2.yaml');
    expectRequired(efs, STANDARD_VCPU, 'us-east-1', 'region', 3);
    expectRequired(efs, LAUNCH_CONFIGS, 'us-east-1', 'region', 1);
    // EFSMountTarget1..4 sit in subnets given as parameters: their VPC is not in the template, one shared scope.
    expectRequired(efs, 'L-7391004C', 'us-east-1', 'vpc:(VPC known after apply)', 4);
    expect(unsupported(efs)).toEqual({});
    // WebServerGroup MaxSize "2" × LaunchConfig t2.small (1 vCPU) = 2.
    expectRequired(await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__ElasticLoadBalancing_ELBWithLockedDownAutoScaledInstances.yaml'), STANDARD_VCPU, 'us-east-1', 'region', 2);
  });

  test('AutoScalingScheduledAction: the group and the scale-up its schedule makes every day', async () => {
    const report = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__AutoScaling_AutoScalingScheduledAction.yaml');
    // WebServerGroup MaxSize 5 of t2.small (1 vCPU) = 5; ScheduledActionUp raises MaxSize to 10: +5;
    // ScheduledActionDown lowers it to 1: +0. Peak 10 vCPUs.
    expectRequired(report, STANDARD_VCPU, 'us-east-1', 'region', 10, { sources: ['WebServerGroup', 'ScheduledActionUp'] });
    expectRequired(report, ASGS, 'us-east-1', 'region', 1);
    expectRequired(report, CLBS, 'us-east-1', 'region', 1);
  });

  test('EC2 instance templates: t3.small = 2 vCPUs, one EIP', async () => {
    // EC2Instance: InstanceType default t3.small (2 vCPUs).
    expectRequired(await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__EC2_EC2InstanceWithSecurityGroupSample.yaml'), STANDARD_VCPU, 'us-east-1', 'region', 2);
    const eip = await reportOf('cfn/aws-cloudformation_aws-cloudformation-templates__EC2_EIP_With_Association.yaml');
    expectRequired(eip, STANDARD_VCPU, 'us-east-1', 'region', 2);
    expectRequired(eip, EIPS, 'us-east-1', 'region', 1);
    // The change-set samples' base template: MyEC2Instance, InstanceType default t2.micro (1 vCPU) = 1.
    expectRequired(await reportOf('cfn/awsdocs_aws-cloudformation-user-guide__doc_source_using-cfn-updating-stacks-changesets-samples.md__base-template-ec2-instance.json'), STANDARD_VCPU, 'us-east-1', 'region', 1);
  });
});

describe('corpus: CloudFormation change sets, hand-counted', () => {
  test('SampleChangeSet-addremove: Add ASG + launch configuration, Remove an instance', async () => {
    const report = await reportOf('cfn_changeset/awsdocs_aws-cloudformation-user-guide__doc_source_using-cfn-updating-stacks-changesets-samples.md__SampleChangeSet-addremove.json');
    // Region from the StackId ARN (us-east-1). Add AutoScalingGroup → 1 ASG; Add LaunchConfig → 1 launch
    // configuration. The change set carries no property values, so the group's size and instance type are
    // unknown: vCPUs unknown (0 known). Remove MyEC2Instance frees capacity only after apply: no offset.
    expectRequired(report, ASGS, 'us-east-1', 'region', 1, { sources: ['AutoScalingGroup'] });
    expectRequired(report, LAUNCH_CONFIGS, 'us-east-1', 'region', 1, { sources: ['LaunchConfig'] });
    expectRequired(report, UNKNOWN_ON_DEMAND, 'us-east-1', 'region', 0, { unknowns: 1, sources: ['AutoScalingGroup'] });
    // Without properties a MixedInstancesPolicy cannot be ruled out, so Spot is unknown too.
    expectRequired(report, UNKNOWN_SPOT, 'us-east-1', 'region', 0, { unknowns: 1, sources: ['AutoScalingGroup'] });
    expectNone(report, STANDARD_VCPU);
    expect(report.coverage).toEqual({ resources: 3, mapped: 3, unsupported: [] });
  });

  test('SampleChangeSet-multiple: instance replaced (Replacement True) with no property values → vCPUs unknown', async () => {
    const report = await reportOf('cfn_changeset/awsdocs_aws-cloudformation-user-guide__doc_source_using-cfn-updating-stacks-changesets-samples.md__SampleChangeSet-multiple.json');
    // Modify MyEC2Instance, Replacement True: the new instance exists beside the old one; its type is not in the file.
    const r = expectRequired(report, UNKNOWN_ON_DEMAND, 'us-east-1', 'region', 0, { unknowns: 1, sources: ['MyEC2Instance'] });
    expect(r.unknowns[0]).toMatch(/--include-property-values/);
    expect(r.sources[0]!.note).toContain('replaced');
    expect(report.coverage).toEqual({ resources: 1, mapped: 1, unsupported: [] });
  });

  test('aws-cli describe-change-set example: a Lambda Timeout change in us-west-2 needs no quota', async () => {
    const report = await reportOf('cfn_changeset/aws_aws-cli__awscli_examples_cloudformation_describe-change-set.rst__output.json');
    // StackId arn:aws:cloudformation:us-west-2:…; one in-place Modify of AWS::Lambda::Function "function" whose
    // Details name only Timeout: reserved concurrency is untouched, so nothing is needed.
    expect(report.results).toEqual([]);
    expect(report.coverage).toEqual({ resources: 1, mapped: 1, unsupported: [] });
  });

  for (const sample of ['direct', 'parameter']) {
    test(`SampleChangeSet-${sample}: an in-place change of tags only needs nothing`, async () => {
      const report = await reportOf(`cfn_changeset/awsdocs_aws-cloudformation-user-guide__doc_source_using-cfn-updating-stacks-changesets-samples.md__SampleChangeSet-${sample}.json`);
      // One Modify of MyEC2Instance, Replacement False, whose Details target only Tags: no vCPU change.
      expect(report.results).toEqual([]);
      expect(report.coverage).toEqual({ resources: 1, mapped: 1, unsupported: [] });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Coverage over the whole corpus: the share of AWS resources quota-guard understands (mapped to a quota or
// declared quota-free). Printed, and a floor: a new unmapped type that real files use shows up here.

describe('corpus: coverage of AWS resource types', () => {
  const MIN_COVERAGE = 0.98;

  test(`at least ${MIN_COVERAGE * 100} % of the AWS resources in the corpus are understood`, async () => {
    let resources = 0;
    let mapped = 0;
    const missing = new Map<string, number>();
    for (const rel of corpusFiles()) {
      const r = await run(rel);
      if (r.code !== 0) continue; // negative files, checked above
      const { coverage } = JSON.parse(r.out) as Report;
      resources += coverage.resources;
      mapped += coverage.mapped;
      for (const u of coverage.unsupported) missing.set(u.type, (missing.get(u.type) ?? 0) + u.count);
    }
    const share = mapped / resources;
    const top = [...missing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    process.stdout.write(`corpus coverage: ${mapped} of ${resources} AWS resources understood (${(share * 100).toFixed(1)} %); not understood: ${top.map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}\n`);
    expect(resources).toBeGreaterThan(500);
    expect(share).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });
});
