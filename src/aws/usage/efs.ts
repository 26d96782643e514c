// EFS file systems (L-848C634D): DescribeFileSystems, MaxItems up to 100 a page by default, Marker / NextMarker
// (https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html); deleted file systems no longer count.
import type * as Efs from '@aws-sdk/client-efs';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Efs> => import('@aws-sdk/client-efs');

export const fileSystems: UsageSource = {
  name: 'efs.file-systems',
  counts: { 'L-848C634D': ['region'] },
  calls: [{ api: 'DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticfilesystem:DescribeFileSystems', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeFileSystems', (Marker) => ctx.client(m.EFSClient).send(new m.DescribeFileSystemsCommand({ MaxItems: 100, Marker })), (p) => p.NextMarker, (p) => p.FileSystems);
      return forAll(items, counted(walk.items.filter((f) => f.LifeCycleState !== 'deleted').length, walk.complete, 'file systems'));
    }),
};

export const EFS_SOURCES: UsageSource[] = [fileSystems];
