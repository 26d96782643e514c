// Amazon Cognito user pools: user pools per Region (ListUserPools, MaxResults 1–60 required, NextToken,
// https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html) and app clients
// per user pool (ListUserPoolClients, one walk per pool, API_ListUserPoolClients.html).
import type * as Cognito from '@aws-sdk/client-cognito-identity-provider';
import { countPages, counted, forAll, guarded, parentIds, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Cognito> => import('@aws-sdk/client-cognito-identity-provider');

const doc = (op: string) => `https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_${op}.html`;

export const userPools: UsageSource = {
  name: 'cognito.user-pools',
  counts: { 'L-66E6DF30': ['region'] },
  calls: [{ api: 'ListUserPools', action: 'cognito-idp:ListUserPools', doc: doc('ListUserPools') }],
  read: (ctx, items) =>
    guarded(ctx, items, 'cognito-idp:ListUserPools', async () => {
      const m = await sdk();
      const client = ctx.client(m.CognitoIdentityProviderClient);
      const walk = await countPages(ctx, 'ListUserPools', (NextToken) => client.send(new m.ListUserPoolsCommand({ MaxResults: 60, NextToken })), (p) => p.NextToken, (p) => p.UserPools);
      return forAll(items, counted(walk.items.length, walk.complete, 'user pools'));
    }),
};

/** App clients of each existing user pool the plan adds clients to (its id, as Terraform and CloudFormation give it). */
export const userPoolClients: UsageSource = {
  name: 'cognito.user-pool-clients',
  counts: { 'L-5EAB0605': ['resource'] },
  calls: [{ api: 'ListUserPoolClients', action: 'cognito-idp:ListUserPoolClients', doc: doc('ListUserPoolClients') }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const got = await guarded(ctx, mine, 'cognito-idp:ListUserPoolClients', async () => {
          const m = await sdk();
          const client = ctx.client(m.CognitoIdentityProviderClient);
          const walk = await countPages(ctx, 'ListUserPoolClients', (NextToken) => client.send(new m.ListUserPoolClientsCommand({ UserPoolId: id, MaxResults: 60, NextToken })), (p) => p.NextToken, (p) => p.UserPoolClients);
          return forAll(mine, counted(walk.items.length, walk.complete, `app clients of user pool ${id}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const COGNITO_SOURCES: UsageSource[] = [userPools, userPoolClients];
