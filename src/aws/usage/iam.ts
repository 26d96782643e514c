// IAM (global, read once through us-east-1). GetAccountSummary gives roles, customer managed policies and instance
// profiles with their quotas in one call (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html:
// SummaryMap Roles/RolesQuota, Policies/PoliciesQuota, InstanceProfiles/InstanceProfilesQuota). Managed policies per
// role: ListAttachedRolePolicies of each existing role the plan attaches to
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html, Marker/IsTruncated), and per
// user likewise. SummaryMap also gives Users/UsersQuota and Groups/GroupsQuota.
import type * as Iam from '@aws-sdk/client-iam';
import { countPages, counted, forAll, guarded, nonNegative, parentIds, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Iam> => import('@aws-sdk/client-iam');

const SUMMARY: Record<string, [count: string, quota: string, what: string]> = {
  'L-FE177D64': ['Roles', 'RolesQuota', 'roles'],
  'L-E95E4862': ['Policies', 'PoliciesQuota', 'customer managed policies'],
  'L-6E65F664': ['InstanceProfiles', 'InstanceProfilesQuota', 'instance profiles'],
  'L-F55AF5E4': ['Users', 'UsersQuota', 'users'],
  'L-F4A5425F': ['Groups', 'GroupsQuota', 'groups'],
};

export const iamAccountSummary: UsageSource = {
  name: 'iam.account-summary',
  global: true,
  counts: Object.fromEntries(Object.keys(SUMMARY).map((code) => [code, ['region'] as const])),
  calls: [{ api: 'GetAccountSummary', action: 'iam:GetAccountSummary', doc: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'iam:GetAccountSummary', async () => {
      const m = await sdk();
      const r = await ctx.call('GetAccountSummary', () => ctx.client(m.IAMClient).send(new m.GetAccountSummaryCommand({})));
      const map = (r.SummaryMap ?? {}) as Record<string, number | undefined>;
      return forAll(items, (i) => {
        const [countKey, quotaKey, what] = SUMMARY[i.quotaCode]!;
        const n = nonNegative(map[countKey]);
        if (n === undefined) return { value: null, reason: `IAM GetAccountSummary returned no usable ${countKey} (${String(map[countKey])})` };
        const max = nonNegative(map[quotaKey]);
        return max === undefined ? counted(n, true, what) : { value: n, limit: { value: max, from: `IAM GetAccountSummary ${quotaKey}` } };
      });
    }),
};

/** A role or user name from a name or an ARN (arn:aws:iam::123456789012:role/path/name: the last segment). */
function lastSegment(id: string): string {
  return id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id;
}

/** Managed policies attached to each existing role or user the plan attaches to: one walk per parent. */
function attachedPolicies(kind: 'role' | 'user', code: string, op: 'ListAttachedRolePolicies' | 'ListAttachedUserPolicies'): UsageSource {
  return {
    name: `iam.attached-${kind}-policies`,
    global: true,
    counts: { [code]: ['resource'] },
    calls: [{ api: op, action: `iam:${op}`, doc: `https://docs.aws.amazon.com/IAM/latest/APIReference/API_${op}.html` }],
    read: async (ctx, items) => {
      const out = new Map<string, ReturnType<typeof counted>>();
      await Promise.all(
        parentIds(items).map(async (id) => {
          const mine = items.filter((i) => i.parent!.id === id);
          const name = lastSegment(id);
          const got = await guarded(ctx, mine, `iam:${op}`, async () => {
            const m = await sdk();
            const send = (Marker: string | undefined) =>
              kind === 'role'
                ? ctx.client(m.IAMClient).send(new m.ListAttachedRolePoliciesCommand({ RoleName: name, MaxItems: 1000, Marker }))
                : ctx.client(m.IAMClient).send(new m.ListAttachedUserPoliciesCommand({ UserName: name, MaxItems: 1000, Marker }));
            const walk = await countPages(ctx, op, send, (p) => (p.IsTruncated ? p.Marker : undefined), (p) => p.AttachedPolicies);
            return forAll(mine, counted(walk.items.length, walk.complete, `managed policies attached to ${name}`));
          });
          for (const [k, v] of got) out.set(k, v);
        }),
      );
      return out;
    },
  };
}

export const iamRolePolicies = attachedPolicies('role', 'L-0DA4ABF3', 'ListAttachedRolePolicies');
export const iamUserPolicies = attachedPolicies('user', 'L-4019AD8B', 'ListAttachedUserPolicies');

/** OpenID Connect providers: ListOpenIDConnectProviders is not paginated and returns them all (API_ListOpenIDConnectProviders.html). */
export const oidcProviders: UsageSource = {
  name: 'iam.oidc-providers',
  global: true,
  counts: { 'L-858F3967': ['region'] },
  calls: [{ api: 'ListOpenIDConnectProviders', action: 'iam:ListOpenIDConnectProviders', doc: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOpenIDConnectProviders.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'iam:ListOpenIDConnectProviders', async () => {
      const m = await sdk();
      const r = await ctx.call('ListOpenIDConnectProviders', () => ctx.client(m.IAMClient).send(new m.ListOpenIDConnectProvidersCommand({})));
      return forAll(items, counted(r.OpenIDConnectProviderList?.length ?? 0, true, 'OpenID Connect providers'));
    }),
};

export const IAM_SOURCES: UsageSource[] = [iamAccountSummary, iamRolePolicies, iamUserPolicies, oidcProviders];
