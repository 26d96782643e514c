// Amazon VPC quotas, counted with the EC2 API (no VPC quota publishes a usage metric, research note usage-sources.md
// §2). One walk per resource kind and region, grouped client-side by VPC or by parent: never one call per VPC.
// Quotas and what counts: [VPCQ] https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
// API: EC2 API reference, https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_<Operation>.html
import {
  DescribeEgressOnlyInternetGatewaysCommand,
  DescribeInternetGatewaysCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupRulesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand,
  EC2Client,
  type Subnet,
} from '@aws-sdk/client-ec2';
import { chunks, countPages, counted, forAll, guarded, parentIds, type ApiCall, type UsageContext, type UsageItem, type UsageSource, type Usage } from './source.js';

const ref = (op: string) => `https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_${op}.html`;
const call = (op: string): ApiCall => ({ api: op, action: `ec2:${op}`, doc: ref(op) });
/** EC2 filters take at most 200 values each (EC2 API reference, "Filter": up to 200 values). */
const FILTER_VALUES = 200;
const ec2 = (ctx: UsageContext) => ctx.client(EC2Client);

/** Every subnet of the region, one walk shared by the NAT-gateway zones and subnets per VPC. */
function allSubnets(ctx: UsageContext): Promise<{ items: Subnet[]; complete: boolean }> {
  return ctx.once('ec2:DescribeSubnets', () =>
    countPages(ctx, 'DescribeSubnets', (NextToken) => ec2(ctx).send(new DescribeSubnetsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.Subnets, 100),
  );
}

/** Items per parent id → count per parent; a parent not found counts 0 only when the listing was complete. */
function perParent(items: UsageItem[], counts: Map<string, number>, complete: boolean, what: string, where: string): Map<string, Usage> {
  return forAll(items, (i) => {
    const id = i.parent!.id;
    const n = counts.get(id) ?? 0;
    if (!counts.has(id) && complete) return { value: 0, note: `${id} was not found ${where}: counted as empty` };
    return counted(n, complete, `${what} in ${id}`);
  });
}

// NAT gateways count while pending, available or deleting ([VPCQ] "NAT gateways per Availability Zone").
const NAT_COUNTED_STATES = ['pending', 'available', 'deleting'];

export const natGateways: UsageSource = {
  name: 'vpc.nat-gateways',
  counts: { 'L-FE5A380F': ['az', 'region'] },
  calls: [call('DescribeNatGateways'), call('DescribeSubnets')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeNatGateways', async () => {
      const walk = await countPages(
        ctx,
        'DescribeNatGateways',
        (NextToken) => ec2(ctx).send(new DescribeNatGatewaysCommand({ Filter: [{ Name: 'state', Values: NAT_COUNTED_STATES }], MaxResults: 1000, NextToken })),
        (p) => p.NextToken,
        (p) => p.NatGateways,
      );
      const zones = new Map<string, string[]>();
      let subnetsComplete = true;
      if (walk.items.some((g) => g.SubnetId)) {
        try {
          const subnets = await allSubnets(ctx);
          subnetsComplete = subnets.complete;
          for (const s of subnets.items) if (s.SubnetId) zones.set(s.SubnetId, [s.AvailabilityZone, s.AvailabilityZoneId].filter((z): z is string => !!z));
        } catch (e) {
          return forAll(items, ctx.failed(e, 'ec2:DescribeSubnets'));
        }
      }
      const byZone = new Map<string, number>();
      let everywhere = 0;
      for (const g of walk.items) {
        const z = g.SubnetId ? zones.get(g.SubnetId) : undefined;
        // A regional NAT gateway (no subnet) or one whose subnet was not listed: counted in every zone, never lost.
        if (!z?.length) everywhere++;
        else for (const name of z) byZone.set(name, (byZone.get(name) ?? 0) + 1);
      }
      const complete = walk.complete && subnetsComplete;
      return forAll(items, (i) => {
        // Zone names and ids are [a-z0-9-]; anything else ("(zone known after apply)") is an unknown zone: the fullest.
        const zone = i.scope.kind === 'az' && /^[a-z0-9-]+$/.test(i.scope.id) ? i.scope.id : null;
        const n = (zone !== null ? (byZone.get(zone) ?? 0) : Math.max(0, ...byZone.values())) + everywhere;
        return counted(n, complete, 'NAT gateways', zone === null ? 'zone not known before apply: the fullest zone' : undefined);
      });
    }),
};

