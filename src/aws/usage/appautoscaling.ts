// Application Auto Scaling: scalable targets per service namespace (one DescribeScalableTargets walk per namespace,
// MaxResults 1–50, NextToken, https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html)
// and scaling policies per scalable target (DescribeScalingPolicies filtered by ResourceId, MaxResults 1–10,
// API_DescribeScalingPolicies.html).
import type * as Aas from '@aws-sdk/client-application-auto-scaling';
import { SCALABLE_TARGET_QUOTA } from '../../quotas/catalog.js';
import { countPages, counted, forAll, guarded, parentIds, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Aas> => import('@aws-sdk/client-application-auto-scaling');

const doc = (op: string) => `https://docs.aws.amazon.com/autoscaling/application/APIReference/API_${op}.html`;
const NAMESPACE_OF = new Map(Object.entries(SCALABLE_TARGET_QUOTA).map(([ns, code]) => [code, ns]));

export const scalableTargets: UsageSource = {
  name: 'application-autoscaling.scalable-targets',
  counts: Object.fromEntries(Object.values(SCALABLE_TARGET_QUOTA).map((code) => [code, ['region'] as const])),
  calls: [{ api: 'DescribeScalableTargets', action: 'application-autoscaling:DescribeScalableTargets', doc: doc('DescribeScalableTargets') }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      [...new Set(items.map((i) => i.quotaCode))].map(async (code) => {
        const mine = items.filter((i) => i.quotaCode === code);
        const ns = NAMESPACE_OF.get(code)!;
        const got = await guarded(ctx, mine, 'application-autoscaling:DescribeScalableTargets', async () => {
          const m = await sdk();
          const client = ctx.client(m.ApplicationAutoScalingClient);
          const walk = await countPages(ctx, 'DescribeScalableTargets', (NextToken) => client.send(new m.DescribeScalableTargetsCommand({ ServiceNamespace: ns as Aas.ServiceNamespace, MaxResults: 50, NextToken })), (p) => p.NextToken, (p) => p.ScalableTargets);
          return forAll(mine, counted(walk.items.length, walk.complete, `${ns} scalable targets`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

/**
 * The service namespace of a scalable target's resource id, by the resource types of the ResourceId parameter
 * (API_RegisterScalableTarget.html: service/…, spot-fleet-request/…, instancegroup/…, fleet/…, table/…, index/…,
 * cluster:…, endpoint/…, inference-component/…, function:…, keyspace/…, replication-group/…, cache-cluster/…, an
 * https:// custom resource, and Comprehend and MSK ARNs).
 */
function namespaceOf(resourceId: string): string | undefined {
  const arn = /^arn:[^:]+:(comprehend|kafka):/.exec(resourceId);
  if (arn) return arn[1];
  const prefixes: [RegExp, string][] = [
    [/^service\//, 'ecs'],
    [/^spot-fleet-request\//, 'ec2'],
    [/^instancegroup\//, 'elasticmapreduce'],
    [/^fleet\//, 'appstream'],
    [/^(table|index)\//, 'dynamodb'],
    [/^cluster:/, 'rds'],
    [/^(endpoint|inference-component)\//, 'sagemaker'],
    [/^function:/, 'lambda'],
    [/^keyspace\//, 'cassandra'],
    [/^(replication-group|cache-cluster)\//, 'elasticache'],
    [/^https:\/\//, 'custom-resource'],
  ];
  return prefixes.find(([re]) => re.test(resourceId))?.[1];
}

/**
 * A scalable target's resource id and namespace from its id: Terraform's aws_appautoscaling_target id is its
 * resource id; CloudFormation's Ref of AWS::ApplicationAutoScaling::ScalableTarget is `RESOURCEID|DIMENSION|NAMESPACE`
 * (AWS::ApplicationAutoScaling::ScalableTarget, Return values).
 */
function targetOf(id: string): { resourceId: string; namespace: string } | undefined {
  const [resourceId, , named] = id.split('|');
  const namespace = named ?? namespaceOf(resourceId!);
  return resourceId && namespace ? { resourceId, namespace } : undefined;
}

/**
 * Scaling policies of each existing scalable target the plan adds policies to. Every policy of the resource is
 * counted, whatever its scalable dimension: a resource scaled in two dimensions (a table's reads and writes) is
 * counted high, never low.
 */
export const scalingPolicies: UsageSource = {
  name: 'application-autoscaling.scaling-policies',
  counts: { 'L-B395C81B': ['resource'] },
  calls: [{ api: 'DescribeScalingPolicies', action: 'application-autoscaling:DescribeScalingPolicies', doc: doc('DescribeScalingPolicies') }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const target = targetOf(id);
        if (!target) {
          for (const i of mine) out.set(i.key, { value: null, reason: `the service namespace of scalable target "${id}" is not known from its resource id` });
          return;
        }
        const got = await guarded(ctx, mine, 'application-autoscaling:DescribeScalingPolicies', async () => {
          const m = await sdk();
          const client = ctx.client(m.ApplicationAutoScalingClient);
          const walk = await countPages(
            ctx,
            'DescribeScalingPolicies',
            (NextToken) => client.send(new m.DescribeScalingPoliciesCommand({ ServiceNamespace: target.namespace as Aas.ServiceNamespace, ResourceId: target.resourceId, MaxResults: 10, NextToken })),
            (p) => p.NextToken,
            (p) => p.ScalingPolicies,
          );
          return forAll(mine, counted(walk.items.length, walk.complete, `scaling policies of ${target.resourceId}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const APPAUTOSCALING_SOURCES: UsageSource[] = [scalableTargets, scalingPolicies];
