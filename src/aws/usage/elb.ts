// Elastic Load Balancing v2: load balancers by type, target groups, listeners per load balancer. ELB API reference,
// https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_<Operation>.html (PageSize 1–400,
// Marker/NextMarker). The AWS/Usage metrics of ELB (usage-sources.md §2) are used first when Service Quotas names one.
import type * as Elb from '@aws-sdk/client-elastic-load-balancing';
import type * as ElbV2 from '@aws-sdk/client-elastic-load-balancing-v2';
import { countPages, counted, forAll, guarded, parentIds, type ApiCall, type Usage, type UsageContext, type UsageItem, type UsageSource } from './source.js';

/** The SDK clients, loaded on first use: a check that needs few services starts fast. */
const v2 = (): Promise<typeof ElbV2> => import('@aws-sdk/client-elastic-load-balancing-v2');
const v1 = (): Promise<typeof Elb> => import('@aws-sdk/client-elastic-load-balancing');

const call = (op: string): ApiCall => ({ api: op, action: `elasticloadbalancing:${op}`, doc: `https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_${op}.html` });
const elb = async (ctx: UsageContext) => {
  const m = await v2();
  return { m, client: ctx.client(m.ElasticLoadBalancingV2Client) };
};
/** The AWS/Usage dimensions of an ELB count (usage-sources.md §2, [DH] linked metrics). */
const usage = (resource: string) => ({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'Elastic Load Balancing', Type: 'Resource', Resource: resource, Class: 'None' }, source: 'usage-sources.md §2 [DH]' });

const TYPE_OF: Record<string, string> = { 'L-53DA6B97': 'application', 'L-69A177A2': 'network' };

