// OpenSearch Service domains (L-076D529E): ListDomainNames is not paginated and, without EngineType, returns
// OpenSearch and Elasticsearch domains alike (https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html).
import type * as OpenSearch from '@aws-sdk/client-opensearch';
import { counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof OpenSearch> => import('@aws-sdk/client-opensearch');

export const domains: UsageSource = {
  name: 'opensearch.domains',
  counts: { 'L-076D529E': ['region'] },
  calls: [{ api: 'ListDomainNames', action: 'es:ListDomainNames', doc: 'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'es:ListDomainNames', async () => {
      const m = await sdk();
      const r = await ctx.call('ListDomainNames', () => ctx.client(m.OpenSearchClient).send(new m.ListDomainNamesCommand({})));
      return forAll(items, counted(r.DomainNames?.length ?? 0, true, 'domains'));
    }),
};

export const OPENSEARCH_SOURCES: UsageSource[] = [domains];
