// SNS topics (L-61103206): ListTopics, 100 per page, NextToken (https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html).
// The default quota is 100,000 topics, so the walk stops at the page cap and says "at least N". Its AWS/Usage metric
// ApproximateNumberOfTopics is used first when Service Quotas names it.
import type * as Sns from '@aws-sdk/client-sns';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Sns> => import('@aws-sdk/client-sns');

export const topics: UsageSource = {
  name: 'sns.topics',
  counts: { 'L-61103206': ['region'] },
  calls: [{ api: 'ListTopics', action: 'sns:ListTopics', doc: 'https://docs.aws.amazon.com/sns/latest/api/API_ListTopics.html' }],
  metricFirst: true,
  read: (ctx, items) =>
    guarded(ctx, items, 'sns:ListTopics', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'ListTopics', (NextToken) => ctx.client(m.SNSClient).send(new m.ListTopicsCommand({ NextToken })), (p) => p.NextToken, (p) => p.Topics);
      return forAll(items, counted(walk.items.length, walk.complete, 'topics'));
    }),
};

export const SNS_SOURCES: UsageSource[] = [topics];
