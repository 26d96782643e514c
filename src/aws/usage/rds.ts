// RDS: DescribeAccountAttributes returns every account quota with its usage and maximum in one call, no paging
// (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeAccountAttributes.html; AccountQuota names
// per API_AccountQuota.html). DBInstances counts RDS, Aurora, Neptune and DocumentDB instances; AllocatedStorage is
// in GiB, like the quota (CLI example: "Max": 100000 for the 100,000 GiB default).
import type * as Rds from '@aws-sdk/client-rds';
import { forAll, guarded, nonNegative, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Rds> => import('@aws-sdk/client-rds');

// Parameter and option groups are counted without the default groups, as the quotas count them (API_AccountQuota.html).
const NAMES: Record<string, string> = {
  'L-7B6409FD': 'DBInstances',
  'L-952B80B8': 'DBClusters',
  'L-7ADDB58A': 'AllocatedStorage',
  'L-DE55804A': 'DBParameterGroups',
  'L-9FA33840': 'OptionGroups',
  'L-48C6BF61': 'DBSubnetGroups',
  'L-272F1212': 'ManualSnapshots',
  'L-9B510759': 'ManualClusterSnapshots',
};

export const rdsAccountAttributes: UsageSource = {
  name: 'rds.account-attributes',
  counts: Object.fromEntries(Object.keys(NAMES).map((code) => [code, ['region'] as const])),
  calls: [{ api: 'DescribeAccountAttributes', action: 'rds:DescribeAccountAttributes', doc: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeAccountAttributes.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'rds:DescribeAccountAttributes', async () => {
      const m = await sdk();
      const r = await ctx.call('DescribeAccountAttributes', () => ctx.client(m.RDSClient).send(new m.DescribeAccountAttributesCommand({})));
      const quotas = new Map((r.AccountQuotas ?? []).map((q) => [q.AccountQuotaName, q]));
      return forAll(items, (i) => {
        const name = NAMES[i.quotaCode]!;
        const q = quotas.get(name);
        const used = nonNegative(q?.Used);
        if (used === undefined) return { value: null, reason: `RDS DescribeAccountAttributes ${ctx.where} returned no usable ${name} (${q ? String(q.Used) : 'absent'})` };
        const max = nonNegative(q?.Max);
        return max === undefined ? { value: used } : { value: used, limit: { value: max, from: `RDS DescribeAccountAttributes ${name}` } };
      });
    }),
};

export const RDS_SOURCES: UsageSource[] = [rdsAccountAttributes];
