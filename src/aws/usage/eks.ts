// EKS clusters and managed node groups per cluster. EKS API reference:
// https://docs.aws.amazon.com/eks/latest/APIReference/API_ListClusters.html (maxResults 1–100, nextToken; connected
// clusters are left out by default and have their own quota) and API_ListNodegroups.html (one walk per cluster).
import type * as Eks from '@aws-sdk/client-eks';
import { countPages, counted, forAll, guarded, nonNegative, parentIds, type Usage, type UsageSource } from './source.js';

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

/**
 * A node group's cluster and name from its id: Terraform's `CLUSTER:NODEGROUP` (aws_eks_node_group `id`),
 * CloudFormation's `CLUSTER/NODEGROUP` (Ref of AWS::EKS::Nodegroup, aws/aws-cdk#22442) or its ARN
 * (arn:aws:eks:REGION:ACCOUNT:nodegroup/CLUSTER/NODEGROUP/UUID).
 */
function nodegroupOf(id: string): { cluster: string; nodegroup: string } | undefined {
  const parts = id.startsWith('arn:') ? id.split(':').slice(5).join(':').split('/').slice(1, 3) : id.split(id.includes(':') ? ':' : '/');
  return parts.length === 2 && parts[0] && parts[1] ? { cluster: parts[0], nodegroup: parts[1] } : undefined;
}

/**
 * Nodes per managed node group: the group is held at its maximum size (as the requirement counts it), read from
 * DescribeNodegroup's scalingConfig.maxSize, one call per node group
 * (https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeNodegroup.html, API_NodegroupScalingConfig.html).
 */
export const eksNodegroupNodes: UsageSource = {
  name: 'eks.nodegroup-nodes',
  counts: { 'L-BD136A63': ['resource'] },
  calls: [{ api: 'DescribeNodegroup', action: 'eks:DescribeNodegroup', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_DescribeNodegroup.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const ng = nodegroupOf(id);
        if (!ng) {
          for (const i of mine) out.set(i.key, { value: null, reason: `"${id}" names no EKS node group (CLUSTER:NODEGROUP, CLUSTER/NODEGROUP or an ARN)` });
          return;
        }
        const got = await guarded(ctx, mine, 'eks:DescribeNodegroup', async () => {
          const m = await sdk();
          const r = await ctx.call('DescribeNodegroup', () => ctx.client(m.EKSClient).send(new m.DescribeNodegroupCommand({ clusterName: ng.cluster, nodegroupName: ng.nodegroup })));
          const max = nonNegative(r.nodegroup?.scalingConfig?.maxSize);
          return forAll(mine, max === undefined ? { value: null, reason: `EKS DescribeNodegroup ${ctx.where} returned no usable maxSize for ${id}` } : { value: max, note: `node group ${ng.nodegroup} at its maximum size` });
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

/** Fargate profiles of each existing cluster the plan adds profiles to (API_ListFargateProfiles.html, maxResults 1–100). */
export const eksFargateProfiles: UsageSource = {
  name: 'eks.fargate-profiles',
  counts: { 'L-33415657': ['resource'] },
  calls: [{ api: 'ListFargateProfiles', action: 'eks:ListFargateProfiles', doc: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_ListFargateProfiles.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const got = await guarded(ctx, mine, 'eks:ListFargateProfiles', async () => {
          const m = await sdk();
          const walk = await countPages(ctx, 'ListFargateProfiles', (nextToken) => ctx.client(m.EKSClient).send(new m.ListFargateProfilesCommand({ clusterName: clusterName(id), maxResults: 100, nextToken })), (p) => p.nextToken, (p) => p.fargateProfileNames);
          return forAll(mine, counted(walk.items.length, walk.complete, `Fargate profiles of ${clusterName(id)}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const EKS_SOURCES: UsageSource[] = [eksClusters, eksNodegroups, eksNodegroupNodes, eksFargateProfiles];
