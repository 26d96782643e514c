// CloudWatch Logs log groups (L-C7B9AAAB): DescribeLogGroups, limit 1–50, nextToken
// (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html). With a default
// quota of 1,000,000 groups the walk stops at the page cap and says "at least N" (usage-sources.md §0).
import type * as Logs from '@aws-sdk/client-cloudwatch-logs';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Logs> => import('@aws-sdk/client-cloudwatch-logs');

export const logGroups: UsageSource = {
  name: 'logs.log-groups',
  counts: { 'L-C7B9AAAB': ['region'] },
  calls: [{ api: 'DescribeLogGroups', action: 'logs:DescribeLogGroups', doc: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'logs:DescribeLogGroups', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeLogGroups', (nextToken) => ctx.client(m.CloudWatchLogsClient).send(new m.DescribeLogGroupsCommand({ limit: 50, nextToken })), (p) => p.nextToken, (p) => p.logGroups);
      return forAll(items, counted(walk.items.length, walk.complete, 'log groups'));
    }),
};

export const LOGS_SOURCES: UsageSource[] = [logGroups];
