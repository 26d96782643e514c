// Auto Scaling groups (L-CDE20ADC) and launch configurations (L-6B80B8FA): DescribeAccountLimits gives both counts and
// both limits in one call (https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_DescribeAccountLimits.html).
import type * as AutoScaling from '@aws-sdk/client-auto-scaling';
import { counted, forAll, guarded, nonNegative, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof AutoScaling> => import('@aws-sdk/client-auto-scaling');

export const autoScalingLimits: UsageSource = {
  name: 'autoscaling.account-limits',
  counts: { 'L-CDE20ADC': ['region'], 'L-6B80B8FA': ['region'] },
  calls: [{ api: 'DescribeAccountLimits', action: 'autoscaling:DescribeAccountLimits', doc: 'https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_DescribeAccountLimits.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'autoscaling:DescribeAccountLimits', async () => {
      const m = await sdk();
      const r = await ctx.call('DescribeAccountLimits', () => ctx.client(m.AutoScalingClient).send(new m.DescribeAccountLimitsCommand({})));
      const of = (used: unknown, max: unknown, what: string): Usage => {
        const n = nonNegative(used);
        if (n === undefined) return { value: null, reason: `Auto Scaling DescribeAccountLimits ${ctx.where} returned no usable count of ${what} (${String(used)})` };
        const limit = nonNegative(max);
        return limit === undefined ? counted(n, true, what) : { value: n, limit: { value: limit, from: 'Auto Scaling DescribeAccountLimits' } };
      };
      return forAll(items, (i) =>
        i.quotaCode === 'L-CDE20ADC'
          ? of(r.NumberOfAutoScalingGroups, r.MaxNumberOfAutoScalingGroups, 'Auto Scaling groups')
          : of(r.NumberOfLaunchConfigurations, r.MaxNumberOfLaunchConfigurations, 'launch configurations'),
      );
    }),
};

export const AUTOSCALING_SOURCES: UsageSource[] = [autoScalingLimits];
