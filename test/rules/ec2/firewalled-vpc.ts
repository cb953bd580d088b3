import { RawResource } from '../../../lib/engine/model';

/** The endpoint-id unpicking CloudFormation templates use for a firewall endpoint (`az:vpce-…`). */
export const FIREWALL_ENDPOINT = {
  'Fn::Select': [1, { 'Fn::Split': [':', { 'Fn::Select': [0, { 'Fn::GetAtt': ['Firewall', 'EndpointIds'] }] }] }],
};

/**
 * A VPC laid out for Internet First: a firewall subnet routing to the internet gateway,
 * a public subnet routing through the firewall endpoint, and an edge route table
 * sending the public subnet's inbound traffic to the firewall.
 */
export function firewalledVpc(): Record<string, RawResource> {
  return {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    Igw: { Type: 'AWS::EC2::InternetGateway' },
    IgwAttach: {
      Type: 'AWS::EC2::VPCGatewayAttachment',
      Properties: { VpcId: { Ref: 'Vpc' }, InternetGatewayId: { Ref: 'Igw' } },
    },
    FwSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/28' } },
    PubSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.1.0/24' } },
    Group: { Type: 'AWS::NetworkFirewall::RuleGroup', Properties: { Type: 'STATEFUL', Capacity: 100, RuleGroupName: 'g' } },
    Policy: {
      Type: 'AWS::NetworkFirewall::FirewallPolicy',
      Properties: {
        FirewallPolicyName: 'p',
        FirewallPolicy: {
          StatelessDefaultActions: ['aws:forward_to_sfe'],
          StatelessFragmentDefaultActions: ['aws:forward_to_sfe'],
          StatefulRuleGroupReferences: [{ ResourceArn: { Ref: 'Group' }, Priority: 1 }],
        },
      },
    },
    Firewall: {
      Type: 'AWS::NetworkFirewall::Firewall',
      Properties: {
        FirewallName: 'f',
        FirewallPolicyArn: { Ref: 'Policy' },
        VpcId: { Ref: 'Vpc' },
        SubnetMappings: [{ SubnetId: { Ref: 'FwSubnet' } }],
      },
    },
    FwRt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
    FwRtAssoc: {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { SubnetId: { Ref: 'FwSubnet' }, RouteTableId: { Ref: 'FwRt' } },
    },
    FwDefault: {
      Type: 'AWS::EC2::Route',
      Properties: { RouteTableId: { Ref: 'FwRt' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Igw' } },
    },
    PubRt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
    PubRtAssoc: {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { SubnetId: { Ref: 'PubSubnet' }, RouteTableId: { Ref: 'PubRt' } },
    },
    PubDefault: {
      Type: 'AWS::EC2::Route',
      Properties: { RouteTableId: { Ref: 'PubRt' }, DestinationCidrBlock: '0.0.0.0/0', VpcEndpointId: FIREWALL_ENDPOINT },
    },
    EdgeRt: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
    EdgeAssoc: {
      Type: 'AWS::EC2::GatewayRouteTableAssociation',
      Properties: { GatewayId: { Ref: 'Igw' }, RouteTableId: { Ref: 'EdgeRt' } },
    },
    EdgeToPub: {
      Type: 'AWS::EC2::Route',
      Properties: { RouteTableId: { Ref: 'EdgeRt' }, DestinationCidrBlock: '10.0.1.0/24', VpcEndpointId: FIREWALL_ENDPOINT },
    },
  };
}

/** Properties of one resource of a fixture, for tests that change a single value. */
export function props(resources: Record<string, RawResource>, id: string): Record<string, unknown> {
  return resources[id].Properties as Record<string, unknown>;
}