/** A regional count of one EC2 Describe walk. */
function regionalCount<P>(name: string, code: string, op: string, what: string, send: (ctx: UsageContext, token: string | undefined) => Promise<P>, next: (p: P) => string | undefined, list: (p: P) => unknown[] | undefined): UsageSource {
  return {
    name,
    counts: { [code]: ['region'] },
    calls: [call(op)],
    read: (ctx, items) =>
      guarded(ctx, items, `ec2:${op}`, async () => {
        const walk = await countPages(ctx, op, (t) => send(ctx, t), next, list);
        return forAll(items, counted(walk.items.length, walk.complete, what));
      }),
  };
}

/** CIDR association states that hold a place ([BC ec2] VpcCidrBlockStateCode): associating and associated. */
const CIDR_HELD = new Set(['associating', 'associated']);

/**
 * VPCs per Region, and IPv4 / IPv6 CIDR blocks per VPC (the primary one included, [VPCQ]) from the same DescribeVpcs
 * walk: CidrBlockAssociationSet and Ipv6CidrBlockAssociationSet of each VPC.
 */
export const vpcs: UsageSource = {
  name: 'vpc.vpcs',
  counts: { 'L-F678F1CE': ['region'], 'L-83CA0A9D': ['vpc'], 'L-085A6257': ['vpc'] },
  calls: [call('DescribeVpcs')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeVpcs', async () => {
      const walk = await countPages(ctx, 'DescribeVpcs', (NextToken) => ec2(ctx).send(new DescribeVpcsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.Vpcs);
      const v4 = new Map<string, number>();
      const v6 = new Map<string, number>();
      for (const v of walk.items) {
        if (!v.VpcId) continue;
        v4.set(v.VpcId, (v.CidrBlockAssociationSet ?? []).filter((a) => CIDR_HELD.has(String(a.CidrBlockState?.State ?? ''))).length);
        v6.set(v.VpcId, (v.Ipv6CidrBlockAssociationSet ?? []).filter((a) => CIDR_HELD.has(String(a.Ipv6CidrBlockState?.State ?? ''))).length);
      }
      const out = forAll(
        items.filter((i) => i.scope.kind === 'region'),
        counted(walk.items.length, walk.complete, 'VPCs'),
      );
      for (const [code, counts, what] of [
        ['L-83CA0A9D', v4, 'IPv4 CIDR blocks'],
        ['L-085A6257', v6, 'IPv6 CIDR blocks'],
      ] as const) {
        for (const [k, u] of perParent(items.filter((i) => i.quotaCode === code), counts, walk.complete, what, ctx.where)) out.set(k, u);
      }
      return out;
    }),
};

export const internetGateways = regionalCount(
  'vpc.internet-gateways',
  'L-A4707A72',
  'DescribeInternetGateways',
  'internet gateways',
  (ctx, NextToken) => ec2(ctx).send(new DescribeInternetGatewaysCommand({ MaxResults: 1000, NextToken })),
  (p) => p.NextToken,
  (p) => p.InternetGateways,
);

// DescribeEgressOnlyInternetGateways takes MaxResults 5–255 ([BC ec2]).
export const egressOnlyInternetGateways = regionalCount(
  'vpc.egress-only-internet-gateways',
  'L-45FE3B85',
  'DescribeEgressOnlyInternetGateways',
  'egress-only internet gateways',
  (ctx, NextToken) => ec2(ctx).send(new DescribeEgressOnlyInternetGatewaysCommand({ MaxResults: 255, NextToken })),
  (p) => p.NextToken,
  (p) => p.EgressOnlyInternetGateways,
);

// Every group of the region, each VPC's default group included ([VPCQ] "VPC security groups per Region").
export const securityGroups = regionalCount(
  'vpc.security-groups',
  'L-E79EC296',
  'DescribeSecurityGroups',
  'security groups',
  (ctx, NextToken) => ec2(ctx).send(new DescribeSecurityGroupsCommand({ MaxResults: 1000, NextToken })),
  (p) => p.NextToken,
  (p) => p.SecurityGroups,
);

export const subnetsPerVpc: UsageSource = {
  name: 'vpc.subnets',
  counts: { 'L-407747CB': ['vpc'] },
  calls: [call('DescribeSubnets')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeSubnets', async () => {
      const walk = await allSubnets(ctx);
      const counts = new Map<string, number>();
      for (const s of walk.items) if (s.VpcId) counts.set(s.VpcId, (counts.get(s.VpcId) ?? 0) + 1);
      return perParent(items, counts, walk.complete, 'subnets', ctx.where);
    }),
};

