// Network ACL rules, EBS volumes, gateways, transit gateway attachments and EFS mount targets (hand-counted).
import { fromTemplate, fromTerraform, totals } from './inputs.js';

describe('network ACL rules', () => {
  test('Terraform: inline rules and aws_network_acl_rule count per ACL, per direction, IPv4 and IPv6 apart', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_vpc.main', after: { cidr_block: '10.0.0.0/16' } },
      {
        address: 'aws_network_acl.public',
        after: {
          ingress: [
            { rule_no: 100, cidr_block: '0.0.0.0/0', ipv6_cidr_block: '' },
            { rule_no: 110, cidr_block: '', ipv6_cidr_block: '::/0' },
          ],
          egress: [{ rule_no: 100, cidr_block: '0.0.0.0/0', ipv6_cidr_block: '' }],
        },
        refs: { vpc_id: 'aws_vpc.main' },
      },
      { address: 'aws_network_acl.private', after: {}, refs: { vpc_id: 'aws_vpc.main' }, unknown: ['ingress', 'egress'] },
      { address: 'aws_network_acl_rule.in', after: { rule_number: 100, cidr_block: '10.0.0.0/8' }, refs: { network_acl_id: 'aws_network_acl.private' } },
      { address: 'aws_network_acl_rule.in6', after: { rule_number: 101, ipv6_cidr_block: '::/0', egress: false }, refs: { network_acl_id: 'aws_network_acl.private' } },
      { address: 'aws_network_acl_rule.out', after: { rule_number: 100, cidr_block: '0.0.0.0/0', egress: true }, refs: { network_acl_id: 'aws_network_acl.private' } },
    ]);
    expect(totals(r)).toMatchObject({
      'us-east-1 L-B4A6D682 vpc:aws_vpc.main': '2',
      'us-east-1 L-2AEEBF1A resource:aws_network_acl.public/ingress': '1',
      'us-east-1 L-2AEEBF1A resource:aws_network_acl.public/ingress-ipv6': '1',
      'us-east-1 L-2AEEBF1A resource:aws_network_acl.public/egress': '1',
      'us-east-1 L-2AEEBF1A resource:aws_network_acl.private/ingress': '1',
      'us-east-1 L-2AEEBF1A resource:aws_network_acl.private/ingress-ipv6': '1',
      'us-east-1 L-2AEEBF1A resource:aws_network_acl.private/egress': '1',
    });
    expect(Object.keys(r).filter((k) => k.includes('L-2AEEBF1A'))).toHaveLength(6);
    expect(coverage).toEqual({ resources: 6, mapped: 6, unsupported: [] });
  });

  test('CloudFormation: NetworkAclEntry by Egress (a string in many templates) and address family', () => {
    const { r } = fromTemplate(`
Resources:
  Acl: { Type: AWS::EC2::NetworkAcl, Properties: { VpcId: vpc-0abc } }
  In1: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: "false", CidrBlock: 0.0.0.0/0 } }
  In2: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 110, Protocol: -1, RuleAction: allow, CidrBlock: 10.0.0.0/8 } }
  In6: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 120, Protocol: -1, RuleAction: allow, Ipv6CidrBlock: ::/0 } }
  Out: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0 } }
  Existing: { Type: AWS::EC2::NetworkAclEntry, Properties: { NetworkAclId: acl-0def, RuleNumber: 100, Protocol: -1, RuleAction: deny, Egress: "true", CidrBlock: 0.0.0.0/0 } }
`);
    expect(totals(r)).toEqual({
      'us-east-1 L-B4A6D682 vpc:vpc-0abc': '1',
      'us-east-1 L-2AEEBF1A resource:Acl/ingress': '2',
      'us-east-1 L-2AEEBF1A resource:Acl/ingress-ipv6': '1',
      'us-east-1 L-2AEEBF1A resource:Acl/egress': '1',
      'us-east-1 L-2AEEBF1A resource:acl-0def/egress': '1',
    });
    expect(r['us-east-1 L-2AEEBF1A resource:acl-0def/egress']!.parent).toEqual({ id: 'acl-0def', created: false });
  });
});

