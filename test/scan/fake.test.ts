// The org-wide scan's part of the fake (test/fake-aws/org-sts.mjs), as the benchmark relies on it: per-account
// seeds by access key, the published rates enforced per account, region and API, the added latency, and the
// error shapes of STS (awsQuery XML) and Organizations (JSON 1.1) as the SDK parses them.
import { jest } from '@jest/globals';
import { ListServiceQuotasCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { ScanFakeSeed } from '../fake-aws/org-sts.mjs';
import { memberSeed } from './helpers.js';

jest.setTimeout(30_000);

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

const seed = (): ScanFakeSeed => ({
  account: '111111111111',
  regions: {},
  organization: { accounts: [{ id: '222222222222' }] },
  members: { '222222222222': memberSeed({ 'us-east-1': { vcpu: 10 } }, { externalId: 'x-1' }) },
  simulate: { rates: true, latencyMs: 20 },
});

test('STS answers AssumeRole with member credentials, and AccessDenied as awsQuery XML', async () => {
  env = await useFakeAws(seed());
  const sts = new STSClient({ region: 'us-east-1', maxAttempts: 1 });
  const ok = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/QuotaGuardReadOnly', RoleSessionName: 's1', ExternalId: 'x-1' }));
  expect(ok.Credentials?.AccessKeyId).toMatch(/^ASIAQG222222222222/);
  expect(ok.Credentials?.Expiration).toBeInstanceOf(Date);
  await expect(sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/QuotaGuardReadOnly', RoleSessionName: 's1', ExternalId: 'wrong' }))).rejects.toMatchObject({
    name: 'AccessDenied',
    $metadata: { httpStatusCode: 403 },
  });
  // The member's own data answers requests signed with its credentials.
  const c = ok.Credentials!;
  const sq = new ServiceQuotasClient({ region: 'us-east-1', credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! } });
  expect((await sq.send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }))).Quotas?.[0]).toMatchObject({ QuotaCode: 'L-1216C47A', Value: 10 });
  await expect(new OrganizationsClient({ region: 'us-east-1', credentials: sq.config.credentials, maxAttempts: 1 }).send(new ListAccountsCommand({}))).rejects.toMatchObject({ name: 'AccessDeniedException' });
});

test('rates are enforced per account, region and API, with the latency added to every call', async () => {
  env = await useFakeAws(seed());
  const sq = new ServiceQuotasClient({ region: 'eu-west-1', maxAttempts: 1 });
  const started = Date.now();
  // ListServiceQuotas: 10/s with 10 more in a burst → 20 at once, the rest throttled.
  const results = await Promise.allSettled(Array.from({ length: 30 }, () => sq.send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }))));
  const elapsed = Date.now() - started;
  expect(elapsed).toBeGreaterThanOrEqual(20);
  const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
  // The fake's management account has no eu-west-1 data: the admitted calls answer NoSuchResourceException.
  const throttled = failed.filter((r) => r.reason.name === 'TooManyRequestsException').length;
  // 20 at once, plus what the bucket refilled (10/s) while the 30 calls were arriving — on a loaded machine that
  // can be a token or two, so the bound is computed from the time the calls took rather than fixed at 10.
  const admitted = 30 - throttled;
  expect(admitted).toBeGreaterThanOrEqual(20);
  expect(admitted).toBeLessThanOrEqual(20 + Math.ceil((10 * elapsed) / 1000));
  // Another region has its own bucket.
  await expect(new ServiceQuotasClient({ region: 'us-west-2', maxAttempts: 1 }).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }))).rejects.toMatchObject({ name: 'NoSuchResourceException' });
  const stats = env.fake.seed as ScanFakeSeed;
  expect(stats.simulate!.stats!.throttled).toBe(throttled);
  expect(stats.simulate!.stats!.buckets['mgmt|eu-west-1|servicequotas:ListServiceQuotas']).toMatchObject({ rate: 10, capacity: 20, calls: admitted, throttled });
});
