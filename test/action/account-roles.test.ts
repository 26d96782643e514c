// The `account-roles` input / `--account-role` flag: ACCOUNT=ROLE_ARN pairs, each checked.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { main } from '../../src/cli/main.js';
import { parseAccountRoles } from '../../src/inputs/account-roles.js';

test('pairs accounts with roles in those accounts', () => {
  expect(parseAccountRoles(['111122223333=arn:aws:iam::111122223333:role/quota-guard-read', ' 444455556666 = arn:aws-us-gov:iam::444455556666:role/path/r '])).toEqual({
    '111122223333': 'arn:aws:iam::111122223333:role/quota-guard-read',
    '444455556666': 'arn:aws-us-gov:iam::444455556666:role/path/r',
  });
});

test.each([
  ['111122223333', /not ACCOUNT=ROLE_ARN/],
  ['1111=arn:aws:iam::111122223333:role/r', /not a 12-digit AWS account id/],
  ['111122223333=arn:aws:iam::111122223333:user/u', /not an IAM role ARN/],
  ['111122223333=arn:aws:iam::999988887777:role/r', /the role is in account 999988887777, not 111122223333/],
])('rejects %s with one clear line', (entry, message) => {
  expect(() => parseAccountRoles([entry])).toThrow(message);
});

test('rejects two different roles for one account', () => {
  expect(() => parseAccountRoles(['111122223333=arn:aws:iam::111122223333:role/a', '111122223333=arn:aws:iam::111122223333:role/b'])).toThrow(/two roles/);
});

test('the CLI refuses a bad --account-role with one line, before any AWS call', async () => {
  let err = '';
  let built = 0;
  const code = await main(['check', '--plan', 'test/fixtures/terraform/example-plan.json', '--account-role', '111122223333=arn:aws:iam::999988887777:role/r'], { stdout: () => {}, stderr: (t) => (err += t), env: {} }, () => {
    built++;
    throw new Error('no live services in this test');
  });
  expect(code).toBe(2);
  expect(err.trim().split('\n')).toEqual([expect.stringMatching(/--account-role .*the role is in account 999988887777, not 111122223333/)]);
  expect(built).toBe(0);
});

test('the CLI hands --account-role pairs to the live services', async () => {
  const seen: unknown[] = [];
  await main(['check', '--plan', 'test/fixtures/terraform/example-plan.json', '--account-role', '111122223333=arn:aws:iam::111122223333:role/r', '--fail-on', 'never'], { stdout: () => {}, stderr: () => {}, env: {} }, (_region, settings) => {
    seen.push(settings);
    return { read: async () => new Map(), resolveVcpus: async () => new Map(), describeChangeSet: async () => { throw new Error('unused'); } };
  });
  expect(seen).toEqual([{ accountRoles: { '111122223333': 'arn:aws:iam::111122223333:role/r' } }]);
});

describe('the account-roles action input', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const reader = (withs: Record<string, string>) => (name: string) => withs[name] ?? action.inputs[name]?.default ?? '';

  test('newline- or comma-separated pairs', () => {
    const config = readInputs(reader({ plan: 'p.json', 'account-roles': '111122223333=arn:aws:iam::111122223333:role/a,\n444455556666=arn:aws:iam::444455556666:role/b' }));
    expect(config.accountRoles).toEqual({ '111122223333': 'arn:aws:iam::111122223333:role/a', '444455556666': 'arn:aws:iam::444455556666:role/b' });
  });

  test('absent by default', () => {
    expect(readInputs(reader({ plan: 'p.json' })).accountRoles).toBeUndefined();
  });

  test('a bad pair names the input', () => {
    expect(() => readInputs(reader({ plan: 'p.json', 'account-roles': 'arn:aws:iam::111122223333:role/a' }))).toThrow(/^Input 'account-roles': .*not ACCOUNT=ROLE_ARN/);
  });
});