describe('EBS volumes', () => {
  test('Terraform: size in TiB per volume type (gp2 by default), io1 / io2 IOPS; a size from a snapshot is unknown', () => {
    const { r } = fromTerraform([
      { address: 'aws_ebs_volume.data', after: { size: 2048, type: 'gp3' } },
      { address: 'aws_ebs_volume.more', after: { size: 512, type: 'gp3' } },
      { address: 'aws_ebs_volume.plain', after: { size: 100 }, unknown: ['type'] }, // type unset: gp2
      { address: 'aws_ebs_volume.db', after: { size: 1024, type: 'io2', iops: 16000 } },
      { address: 'aws_ebs_volume.restored', after: { type: 'st1', snapshot_id: 'snap-0abc' } },
    ]);
    expect(totals(r)).toEqual({
      'us-east-1 L-7A658B76 region': '2.5', // (2048 + 512) / 1024
      'us-east-1 L-D18FCD1D region': `${100 / 1024}`,
      'us-east-1 L-09BD8365 region': '1',
      'us-east-1 L-8D977E7E region': '16000',
      'us-east-1 L-82ACEF56 region': '0 +1 unknown',
    });
  });

  test('CloudFormation: AWS::EC2::Volume VolumeType, Size, Iops', () => {
    const { r } = fromTemplate(`
Resources:
  Logs: { Type: AWS::EC2::Volume, Properties: { AvailabilityZone: us-east-1a, Size: 4096, VolumeType: sc1 } }
  Fast: { Type: AWS::EC2::Volume, Properties: { AvailabilityZone: us-east-1a, Size: 512, VolumeType: io1, Iops: 3000 } }
  Odd: { Type: AWS::EC2::Volume, Properties: { AvailabilityZone: us-east-1a, Size: 10, VolumeType: gp9 } }
`);
    expect(r['us-east-1 L-17AF77E8 region']!.required).toBe(4);
    expect(r['us-east-1 L-FD252861 region']!.required).toBe(0.5);
    expect(r['us-east-1 L-B3A130E6 region']!.required).toBe(3000);
    // An unrecognised type: every storage quota is unknown for it, never a guess.
    expect(r['us-east-1 L-D18FCD1D region']!.unknowns).toEqual(['Odd: volume type "gp9" is not recognised']);
  });
});

