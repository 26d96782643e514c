// EBS: storage per volume type (TiB) and IOPS of provisioned-IOPS volumes, summed over one DescribeVolumes walk
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html; MaxResults 5–500, [BC-OLD ec2]),
// and snapshots per Region from DescribeSnapshots of the account's own snapshots
// (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html). No EBS quota publishes a usage
// metric (usage-sources.md §2). Sizes are GiB: the storage quotas count TiB (EBS quotas,
// https://docs.aws.amazon.com/ebs/latest/userguide/ebs-resource-quotas.html), so a sum is divided by 1024.
import type * as Ec2 from '@aws-sdk/client-ec2';
import { countPages, counted, forAll, guarded, nonNegative, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Ec2> => import('@aws-sdk/client-ec2');

const STORAGE: Record<string, string> = { 'L-D18FCD1D': 'gp2', 'L-7A658B76': 'gp3', 'L-FD252861': 'io1', 'L-09BD8365': 'io2', 'L-82ACEF56': 'st1', 'L-17AF77E8': 'sc1', 'L-9CF3C2EB': 'standard' };
const IOPS: Record<string, string> = { 'L-B3A130E6': 'io1', 'L-8D977E7E': 'io2' };
/** Volume states that no longer hold storage ([BC ec2] VolumeState). */
const GONE = new Set(['deleted', 'error']);

export const volumes: UsageSource = {
  name: 'ebs.volumes',
  counts: Object.fromEntries([...Object.keys(STORAGE), ...Object.keys(IOPS)].map((code) => [code, ['region'] as const])),
  calls: [{ api: 'DescribeVolumes', action: 'ec2:DescribeVolumes', doc: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVolumes.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeVolumes', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeVolumes', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeVolumesCommand({ MaxResults: 500, NextToken })), (p) => p.NextToken, (p) => p.Volumes);
      const gib = new Map<string, number>();
      const iops = new Map<string, number>();
      for (const v of walk.items) {
        if (GONE.has(String(v.State ?? '')) || !v.VolumeType) continue;
        const size = nonNegative(v.Size);
        if (size === undefined) return forAll(items, { value: null, reason: `DescribeVolumes ${ctx.where} gave no usable size for ${v.VolumeId ?? 'a volume'}` });
        gib.set(v.VolumeType, (gib.get(v.VolumeType) ?? 0) + size);
        if (v.VolumeType === 'io1' || v.VolumeType === 'io2') iops.set(v.VolumeType, (iops.get(v.VolumeType) ?? 0) + (nonNegative(v.Iops) ?? 0));
      }
      return forAll(items, (i): Usage => {
        const type = STORAGE[i.quotaCode];
        if (type) return counted((gib.get(type) ?? 0) / 1024, walk.complete, `TiB of ${type} volumes`);
        return counted(iops.get(IOPS[i.quotaCode]!) ?? 0, walk.complete, `IOPS of ${IOPS[i.quotaCode]} volumes`);
      });
    }),
};

export const snapshots: UsageSource = {
  name: 'ebs.snapshots',
  counts: { 'L-309BACF6': ['region'] },
  calls: [{ api: 'DescribeSnapshots', action: 'ec2:DescribeSnapshots', doc: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshots.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeSnapshots', async () => {
      const m = await sdk();
      const walk = await countPages(
        ctx,
        'DescribeSnapshots',
        (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000, NextToken })),
        (p) => p.NextToken,
        (p) => p.Snapshots,
      );
      return forAll(items, counted(walk.items.length, walk.complete, 'snapshots'));
    }),
};

export const EBS_SOURCES: UsageSource[] = [volumes, snapshots];
