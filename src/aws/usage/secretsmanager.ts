// Secrets Manager secrets (L-2F66C23C): ListSecrets, MaxResults 1–100, NextToken
// (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html). Secrets scheduled for deletion
// are included (IncludePlannedDeletion): whether they still count is not documented, so the safe side
// (usage-sources.md §3.12). With a 500,000 quota the walk stops at the page cap and says "at least N".
import type * as SecretsManager from '@aws-sdk/client-secrets-manager';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof SecretsManager> => import('@aws-sdk/client-secrets-manager');

export const secrets: UsageSource = {
  name: 'secretsmanager.secrets',
  counts: { 'L-2F66C23C': ['region'] },
  calls: [{ api: 'ListSecrets', action: 'secretsmanager:ListSecrets', doc: 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'secretsmanager:ListSecrets', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'ListSecrets', (NextToken) => ctx.client(m.SecretsManagerClient).send(new m.ListSecretsCommand({ MaxResults: 100, IncludePlannedDeletion: true, NextToken })), (p) => p.NextToken, (p) => p.SecretList);
      return forAll(items, counted(walk.items.length, walk.complete, 'secrets'));
    }),
};

export const SECRETSMANAGER_SOURCES: UsageSource[] = [secrets];
