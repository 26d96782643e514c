// Route 53 hosted zones (global): GetAccountLimit with Type MAX_HOSTED_ZONES_BY_OWNER returns the count and the limit
// (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
import type * as Route53 from '@aws-sdk/client-route-53';
import { forAll, guarded, nonNegative, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Route53> => import('@aws-sdk/client-route-53');

export const hostedZones: UsageSource = {
  name: 'route53.hosted-zones',
  global: true,
  counts: { 'L-4EA4796A': ['region'] },
  calls: [{ api: 'GetAccountLimit', action: 'route53:GetAccountLimit', doc: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'route53:GetAccountLimit', async () => {
      const m = await sdk();
      const r = await ctx.call('GetAccountLimit', () => ctx.client(m.Route53Client).send(new m.GetAccountLimitCommand({ Type: 'MAX_HOSTED_ZONES_BY_OWNER' })));
      const n = nonNegative(r.Count);
      if (n === undefined) return forAll(items, { value: null, reason: `Route 53 GetAccountLimit returned no usable Count (${String(r.Count)})` });
      const max = nonNegative(r.Limit?.Value);
      return forAll(items, max === undefined ? { value: n } : { value: n, limit: { value: max, from: 'Route 53 GetAccountLimit' } });
    }),
};

export const ROUTE53_SOURCES: UsageSource[] = [hostedZones];
