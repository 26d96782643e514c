// ElastiCache nodes per Region (L-DFE45DF3): the sum of NumCacheNodes over every cache cluster
// (https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html, MaxRecords 20–100,
// Marker). Counting clusters instead undercounts Memcached (usage-sources.md §5). Its AWS/Usage metric NodesPerRegion
// is used first when Service Quotas names it.
import type * as ElastiCache from '@aws-sdk/client-elasticache';
import { countPages, counted, forAll, guarded, nonNegative, type UsageSource } from './source.js';

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

export const ELASTICACHE_SOURCES: UsageSource[] = [cacheNodes];
