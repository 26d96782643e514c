import { annotationsFor, type Locate } from '../../src/report/annotations.js';
import type { Report, Result, Source } from '../../src/model.js';

function result(over: Partial<Result> = {}): Result {
  return {
    account: null,
    region: 'us-east-1',
    serviceCode: 'ec2',
    quotaCode: 'L-1216C47A',
    quotaName: 'Running On-Demand Standard instances',
    scope: 'region',
    required: 16,
    unknowns: [],
    sources: [{ file: 'plan.json', address: 'aws_instance.web[0]', amount: 8 }],
    usage: 20,
    quota: 32,
    buffer: 0.2,
    status: 'shortfall',
    reason: 'needs 36 (usage 20 + 16) but the limit is 25.6 (quota 32 less 20 % buffer)',
    ...over,
  };
}

function report(results: Result[]): Report {
  const count = (s: Result['status']) => results.filter((r) => r.status === s).length;
  return {
    version: 1,
    mode: 'live',
    passed: count('shortfall') === 0,
    failOn: 'shortfall',
    summary: { ok: count('ok'), shortfall: count('shortfall'), unknown: count('unknown') },
    coverage: { resources: 3, mapped: 3, unsupported: [] },
    inputs: ['plan.json'],
    results,
  };
}

const nowhere: Locate = () => undefined;

