// ElastiCache nodes per Region (L-DFE45DF3): the sum of NumCacheNodes over every cache cluster
// (https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html, MaxRecords 20–100,
// Marker). Counting clusters instead undercounts Memcached (usage-sources.md §5). Its AWS/Usage metric NodesPerRegion
// is used first when Service Quotas names it.
import { DescribeCacheClustersCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { countPages, counted, forAll, guarded, nonNegative, type UsageSource } from './source.js';

export const cacheNodes: UsageSource = {
  name: 'elasticache.nodes',
  counts: { 'L-DFE45DF3': ['region'] },
  calls: [{ api: 'DescribeCacheClusters', action: 'elasticache:DescribeCacheClusters', doc: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_DescribeCacheClusters.html' }],
  metricFirst: true,
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticache:DescribeCacheClusters', async () => {
      const walk = await countPages(ctx, 'DescribeCacheClusters', (Marker) => ctx.client(ElastiCacheClient).send(new DescribeCacheClustersCommand({ MaxRecords: 100, Marker })), (p) => p.Marker, (p) => p.CacheClusters);
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
