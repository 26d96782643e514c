// AWS WAF (v2) web ACLs per account: ListWebACLs by Scope (Limit 1–100, NextMarker,
// https://docs.aws.amazon.com/waf/latest/APIReference/API_ListWebACLs.html). Scope CLOUDFRONT is answered only by
// us-east-1 ("you must also specify the Region US East (N. Virginia)"), as the catalog reads its quota.
import type * as Waf from '@aws-sdk/client-wafv2';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Waf> => import('@aws-sdk/client-wafv2');

function webAcls(name: string, code: string, scope: 'REGIONAL' | 'CLOUDFRONT'): UsageSource {
  return {
    name,
    counts: { [code]: ['region'] },
    calls: [{ api: 'ListWebACLs', action: 'wafv2:ListWebACLs', doc: 'https://docs.aws.amazon.com/waf/latest/APIReference/API_ListWebACLs.html' }],
    ...(scope === 'CLOUDFRONT' ? { global: true } : {}),
    read: (ctx, items) =>
      guarded(ctx, items, 'wafv2:ListWebACLs', async () => {
        const m = await sdk();
        const client = ctx.client(m.WAFV2Client);
        const walk = await countPages(ctx, 'ListWebACLs', (NextMarker) => client.send(new m.ListWebACLsCommand({ Scope: scope, Limit: 100, NextMarker })), (p) => p.NextMarker, (p) => p.WebACLs);
        return forAll(items, counted(walk.items.length, walk.complete, `${scope === 'CLOUDFRONT' ? 'CloudFront' : 'regional'} web ACLs`));
      }),
  };
}

export const regionalWebAcls = webAcls('wafv2.regional-web-acls', 'L-2EC3DE7B', 'REGIONAL');
export const cloudfrontWebAcls = webAcls('wafv2.cloudfront-web-acls', 'L-24189897', 'CLOUDFRONT');

export const WAFV2_SOURCES: UsageSource[] = [regionalWebAcls, cloudfrontWebAcls];
