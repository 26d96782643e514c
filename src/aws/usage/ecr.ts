// ECR repositories (L-CFEB8E8D): DescribeRepositories, maxResults 1–1000, nextToken
// (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html).
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

export const repositories: UsageSource = {
  name: 'ecr.repositories',
  counts: { 'L-CFEB8E8D': ['region'] },
  calls: [{ api: 'DescribeRepositories', action: 'ecr:DescribeRepositories', doc: 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'ecr:DescribeRepositories', async () => {
      const walk = await countPages(ctx, 'DescribeRepositories', (nextToken) => ctx.client(ECRClient).send(new DescribeRepositoriesCommand({ maxResults: 1000, nextToken })), (p) => p.nextToken, (p) => p.repositories);
      return forAll(items, counted(walk.items.length, walk.complete, 'repositories'));
    }),
};

export const ECR_SOURCES: UsageSource[] = [repositories];
