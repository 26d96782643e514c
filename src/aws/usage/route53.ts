// Route 53 hosted zones (global): GetAccountLimit with Type MAX_HOSTED_ZONES_BY_OWNER returns the count and the limit
// (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetAccountLimit.html).
import type * as Route53 from '@aws-sdk/client-route-53';
import { forAll, guarded, nonNegative, parentIds, type Usage, type UsageSource } from './source.js';

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

/**
 * Records per hosted zone: GetHostedZoneLimit with Type MAX_RRSETS_BY_ZONE gives the zone's count and limit, one call
 * per existing zone the plan adds records to (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZoneLimit.html).
 */
export const recordsPerZone: UsageSource = {
  name: 'route53.records-per-zone',
  global: true,
  counts: { 'L-E209CC9F': ['resource'] },
  calls: [{ api: 'GetHostedZoneLimit', action: 'route53:GetHostedZoneLimit', doc: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_GetHostedZoneLimit.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        // A zone id, also in its /hostedzone/Z… form.
        const zone = id.replace(/^\/?hostedzone\//, '');
        const got = await guarded(ctx, mine, 'route53:GetHostedZoneLimit', async () => {
          const m = await sdk();
          const r = await ctx.call('GetHostedZoneLimit', () => ctx.client(m.Route53Client).send(new m.GetHostedZoneLimitCommand({ HostedZoneId: zone, Type: 'MAX_RRSETS_BY_ZONE' })));
          const n = nonNegative(r.Count);
          if (n === undefined) return forAll(mine, { value: null, reason: `Route 53 GetHostedZoneLimit returned no usable Count for ${zone} (${String(r.Count)})` });
          const max = nonNegative(r.Limit?.Value);
          return forAll(mine, max === undefined ? { value: n } : { value: n, limit: { value: max, from: `Route 53 GetHostedZoneLimit ${zone}` } });
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const ROUTE53_SOURCES: UsageSource[] = [hostedZones, recordsPerZone];
