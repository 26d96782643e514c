// CloudFront (global, read once through us-east-1): web distributions (L-24B04930) from ListDistributions, and custom
// cache policies (L-7D134442) from ListCachePolicies with Type custom; both page with MaxItems and Marker/NextMarker
// (https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributions.html,
// https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListCachePolicies.html).
import type * as CloudFront from '@aws-sdk/client-cloudfront';
import { countPages, counted, forAll, guarded, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof CloudFront> => import('@aws-sdk/client-cloudfront');

export const cloudFront: UsageSource = {
  name: 'cloudfront.distributions',
  global: true,
  counts: { 'L-24B04930': ['region'], 'L-7D134442': ['region'] },
  calls: [
    { api: 'ListDistributions', action: 'cloudfront:ListDistributions', doc: 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListDistributions.html' },
    { api: 'ListCachePolicies', action: 'cloudfront:ListCachePolicies', doc: 'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ListCachePolicies.html' },
  ],
  read: async (ctx, items) => {
    const distributions = items.filter((i) => i.quotaCode === 'L-24B04930');
    const policies = items.filter((i) => i.quotaCode === 'L-7D134442');
    const [a, b] = await Promise.all([
      distributions.length
        ? guarded(ctx, distributions, 'cloudfront:ListDistributions', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'ListDistributions', (Marker) => ctx.client(m.CloudFrontClient).send(new m.ListDistributionsCommand({ MaxItems: 1000, Marker })), (p) => (p.DistributionList?.IsTruncated ? p.DistributionList.NextMarker : undefined), (p) => p.DistributionList?.Items);
            return forAll(distributions, counted(walk.items.length, walk.complete, 'distributions'));
          })
        : new Map<string, Usage>(),
      policies.length
        ? guarded(ctx, policies, 'cloudfront:ListCachePolicies', async () => {
            const m = await sdk();
            const walk = await countPages(ctx, 'ListCachePolicies', (Marker) => ctx.client(m.CloudFrontClient).send(new m.ListCachePoliciesCommand({ Type: 'custom', MaxItems: 100, Marker })), (p) => p.CachePolicyList?.NextMarker, (p) => p.CachePolicyList?.Items);
            return forAll(policies, counted(walk.items.length, walk.complete, 'custom cache policies'));
          })
        : new Map<string, Usage>(),
    ]);
    return new Map([...a, ...b]);
  },
};

export const CLOUDFRONT_SOURCES: UsageSource[] = [cloudFront];
