// EC2 quotas other than vCPUs (those have a usage metric, read by the planner): Elastic IPs, transit gateways, VPN
// connections, network interfaces. EC2 API reference: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/
import {
  DescribeAddressesCommand,
  DescribeCustomerGatewaysCommand,
  DescribeNetworkInterfacesCommand,
  DescribeTransitGatewaysCommand,
  DescribeVpnConnectionsCommand,
  DescribeVpnGatewaysCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { countPages, counted, forAll, guarded, type ApiCall, type UsageSource } from './source.js';

const call = (op: string): ApiCall => ({ api: op, action: `ec2:${op}`, doc: `https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_${op}.html` });

export const elasticIps: UsageSource = {
  name: 'ec2.addresses',
  counts: { 'L-0263D0A3': ['region'] },
  calls: [call('DescribeAddresses')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeAddresses', async () => {
      // Not paginated: one call returns every address of the region ([BC ec2] DescribeAddresses has no NextToken).
      const r = await ctx.call('DescribeAddresses', () => ctx.client(EC2Client).send(new DescribeAddressesCommand({ Filters: [{ Name: 'domain', Values: ['vpc'] }] })));
      return forAll(items, counted(r.Addresses?.length ?? 0, true, 'Elastic IPs'));
    }),
};

// Transit gateway states that still count: every state but deleted ([BC ec2] TransitGatewayState).
export const transitGateways: UsageSource = {
  name: 'ec2.transit-gateways',
  counts: { 'L-A2478D36': ['region'] },
  calls: [call('DescribeTransitGateways')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeTransitGateways', async () => {
      const walk = await countPages(
        ctx,
        'DescribeTransitGateways',
        (NextToken) => ctx.client(EC2Client).send(new DescribeTransitGatewaysCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'modifying', 'deleting'] }], MaxResults: 1000, NextToken })),
        (p) => p.NextToken,
        (p) => p.TransitGateways,
      );
      return forAll(items, counted(walk.items.length, walk.complete, 'transit gateways'));
    }),
};

export const vpnConnections: UsageSource = {
  name: 'ec2.vpn-connections',
  counts: { 'L-3E6EC3A3': ['region'] },
  calls: [call('DescribeVpnConnections')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeVpnConnections', async () => {
      // Not paginated ([BC ec2]); deleted connections linger in the answer and no longer count.
      const r = await ctx.call('DescribeVpnConnections', () =>
        ctx.client(EC2Client).send(new DescribeVpnConnectionsCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'deleting'] }] })),
      );
      return forAll(items, counted(r.VpnConnections?.length ?? 0, true, 'VPN connections'));
    }),
};

// Every interface of every status, requester-managed ones (Lambda, NAT, load balancers, endpoints) included
// ([VPCQ] "Network interfaces per Region").
export const networkInterfaces: UsageSource = {
  name: 'ec2.network-interfaces',
  counts: { 'L-DF5E4CA3': ['region'] },
  calls: [call('DescribeNetworkInterfaces')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeNetworkInterfaces', async () => {
      const walk = await countPages(
        ctx,
        'DescribeNetworkInterfaces',
        (NextToken) => ctx.client(EC2Client).send(new DescribeNetworkInterfacesCommand({ MaxResults: 1000, NextToken })),
        (p) => p.NextToken,
        (p) => p.NetworkInterfaces,
      );
      return forAll(items, counted(walk.items.length, walk.complete, 'network interfaces'));
    }),
};

// Customer gateways and virtual private gateways: neither call is paginated ([BC ec2]); deleted ones linger in the
// answer and no longer count.
export const customerGateways: UsageSource = {
  name: 'ec2.customer-gateways',
  counts: { 'L-4FB7FF5D': ['region'] },
  calls: [call('DescribeCustomerGateways')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeCustomerGateways', async () => {
      const r = await ctx.call('DescribeCustomerGateways', () => ctx.client(EC2Client).send(new DescribeCustomerGatewaysCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'deleting'] }] })));
      return forAll(items, counted(r.CustomerGateways?.length ?? 0, true, 'customer gateways'));
    }),
};

export const vpnGateways: UsageSource = {
  name: 'ec2.vpn-gateways',
  counts: { 'L-7029FAB6': ['region'] },
  calls: [call('DescribeVpnGateways')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeVpnGateways', async () => {
      const r = await ctx.call('DescribeVpnGateways', () => ctx.client(EC2Client).send(new DescribeVpnGatewaysCommand({ Filters: [{ Name: 'state', Values: ['pending', 'available', 'deleting'] }] })));
      return forAll(items, counted(r.VpnGateways?.length ?? 0, true, 'virtual private gateways'));
    }),
};

export const EC2_SOURCES: UsageSource[] = [elasticIps, transitGateways, vpnConnections, networkInterfaces, customerGateways, vpnGateways];
