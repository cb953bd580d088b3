import { ConfigItem } from '../../../lib/engine/config-item';
import { RawResource } from '../../../lib/engine/model';
import { configItem } from '../harness';

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

/** The policy of the fixture firewall, as its item's arn. */
export const POLICY_ARN = 'arn:aws:network-firewall:eu-west-2:111122223333:firewall-policy/p';

/**
 * The same layout as Config records it, by a short name: routes and associations
 * inside route table items, the gateway attachment inside the gateway item, the
 * firewall's subnets inside the firewall item (which records no endpoint ids, so
 * `vpce-fw` is just an endpoint id to the reader). `main` is the VPC's main table,
 * which keeps only its local route.
 */
export function firewalledVpcItems(): Record<string, ConfigItem> {
  const local = { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local', state: 'active', origin: 'CreateRouteTable' };
  const table = (id: string, routes: object[], associations: object[]) =>
    configItem(
      'AWS::EC2::RouteTable',
      {
        routeTableId: id,
        vpcId: 'vpc-1',
        routes: [local, ...routes.map((r) => ({ state: 'active', origin: 'CreateRoute', ...r }))],
        associations: associations.map((a, i) => ({
          routeTableAssociationId: `rtbassoc-${id}-${i}`,
          routeTableId: id,
          main: false,
          associationState: { state: 'associated' },
          ...a,
        })),
        propagatingVgws: [],
      },
      { resourceId: id },
    );
  const subnet = (id: string, cidrBlock: string) =>
    configItem(
      'AWS::EC2::Subnet',
      { subnetId: id, vpcId: 'vpc-1', cidrBlock, availabilityZone: 'eu-west-2a' },
      { resourceId: id },
    );
  return {
    vpc: configItem('AWS::EC2::VPC', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16', isDefault: false }, { resourceId: 'vpc-1' }),
    igw: configItem(
      'AWS::EC2::InternetGateway',
      { internetGatewayId: 'igw-1', attachments: [{ vpcId: 'vpc-1', state: 'available' }] },
      { resourceId: 'igw-1' },
    ),
    fwSubnet: subnet('subnet-fw', '10.0.0.0/28'),
    pubSubnet: subnet('subnet-pub', '10.0.1.0/24'),
    policy: configItem(
      'AWS::NetworkFirewall::FirewallPolicy',
      {
        firewallPolicy: {
          statelessDefaultActions: ['aws:forward_to_sfe'],
          statelessFragmentDefaultActions: ['aws:forward_to_sfe'],
          statefulRuleGroupReferences: [{ resourceArn: 'arn:aws:network-firewall:eu-west-2:111122223333:stateful-rulegroup/g' }],
        },
        firewallPolicyResponse: { firewallPolicyArn: POLICY_ARN, firewallPolicyName: 'p' },
      },
      { resourceId: 'policy-1', resourceName: 'p', arn: POLICY_ARN },
    ),
    firewall: configItem(
      'AWS::NetworkFirewall::Firewall',
      {
        firewall: {
          firewallName: 'f',
          vpcId: 'vpc-1',
          firewallPolicyArn: POLICY_ARN,
          subnetMappings: [{ subnetId: 'subnet-fw', iPAddressType: 'IPV4' }],
        },
      },
      { resourceId: 'fw-1', resourceName: 'f' },
    ),
    fwRt: table('rtb-fw', [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }], [{ subnetId: 'subnet-fw' }]),
    pubRt: table('rtb-pub', [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'vpce-fw' }], [{ subnetId: 'subnet-pub' }]),
    edgeRt: table('rtb-edge', [{ destinationCidrBlock: '10.0.1.0/24', gatewayId: 'vpce-fw' }], [{ gatewayId: 'igw-1' }]),
    mainRt: table('rtb-main', [], [{ main: true }]),
  };
}

/** A route table item of the fixture's VPC with its routes and associations replaced. */
export function withRoutes(table: ConfigItem, routes: object[], associations?: object[]): ConfigItem {
  const configuration = { ...table.configuration, routes };
  return { ...table, configuration: associations ? { ...configuration, associations } : configuration };
}
