import { ConfigItem } from '../../../lib/engine/config-item';
import { Rule, Verdict, decide } from '../../../lib/engine/rule';
import { Ec2RouteNoUnrestrictedRouteToIgw } from '../../../rules/ec2/Ec2RouteNoUnrestrictedRouteToIgw';
import { VpcInternetPathInspectedByNetworkFirewall } from '../../../rules/ec2/VpcInternetPathInspectedByNetworkFirewall';
import { VpcInternetRoutesCrossFirewall } from '../../../rules/ec2/VpcInternetRoutesCrossFirewall';
import { corpusItems } from '../corpus-items';
import { itemScope, resultOf, statusOf, statusOfItem, template } from '../harness';
import { firewalledVpc, firewalledVpcItems, props, withRoutes } from './firewalled-vpc';

/** The verdict of a rule on an item in a scope recording only `recordedTypes`. */
function verdictIn(rule: Rule, item: ConfigItem, others: ConfigItem[], recordedTypes?: readonly string[]): Verdict {
  return decide(rule, () => rule.adapters.configItem!.facts(item, itemScope([item, ...others], recordedTypes)));
}

const all = (items: Record<string, ConfigItem>) => Object.values(items);
const others = (items: Record<string, ConfigItem>, item: ConfigItem) => all(items).filter((i) => i !== item);

