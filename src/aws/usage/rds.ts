// RDS: DescribeAccountAttributes returns every account quota with its usage and maximum in one call, no paging
// (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeAccountAttributes.html; AccountQuota names
// per API_AccountQuota.html). DBInstances counts RDS, Aurora, Neptune and DocumentDB instances; AllocatedStorage is
// in GiB, like the quota (CLI example: "Max": 100000 for the 100,000 GiB default).
import type * as Rds from '@aws-sdk/client-rds';
import { countPages, counted, forAll, guarded, nonNegative, type Usage, type UsageSource } from './source.js';

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

/**
 * Neptune DB instances and clusters, which have quotas of their own (service code neptune) but are listed by the RDS
 * API: DescribeDBInstances / DescribeDBClusters filtered by engine neptune, MaxRecords 20–100, Marker
 * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html, API_DescribeDBClusters.html;
 * Neptune uses the rds IAM actions, usage-sources.md §3.7).
 */
export const neptune: UsageSource = {
  name: 'rds.neptune',
  counts: { 'L-368A3E00': ['region'], 'L-6D17A5A2': ['region'] },
  calls: [
    { api: 'DescribeDBInstances', action: 'rds:DescribeDBInstances', doc: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html' },
    { api: 'DescribeDBClusters', action: 'rds:DescribeDBClusters', doc: 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html' },
  ],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    const filter = [{ Name: 'engine', Values: ['neptune'] }];
    const instances = items.filter((i) => i.quotaCode === 'L-368A3E00');
    const clusters = items.filter((i) => i.quotaCode === 'L-6D17A5A2');
    const [a, b] = await Promise.all([
      instances.length
        ? guarded(ctx, instances, 'rds:DescribeDBInstances', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'DescribeDBInstances', (Marker) => ctx.client(m.RDSClient).send(new m.DescribeDBInstancesCommand({ Filters: filter, MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBInstances);
            return forAll(instances, counted(walk.items.length, walk.complete, 'Neptune DB instances'));
          })
        : new Map<string, Usage>(),
      clusters.length
        ? guarded(ctx, clusters, 'rds:DescribeDBClusters', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'DescribeDBClusters', (Marker) => ctx.client(m.RDSClient).send(new m.DescribeDBClustersCommand({ Filters: filter, MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusters);
            return forAll(clusters, counted(walk.items.length, walk.complete, 'Neptune DB clusters'));
          })
        : new Map<string, Usage>(),
    ]);
    for (const [k, v] of [...a, ...b]) out.set(k, v);
    return out;
  },
};

export const RDS_SOURCES: UsageSource[] = [rdsAccountAttributes, neptune];
