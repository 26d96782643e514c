// RDS: DescribeAccountAttributes returns every account quota with its usage and maximum in one call, no paging
// (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeAccountAttributes.html; AccountQuota names
// per API_AccountQuota.html). DBInstances counts RDS, Aurora, Neptune and DocumentDB instances; AllocatedStorage is
// in GiB, like the quota (CLI example: "Max": 100000 for the 100,000 GiB default).
import type * as Rds from '@aws-sdk/client-rds';
import { countPages, counted, forAll, guarded, nonNegative, type ApiCall, type Counted, type Usage, type UsageContext, type UsageSource } from './source.js';

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

/** What an engine's quotas count, listed by the RDS API (kinds of ENGINE_QUOTAS). */
type EngineKind = 'instances' | 'clusters' | 'clusterSnapshots' | 'parameterGroups' | 'clusterParameterGroups';

/**
 * Neptune and DocumentDB have quotas of their own (service codes neptune, docdb) but are listed by the RDS API, and
 * with the rds IAM actions (usage-sources.md §3.7): their resources are the RDS listing's of their engine.
 */
const ENGINE_QUOTAS: Record<'neptune' | 'docdb', { label: string; codes: Partial<Record<EngineKind, string>> }> = {
  neptune: { label: 'Neptune', codes: { instances: 'L-368A3E00', clusters: 'L-6D17A5A2', clusterSnapshots: 'L-D6543DBD', parameterGroups: 'L-584DADE7', clusterParameterGroups: 'L-5BB9A916' } },
  docdb: { label: 'DocumentDB', codes: { instances: 'L-739A3A85', clusters: 'L-13F31459', clusterSnapshots: 'L-B2551F83' } },
};

const rdsCall = (op: string): ApiCall => ({ api: op, action: `rds:${op}`, doc: `https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_${op}.html` });

/** The walk (MaxRecords 20–100, Marker) behind each kind, with the RDS API call it makes. */
const KIND_OPS: Record<EngineKind, string> = {
  instances: 'DescribeDBInstances',
  clusters: 'DescribeDBClusters',
  clusterSnapshots: 'DescribeDBClusterSnapshots',
  parameterGroups: 'DescribeDBParameterGroups',
  clusterParameterGroups: 'DescribeDBClusterParameterGroups',
};

/**
 * One engine's resources of one kind, walked once. Instances, clusters and manual cluster snapshots are filtered on
 * `engine` by the API (API_DescribeDBInstances.html, API_DescribeDBClusters.html, API_DescribeDBClusterSnapshots.html
 * Filters); parameter groups take no filter (their Filters "isn't currently supported"), so they are the groups of
 * the engine's families (DBParameterGroupFamily neptune1, docdb5.0…), default groups included.
 */
async function engineWalk(ctx: UsageContext, engine: string, kind: EngineKind): Promise<Counted<unknown>> {
  const m = await sdk();
  const client = ctx.client(m.RDSClient);
  const Filters = [{ Name: 'engine', Values: [engine] }];
  const op = KIND_OPS[kind];
  const ofEngine = (family: string | undefined) => (family ?? '').startsWith(engine);
  switch (kind) {
    case 'instances':
      return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBInstancesCommand({ Filters, MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBInstances);
    case 'clusters':
      return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBClustersCommand({ Filters, MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusters);
    case 'clusterSnapshots':
      return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBClusterSnapshotsCommand({ Filters, SnapshotType: 'manual', MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusterSnapshots);
    case 'parameterGroups':
      return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBParameterGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBParameterGroups?.filter((g) => ofEngine(g.DBParameterGroupFamily)));
    case 'clusterParameterGroups':
      return countPages(ctx, op, (Marker) => client.send(new m.DescribeDBClusterParameterGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBClusterParameterGroups?.filter((g) => ofEngine(g.DBParameterGroupFamily)));
  }
}

const KIND_WORDS: Record<EngineKind, string> = { instances: 'DB instances', clusters: 'DB clusters', clusterSnapshots: 'manual DB cluster snapshots', parameterGroups: 'DB parameter groups', clusterParameterGroups: 'DB cluster parameter groups' };

function engineSource(engine: 'neptune' | 'docdb'): UsageSource {
  const { label, codes } = ENGINE_QUOTAS[engine];
  const kinds = Object.keys(codes) as EngineKind[];
  return {
    name: `rds.${engine}`,
    counts: Object.fromEntries(kinds.map((k) => [codes[k]!, ['region'] as const])),
    calls: kinds.map((k) => rdsCall(KIND_OPS[k])),
    read: async (ctx, items) => {
      const out = new Map<string, Usage>();
      await Promise.all(
        kinds.map(async (kind) => {
          const mine = items.filter((i) => i.quotaCode === codes[kind]);
          if (!mine.length) return;
          const got = await guarded(ctx, mine, `rds:${KIND_OPS[kind]}`, async () => {
            const walk = await engineWalk(ctx, engine, kind);
            return forAll(mine, counted(walk.items.length, walk.complete, `${label} ${KIND_WORDS[kind]}`));
          });
          for (const [k, v] of got) out.set(k, v);
        }),
      );
      return out;
    },
  };
}

export const neptune = engineSource('neptune');
export const docdb = engineSource('docdb');

/**
 * Neptune and DocumentDB DB subnet groups: the RDS API lists one set of DB subnet groups that RDS, Neptune and
 * DocumentDB share (a subnet group has no engine), so every group in the Region is counted, which can only count too
 * many (DescribeDBSubnetGroups, MaxRecords 20–100, Marker, API_DescribeDBSubnetGroups.html).
 */
export const engineSubnetGroups: UsageSource = {
  name: 'rds.engine-subnet-groups',
  counts: { 'L-483F7912': ['region'], 'L-02DEA053': ['region'] },
  calls: [rdsCall('DescribeDBSubnetGroups')],
  read: (ctx, items) =>
    guarded(ctx, items, 'rds:DescribeDBSubnetGroups', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeDBSubnetGroups', (Marker) => ctx.client(m.RDSClient).send(new m.DescribeDBSubnetGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.DBSubnetGroups);
      return forAll(items, counted(walk.items.length, walk.complete, 'DB subnet groups', 'DB subnet groups are shared by RDS, Neptune and DocumentDB: all of them are counted'));
    }),
};

export const RDS_SOURCES: UsageSource[] = [rdsAccountAttributes, neptune, docdb, engineSubnetGroups];