/**
 * Route tables per VPC (the main route table counts, [VPCQ]) and routes per route table. One DescribeRouteTables walk
 * (at most 100 per page, [BC ec2]) filtered by the VPCs or tables the plan touches, unfiltered when it touches both.
 * Routes: propagated ones (Origin EnableVgwRoutePropagation) have their own limit and are left out; IPv4 and IPv6
 * routes count apart ([VPCQ] "Routes per route table"), so usage is the larger family. A route to a prefix list
 * weighs the list's maximum entries ([VPCQ]), which is not read: such a count is a lower bound.
 */
export const routeTables: UsageSource = {
  name: 'vpc.route-tables',
  counts: { 'L-589F43AA': ['vpc'], 'L-93826ACB': ['resource'] },
  // A new VPC comes with its main route table, which counts ([VPCQ] Route tables per VPC; usage-sources.md §3.2).
  createdParent: { 'L-589F43AA': { value: 1, why: 'its main route table' } },
  calls: [call('DescribeRouteTables')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeRouteTables', async () => {
      const perVpc = items.filter((i) => i.scope.kind === 'vpc');
      const perTable = items.filter((i) => i.scope.kind === 'resource');
      const vpcIds = parentIds(perVpc);
      const tableIds = parentIds(perTable);
      const filters = vpcIds.length && tableIds.length ? [undefined] : vpcIds.length ? chunks(vpcIds, FILTER_VALUES).map((v) => ({ Name: 'vpc-id', Values: v })) : chunks(tableIds, FILTER_VALUES).map((v) => ({ Name: 'route-table-id', Values: v }));
      const tablesPerVpc = new Map<string, number>();
      const routes = new Map<string, { n: number; prefixList: boolean }>();
      let complete = true;
      for (const filter of filters) {
        const walk = await countPages(
          ctx,
          'DescribeRouteTables',
          (NextToken) => ec2(ctx).send(new DescribeRouteTablesCommand({ MaxResults: 100, NextToken, ...(filter ? { Filters: [filter] } : {}) })),
          (p) => p.NextToken,
          (p) => p.RouteTables,
          100,
        );
        complete &&= walk.complete;
        for (const t of walk.items) {
          if (t.VpcId) tablesPerVpc.set(t.VpcId, (tablesPerVpc.get(t.VpcId) ?? 0) + 1);
          if (!t.RouteTableId) continue;
          let v4 = 0;
          let v6 = 0;
          let prefixList = false;
          for (const r of t.Routes ?? []) {
            if (r.Origin === 'EnableVgwRoutePropagation') continue;
            if (r.DestinationIpv6CidrBlock) v6++;
            else if (r.DestinationPrefixListId) (prefixList = true), v4++;
            else v4++;
          }
          routes.set(t.RouteTableId, { n: Math.max(v4, v6), prefixList });
        }
      }
      const out = perParent(perVpc, tablesPerVpc, complete, 'route tables', ctx.where);
      for (const i of perTable) {
        const id = i.parent!.id;
        const r = routes.get(id);
        if (!r) out.set(i.key, complete ? { value: null, reason: `route table ${id} was not found ${ctx.where}` } : counted(0, false, `routes in ${id}`));
        else if (r.prefixList) out.set(i.key, { value: r.n, lowerBound: true, note: `at least ${r.n} routes in ${id}: a route to a prefix list weighs its maximum entries, which quota-guard does not read` });
        else out.set(i.key, counted(r.n, true, `routes in ${id}`, 'the larger of IPv4 and IPv6 routes, propagated routes left out'));
      }
      return out;
    }),
};

/**
 * Rules per security group, per direction and family ([VPCQ]: inbound and outbound, IPv4 and IPv6 are limited
 * apart). DescribeSecurityGroupRules filtered by the groups the plan touches. A rule that references a group counts
 * in both families; one that references a prefix list weighs the list's maximum entries ([SGSIZE]
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-size), not read here: a
 * lower bound then.
 */
