// EKS clusters and managed node groups per cluster. EKS API reference:
// https://docs.aws.amazon.com/eks/latest/APIReference/API_ListClusters.html (maxResults 1–100, nextToken; connected
// clusters are left out by default and have their own quota) and API_ListNodegroups.html (one walk per cluster).
import type * as Eks from '@aws-sdk/client-eks';
import { countPages, counted, forAll, guarded, parentIds, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Eks> => import('@aws-sdk/client-eks');

export const eksClusters: UsageSource = {
  name: 'eks.clusters',
  counts: { 'L-1194D53C': ['region'] },
  calls: [{ api: 'ListClusters', action: 'eks:ListClusters', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_ListClusters.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'eks:ListClusters', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'eks:ListClusters', (nextToken) => ctx.client(m.EKSClient).send(new m.ListClustersCommand({ maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.clusters);
      return forAll(items, counted(walk.items.length, walk.complete, 'EKS clusters'));
    }),
};

/** A cluster name from a name or an ARN (arn:aws:eks:REGION:ACCOUNT:cluster/NAME). */
const clusterName = (id: string) => (id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id);

export const eksNodegroups: UsageSource = {
  name: 'eks.nodegroups',
  counts: { 'L-6D54EA21': ['resource'] },
  calls: [{ api: 'ListNodegroups', action: 'eks:ListNodegroups', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_ListNodegroups.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const got = await guarded(ctx, mine, 'eks:ListNodegroups', async () => {
          const m = await sdk();
          const walk = await countPages(ctx, 'ListNodegroups', (nextToken) => ctx.client(m.EKSClient).send(new m.ListNodegroupsCommand({ clusterName: clusterName(id), maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.nodegroups);
          return forAll(mine, counted(walk.items.length, walk.complete, `node groups of ${clusterName(id)}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const EKS_SOURCES: UsageSource[] = [eksClusters, eksNodegroups];
