import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Maybe, Tri, asString, existing, field, some } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { cidrContains } from './cidr';
import {
  FIREWALL_TYPE,
  destinationsOf,
  firewallEndpointOf,
  firewallSubnetIds,
  firewallsIn,
  internetGatewaysOf,
  isInternetGateway,
  isWorldDestination,
  routesOf,
  subnetsOfRouteTable,
} from './network';
import {
  INTERNET_GATEWAY,
  ROUTE_TABLE,
  SUBNET,
  describeItemRoute,
  destinationsOfItemRoute,
  firewallSubnetIdsOfItem,
  firewallsInVpcItem,
  gatewayOfItemRoute,
  internetGatewaysOfItem,
  isInternetEdgeTable,
  isInternetGatewayId,
  nameOf,
  routeTablesOfVpcItem,
  routesOfItem,
  subnetsServedByItem,
  targetsFirewallEndpoint,
  vpcIdOfItem,
} from './route-items';

/*
 * Decision rules (what "the internet path crosses the firewall" means for a template):
 *  1. Applies to a VPC with an internet gateway and at least one Network Firewall in it
 *     (a VPC without a firewall is VpcInternetPathInspectedByNetworkFirewall's finding).
 *  2. Outbound: every route to the internet gateway sits in a route table whose subnets are all
 *     firewall subnets (the SubnetMappings of the VPC's firewalls). Any other subnet routing to the
 *     gateway bypasses the firewall.
 *  3. Inbound: every "protected" subnet (one whose 0.0.0.0/0 or ::/0 route goes to a firewall
 *     endpoint) must be covered by a route in an edge route table (AWS::EC2::GatewayRouteTableAssociation
 *     with the gateway) that sends its CIDR to a firewall endpoint; otherwise return and inbound
 *     traffic reaches it without inspection.
 *  A firewall endpoint is a VpcEndpointId built from Fn::GetAtt <firewall>.EndpointIds (through
 *  Fn::Select/Fn::Split), read from the raw template since endpoint ids exist only after deployment.
 *  Configuration items do not record a firewall’s endpoint ids, so from items no subnet is ever shown to
 *  be protected: a route to a `vpce-` endpoint is an Unknown, and a VPC using one is at best undecided.
 */

interface RouteFact {
  readonly route: string;
  /** Subnets the route's table is associated with. */
  readonly subnets: string[] | Unknown;
}

interface EdgeRouteFact {
  readonly route: string;
  readonly destination: Maybe<string>;
  readonly toFirewall: Tri;
}

interface Facts {
  readonly internetGateway: Tri;
  /** The VPC's firewalls; an Unknown when whether there is one cannot be read. */
  readonly firewalls: string[] | Unknown;
  readonly firewallSubnets: string[] | Unknown;
  /** Routes to the VPC's internet gateway. */
  readonly internetRoutes: RouteFact[] | Unknown;
  readonly edgeRouteTables: number;
  readonly edgeRoutes: EdgeRouteFact[];
  /** Subnets whose default route goes to a firewall endpoint, with their IPv4 CIDR. */
  readonly protectedSubnets: ReadonlyArray<{ readonly subnet: string; readonly cidr: Maybe<string> }>;
  /** Default routes whose VPC endpoint cannot be identified. */
  readonly unidentifiedEndpoints: Unknown[];
}

const NOTHING = {
  firewalls: [],
  firewallSubnets: [],
  internetRoutes: [],
  edgeRouteTables: 0,
  edgeRoutes: [],
  protectedSubnets: [],
  unidentifiedEndpoints: [],
};

