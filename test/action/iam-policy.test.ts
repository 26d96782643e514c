// The IAM actions the code calls are the ones the README's policies grant.
import { readFileSync } from 'node:fs';
import { ACCOUNT_ROLE_IAM_ACTIONS } from '../../src/aws/common.js';
import { IAM_ACTIONS } from '../../src/aws/iam-actions.js';
import { INCREASE_IAM_ACTIONS } from '../../src/aws/increases.js';
import { SUPPORT_IAM_ACTIONS } from '../../src/aws/support.js';
import { USAGE_SOURCES } from '../../src/aws/usage/index.js';

const readme = readFileSync('README.md', 'utf8');

test('the least-privilege policy in the README grants exactly the actions the check calls', () => {
  const section = readme.slice(readme.indexOf('### Least-privilege IAM policy'), readme.indexOf('## Request quota increases'));
  const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]) as { Statement: { Action: string[] }[] };
  expect(policy.Statement.flatMap((s) => s.Action).sort()).toEqual([...IAM_ACTIONS].sort());
});

test('the README lists every action the increase flow calls', () => {
  const section = readme.slice(readme.indexOf('## Request quota increases'), readme.indexOf('## Org-wide scan'));
  for (const action of INCREASE_IAM_ACTIONS) expect(section).toContain(action);
});

test('the opt-in Support API statement grants exactly the Support actions support-case: api calls', () => {
  const section = readme.slice(readme.indexOf('## Request quota increases'), readme.indexOf('## Org-wide scan'));
  const policies = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as { Statement: { Sid: string; Action: string[] }[] });
  const statement = policies.flatMap((p) => p.Statement).find((s) => s.Sid === 'QuotaGuardSupportApiCases')!;
  expect([...statement.Action].sort()).toEqual([...SUPPORT_IAM_ACTIONS].sort());
});

test('every call of every usage source is in the policy', () => {
  for (const source of USAGE_SOURCES) for (const call of source.calls) expect(IAM_ACTIONS).toContain(call.action);
});

test('the policy section names what account-roles needs on top', () => {
  const section = readme.slice(readme.indexOf('### Least-privilege IAM policy'), readme.indexOf('## Request quota increases'));
  for (const action of ACCOUNT_ROLE_IAM_ACTIONS) expect(section).toContain(`\`${action}\``);
});
