// EFS file systems (L-848C634D): DescribeFileSystems, MaxItems up to 100 a page by default, Marker / NextMarker
// (https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html); deleted file systems no longer count.
// Mount targets per VPC (L-7391004C): DescribeMountTargets needs a file system (or mount target or access point) id
// (https://docs.aws.amazon.com/efs/latest/ug/API_DescribeMountTargets.html, MaxItems up to 100, Marker / NextMarker),
// so the mount targets of every file system that has any (NumberOfMountTargets) are listed, and counted by VpcId.
import type * as Efs from '@aws-sdk/client-efs';
import { countPages, counted, forAll, guarded, type UsageContext, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Efs> => import('@aws-sdk/client-efs');

/** The region's file systems, one walk per account-region shared by both sources. */
const fileSystemWalk = (ctx: UsageContext) =>
  ctx.once('efs.file-systems', async () => {
    const m = await sdk();
    return countPages(ctx, 'DescribeFileSystems', (Marker) => ctx.client(m.EFSClient).send(new m.DescribeFileSystemsCommand({ MaxItems: 100, Marker })), (p) => p.NextMarker, (p) => p.FileSystems);
  });

export const fileSystems: UsageSource = {
  name: 'efs.file-systems',
  counts: { 'L-848C634D': ['region'] },
  calls: [{ api: 'DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticfilesystem:DescribeFileSystems', async () => {
      const walk = await fileSystemWalk(ctx);
      return forAll(items, counted(walk.items.filter((f) => f.LifeCycleState !== 'deleted').length, walk.complete, 'file systems'));
    }),
};

export const mountTargetsPerVpc: UsageSource = {
  name: 'efs.mount-targets-per-vpc',
  counts: { 'L-7391004C': ['vpc'] },
  calls: [
    { api: 'DescribeFileSystems', action: 'elasticfilesystem:DescribeFileSystems', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html' },
    { api: 'DescribeMountTargets', action: 'elasticfilesystem:DescribeMountTargets', doc: 'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeMountTargets.html' },
  ],
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticfilesystem:DescribeFileSystems', async () => {
      const fs = await fileSystemWalk(ctx);
      return guarded(ctx, items, 'elasticfilesystem:DescribeMountTargets', async () => {
        const m = await sdk();
        const client = ctx.client(m.EFSClient);
        const withTargets = fs.items.filter((f) => f.LifeCycleState !== 'deleted' && (f.NumberOfMountTargets ?? 1) > 0);
        const walks = await Promise.all(
          withTargets.map((f) => countPages(ctx, 'DescribeMountTargets', (Marker) => client.send(new m.DescribeMountTargetsCommand({ FileSystemId: f.FileSystemId, MaxItems: 100, Marker })), (p) => p.NextMarker, (p) => p.MountTargets)),
        );
        const complete = fs.complete && walks.every((w) => w.complete);
        const perVpc = new Map<string, number>();
        for (const t of walks.flatMap((w) => w.items)) if (t.VpcId && t.LifeCycleState !== 'deleted') perVpc.set(t.VpcId, (perVpc.get(t.VpcId) ?? 0) + 1);
        return forAll(items, (i) => counted(perVpc.get(i.parent!.id) ?? 0, complete, `EFS mount targets in ${i.parent!.id}`));
      });
    }),
};

export const EFS_SOURCES: UsageSource[] = [fileSystems, mountTargetsPerVpc];
