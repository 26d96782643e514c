// OpenSearch Service domains (L-076D529E): ListDomainNames is not paginated and, without EngineType, returns
// OpenSearch and Elasticsearch domains alike (https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html).
import { ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { counted, forAll, guarded, type UsageSource } from './source.js';

export const domains: UsageSource = {
  name: 'opensearch.domains',
  counts: { 'L-076D529E': ['region'] },
  calls: [{ api: 'ListDomainNames', action: 'es:ListDomainNames', doc: 'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ListDomainNames.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'es:ListDomainNames', async () => {
      const r = await ctx.call('ListDomainNames', () => ctx.client(OpenSearchClient).send(new ListDomainNamesCommand({})));
      return forAll(items, counted(r.DomainNames?.length ?? 0, true, 'domains'));
    }),
};

export const OPENSEARCH_SOURCES: UsageSource[] = [domains];
