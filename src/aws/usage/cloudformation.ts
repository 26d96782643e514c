// CloudFormation stacks (L-0485CB21). DescribeAccountLimits gives the limits only (StackLimit), no count
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DescribeAccountLimits.html), so stacks are
// listed: ListStacks with every status but DELETE_COMPLETE (deleted stacks are listed for 90 days otherwise;
// https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStacks.html). Nested stacks are stacks.
import type * as CloudFormation from '@aws-sdk/client-cloudformation';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof CloudFormation> => import('@aws-sdk/client-cloudformation');

export const stacks: UsageSource = {
  name: 'cloudformation.stacks',
  counts: { 'L-0485CB21': ['region'] },
  calls: [{ api: 'ListStacks', action: 'cloudformation:ListStacks', doc: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStacks.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'cloudformation:ListStacks', async () => {
      const m = await sdk();
      const live = Object.values(m.StackStatus).filter((s) => s !== m.StackStatus.DELETE_COMPLETE);
      const walk = await countPages(ctx, 'ListStacks', (NextToken) => ctx.client(m.CloudFormationClient).send(new m.ListStacksCommand({ StackStatusFilter: live, NextToken })), (p) => p.NextToken, (p) => p.StackSummaries);
      return forAll(items, counted(walk.items.length, walk.complete, 'stacks'));
    }),
};

export const CLOUDFORMATION_SOURCES: UsageSource[] = [stacks];