export const securityGroupRules: UsageSource = {
  name: 'vpc.security-group-rules',
  counts: { 'L-0EA8095F': ['resource'] },
  calls: [call('DescribeSecurityGroupRules')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeSecurityGroupRules', async () => {
      const counts = new Map<string, { n: number; prefixList: boolean }>();
      const bucket = (group: string, egress: boolean, v6: boolean) => {
        const k = `${group}|${egress ? 'egress' : 'ingress'}${v6 ? '-ipv6' : ''}`;
        let c = counts.get(k);
        if (!c) counts.set(k, (c = { n: 0, prefixList: false }));
        return c;
      };
      let complete = true;
      for (const ids of chunks(parentIds(items), FILTER_VALUES)) {
        const walk = await countPages(
          ctx,
          'DescribeSecurityGroupRules',
          (NextToken) => ec2(ctx).send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: ids }], MaxResults: 1000, NextToken })),
          (p) => p.NextToken,
          (p) => p.SecurityGroupRules,
        );
        complete &&= walk.complete;
        for (const r of walk.items) {
          if (!r.GroupId) continue;
          const egress = r.IsEgress === true;
          if (r.CidrIpv4) bucket(r.GroupId, egress, false).n++;
          else if (r.CidrIpv6) bucket(r.GroupId, egress, true).n++;
          else {
            for (const v6 of [false, true]) {
              const b = bucket(r.GroupId, egress, v6);
              b.n++;
              if (r.PrefixListId) b.prefixList = true;
            }
          }
        }
      }
      return forAll(items, (i) => {
        const id = i.parent!.id;
        const direction = /\/(ingress|egress)(-ipv6)?$/.exec(i.scope.id);
        const keys = direction ? [`${id}|${direction[1]}${direction[2] ?? ''}`] : [`${id}|ingress`, `${id}|egress`, `${id}|ingress-ipv6`, `${id}|egress-ipv6`];
        const found = keys.map((k) => counts.get(k) ?? { n: 0, prefixList: false });
        const n = Math.max(...found.map((f) => f.n));
        if (found.some((f) => f.prefixList)) return { value: n, lowerBound: true, note: `at least ${n} rules in ${id}: a rule referencing a prefix list weighs its maximum entries, which quota-guard does not read` };
        return counted(n, complete, `rules in ${id}`);
      });
    }),
};

// Endpoint states that no longer hold a place ([BC ec2] State enum); the rest count.
const ENDPOINT_GONE = new Set(['deleted', 'rejected', 'failed', 'expired', 'Deleted', 'Rejected', 'Failed', 'Expired']);

/**
 * Interface endpoints per VPC (Interface and Gateway Load Balancer endpoints together, [VPCQ]) and gateway endpoints
 * per region, from one DescribeVpcEndpoints walk.
 */
export const vpcEndpoints: UsageSource = {
  name: 'vpc.endpoints',
  counts: { 'L-29B6F2EB': ['vpc'], 'L-1B52E74A': ['region'] },
  calls: [call('DescribeVpcEndpoints')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeVpcEndpoints', async () => {
      const walk = await countPages(ctx, 'DescribeVpcEndpoints', (NextToken) => ec2(ctx).send(new DescribeVpcEndpointsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.VpcEndpoints);
      const live = walk.items.filter((e) => !ENDPOINT_GONE.has(String(e.State ?? '')));
      const interfacePerVpc = new Map<string, number>();
      for (const e of live) if (e.VpcId && (e.VpcEndpointType === 'Interface' || e.VpcEndpointType === 'GatewayLoadBalancer')) interfacePerVpc.set(e.VpcId, (interfacePerVpc.get(e.VpcId) ?? 0) + 1);
      const gateways = live.filter((e) => e.VpcEndpointType === 'Gateway').length;
      const out = perParent(items.filter((i) => i.scope.kind === 'vpc'), interfacePerVpc, walk.complete, 'interface endpoints', ctx.where);
      for (const i of items) if (i.scope.kind === 'region') out.set(i.key, counted(gateways, walk.complete, 'gateway endpoints'));
      return out;
    }),
};

/**
 * Network ACLs per VPC, and rules per network ACL: per direction and family, the default deny entries included
 * (usage-sources.md §3.2 [VPCQ] "Rules per network ACL"). One DescribeNetworkAcls walk, filtered by the VPCs or ACLs
 * the plan touches, unfiltered when it touches both.
 */
