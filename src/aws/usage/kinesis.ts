// Kinesis Data Streams shards (L-0918CF54): DescribeLimits gives OpenShardCount and ShardLimit in one call
// (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeLimits.html; 1 transaction per second). The
// Kinesis client speaks HTTP/2 by default (for SubscribeToShard); DescribeLimits is plain JSON over HTTP/1.1.
import type * as Kinesis from '@aws-sdk/client-kinesis';
import { forAll, guarded, nonNegative, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Kinesis> => import('@aws-sdk/client-kinesis');

export const kinesisShards: UsageSource = {
  name: 'kinesis.limits',
  counts: { 'L-0918CF54': ['region'] },
  calls: [{ api: 'DescribeLimits', action: 'kinesis:DescribeLimits', doc: 'https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeLimits.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'kinesis:DescribeLimits', async () => {
      const m = await sdk();
      const r = await ctx.call('DescribeLimits', () => ctx.client(m.KinesisClient, { http1: true }).send(new m.DescribeLimitsCommand({})));
      const n = nonNegative(r.OpenShardCount);
      if (n === undefined) return forAll(items, { value: null, reason: `Kinesis DescribeLimits ${ctx.where} returned no usable OpenShardCount (${String(r.OpenShardCount)})` });
      const max = nonNegative(r.ShardLimit);
      return forAll(items, max === undefined ? { value: n } : { value: n, limit: { value: max, from: 'Kinesis DescribeLimits ShardLimit' } });
    }),
};

export const KINESIS_SOURCES: UsageSource[] = [kinesisShards];
