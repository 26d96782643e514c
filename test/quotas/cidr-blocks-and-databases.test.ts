// IPv4 / IPv6 CIDR blocks per VPC, and DocumentDB / Neptune clusters and instances on their own quotas (hand-counted).
import { fromTemplate, fromTerraform, totals } from './inputs.js';

describe('CIDR blocks per VPC', () => {
  test('Terraform: the primary block and each association count in their VPC; an IPv6 block asked for at creation too', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_vpc.main', after: { cidr_block: '10.0.0.0/16', assign_generated_ipv6_cidr_block: true } },
      { address: 'aws_vpc.other', after: { cidr_block: '10.1.0.0/16', assign_generated_ipv6_cidr_block: false } },
      { address: 'aws_vpc_ipv4_cidr_block_association.extra', after: { cidr_block: '100.64.0.0/16' }, refs: { vpc_id: 'aws_vpc.main' } },
      { address: 'aws_vpc_ipv4_cidr_block_association.more', after: { cidr_block: '100.65.0.0/16' }, refs: { vpc_id: 'aws_vpc.main' } },
      { address: 'aws_vpc_ipv4_cidr_block_association.existing', after: { cidr_block: '100.66.0.0/16', vpc_id: 'vpc-0abc' } },
      { address: 'aws_vpc_ipv6_cidr_block_association.v6', after: {}, refs: { vpc_id: 'aws_vpc.other' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-F678F1CE region': '2',
      'us-east-1 L-83CA0A9D vpc:aws_vpc.main': '3', // primary + 2 associations
      'us-east-1 L-83CA0A9D vpc:aws_vpc.other': '1',
      'us-east-1 L-83CA0A9D vpc:vpc-0abc': '1',
      'us-east-1 L-085A6257 vpc:aws_vpc.main': '1', // assign_generated_ipv6_cidr_block
      'us-east-1 L-085A6257 vpc:aws_vpc.other': '1', // the association
    });
    expect(r['us-east-1 L-83CA0A9D vpc:vpc-0abc']!.parent).toEqual({ id: 'vpc-0abc', created: false });
    expect(coverage).toEqual({ resources: 6, mapped: 6, unsupported: [] });
  });

  test('CloudFormation: the VPC and its AWS::EC2::VPCCidrBlock resources, IPv4 and IPv6 apart', () => {
    const { r } = fromTemplate(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Secondary: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, CidrBlock: 100.64.0.0/16 } }
  Ipv6: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, AmazonProvidedIpv6CidrBlock: true } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-F678F1CE region': '1',
      'us-east-1 L-83CA0A9D vpc:Vpc': '2',
      'us-east-1 L-085A6257 vpc:Vpc': '1',
    });
  });
});

describe('DocumentDB and Neptune', () => {
  test('Terraform: clusters and instances count against docdb / neptune quotas, never RDS ones', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_docdb_cluster.docs', after: { engine: 'docdb' } },
      { address: 'aws_docdb_cluster_instance.a', after: { instance_class: 'db.r6g.large' } },
      { address: 'aws_docdb_cluster_instance.b', after: { instance_class: 'db.r6g.large' } },
      { address: 'aws_neptune_cluster.graph', after: {} },
      { address: 'aws_neptune_cluster_instance.a', after: { instance_class: 'db.r5.large' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-13F31459 region': '1',
      'us-east-1 L-739A3A85 region': '2',
      'us-east-1 L-6D17A5A2 region': '1',
      'us-east-1 L-368A3E00 region': '1',
    });
    expect(r['us-east-1 L-739A3A85 region']!.serviceCode).toBe('docdb');
    expect(coverage.unsupported).toEqual([]);
  });

  test('CloudFormation: AWS::DocDB and AWS::Neptune clusters and instances', () => {
    const { r } = fromTemplate(`
Resources:
  Docs: { Type: AWS::DocDB::DBCluster, Properties: {} }
  DocsA: { Type: AWS::DocDB::DBInstance, Properties: { DBClusterIdentifier: !Ref Docs, DBInstanceClass: db.r6g.large } }
  Graph: { Type: AWS::Neptune::DBCluster, Properties: {} }
  GraphA: { Type: AWS::Neptune::DBInstance, Properties: { DBClusterIdentifier: !Ref Graph, DBInstanceClass: db.r5.large } }
  GraphB: { Type: AWS::Neptune::DBInstance, Properties: { DBClusterIdentifier: !Ref Graph, DBInstanceClass: db.r5.large } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-13F31459 region': '1',
      'us-east-1 L-739A3A85 region': '1',
      'us-east-1 L-6D17A5A2 region': '1',
      'us-east-1 L-368A3E00 region': '2',
    });
  });
});
