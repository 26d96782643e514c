// ECR repositories (L-CFEB8E8D): DescribeRepositories, maxResults 1–1000, nextToken
// (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html).
import type * as Ecr from '@aws-sdk/client-ecr';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Ecr> => import('@aws-sdk/client-ecr');

export const repositories: UsageSource = {
  name: 'ecr.repositories',
  counts: { 'L-CFEB8E8D': ['region'] },
  calls: [{ api: 'DescribeRepositories', action: 'ecr:DescribeRepositories', doc: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'ecr:DescribeRepositories', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeRepositories', (nextToken) => ctx.client(m.ECRClient).send(new m.DescribeRepositoriesCommand({ maxResults: 1000, nextToken })), (p) => p.nextToken, (p) => p.repositories);
      return forAll(items, counted(walk.items.length, walk.complete, 'repositories'));
    }),
};

export const ECR_SOURCES: UsageSource[] = [repositories];