describe('gateways, transit gateways and EFS mount targets', () => {
  test('Terraform: attachments and route tables per transit gateway, attachments per VPC, mount targets in their subnet VPC', () => {
    const { r, coverage } = fromTerraform([
      { address: 'aws_vpc.a', after: { cidr_block: '10.0.0.0/16' } },
      { address: 'aws_subnet.a', after: { cidr_block: '10.0.1.0/24' }, refs: { vpc_id: 'aws_vpc.a' } },
      { address: 'aws_ec2_transit_gateway.hub', after: {} },
      { address: 'aws_ec2_transit_gateway_vpc_attachment.a', after: {}, refs: { transit_gateway_id: 'aws_ec2_transit_gateway.hub', vpc_id: 'aws_vpc.a' } },
      { address: 'aws_ec2_transit_gateway_vpc_attachment.b', after: { transit_gateway_id: 'tgw-0abc', vpc_id: 'vpc-0def' } },
      { address: 'aws_ec2_transit_gateway_peering_attachment.p', after: { peer_region: 'eu-west-1' }, refs: { transit_gateway_id: 'aws_ec2_transit_gateway.hub' } },
      { address: 'aws_ec2_transit_gateway_route_table.rt', after: {}, refs: { transit_gateway_id: 'aws_ec2_transit_gateway.hub' } },
      { address: 'aws_customer_gateway.office', after: { bgp_asn: '65000', type: 'ipsec.1' } },
      { address: 'aws_vpn_gateway.vgw', after: {}, refs: { vpc_id: 'aws_vpc.a' } },
      { address: 'aws_efs_file_system.fs', after: {} },
      { address: 'aws_efs_mount_target.a', after: {}, refs: { file_system_id: 'aws_efs_file_system.fs', subnet_id: 'aws_subnet.a' } },
    ]);
    expect(totals(r)).toMatchObject({
      'us-east-1 L-A2478D36 region': '1',
      'us-east-1 L-E0233F82 resource:aws_ec2_transit_gateway.hub': '2', // VPC attachment + peering attachment
      'us-east-1 L-E0233F82 resource:tgw-0abc': '1',
      'us-east-1 L-A1B5A36F resource:aws_ec2_transit_gateway.hub': '1',
      'us-east-1 L-43872EB7 resource:aws_ec2_transit_gateway.hub': '1',
      'us-east-1 L-6DA43717 vpc:aws_vpc.a': '1',
      'us-east-1 L-6DA43717 vpc:vpc-0def': '1',
      'us-east-1 L-4FB7FF5D region': '1',
      'us-east-1 L-7029FAB6 region': '1',
      'us-east-1 L-7391004C vpc:aws_vpc.a': '1',
    });
    expect(coverage).toEqual({ resources: 11, mapped: 11, unsupported: [] });
  });

  test('CloudFormation: transit gateway attachments and route tables, gateways, mount targets', () => {
    const { r } = fromTemplate(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Subnet: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 } }
  Hub: { Type: AWS::EC2::TransitGateway, Properties: {} }
  Attach: { Type: AWS::EC2::TransitGatewayAttachment, Properties: { TransitGatewayId: !Ref Hub, VpcId: !Ref Vpc, SubnetIds: [!Ref Subnet] } }
  Attach2: { Type: AWS::EC2::TransitGatewayVpcAttachment, Properties: { TransitGatewayId: !Ref Hub, VpcId: vpc-0def, SubnetIds: [subnet-1] } }
  Routes: { Type: AWS::EC2::TransitGatewayRouteTable, Properties: { TransitGatewayId: !Ref Hub } }
  Office: { Type: AWS::EC2::CustomerGateway, Properties: { BgpAsn: 65000, IpAddress: 203.0.113.1, Type: ipsec.1 } }
  Vgw: { Type: AWS::EC2::VPNGateway, Properties: { Type: ipsec.1 } }
  Fs: { Type: AWS::EFS::FileSystem, Properties: {} }
  Mount: { Type: AWS::EFS::MountTarget, Properties: { FileSystemId: !Ref Fs, SubnetId: !Ref Subnet, SecurityGroups: [] } }
`);
    expect(totals(r)).toMatchObject({
      'us-east-1 L-E0233F82 resource:Hub': '2',
      'us-east-1 L-43872EB7 resource:Hub': '1',
      'us-east-1 L-6DA43717 vpc:Vpc': '1',
      'us-east-1 L-6DA43717 vpc:vpc-0def': '1',
      'us-east-1 L-4FB7FF5D region': '1',
      'us-east-1 L-7029FAB6 region': '1',
      'us-east-1 L-7391004C vpc:Vpc': '1',
    });
  });
});

describe('peering, NAT gateway addresses, Classic Load Balancer listeners', () => {
  test('Terraform: a same-account peering counts in both VPCs, a cross-account one in the requester only', () => {
    const { r } = fromTerraform([
      { address: 'aws_vpc.a', after: { cidr_block: '10.0.0.0/16' } },
      { address: 'aws_vpc.b', after: { cidr_block: '10.1.0.0/16' } },
      { address: 'aws_vpc_peering_connection.ab', after: { auto_accept: true }, refs: { vpc_id: 'aws_vpc.a', peer_vpc_id: 'aws_vpc.b' } },
      { address: 'aws_vpc_peering_connection.partner', after: { peer_vpc_id: 'vpc-0partner', peer_owner_id: '210987654321' }, refs: { vpc_id: 'aws_vpc.a' } },
      { address: 'aws_nat_gateway.multi', after: { allocation_id: 'eipalloc-1', secondary_allocation_ids: ['eipalloc-2', 'eipalloc-3'], subnet_id: 'subnet-1' } },
      { address: 'aws_nat_gateway.plain', after: { allocation_id: 'eipalloc-4', subnet_id: 'subnet-1' }, unknown: ['secondary_allocation_ids'] },
      { address: 'aws_eip.later', after: {} },
      { address: 'aws_nat_gateway.refs', after: { allocation_id: 'eipalloc-5', subnet_id: 'subnet-1' }, refs: { secondary_allocation_ids: 'aws_eip.later' } },
      { address: 'aws_elb.web', after: { listener: [{ lb_port: 80 }, { lb_port: 443 }] } },
    ]);
    expect(totals(r)).toMatchObject({
      'us-east-1 L-7E9ECCDB vpc:aws_vpc.a': '2',
      'us-east-1 L-7E9ECCDB vpc:aws_vpc.b': '1',
      'us-east-1 L-5F53652F resource:aws_nat_gateway.multi': '3', // primary + 2 secondary addresses
      'us-east-1 L-1A491844 resource:aws_elb.web': '2',
      'us-east-1 L-5F53652F resource:aws_nat_gateway.refs': '0 +1 unknown', // secondary addresses from a resource
    });
    expect(r['us-east-1 L-7E9ECCDB vpc:vpc-0partner']).toBeUndefined();
    expect(r['us-east-1 L-5F53652F resource:aws_nat_gateway.plain']).toBeUndefined(); // one address always fits
  });

  test('CloudFormation: VPCPeeringConnection, NatGateway SecondaryAllocationIds, Classic Load Balancer Listeners', () => {
    const { r } = fromTemplate(`
Resources:
  A: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  B: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.1.0.0/16 } }
  Peer: { Type: AWS::EC2::VPCPeeringConnection, Properties: { VpcId: !Ref A, PeerVpcId: !Ref B } }
  Far: { Type: AWS::EC2::VPCPeeringConnection, Properties: { VpcId: !Ref A, PeerVpcId: vpc-0far, PeerRegion: eu-west-1 } }
  Nat: { Type: AWS::EC2::NatGateway, Properties: { SubnetId: subnet-1, AllocationId: eipalloc-1, SecondaryAllocationIds: [eipalloc-2] } }
  Private: { Type: AWS::EC2::NatGateway, Properties: { SubnetId: subnet-1, ConnectivityType: private, SecondaryPrivateIpAddressCount: 3 } }
  Clb: { Type: AWS::ElasticLoadBalancing::LoadBalancer, Properties: { Listeners: [{ LoadBalancerPort: 80, InstancePort: 80, Protocol: HTTP }] } }
`);
    expect(totals(r)).toMatchObject({
      'us-east-1 L-7E9ECCDB vpc:A': '2',
      'us-east-1 L-7E9ECCDB vpc:B': '1',
      'us-east-1 L-5F53652F resource:Nat': '2',
      'us-east-1 L-1A491844 resource:Clb': '1',
    });
    expect(Object.keys(r).filter((k) => k.includes('L-5F53652F'))).toEqual(['us-east-1 L-5F53652F resource:Nat']);
  });
});
