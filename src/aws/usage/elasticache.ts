// ElastiCache nodes per Region (L-DFE45DF3): the sum of NumCacheNodes over every cache cluster
// (https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html, MaxRecords 20–100,
// Marker). Counting clusters instead undercounts Memcached (usage-sources.md §5). Its AWS/Usage metric NodesPerRegion
// is used first when Service Quotas names it.
import type * as ElastiCache from '@aws-sdk/client-elasticache';
import { countPages, counted, forAll, guarded, nonNegative, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof ElastiCache> => import('@aws-sdk/client-elasticache');

export const cacheNodes: UsageSource = {
  name: 'elasticache.nodes',
  counts: { 'L-DFE45DF3': ['region'] },
  calls: [{ api: 'DescribeCacheClusters', action: 'elasticache:DescribeCacheClusters', doc: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html' }],
  metricFirst: true,
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticache:DescribeCacheClusters', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeCacheClusters', (Marker) => ctx.client(m.ElastiCacheClient).send(new m.DescribeCacheClustersCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheClusters);
      let nodes = 0;
      for (const c of walk.items) {
        const n = nonNegative(c.NumCacheNodes);
        if (n === undefined) return forAll(items, { value: null, reason: `ElastiCache DescribeCacheClusters ${ctx.where} gave no usable NumCacheNodes for ${c.CacheClusterId ?? 'a cluster'}` });
        nodes += n;
      }
      return forAll(items, counted(nodes, walk.complete, 'cache nodes'));
    }),
};

const doc = (op: string) => `https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_${op}.html`;

/**
 * Subnet groups per Region (DescribeCacheSubnetGroups) and parameter groups per Region (DescribeCacheParameterGroups,
 * default groups included, which can only count too many), each one walk, MaxRecords 20–100, Marker.
 */
export const cacheGroups: UsageSource = {
  name: 'elasticache.groups',
  counts: { 'L-3E7F7726': ['region'], 'L-3F15A733': ['region'] },
  calls: [
    { api: 'DescribeCacheSubnetGroups', action: 'elasticache:DescribeCacheSubnetGroups', doc: doc('DescribeCacheSubnetGroups') },
    { api: 'DescribeCacheParameterGroups', action: 'elasticache:DescribeCacheParameterGroups', doc: doc('DescribeCacheParameterGroups') },
  ],
  read: async (ctx, items) => {
    const subnet = items.filter((i) => i.quotaCode === 'L-3E7F7726');
    const parameter = items.filter((i) => i.quotaCode === 'L-3F15A733');
    const [a, b] = await Promise.all([
      subnet.length
        ? guarded(ctx, subnet, 'elasticache:DescribeCacheSubnetGroups', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'DescribeCacheSubnetGroups', (Marker) => ctx.client(m.ElastiCacheClient).send(new m.DescribeCacheSubnetGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheSubnetGroups);
            return forAll(subnet, counted(walk.items.length, walk.complete, 'cache subnet groups'));
          })
        : new Map<string, Usage>(),
      parameter.length
        ? guarded(ctx, parameter, 'elasticache:DescribeCacheParameterGroups', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'DescribeCacheParameterGroups', (Marker) => ctx.client(m.ElastiCacheClient).send(new m.DescribeCacheParameterGroupsCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheParameterGroups);
            return forAll(parameter, counted(walk.items.length, walk.complete, 'cache parameter groups', 'default parameter groups included'));
          })
        : new Map<string, Usage>(),
    ]);
    return new Map([...a, ...b]);
  },
};

export const ELASTICACHE_SOURCES: UsageSource[] = [cacheNodes, cacheGroups];
