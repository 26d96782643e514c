// AWS DMS: replication instances and endpoints from DescribeAccountAttributes, which returns each account quota with
// its usage and maximum in one call, no paging (https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeAccountAttributes.html;
// AccountQuotaName ReplicationInstances and Endpoints per the API's own example, describe-acount-attributes-1481753085663
// in the SDK). Replication subnet groups and tasks are listed (MaxRecords 20–100, Marker):
// https://docs.aws.amazon.com/dms/latest/APIReference/API_DescribeReplicationSubnetGroups.html and
// API_DescribeReplicationTasks.html (WithoutSettings: the count needs no task settings).
import type * as Dms from '@aws-sdk/client-database-migration-service';
import { countPages, counted, forAll, guarded, nonNegative, type Usage, type UsageContext, type UsageItem, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Dms> => import('@aws-sdk/client-database-migration-service');

const doc = (op: string) => `https://docs.aws.amazon.com/dms/latest/APIReference/API_${op}.html`;

const NAMES: Record<string, string> = { 'L-C2341CDC': 'ReplicationInstances', 'L-E17328E9': 'Endpoints' };

export const dmsAccountAttributes: UsageSource = {
  name: 'dms.account-attributes',
  counts: { 'L-C2341CDC': ['region'], 'L-E17328E9': ['region'] },
  calls: [{ api: 'dms:DescribeAccountAttributes', action: 'dms:DescribeAccountAttributes', doc: doc('DescribeAccountAttributes') }],
  read: (ctx, items) =>
    guarded(ctx, items, 'dms:DescribeAccountAttributes', async () => {
      const m = await sdk();
      const r = await ctx.call('dms:DescribeAccountAttributes', () => ctx.client(m.DatabaseMigrationServiceClient).send(new m.DescribeAccountAttributesCommand({})));
      const quotas = new Map((r.AccountQuotas ?? []).map((q) => [q.AccountQuotaName, q]));
      return forAll(items, (i): Usage => {
        const name = NAMES[i.quotaCode]!;
        const q = quotas.get(name);
        const used = nonNegative(q?.Used);
        if (used === undefined) return { value: null, reason: `DMS DescribeAccountAttributes ${ctx.where} returned no usable ${name} (${q ? String(q.Used) : 'absent'})` };
        const max = nonNegative(q?.Max);
        return max === undefined ? { value: used } : { value: used, limit: { value: max, from: `DMS DescribeAccountAttributes ${name}` } };
      });
    }),
};

/** One walk of a DMS Describe* listing, counted for every item. */
function listing(name: string, code: string, op: 'DescribeReplicationSubnetGroups' | 'DescribeReplicationTasks', what: string): UsageSource {
  const action = `dms:${op}`;
  return {
    name,
    counts: { [code]: ['region'] },
    calls: [{ api: action, action, doc: doc(op) }],
    read: (ctx: UsageContext, items: UsageItem[]) =>
      guarded(ctx, items, action, async () => {
        const m = await sdk();
        const client = ctx.client(m.DatabaseMigrationServiceClient);
        const walk =
          op === 'DescribeReplicationSubnetGroups'
            ? await countPages(ctx, action, (Marker) => client.send(new m.DescribeReplicationSubnetGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.ReplicationSubnetGroups)
            : await countPages(ctx, action, (Marker) => client.send(new m.DescribeReplicationTasksCommand({ MaxRecords: 100, Marker, WithoutSettings: true })), (p) => p.Marker, (p) => p.ReplicationTasks);
        return forAll(items, counted(walk.items.length, walk.complete, what));
      }),
  };
}

export const dmsSubnetGroups = listing('dms.subnet-groups', 'L-27B24FAD', 'DescribeReplicationSubnetGroups', 'replication subnet groups');
export const dmsTasks = listing('dms.tasks', 'L-7FD3593B', 'DescribeReplicationTasks', 'replication tasks');

export const DMS_SOURCES: UsageSource[] = [dmsAccountAttributes, dmsSubnetGroups, dmsTasks];
