// KMS keys (L-C2F1777E): customer managed keys in every key state count, AWS managed keys do not
// (https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html). ListKeys lists both
// (https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html, Limit 1–1000); the AWS managed ones are the
// targets of aliases named alias/aws/… (API_ListAliases.html), subtracted without a DescribeKey per key. Its AWS/Usage
// metric KeysPerAccount is used first when Service Quotas names it.
import type * as Kms from '@aws-sdk/client-kms';
import { countPages, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Kms> => import('@aws-sdk/client-kms');

export const keys: UsageSource = {
  name: 'kms.keys',
  counts: { 'L-C2F1777E': ['region'] },
  calls: [
    { api: 'ListKeys', action: 'kms:ListKeys', doc: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html' },
    { api: 'ListAliases', action: 'kms:ListAliases', doc: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html' },
  ],
  metricFirst: true,
  read: (ctx, items) =>
    guarded(ctx, items, 'kms:ListKeys', async () => {
      const m = await sdk();
      const kms = ctx.client(m.KMSClient);
      const next = (p: { Truncated?: boolean; NextMarker?: string }) => (p.Truncated ? p.NextMarker : undefined);
      const [all, aliases] = await Promise.all([
        countPages(ctx, 'ListKeys', (Marker) => kms.send(new m.ListKeysCommand({ Limit: 1000, Marker })), next, (p) => p.Keys),
        countPages(ctx, 'ListAliases', (Marker) => kms.send(new m.ListAliasesCommand({ Limit: 100, Marker })), next, (p) => p.Aliases),
      ]);
      if (!aliases.complete) return forAll(items, { value: null, reason: `KMS ListAliases ${ctx.where} did not end within the page cap: AWS managed keys cannot be told apart` });
      const awsManaged = new Set(aliases.items.filter((a) => a.AliasName?.startsWith('alias/aws/') && a.TargetKeyId).map((a) => a.TargetKeyId!));
      const n = all.items.filter((k) => !k.KeyId || !awsManaged.has(k.KeyId)).length;
      return forAll(items, all.complete ? { value: n } : { value: n, lowerBound: true, note: `at least ${n} customer managed keys: the listing was stopped at the page cap` });
    }),
};

export const KMS_SOURCES: UsageSource[] = [keys];
