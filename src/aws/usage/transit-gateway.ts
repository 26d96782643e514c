// Transit gateway quotas per transit gateway and per VPC ([TGWQ] https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html),
// counted with the EC2 API: one DescribeTransitGatewayAttachments walk (MaxResults 5–1000, NextToken) serves
// attachments and peering attachments per transit gateway and attachments per VPC, grouped client-side; one
// DescribeTransitGatewayRouteTables walk serves route tables per transit gateway. EC2 API reference:
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeTransitGatewayAttachments.html,
// API_DescribeTransitGatewayRouteTables.html.
import type * as Ec2 from '@aws-sdk/client-ec2';
import type { TransitGatewayAttachment } from '@aws-sdk/client-ec2';
import { countPages, counted, forAll, guarded, type ApiCall, type Counted, type UsageContext, type UsageItem, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Ec2> => import('@aws-sdk/client-ec2');

const call = (op: string): ApiCall => ({ api: op, action: `ec2:${op}`, doc: `https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_${op}.html` });

// States that no longer hold an attachment or route table (TransitGatewayAttachmentState, TransitGatewayRouteTableState).
const GONE = new Set(['deleted', 'failed', 'rejected']);

/** Every transit gateway attachment of the region, one walk shared by the three quotas it serves. */
const allAttachments = (ctx: UsageContext): Promise<Counted<TransitGatewayAttachment>> =>
  ctx.once('ec2:DescribeTransitGatewayAttachments', async () => {
    const m = await sdk();
    return countPages(ctx, 'DescribeTransitGatewayAttachments', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeTransitGatewayAttachmentsCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.TransitGatewayAttachments);
  });

/** Usage per parent (a transit gateway or VPC id) of the items, from the live `things` and the parent each is in. */
function byParent<T>(items: UsageItem[], walk: Counted<T>, parentOf: (t: T) => string | undefined, what: string) {
  const counts = new Map<string, number>();
  for (const t of walk.items) {
    const p = parentOf(t);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return forAll(items, (i) => counted(counts.get(i.parent!.id) ?? 0, walk.complete, `${what} of ${i.parent!.id}`));
}

const live = (a: TransitGatewayAttachment) => !GONE.has(a.State ?? '');

export const attachments: UsageSource = {
  name: 'ec2.transit-gateway-attachments',
  // Attachments per transit gateway; peering attachments per transit gateway; attachments per VPC.
  counts: { 'L-E0233F82': ['resource'], 'L-A1B5A36F': ['resource'], 'L-6DA43717': ['vpc'] },
  calls: [call('DescribeTransitGatewayAttachments')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeTransitGatewayAttachments', async () => {
      const walk = await allAttachments(ctx);
      const of = (code: string) => items.filter((i) => i.quotaCode === code);
      return new Map([
        ...byParent(of('L-E0233F82'), walk, (a) => (live(a) ? a.TransitGatewayId : undefined), 'attachments'),
        ...byParent(of('L-A1B5A36F'), walk, (a) => (live(a) && a.ResourceType === 'peering' ? a.TransitGatewayId : undefined), 'peering attachments'),
        ...byParent(of('L-6DA43717'), walk, (a) => (live(a) && a.ResourceType === 'vpc' ? a.ResourceId : undefined), 'transit gateway attachments'),
      ]);
    }),
};

export const routeTables: UsageSource = {
  name: 'ec2.transit-gateway-route-tables',
  counts: { 'L-43872EB7': ['resource'] },
  calls: [call('DescribeTransitGatewayRouteTables')],
  read: (ctx, items) =>
    guarded(ctx, items, 'ec2:DescribeTransitGatewayRouteTables', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'DescribeTransitGatewayRouteTables', (NextToken) => ctx.client(m.EC2Client).send(new m.DescribeTransitGatewayRouteTablesCommand({ MaxResults: 1000, NextToken })), (p) => p.NextToken, (p) => p.TransitGatewayRouteTables);
      return byParent(items, walk, (t) => (GONE.has(t.State ?? '') ? undefined : t.TransitGatewayId), 'route tables');
    }),
};

export const TRANSIT_GATEWAY_SOURCES: UsageSource[] = [attachments, routeTables];