export const loadBalancers: UsageSource = {
  name: 'elb.load-balancers',
  counts: { 'L-53DA6B97': ['region'], 'L-69A177A2': ['region'] },
  calls: [call('DescribeLoadBalancers')],
  metricFirst: true,
  metrics: { 'L-53DA6B97': usage('ApplicationLoadBalancersPerRegion'), 'L-69A177A2': usage('NetworkLoadBalancersPerRegion') },
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticloadbalancing:DescribeLoadBalancers', async () => {
      const { m, client } = await elb(ctx);
      const walk = await countPages(ctx, 'DescribeLoadBalancers', (Marker) => client.send(new m.DescribeLoadBalancersCommand({ PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.LoadBalancers);
      return forAll(items, (i) => counted(walk.items.filter((lb) => lb.Type === TYPE_OF[i.quotaCode]).length, walk.complete, `${TYPE_OF[i.quotaCode]} load balancers`));
    }),
};

export const targetGroups: UsageSource = {
  name: 'elb.target-groups',
  counts: { 'L-B22855CB': ['region'] },
  calls: [call('DescribeTargetGroups')],
  metricFirst: true,
  metrics: { 'L-B22855CB': usage('TargetGroupsPerRegion') },
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticloadbalancing:DescribeTargetGroups', async () => {
      const { m, client } = await elb(ctx);
      const walk = await countPages(ctx, 'DescribeTargetGroups', (Marker) => client.send(new m.DescribeTargetGroupsCommand({ PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.TargetGroups);
      return forAll(items, counted(walk.items.length, walk.complete, 'target groups'));
    }),
};

/** The listeners of one load balancer (its ARN), one walk per account-region shared by the sources that need it. */
const listenersOf = (ctx: UsageContext, arn: string) =>
  ctx.once(`elb.listeners ${arn}`, async () => {
    const { m, client } = await elb(ctx);
    return countPages(ctx, 'DescribeListeners', (Marker) => client.send(new m.DescribeListenersCommand({ LoadBalancerArn: arn, PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.Listeners);
  });

/** Reads each load balancer the requirements are counted in (by ARN), with `read`; a parent id that is no ARN is unknown. */
async function perLoadBalancer(items: UsageItem[], what: string, read: (arn: string, mine: UsageItem[]) => Promise<Map<string, Usage>>): Promise<Map<string, Usage>> {
  const out = new Map<string, Usage>();
  await Promise.all(
    parentIds(items).map(async (arn) => {
      const mine = items.filter((i) => i.parent!.id === arn);
      if (!arn.startsWith('arn:')) {
        for (const i of mine) out.set(i.key, { value: null, reason: `"${arn}" is not a load balancer ARN; ${what} are counted by ARN` });
        return;
      }
      for (const [k, v] of await read(arn, mine)) out.set(k, v);
    }),
  );
  return out;
}

/**
 * Listeners of each existing Application or Network Load Balancer the plan adds listeners to: one walk per load
 * balancer (its ARN).
 */
export const listeners: UsageSource = {
  name: 'elb.listeners',
  counts: { 'L-B6DF7632': ['resource'], 'L-57A373D6': ['resource'] },
  calls: [call('DescribeListeners')],
  read: (ctx, items) =>
    perLoadBalancer(items, 'listeners', (arn, mine) =>
      guarded(ctx, mine, 'elasticloadbalancing:DescribeListeners', async () => {
        const walk = await listenersOf(ctx, arn);
        return forAll(mine, counted(walk.items.length, walk.complete, `listeners of ${arn}`));
      }),
    ),
};

/**
 * Classic Load Balancers per Region, and listeners per Classic Load Balancer (its ListenerDescriptions), from one walk
 * of the ELB (2012-06-01) API's DescribeLoadBalancers, PageSize 1–400, Marker/NextMarker
 * (https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html); same IAM
 * action as version 2's.
 */
export const classicLoadBalancers: UsageSource = {
  name: 'elb.classic-load-balancers',
  counts: { 'L-E9E9831D': ['region'], 'L-1A491844': ['resource'] },
  calls: [{ api: 'elb:DescribeLoadBalancers', action: 'elasticloadbalancing:DescribeLoadBalancers', doc: 'https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_DescribeLoadBalancers.html' }],
  metricFirst: true,
  metrics: { 'L-E9E9831D': usage('ClassicLoadBalancersPerRegion') },
  read: (ctx, items) =>
    guarded(ctx, items, 'elasticloadbalancing:DescribeLoadBalancers', async () => {
      const m = await v1();
      const walk = await countPages(
        ctx,
        'elb:DescribeLoadBalancers',
        (Marker) => ctx.client(m.ElasticLoadBalancingClient).send(new m.DescribeLoadBalancersCommand({ PageSize: 400, Marker })),
        (p) => p.NextMarker,
        (p) => p.LoadBalancerDescriptions,
      );
      const listenersOf = new Map(walk.items.map((lb) => [lb.LoadBalancerName ?? '', lb.ListenerDescriptions?.length ?? 0]));
      return forAll(items, (i): Usage => {
        if (i.scope.kind === 'region') return counted(walk.items.length, walk.complete, 'Classic Load Balancers');
        // A classic load balancer is named by its name (Terraform id, CloudFormation physical id).
        const name = i.parent!.id;
        if (!listenersOf.has(name)) return walk.complete ? { value: 0, note: `Classic Load Balancer ${name} was not found ${ctx.where}: counted as empty` } : counted(0, false, `listeners of ${name}`);
        return counted(listenersOf.get(name)!, true, `listeners of ${name}`);
      });
    }),
};

/**
 * Rules per Application Load Balancer, default rules not counted
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html): the rules of
 * every listener of each existing load balancer (DescribeListeners, then DescribeRules per listener, PageSize 1–400,
 * Marker), without the listeners' default rules (IsDefault).
 */
export const listenerRules: UsageSource = {
  name: 'elb.rules-per-load-balancer',
  counts: { 'L-7EED9B64': ['resource'] },
  calls: [call('DescribeListeners'), call('DescribeRules')],
  read: (ctx, items) =>
    perLoadBalancer(items, 'rules', (arn, mine) =>
      guarded(ctx, mine, 'elasticloadbalancing:DescribeListeners', async () => {
        const ls = await listenersOf(ctx, arn);
        return guarded(ctx, mine, 'elasticloadbalancing:DescribeRules', async () => {
          const { m, client } = await elb(ctx);
          const walks = await Promise.all(
            ls.items.map((l) => countPages(ctx, 'DescribeRules', (Marker) => client.send(new m.DescribeRulesCommand({ ListenerArn: l.ListenerArn, PageSize: 400, Marker })), (p) => p.NextMarker, (p) => p.Rules)),
          );
          const rules = walks.reduce((n, w) => n + w.items.filter((r) => !r.IsDefault).length, 0);
          return forAll(mine, counted(rules, ls.complete && walks.every((w) => w.complete), `rules of ${arn}`));
        });
      }),
    ),
};

export const ELB_SOURCES: UsageSource[] = [loadBalancers, classicLoadBalancers, targetGroups, listeners, listenerRules];
