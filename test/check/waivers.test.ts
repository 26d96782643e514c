import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyWaivers, loadWaivers, parseWaivers } from '../../src/check/waivers.js';
import type { WaiverRule } from '../../src/check/waivers.js';
import type { Result } from '../../src/model.js';
import { InputError } from '../../src/model.js';

const FILE = '.quota-guard-ignore.yml';

const result = (over: Partial<Result> = {}): Result => ({
  account: null,
  region: 'eu-west-1',
  serviceCode: 'ec2',
  quotaCode: 'L-1216C47A',
  quotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
  scope: 'region',
  required: 54,
  unknowns: [],
  sources: [{ file: 'plan.json', address: 'aws_autoscaling_group.web', amount: 48 }],
  usage: 0,
  quota: 5,
  buffer: 0.2,
  status: 'shortfall',
  reason: 'needs 54',
  ...over,
});

/** The one-line error `parseWaivers` throws, as the CLI prints it. */
function errorOf(text: string): string {
  try {
    parseWaivers(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return `${(e as InputError).file}: ${(e as Error).message}`;
  }
  throw new Error('no error');
}

describe('waivers file', () => {
  test('parses every key, with the line of each waiver', () => {
    const rules = parseWaivers(
      [
        'waivers:',
        '  - quota: L-1216C47A',
        '    service: ec2',
        '    region: eu-west-1',
        '    resource: aws_autoscaling_group.web',
        '    reason: capacity reservation CR-123 covers it',
        '    expires: 2026-12-31',
        '  - quota: L-0263D0A3',
        '    account: 012345678901',
        '    reason: EIPs released by the migration',
        "    expires: '2027-01-15'",
      ].join('\n'),
      FILE,
    );
    expect(rules).toEqual([
      { quotaCode: 'L-1216C47A', serviceCode: 'ec2', region: 'eu-west-1', resource: 'aws_autoscaling_group.web', reason: 'capacity reservation CR-123 covers it', expires: '2026-12-31', file: FILE, line: 2 },
      { quotaCode: 'L-0263D0A3', account: '012345678901', reason: 'EIPs released by the migration', expires: '2027-01-15', file: FILE, line: 8 },
    ]);
    expect(parseWaivers('', FILE)).toEqual([]);
    expect(parseWaivers('waivers: []\n', FILE)).toEqual([]);
  });

  test('an unknown key, a missing reason or a bad value is one error naming the file and the line', () => {
    expect(errorOf('waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    reson: typo\n    expires: 2026-12-31\n')).toBe(
      '.quota-guard-ignore.yml: waivers[0].reson (line 4): unknown key; expected one of quota, service, region, account, resource, reason, expires',
    );
    expect(errorOf('waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    expires: 2026-12-31\n')).toBe(
      '.quota-guard-ignore.yml: waivers[0] (line 2): no reason: say why the finding is accepted (reason: …)',
    );
    expect(errorOf('waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    reason:\n    expires: 2026-12-31\n')).toMatch(/^\.quota-guard-ignore\.yml: waivers\[0\]\.reason \(line 4\): expected text/);
    expect(errorOf('waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    reason: x\n    expires: 2026-02-30\n')).toBe(
      '.quota-guard-ignore.yml: waivers[0].expires (line 5): expected a date YYYY-MM-DD, got "2026-02-30"',
    );
    expect(errorOf('waivers:\n  - quota: L-1216C47A\n    reason: x\n    expires: 2026-12-31\n')).toMatch(/waivers\[0\] \(line 2\): no region or account/);
    expect(errorOf('waivers:\n  - quota: L-1216C47A\n    region: Ireland\n    reason: x\n    expires: 2026-12-31\n')).toMatch(/waivers\[0\]\.region \(line 3\): expected an AWS region/);
    expect(errorOf('check:\n  waivers: []\n')).toBe('.quota-guard-ignore.yml: check (line 1): unknown key; expected waivers');
    expect(errorOf('waivers: [a\n')).toMatch(/^\.quota-guard-ignore\.yml: invalid YAML at line \d/);
  });

  test('the default file is optional; a named file must exist', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-waivers-'));
    expect(await loadWaivers(undefined, dir)).toEqual([]);
    await expect(loadWaivers('waivers.yml', dir)).rejects.toThrow(new InputError('waivers.yml', 'waivers file not found'));
    writeFileSync(path.join(dir, FILE), 'waivers:\n  - quota: L-1216C47A\n    region: eu-west-1\n    reason: r\n    expires: 2026-12-31\n');
    expect(await loadWaivers(undefined, dir)).toEqual([expect.objectContaining({ quotaCode: 'L-1216C47A', file: FILE })]);
  });
});

describe('applying waivers', () => {
  const rule: WaiverRule = { quotaCode: 'L-1216C47A', region: 'eu-west-1', reason: 'reserved', expires: '2026-12-31', file: FILE, line: 2 };

  test('a matching waiver marks the finding; it holds through its expiry day, and after it is marked expired', () => {
    expect(applyWaivers([result()], [rule], '2026-12-31')[0].waiver).toEqual({ reason: 'reserved', expires: '2026-12-31', expired: false, file: FILE, line: 2 });
    expect(applyWaivers([result()], [rule], '2027-01-01')[0].waiver).toMatchObject({ expired: true });
    // One in force wins over an expired one.
    const later = { ...rule, expires: '2027-06-30', line: 9 };
    expect(applyWaivers([result()], [rule, later], '2027-01-01')[0].waiver).toMatchObject({ expired: false, line: 9 });
  });

  test('only the named quota, region, account and resource', () => {
    const apply = (over: Partial<Result>, r: WaiverRule = rule): boolean => applyWaivers([result(over)], [r], '2026-06-01')[0].waiver !== undefined;
    expect(apply({})).toBe(true);
    expect(apply({ region: 'us-east-1' })).toBe(false);
    expect(apply({ quotaCode: 'L-0263D0A3' })).toBe(false);
    expect(apply({ status: 'unknown' })).toBe(true);
    expect(apply({ status: 'ok' })).toBe(false);
    expect(apply({}, { ...rule, account: '111122223333' })).toBe(false);
    expect(apply({ account: '111122223333' }, { ...rule, account: '111122223333' })).toBe(true);
    expect(apply({}, { ...rule, resource: 'aws_autoscaling_group.web' })).toBe(true);
    expect(apply({ sources: [{ file: 'p', address: 'aws_instance.x[0]', amount: 1 }] }, { ...rule, resource: 'aws_instance.x' })).toBe(true);
    expect(apply({}, { ...rule, resource: 'aws_instance.bastion' })).toBe(false);
    // A setup error is fixed, not waived.
    expect(apply({ status: 'unknown', setupError: 'no AWS credentials' })).toBe(false);
  });
});