export const networkAcls: UsageSource = {
  name: 'vpc.network-acls',
  counts: { 'L-B4A6D682': ['vpc'], 'L-2AEEBF1A': ['resource'] },
  // A new VPC comes with its default network ACL (https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html);
  // counted, as the count of an existing VPC's ACLs includes it (whether the quota does is not documented: the safe side).
  // A new ACL starts with its default deny entries, one per direction and family.
  createdParent: { 'L-B4A6D682': { value: 1, why: 'its default network ACL' }, 'L-2AEEBF1A': { value: 1, why: 'its default deny entry' } },
  calls: [call('DescribeNetworkAcls')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeNetworkAcls', async () => {
      const perVpc = items.filter((i) => i.scope.kind === 'vpc');
      const perAcl = items.filter((i) => i.scope.kind === 'resource');
      const vpcIds = parentIds(perVpc);
      const aclIds = parentIds(perAcl);
      const filters = vpcIds.length && aclIds.length ? [undefined] : vpcIds.length ? chunks(vpcIds, FILTER_VALUES).map((v) => ({ Name: 'vpc-id', Values: v })) : chunks(aclIds, FILTER_VALUES).map((v) => ({ Name: 'network-acl-id', Values: v }));
      const aclsPerVpc = new Map<string, number>();
      const rules = new Map<string, number>();
      let complete = true;
      for (const filter of filters) {
        const walk = await countPages(
          ctx,
          'DescribeNetworkAcls',
          (NextToken) => ec2(ctx).send(new DescribeNetworkAclsCommand({ MaxResults: 1000, NextToken, ...(filter ? { Filters: [filter] } : {}) })),
          (p) => p.NextToken,
          (p) => p.NetworkAcls,
        );
        complete &&= walk.complete;
        for (const a of walk.items) {
          if (a.VpcId) aclsPerVpc.set(a.VpcId, (aclsPerVpc.get(a.VpcId) ?? 0) + 1);
          for (const e of a.Entries ?? []) {
            const k = `${a.NetworkAclId}|${e.Egress ? 'egress' : 'ingress'}${e.Ipv6CidrBlock ? '-ipv6' : ''}`;
            rules.set(k, (rules.get(k) ?? 0) + 1);
          }
        }
      }
      const out = perParent(perVpc, aclsPerVpc, complete, 'network ACLs', ctx.where);
      for (const i of perAcl) {
        const id = i.parent!.id;
        const m = /\/(ingress|egress|ingress-or-egress)(-ipv6)?$/.exec(i.scope.id);
        const family = m?.[2] ?? '';
        const directions = !m || m[1] === 'ingress-or-egress' ? ['ingress', 'egress'] : [m[1]!];
        const keys = m ? directions.map((d) => `${id}|${d}${family}`) : ['ingress', 'egress', 'ingress-ipv6', 'egress-ipv6'].map((d) => `${id}|${d}`);
        out.set(i.key, counted(Math.max(...keys.map((k) => rules.get(k) ?? 0)), complete, `rules in ${id}`));
      }
      return out;
    }),
};

// Peering connections held: active, and provisioning on the way to active (VpcPeeringConnectionStateReasonCode);
// requests not yet accepted have their own quota ([VPCQ] "Outstanding VPC peering connection requests").
const PEERING_HELD = ['active', 'provisioning'];

/**
 * Active VPC peering connections per VPC: one DescribeVpcPeeringConnections walk of the held ones (MaxResults 5–1000,
 * NextToken), each counted in its requester and its accepter VPC.
 */
export const peeringConnections: UsageSource = {
  name: 'vpc.peering-connections',
  counts: { 'L-7E9ECCDB': ['vpc'] },
  calls: [call('DescribeVpcPeeringConnections')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeVpcPeeringConnections', async () => {
      const walk = await countPages(
        ctx,
        'DescribeVpcPeeringConnections',
        (NextToken) => ec2(ctx).send(new DescribeVpcPeeringConnectionsCommand({ Filters: [{ Name: 'status-code', Values: PEERING_HELD }], MaxResults: 1000, NextToken })),
        (p) => p.NextToken,
        (p) => p.VpcPeeringConnections,
      );
      const counts = new Map<string, number>();
      for (const c of walk.items) for (const vpc of new Set([c.RequesterVpcInfo?.VpcId, c.AccepterVpcInfo?.VpcId])) if (vpc) counts.set(vpc, (counts.get(vpc) ?? 0) + 1);
      return forAll(items, (i) => counted(counts.get(i.parent!.id) ?? 0, walk.complete, `peering connections of ${i.parent!.id}`));
    }),
};

export const VPC_SOURCES: UsageSource[] = [natGateways, vpcs, internetGateways, egressOnlyInternetGateways, securityGroups, subnetsPerVpc, routeTables, securityGroupRules, vpcEndpoints, networkAcls, peeringConnections];
