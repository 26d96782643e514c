// S3 general purpose buckets (global): ListBuckets with MaxBuckets and ContinuationToken
// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html; AWS asks every caller to paginate). Directory
// buckets are another quota and another API (ListDirectoryBuckets).
import type * as S3 from '@aws-sdk/client-s3';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof S3> => import('@aws-sdk/client-s3');

export const buckets: UsageSource = {
  name: 's3.buckets',
  global: true,
  counts: { 'L-DC2B2D3D': ['region'] },
  calls: [{ api: 'ListBuckets', action: 's3:ListAllMyBuckets', doc: 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 's3:ListAllMyBuckets', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'ListBuckets', (ContinuationToken) => ctx.client(m.S3Client).send(new m.ListBucketsCommand({ MaxBuckets: 10000, ContinuationToken })), (p) => p.ContinuationToken, (p) => p.Buckets);
      return forAll(items, counted(walk.items.length, walk.complete, 'buckets'));
    }),
};

export const S3_SOURCES: UsageSource[] = [buckets];
