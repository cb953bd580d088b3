import { ConfigItem } from '../../../lib/engine/config-item';
import { Rule, Verdict, decide } from '../../../lib/engine/rule';
import { Ec2RouteNoUnrestrictedRouteToIgw } from '../../../rules/ec2/Ec2RouteNoUnrestrictedRouteToIgw';
import { corpusItems } from '../corpus-items';
import { itemScope, statusOf, statusOfItem, template } from '../harness';
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
