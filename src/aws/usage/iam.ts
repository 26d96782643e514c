// IAM (global, read once through us-east-1). GetAccountSummary gives roles, customer managed policies and instance
// profiles with their quotas in one call (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html:
// SummaryMap Roles/RolesQuota, Policies/PoliciesQuota, InstanceProfiles/InstanceProfilesQuota). Managed policies per
// role: ListAttachedRolePolicies of each existing role the plan attaches to
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html, Marker/IsTruncated).
import type * as Iam from '@aws-sdk/client-iam';
import { countPages, counted, forAll, guarded, nonNegative, parentIds, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Iam> => import('@aws-sdk/client-iam');

const SUMMARY: Record<string, [count: string, quota: string, what: string]> = {
  'L-FE177D64': ['Roles', 'RolesQuota', 'roles'],
  'L-E95E4862': ['Policies', 'PoliciesQuota', 'customer managed policies'],
  'L-6E65F664': ['InstanceProfiles', 'InstanceProfilesQuota', 'instance profiles'],
};

export const iamAccountSummary: UsageSource = {
  name: 'iam.account-summary',
  global: true,
  counts: { 'L-FE177D64': ['region'], 'L-E95E4862': ['region'], 'L-6E65F664': ['region'] },
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

/** A role name from a name or an ARN (arn:aws:iam::123456789012:role/path/name: the name is the last segment). */
function roleName(id: string): string {
  return id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id;
}

export const iamRolePolicies: UsageSource = {
  name: 'iam.attached-role-policies',
  global: true,
  counts: { 'L-0DA4ABF3': ['resource'] },
  calls: [{ api: 'ListAttachedRolePolicies', action: 'iam:ListAttachedRolePolicies', doc: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, ReturnType<typeof counted>>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const got = await guarded(ctx, mine, 'iam:ListAttachedRolePolicies', async () => {
          const m = await sdk();
          const walk = await countPages(
            ctx,
            'ListAttachedRolePolicies',
            (Marker) => ctx.client(m.IAMClient).send(new m.ListAttachedRolePoliciesCommand({ RoleName: roleName(id), MaxItems: 1000, Marker })),
            (p) => (p.IsTruncated ? p.Marker : undefined),
            (p) => p.AttachedPolicies,
          );
          return forAll(mine, counted(walk.items.length, walk.complete, `managed policies attached to ${roleName(id)}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const IAM_SOURCES: UsageSource[] = [iamAccountSummary, iamRolePolicies];