export const VpcInternetRoutesCrossFirewall = defineRule<Facts>({
  id: 'VpcInternetRoutesCrossFirewall',
  title: 'Internet traffic in a firewalled VPC is routed through the firewall endpoints',
  description:
    'A Network Firewall only inspects what is routed through it: a subnet with its own route to the internet gateway, or an edge route table that does not send inbound traffic to the firewall endpoints, leaves a path around the stateful boundary.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Route 0.0.0.0/0 to the internet gateway only from the firewall subnets; route workload subnets’ 0.0.0.0/0 to the firewall endpoint in their AZ; associate an edge route table with the internet gateway (AWS::EC2::GatewayRouteTableAssociation) that routes each workload subnet CIDR to the firewall endpoint.',
  template: {
    resourceTypes: ['AWS::EC2::VPC'],
    facts(vpc, { index }) {
      const igw = internetGatewaysOf(vpc, index);
      if (igw.attached === false) return { internetGateway: false, ...NOTHING };
      const { firewalls } = firewallsIn(vpc, index);
      if (firewalls.length === 0) return { internetGateway: igw.attached, ...NOTHING };
      return {
        internetGateway: igw.attached,
        firewalls: firewalls.map((f) => f.logicalId),
        firewallSubnets: unionOf(firewalls.map((f) => firewallSubnetIds(f, index))),
        internetRoutes: igw.opaque ?? internetRoutes(vpc, igw.gateways, index),
        ...edgeRoutes(igw.gateways, index),
        ...protectedSubnets(vpc, index),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::VPC'],
    looksUp: [INTERNET_GATEWAY, FIREWALL_TYPE, ROUTE_TABLE, SUBNET],
    facts(vpc, scope) {
      const vpcId = vpcIdOfItem(vpc);
      if (isUnknown(vpcId)) return { internetGateway: vpcId, ...NOTHING };
      const igw = internetGatewaysOfItem(vpcId, scope);
      if (igw.attached === false) return { internetGateway: false, ...NOTHING };
      const { firewalls, undecided } = firewallsInVpcItem(vpcId, scope);
      if (firewalls.length === 0) return { internetGateway: igw.attached, ...NOTHING, firewalls: undecided ?? [] };
      const tables = routeTablesOfVpcItem(vpcId, scope);
      return {
        internetGateway: igw.attached,
        firewalls: firewalls.map(nameOf),
        firewallSubnets: unionOf(firewalls.map(firewallSubnetIdsOfItem)),
        ...(isUnknown(tables) ? { ...NOTHING, internetRoutes: tables } : routeGraphOfItems(tables, scope)),
      };
    },
  },
  evaluate(facts) {
    const { internetGateway, firewalls, firewallSubnets, internetRoutes } = facts;
    if (isUnknown(internetGateway))
      return needsReview(`whether an internet gateway is attached is not known: ${internetGateway.reason}`);
    if (!internetGateway) return notApplicable('no internet gateway is attached to this VPC');
    if (isUnknown(firewalls)) return needsReview(`whether a Network Firewall is in this VPC is not known: ${firewalls.reason}`);
    if (firewalls.length === 0) return notApplicable('no Network Firewall is deployed in this VPC');
    if (isUnknown(firewallSubnets)) return needsReview(`firewall subnets are not known: ${firewallSubnets.reason}`);
    if (isUnknown(internetRoutes))
      return needsReview(`routes to the internet gateway cannot be identified: ${internetRoutes.reason}`);

    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const r of internetRoutes) {
      if (isUnknown(r.subnets)) {
        undecided ??= r.subnets;
        continue;
      }
      const bypassing = r.subnets.filter((s) => !firewallSubnets.includes(s));
      if (bypassing.length)
        problems.push(
          `${bypassing.join(', ')} route${bypassing.length > 1 ? '' : 's'} to the internet gateway directly (${r.route})`,
        );
    }
    if (facts.protectedSubnets.length && facts.edgeRouteTables === 0) {
      problems.push(
        'no edge route table is associated with the internet gateway, so inbound traffic reaches subnets without crossing the firewall',
      );
    } else {
      for (const { subnet, cidr } of facts.protectedSubnets) {
        if (isUnknown(cidr)) {
          undecided ??= cidr;
          continue;
        }
        const covering = facts.edgeRoutes.filter(
          (e) => typeof e.destination === 'string' && typeof cidr === 'string' && cidrContains(e.destination, cidr),
        );
        if (covering.some((e) => e.toFirewall === true)) continue;
        const maybe = covering.find((e) => isUnknown(e.toFirewall));
        if (maybe && isUnknown(maybe.toFirewall)) undecided ??= maybe.toFirewall;
        else
          problems.push(
            `inbound traffic for ${subnet} (${String(cidr)}) is not routed to a firewall endpoint by the edge route table`,
          );
      }
    }
    if (problems.length) return fail(problems.join('; '));
    undecided ??= facts.unidentifiedEndpoints[0];
    if (undecided) return needsReview(`a route could not be followed: ${undecided.reason}`);
    return pass('only firewall subnets route to the internet gateway and inbound traffic is routed to the firewall endpoints');
  },
});

function unionOf(lists: Array<string[] | Unknown>): string[] | Unknown {
  const out: string[] = [];
  for (const l of lists) {
    if (isUnknown(l)) return l;
    out.push(...l);
  }
  return out;
}

function routeTableSubnets(route: TemplateResource, index: TemplateIndex): string[] | Unknown {
  const tableId = route.get('RouteTableId');
  const table = index.target(tableId);
  if (table) return subnetsOfRouteTable(table, index);
  return isUnknown(tableId) ? tableId : new Unknown(`route table of ${route.logicalId} is not defined in this template`);
}

function internetRoutes(vpc: TemplateResource, gateways: TemplateResource[], index: TemplateIndex): RouteFact[] {
  const out: RouteFact[] = [];
  for (const route of existing(index.ofType('AWS::EC2::Route'), index)) {
    const gatewayId = route.get('GatewayId');
    const target = index.target(gatewayId);
    if (target && gateways.includes(target)) {
      out.push({ route: route.logicalId, subnets: routeTableSubnets(route, index) });
    } else if (
      isUnknown(isInternetGateway(gatewayId, index)) &&
      index.target(index.target(route.get('RouteTableId'))?.get('VpcId')) === vpc
    ) {
      out.push({ route: route.logicalId, subnets: new Unknown(`the gateway of ${route.logicalId} is not known`) });
    }
  }
  return out;
}

function edgeRoutes(
  gateways: TemplateResource[],
  index: TemplateIndex,
): { edgeRouteTables: number; edgeRoutes: EdgeRouteFact[] } {
  const tables = new Set<TemplateResource>();
  for (const gateway of gateways) {
    for (const assoc of existing(index.referrers(gateway, 'AWS::EC2::GatewayRouteTableAssociation', 'GatewayId'), index)) {
      const table = index.target(assoc.get('RouteTableId'));
      if (table) tables.add(table);
    }
  }
  const routes: EdgeRouteFact[] = [];
  for (const table of tables) {
    for (const route of routesOf(table, index)) {
      const fw = firewallEndpointOf(route, index);
      routes.push({
        route: route.logicalId,
        destination: asString(route.get('DestinationCidrBlock') ?? route.get('DestinationIpv6CidrBlock')),
        toFirewall: isUnknown(fw) ? fw : typeof fw === 'string',
      });
    }
  }
  return { edgeRouteTables: tables.size, edgeRoutes: routes };
}

function protectedSubnets(
  vpc: TemplateResource,
  index: TemplateIndex,
): Pick<Facts, 'protectedSubnets' | 'unidentifiedEndpoints'> {
  const subnets: Array<{ subnet: string; cidr: Maybe<string> }> = [];
  const unidentified: Unknown[] = [];
  for (const table of existing(index.referrers(vpc, 'AWS::EC2::RouteTable', 'VpcId'), index)) {
    let viaFirewall = false;
    for (const route of routesOf(table, index)) {
      const fw = firewallEndpointOf(route, index);
      if (fw === undefined || fw === null) continue;
      // A firewall route whose destination may be the whole internet may make the subnets protected.
      const world = some(destinationsOf(route), isWorldDestination);
      if (world === false) continue;
      if (isUnknown(world)) unidentified.push(world);
      else if (isUnknown(fw)) unidentified.push(fw);
      else viaFirewall = true;
    }
    if (!viaFirewall) continue;
    const ids = subnetsOfRouteTable(table, index);
    if (isUnknown(ids)) {
      unidentified.push(ids);
      continue;
    }
    for (const id of ids) subnets.push({ subnet: id, cidr: asString(index.get(id)?.get('CidrBlock')) });
  }
  return { protectedSubnets: subnets, unidentifiedEndpoints: unidentified };
}

/** The route facts of a VPC from its route table items: routes to the gateway, edge tables, endpoint routes. */
function routeGraphOfItems(
  tables: readonly ConfigItem[],
  scope: ConfigScope,
): Omit<Facts, 'internetGateway' | 'firewalls' | 'firewallSubnets'> {
  const internetRoutes: RouteFact[] = [];
  const edgeRoutes: EdgeRouteFact[] = [];
  const unidentifiedEndpoints: Unknown[] = [];
  let edgeRouteTables = 0;
  for (const table of tables) {
    const routes = routesOfItem(table);
    if (isUnknown(routes)) {
      internetRoutes.push({ route: `routes of ${table.resourceId}`, subnets: routes });
      continue;
    }
    const edge = isInternetEdgeTable(table) === true;
    if (edge) edgeRouteTables++;
    let served: string[] | Unknown | undefined;
    for (const route of routes) {
      const name = describeItemRoute(table, route);
      const toGateway = isInternetGatewayId(gatewayOfItemRoute(route));
      if (toGateway === true) internetRoutes.push({ route: name, subnets: (served ??= subnetsServedByItem(table, scope)) });
      else if (isUnknown(toGateway))
        internetRoutes.push({ route: name, subnets: new Unknown(`the gateway of ${name} is not known`) });
      const toFirewall = targetsFirewallEndpoint(route);
      if (edge) {
        const destination = asString(field(route, 'destinationCidrBlock') ?? field(route, 'destinationIpv6CidrBlock'));
        edgeRoutes.push({ route: name, destination, toFirewall });
      }
      // A default route to an endpoint that may be the firewall's is one no item can settle.
      if (!isUnknown(toFirewall)) continue;
      const world = some(destinationsOfItemRoute(route), isWorldDestination);
      if (world !== false) unidentifiedEndpoints.push(isUnknown(world) ? world : toFirewall);
    }
  }
  return { internetRoutes, edgeRouteTables, edgeRoutes, protectedSubnets: [], unidentifiedEndpoints };
}