describe('Ec2RouteNoUnrestrictedRouteToIgw on route table items (one result per table, its worst route’s)', () => {
  const rule = Ec2RouteNoUnrestrictedRouteToIgw;
  const onTable = (items: Record<string, ConfigItem>, key: string) => statusOfItem(rule, items[key], others(items, items[key]));

  it('passes the firewall subnets’ table, as the template passes its default route', () => {
    const items = firewalledVpcItems();
    expect([statusOf(rule, 'FwDefault', template(firewalledVpc())), onTable(items, 'fwRt')]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('fails a public subnet’s table that sends 0.0.0.0/0 to the internet gateway, as the template fails the route', () => {
    const resources = firewalledVpc();
    props(resources, 'PubDefault').GatewayId = { Ref: 'Igw' };
    delete props(resources, 'PubDefault').VpcEndpointId;
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    expect([statusOf(rule, 'PubDefault', template(resources)), onTable(items, 'pubRt')]).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
  });

  it.each(['::/0', '0::/0', '0:0:0:0:0:0:0:0/0'])('fails %s to an internet gateway next to harmless routes', (cidr) => {
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [
      { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local' },
      { destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-1' },
      { destinationIpv6CidrBlock: cidr, gatewayId: 'igw-1' },
    ]);
    expect(onTable(items, 'pubRt')).toBe('NON_COMPLIANT');
  });

  it('passes a table whose default route goes to the firewall endpoint, and the edge table', () => {
    const items = firewalledVpcItems();
    expect([onTable(items, 'pubRt'), onTable(items, 'edgeRt')]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('passes a restricted destination to the internet gateway', () => {
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [{ destinationCidrBlock: '192.168.0.0/16', gatewayId: 'igw-1' }]);
    expect(onTable(items, 'pubRt')).toBe('COMPLIANT');
  });

  it('fails the main table’s default route to the gateway when it serves a subnet implicitly', () => {
    const items = firewalledVpcItems();
    items.mainRt = withRoutes(items.mainRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    items.pubRt = withRoutes(items.pubRt, items.pubRt.configuration.routes as object[], []);
    expect(onTable(items, 'mainRt')).toBe('NON_COMPLIANT');
  });

  it('passes the main table’s default route to the gateway when the only subnet it serves is the firewall subnet', () => {
    const items = firewalledVpcItems();
    items.mainRt = withRoutes(items.mainRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    delete items.fwRt;
    expect(onTable(items, 'mainRt')).toBe('COMPLIANT');
  });

  it.each<[string, string, readonly string[]]>([
    ['subnets are not recorded (the main table’s subnets cannot be listed)', 'mainRt', ['AWS::EC2::RouteTable']],
    ['firewalls are not recorded (a firewall subnet cannot be recognised)', 'fwRt', ['AWS::EC2::RouteTable', 'AWS::EC2::Subnet']],
  ])('needs review when %s', (_, key, recordedTypes) => {
    const items = firewalledVpcItems();
    items.mainRt = withRoutes(items.mainRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    expect(verdictIn(rule, items[key], others(items, items[key]), recordedTypes).status).toBe('INSUFFICIENT_DATA');
  });

  it('needs review when the item does not record its routes', () => {
    const items = firewalledVpcItems();
    const { routes: _, ...rest } = items.pubRt.configuration;
    expect(statusOfItem(rule, { ...items.pubRt, configuration: rest })).toBe('INSUFFICIENT_DATA');
  });

  it('fails the real rdk main route table, which sends 0.0.0.0/0 to its internet gateway', () => {
    const [{ item }] = corpusItems('AWS::EC2::RouteTable');
    const [{ item: subnet }] = corpusItems('AWS::EC2::Subnet');
    expect(statusOfItem(rule, item, [subnet])).toBe('NON_COMPLIANT');
  });
});

/** Every type but `missing` recorded, for the firewalled VPC's items. */
const allBut = (...missing: string[]) =>
  [...new Set(all(firewalledVpcItems()).map((i) => i.resourceType))].filter((t) => !missing.includes(t));

const detached = (items: Record<string, ConfigItem>) => ({
  ...items.igw,
  configuration: { ...items.igw.configuration, attachments: [{ vpcId: 'vpc-1', state: 'detached' }] },
});

describe('VpcInternetPathInspectedByNetworkFirewall on VPC items', () => {
  const rule = VpcInternetPathInspectedByNetworkFirewall;
  const onVpc = (items: Record<string, ConfigItem>) => statusOfItem(rule, items.vpc, others(items, items.vpc));

  it('passes a VPC whose firewall’s policy has a stateful rule group, as the template passes', () => {
    expect([statusOf(rule, 'Vpc', template(firewalledVpc())), onVpc(firewalledVpcItems())]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('fails a VPC with an internet gateway and no firewall, as the template fails', () => {
    const resources = firewalledVpc();
    delete resources.Firewall;
    const items = firewalledVpcItems();
    delete items.firewall;
    expect([statusOf(rule, 'Vpc', template(resources)), onVpc(items)]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('fails a firewall whose policy has no stateful rule group, as the template fails', () => {
    const resources = firewalledVpc();
    delete (props(resources, 'Policy').FirewallPolicy as Record<string, unknown>).StatefulRuleGroupReferences;
    const items = firewalledVpcItems();
    const document = { ...(items.policy.configuration.firewallPolicy as object), statefulRuleGroupReferences: [] };
    items.policy = { ...items.policy, configuration: { ...items.policy.configuration, firewallPolicy: document } };
    expect([statusOf(rule, 'Vpc', template(resources)), onVpc(items)]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('is not applicable without an attached internet gateway, as in the template', () => {
    const resources = firewalledVpc();
    delete resources.IgwAttach;
    const items = firewalledVpcItems();
    items.igw = detached(items);
    expect([statusOf(rule, 'Vpc', template(resources)), onVpc(items)]).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']);
  });

  it.each<[string, readonly string[]]>([
    ['internet gateways are not recorded', allBut('AWS::EC2::InternetGateway')],
    ['firewalls are not recorded (never a failure for want of one)', allBut('AWS::NetworkFirewall::Firewall')],
    ['firewall policies are not recorded', allBut('AWS::NetworkFirewall::FirewallPolicy')],
  ])('needs review when %s', (_, recordedTypes) => {
    const items = firewalledVpcItems();
    expect(verdictIn(rule, items.vpc, others(items, items.vpc), recordedTypes).status).toBe('INSUFFICIENT_DATA');
  });

  it('needs review when the firewall’s policy was not read', () => {
    const items = firewalledVpcItems();
    delete items.policy;
    expect(onVpc(items)).toBe('INSUFFICIENT_DATA');
  });

  it('fails the real rdk VPC with its real internet gateway and no firewall', () => {
    const [{ item: vpc }] = corpusItems('AWS::EC2::VPC');
    const [{ item: igw }] = corpusItems('AWS::EC2::InternetGateway');
    expect(statusOfItem(rule, vpc, [igw])).toBe('NON_COMPLIANT');
  });
});

describe('VpcInternetRoutesCrossFirewall on VPC items', () => {
  const rule = VpcInternetRoutesCrossFirewall;
  const onVpc = (items: Record<string, ConfigItem>) => verdictIn(rule, items.vpc, others(items, items.vpc));

  it('cannot pass the Internet First layout: the firewall item does not record its endpoint ids', () => {
    const verdict = onVpc(firewalledVpcItems());
    expect([statusOf(rule, 'Vpc', template(firewalledVpc())), verdict.status]).toEqual(['COMPLIANT', 'INSUFFICIENT_DATA']);
    expect(verdict.message).toContain('vpce-fw is a VPC endpoint');
  });

  it('fails a workload subnet routing straight to the internet gateway, as the template fails', () => {
    const resources = firewalledVpc();
    props(resources, 'PubDefault').GatewayId = { Ref: 'Igw' };
    delete props(resources, 'PubDefault').VpcEndpointId;
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    const verdict = onVpc(items);
    expect([resultOf(rule, 'Vpc', template(resources)).status, verdict.status]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    expect(verdict.message).toContain('subnet-pub routes to the internet gateway directly (rtb-pub route to 0.0.0.0/0)');
  });

  it('fails the main table’s route to the gateway for the subnets it serves implicitly', () => {
    const items = firewalledVpcItems();
    items.mainRt = withRoutes(items.mainRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    items.pubRt = withRoutes(items.pubRt, items.pubRt.configuration.routes as object[], []);
    expect(onVpc(items).message).toContain('subnet-pub routes to the internet gateway directly (rtb-main route to 0.0.0.0/0)');
  });

  it('passes when only the firewall subnets route to the gateway and no route uses an endpoint, as the template does', () => {
    const resources = firewalledVpc();
    delete props(resources, 'PubDefault').VpcEndpointId;
    props(resources, 'PubDefault').NatGatewayId = 'nat-1';
    delete resources.EdgeToPub;
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-1' }]);
    items.edgeRt = withRoutes(items.edgeRt, []);
    expect([statusOf(rule, 'Vpc', template(resources)), onVpc(items).status]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it.each<[string, (items: Record<string, ConfigItem>, resources: ReturnType<typeof firewalledVpc>) => void]>([
    [
      'there is no firewall in the VPC',
      (items, resources) => {
        delete items.firewall;
        delete resources.Firewall;
      },
    ],
    [
      'no internet gateway is attached',
      (items, resources) => {
        items.igw = detached(items);
        delete resources.IgwAttach;
      },
    ],
  ])('is not applicable when %s, as in the template', (_, change) => {
    const items = firewalledVpcItems();
    const resources = firewalledVpc();
    change(items, resources);
    expect([statusOf(rule, 'Vpc', template(resources)), onVpc(items).status]).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']);
  });

  it.each<[string, readonly string[]]>([
    ['firewalls are not recorded (never not-applicable for want of one)', allBut('AWS::NetworkFirewall::Firewall')],
    ['route tables are not recorded', allBut('AWS::EC2::RouteTable')],
    ['internet gateways are not recorded', allBut('AWS::EC2::InternetGateway')],
  ])('needs review when %s', (_, recordedTypes) => {
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-1' }]);
    items.edgeRt = withRoutes(items.edgeRt, []);
    expect(verdictIn(rule, items.vpc, others(items, items.vpc), recordedTypes).status).toBe('INSUFFICIENT_DATA');
  });

  it('needs review when the main table routes to the gateway and subnets are not recorded', () => {
    const items = firewalledVpcItems();
    items.pubRt = withRoutes(items.pubRt, [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-1' }]);
    items.mainRt = withRoutes(items.mainRt, [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1' }]);
    expect(verdictIn(rule, items.vpc, others(items, items.vpc), allBut('AWS::EC2::Subnet')).status).toBe('INSUFFICIENT_DATA');
  });

  it('is not applicable to the real rdk VPC, which has no firewall', () => {
    const [{ item: vpc }] = corpusItems('AWS::EC2::VPC');
    const [{ item: igw }] = corpusItems('AWS::EC2::InternetGateway');
    const [{ item: table }] = corpusItems('AWS::EC2::RouteTable');
    expect(statusOfItem(rule, vpc, [igw, table])).toBe('NOT_APPLICABLE');
  });
});
