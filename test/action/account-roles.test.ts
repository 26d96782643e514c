// The `account-roles` input / `--account-role` flag: ACCOUNT=ROLE_ARN pairs, each checked.
import { parseAccountRoles } from '../../src/live.js';

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
