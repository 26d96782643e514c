// Plain Result and Report objects for the renderer tests: every field a finding can carry (next steps, waivers,
// setup errors, where an unknown comes from), without running a check.
import type { Report, Result, Source } from '../../src/model.js';
import type { Locate } from '../../src/report/annotations.js';
import type { Links } from '../../src/report/markdown.js';

export function result(over: Partial<Result> = {}): Result {
  return {
    account: null,
    region: 'eu-west-1',
    serviceCode: 'ec2',
    quotaCode: 'L-1216C47A',
    quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
    scope: 'region',
    required: 16,
    unknowns: [],
    sources: [{ file: 'infra/plan.json', address: 'aws_instance.web[0]', amount: 8 }],
    usage: 40,
    quota: 64,
    buffer: 0.2,
    status: 'shortfall',
    reason: 'needs 56 (usage 40 + 16) but the limit is 51.2 (quota 64 less 20 % buffer)',
    ...over,
  };
}

export function report(results: Result[], over: Partial<Report> = {}): Report {
  const count = (s: Result['status']) => results.filter((r) => r.status === s).length;
  return {
    version: 1,
    mode: 'live',
    passed: count('shortfall') === 0,
    failOn: 'shortfall',
    summary: { ok: count('ok'), shortfall: count('shortfall'), unknown: count('unknown') },
    coverage: { resources: 9, mapped: 8, unsupported: [{ type: 'aws_glue_job', count: 1 }] },
    inputs: ['infra/plan.json'],
    results,
    ...over,
  };
}

const CONSOLE = 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A';
const DENIED = 'usage could not be read: AccessDenied on cloudwatch:GetMetricData (grant it to the role)';

/** Every kind of finding the comment shows. */
export const MIXED: Report = report(
  [
    result({
      sources: [
        { file: 'infra/plan.json', address: 'aws_instance.web[0]', amount: 8 },
        { file: 'infra/plan.json', address: 'aws_instance.web[1]', amount: 8 },
        { file: 'infra/plan.json', address: 'module.app[0].aws_instance.api', amount: 4, note: 'replaced, new created before old is destroyed' },
      ],
      required: 20,
      reason: 'needs 60 (usage 40 + 20) but the limit is 51.2 (quota 64 less 20 % buffer)',
      adjustable: true,
      suggestedValue: 75,
      requestUrl: CONSOLE,
    }),
    result({
      serviceCode: 'vpc',
      quotaCode: 'L-407747CB',
      quotaName: 'Subnets per VPC',
      scope: 'vpc:vpc-0123456789abcdef0',
      required: 4,
      usage: 198,
      quota: 200,
      buffer: 0,
      adjustable: false,
      reason: 'needs 202 (usage 198 + 4) but the limit is 200',
      sources: [{ file: 'infra/plan.json', address: 'aws_subnet.private["a"]', amount: 4 }],
    }),
    result({
      account: '111122223333',
      serviceCode: 'lambda',
      quotaCode: 'L-B99A9384',
      quotaName: 'Concurrent executions',
      required: 200,
      usage: 700,
      quota: 1000,
      reason: 'needs 900 (usage 700 + 200) but the limit is 800 (quota 1000 less 20 % buffer)',
      sources: [{ file: 'infra/plan.json', address: 'aws_lambda_function.api', amount: 200 }],
      waiver: { reason: 'load test this week; reserved concurrency drops on Monday', expires: '2026-12-31', expired: false, file: 'quota-guard.yml', line: 12 },
    }),
    result({
      serviceCode: 'rds',
      quotaCode: 'L-7B6409FD',
      quotaName: 'DB instances',
      required: 2,
      usage: null,
      quota: 40,
      reason: 'needs 2 more and the usage could not be read',
      suggestedValue: null,
      requestUrl: 'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/rds/quotas/L-7B6409FD',
      adjustable: true,
      sources: [{ file: 'infra/plan.json', address: 'aws_db_instance.main', amount: 2 }],
      waiver: { reason: 'migration', expires: '2026-01-31', expired: true, file: 'quota-guard.yml', line: 20 },
    }),
    result({
      status: 'unknown',
      serviceCode: 'autoscaling',
      quotaCode: 'L-CDE20ADC',
      quotaName: 'Auto Scaling groups per region',
      required: 0,
      unknowns: ['aws_autoscaling_group.workers: count is known only after apply'],
      unknownFrom: 'plan',
      usage: 10,
      quota: 500,
      reason: 'aws_autoscaling_group.workers: count is known only after apply',
      sources: [{ file: 'infra/plan.json', address: 'aws_autoscaling_group.workers', amount: null }],
    }),
    result({ status: 'unknown', unknownFrom: 'reading', region: 'us-east-1', usage: null, reason: DENIED, sources: [{ file: 'infra/plan.json', address: 'aws_instance.edge', amount: 2 }], required: 2 }),
    result({ status: 'unknown', unknownFrom: 'reading', region: 'us-west-2', usage: null, reason: DENIED, sources: [{ file: 'infra/plan.json', address: 'aws_instance.dr', amount: 2 }], required: 2 }),
    result({
      status: 'unknown',
      unknownFrom: 'reading',
      serviceCode: 'elasticloadbalancing',
      quotaCode: 'L-53DA6B97',
      quotaName: 'Application Load Balancers per Region',
      quota: null,
      usage: null,
      required: 1,
      reason: 'quota value could not be read: the credentials have expired',
      setupError: 'The AWS credentials have expired: refresh them (aws-actions/configure-aws-credentials) and run again.',
      sources: [{ file: 'infra/plan.json', address: 'aws_lb.web', amount: 1 }],
    }),
    result({ status: 'ok', serviceCode: 'vpc', quotaCode: 'L-F678F1CE', quotaName: 'VPCs per Region', required: 1, usage: 2, quota: 5, reason: null, sources: [{ file: 'infra/plan.json', address: 'aws_vpc.main', amount: 1 }] }),
    result({ status: 'ok', serviceCode: 'iam', quotaCode: 'L-FE177D64', quotaName: 'Roles per account', region: 'us-east-1', required: 1, usage: 120, quota: 1000, reason: null, sources: [{ file: 'infra/plan.json', address: 'aws_iam_role.web', amount: 1 }] }),
  ],
  { setupErrors: ['The AWS credentials have expired: refresh them (aws-actions/configure-aws-credentials) and run again.'] },
);

/** Where the plan's addresses are written: the root module and a local module. */
export const LOCATE: Locate = (s: Source) => {
  if (s.address.startsWith('module.app')) return { file: 'infra/modules/app/main.tf', line: 11 };
  const lines: Record<string, number> = { 'aws_instance.web': 16, 'aws_subnet.private': 30, 'aws_lambda_function.api': 44, 'aws_db_instance.main': 52, 'aws_autoscaling_group.workers': 60, 'aws_instance.edge': 70, 'aws_instance.dr': 75, 'aws_lb.web': 80, 'aws_vpc.main': 3, 'aws_iam_role.web': 90 };
  const key = s.address.replace(/\[.*$/, '');
  return key in lines ? { file: 'infra/main.tf', line: lines[key] } : undefined;
};

export const LINKS: Links = { repoUrl: 'https://github.com/acme/infra', sha: '0123456789abcdef0123456789abcdef01234567', runUrl: 'https://github.com/acme/infra/actions/runs/4242' };
