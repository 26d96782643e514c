// ECS clusters and services per cluster. ECS API reference: ListClusters (maxResults 1–100, nextToken,
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListClusters.html); services per cluster from
// DescribeClusters' activeServicesCount, up to 100 clusters per call
// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeClusters.html), rather than a ListServices
// walk per cluster (10 per page by default, usage-sources.md §3.5).
import type * as Ecs from '@aws-sdk/client-ecs';
import { chunks, countPages, counted, forAll, guarded, nonNegative, parentIds, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Ecs> => import('@aws-sdk/client-ecs');

export const ecsClusters: UsageSource = {
  name: 'ecs.clusters',
  counts: { 'L-21C621EB': ['region'] },
  calls: [{ api: 'ListClusters', action: 'ecs:ListClusters', doc: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListClusters.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'ecs:ListClusters', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'ecs:ListClusters', (nextToken) => ctx.client(m.ECSClient).send(new m.ListClustersCommand({ maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.clusterArns);
      return forAll(items, counted(walk.items.length, walk.complete, 'ECS clusters'));
    }),
};

const nameOf = (id: string) => (id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id);

export const ecsServices: UsageSource = {
  name: 'ecs.services',
  counts: { 'L-9EF96962': ['resource'] },
  calls: [{ api: 'DescribeClusters', action: 'ecs:DescribeClusters', doc: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeClusters.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'ecs:DescribeClusters', async () => {
      const m = await sdk();
      const services = new Map<string, number | undefined>();
      for (const ids of chunks(parentIds(items), 100)) {
        const r = await ctx.call('DescribeClusters', () => ctx.client(m.ECSClient).send(new m.DescribeClustersCommand({ clusters: ids })));
        for (const c of r.clusters ?? []) for (const k of [c.clusterArn, c.clusterName]) if (k) services.set(k, nonNegative(c.activeServicesCount));
      }
      return forAll(items, (i): Usage => {
        const id = i.parent!.id;
        if (!services.has(id) && !services.has(nameOf(id))) return { value: 0, note: `cluster ${nameOf(id)} was not found ${ctx.where}: counted as empty` };
        const n = services.get(id) ?? services.get(nameOf(id));
        return n === undefined ? { value: null, reason: `ECS DescribeClusters gave no usable activeServicesCount for ${nameOf(id)}` } : { value: n };
      });
    }),
};

export const ECS_SOURCES: UsageSource[] = [ecsClusters, ecsServices];