describe('annotationsFor', () => {
  test('a shortfall is an error naming quota, scope, need vs limit and the reason', () => {
    const { annotations, omitted } = annotationsFor(report([result()]), nowhere);
    expect(omitted).toEqual([]);
    expect(annotations).toHaveLength(1);
    const [a] = annotations;
    expect(a.level).toBe('error');
    expect(a.title).toBe('Quota shortfall: Running On-Demand Standard instances');
    expect(a.file).toBe('plan.json');
    expect(a.line).toBeUndefined();
    expect(a.message).toContain('aws_instance.web[0] adds +8 to "Running On-Demand Standard instances" (ec2 L-1216C47A) in us-east-1, account current.');
    expect(a.message).toContain('needs 36 in total (usage 20 + 16 for this change); limit 25.6 (quota 32 less 20 % buffer)');
    expect(a.message).toContain('Why: needs 36');
    // Plain text: no markdown escaping.
    expect(a.message).not.toMatch(/\\\[|&lt;|\*\*/);
  });

  test('an unknown is a warning; unknown usage, quota and amounts are said so', () => {
    const r = result({
      status: 'unknown',
      usage: null,
      quota: null,
      unknowns: ['aws_instance.web[1]: instance_type is known only after apply'],
      sources: [{ file: 'plan.json', address: 'aws_instance.web[1]', amount: null }],
      reason: 'quota value could not be read: AccessDenied servicequotas:GetServiceQuota',
    });
    const [a] = annotationsFor(report([r]), nowhere).annotations;
    expect(a.level).toBe('warning');
    expect(a.title).toBe('Quota unknown: Running On-Demand Standard instances');
    expect(a.message).toContain('adds an amount not known before apply');
    expect(a.message).toContain('needs 16 + ? more (current usage unknown); limit unknown');
    expect(a.message).toContain('Why: quota value could not be read: AccessDenied');
  });

  test('ok results are not annotated', () => {
    expect(annotationsFor(report([result({ status: 'ok', reason: null })]), nowhere).annotations).toEqual([]);
  });

  test('one annotation per source; locate wins over the source file, which is the fallback', () => {
    const sources: Source[] = [
      { file: 'plan.json', address: 'aws_instance.web', amount: 8 },
      { file: 'stack.yaml', address: 'Worker', line: 12, amount: 8, note: 'condition IsProd' },
    ];
    const locate: Locate = (s) => (s.address === 'aws_instance.web' ? { file: 'infra/main.tf', line: 3 } : undefined);
    const { annotations } = annotationsFor(report([result({ scope: 'az:us-east-1a', sources })]), locate);
    expect(annotations.map((a) => [a.file, a.line])).toEqual([
      ['infra/main.tf', 3],
      ['stack.yaml', 12],
    ]);
    expect(annotations[1].message).toContain('Worker (condition IsProd) adds +8');
    expect(annotations[1].message).toContain('in us-east-1 AZ us-east-1a');
  });

  test('instances of one resource at the same place are merged into one annotation', () => {
    const sources: Source[] = [0, 1, 2].map((i) => ({ file: 'plan.json', address: `aws_instance.web[${i}]`, amount: 4 }));
    const { annotations } = annotationsFor(report([result({ sources })]), () => ({ file: 'main.tf', line: 7 }));
    expect(annotations).toHaveLength(1);
    expect(annotations[0].message).toContain('aws_instance.web[0], aws_instance.web[1], aws_instance.web[2] add +12 to');
  });

  test('a throwing locate falls back instead of failing', () => {
    const { annotations } = annotationsFor(report([result()]), () => {
      throw new Error('EACCES');
    });
    expect(annotations[0].file).toBe('plan.json');
  });

  test('at most perLevel per level; the rest are one-line texts in omitted', () => {
    const shortfalls = Array.from({ length: 12 }, (_, i) =>
      result({ quotaCode: `L-S${i}`, sources: [{ file: 'plan.json', address: `aws_instance.s${i}`, line: i + 1, amount: 1 }] }),
    );
    const unknowns = Array.from({ length: 3 }, (_, i) =>
      result({ status: 'unknown', quotaCode: `L-U${i}`, sources: [{ file: 'plan.json', address: `aws_instance.u${i}`, amount: null }] }),
    );
    const { annotations, omitted } = annotationsFor(report([...unknowns, ...shortfalls]), nowhere);
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(annotations[0].level).toBe('error'); // errors first
    expect(omitted).toEqual([
      { level: 'error', text: 'Running On-Demand Standard instances (ec2 L-S10, us-east-1): aws_instance.s10 at plan.json:11' },
      { level: 'error', text: 'Running On-Demand Standard instances (ec2 L-S11, us-east-1): aws_instance.s11 at plan.json:12' },
    ]);
    expect(omitted.every((o) => !o.text.includes('\n'))).toBe(true);

    const small = annotationsFor(report([...unknowns, ...shortfalls]), nowhere, 2);
    expect(small.annotations).toHaveLength(4);
    expect(small.omitted.filter((o) => o.level === 'warning')).toHaveLength(1);
  });

  test('a result without sources is annotated on the first input', () => {
    const { annotations } = annotationsFor(report([result({ sources: [] })]), nowhere);
    expect(annotations).toHaveLength(1);
    expect(annotations[0].file).toBe('plan.json');
    expect(annotations[0].message.startsWith('"Running On-Demand Standard instances" (ec2 L-1216C47A) in us-east-1, account current.')).toBe(true);
  });
});

describe('what the annotation says', () => {
  test('a CDK construct path names the source; the next step is the one the comment shows', () => {
    const r = result({ sources: [{ file: 'cdk.out/AppStack.template.json', address: 'WorkersASG8E9F0A1B', amount: 8, line: 20 }], suggestedValue: 45, adjustable: true, requestUrl: 'https://us-east-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A' });
    const locate: Locate = () => ({ file: 'infra/lib/app-stack.ts', line: 27, label: 'AppStack/Workers/ASG' });
    const [a] = annotationsFor(report([r]), locate).annotations;
    expect(a.file).toBe('infra/lib/app-stack.ts');
    expect(a.line).toBe(27);
    expect(a.message).toContain('AppStack/Workers/ASG (WorkersASG8E9F0A1B) adds +8');
    expect(a.message.split('\n').at(-1)).toBe('Next: request at least 45 (adjustable) — https://us-east-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A');
  });

  test('a waived shortfall is not annotated; an expired waiver is, and says so', () => {
    const waiver = { reason: 'load test', expires: '2026-12-31', expired: false, file: 'quota-guard.yml' };
    expect(annotationsFor(report([result({ waiver })]), nowhere).annotations).toEqual([]);
    const [a] = annotationsFor(report([result({ waiver: { ...waiver, expired: true }, suggestedValue: 45 })]), nowhere).annotations;
    expect(a.message).toContain('Next: waiver expired on 2026-12-31; request at least 45');
  });
});
