import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Tri, existing, hasProperty, isSet } from '../../lib/engine/facts';
import { Status } from '../../lib/engine/model';
import { Verdict, decide, defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import {
  FIREWALL_TYPE,
  destinationsOf,
  firewallSubnetIds,
  isInternetGateway,
  isWorldDestination,
  subnetsOfRouteTable,
} from './network';
import {
  ROUTE_TABLE,
  SUBNET,
  destinationsOfItemRoute,
  firewallSubnetIdsOfItem,
  gatewayOfItemRoute,
  isInternetGatewayId,
  routesOfItem,
  subnetsServedByItem,
} from './route-items';

interface Facts {
  readonly viaGateway: Tri;
  /** IPv4 and IPv6 destination CIDRs and prefix list. */
  readonly destinations: Array<string | Unknown>;
  /** Whether the gateway is an internet gateway; read only for an unrestricted destination. */
  readonly internetGateway?: Tri;
  /** Whether every subnet using the route's table hosts Network Firewall endpoints. */
  readonly firewallSubnetsOnly?: Tri;
}

/*
 * AWS Config flags every 0.0.0.0/0 or ::/0 route to an internet gateway. The one
 * exception here is the route out of Network Firewall subnets: in the Internet First
 * layout that is the only sanctioned internet path (VpcInternetRoutesCrossFirewall
 * checks the rest of the graph). Ordinary public subnets fail, hence a warning.
 */
export const Ec2RouteNoUnrestrictedRouteToIgw = defineRule<Facts>({
  id: 'Ec2RouteNoUnrestrictedRouteToIgw',
  title: 'Routes send 0.0.0.0/0 to an internet gateway only from firewall subnets',
  description:
    'A default route to an internet gateway makes a subnet internet-reachable; unless it is the firewall subnet, traffic to and from that subnet skips stateful inspection.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NO_UNRESTRICTED_ROUTE_TO_IGW',
  remediation:
    'Route workload subnets’ 0.0.0.0/0 to a NAT gateway or a Network Firewall endpoint; keep the route to the internet gateway in the firewall subnets’ route table only.',
  template: {
    resourceTypes: ['AWS::EC2::Route'],
    facts(route, { index }) {
      const viaGateway = hasProperty(route, 'GatewayId');
      const destinations = destinationsOf(route);
      if (viaGateway === false || !destinations.some((d) => isWorldDestination(d) !== false)) return { viaGateway, destinations };
      const internetGateway = isInternetGateway(route.get('GatewayId'), index);
      if (internetGateway !== true) return { viaGateway, destinations, internetGateway };
      return { viaGateway, destinations, internetGateway, firewallSubnetsOnly: servesOnlyFirewallSubnets(route, index) };
    },
  },
  // Config records routes inside their table: the item rule is per route table, and its verdict is its worst route's.
  configItem: {
    resourceTypes: [ROUTE_TABLE],
    looksUp: [FIREWALL_TYPE, SUBNET, ROUTE_TABLE],
    facts(table, scope) {
      const routes = routesOfItem(table);
      if (isUnknown(routes)) return { viaGateway: routes, destinations: [routes] };
      let firewallSubnetsOnly: Tri | undefined;
      const onlyFirewallSubnets = () => (firewallSubnetsOnly ??= servesOnlyFirewallSubnetsItem(table, scope));
      return worstRoute(routes.map((route) => itemRouteFacts(route, onlyFirewallSubnets)));
    },
  },
  evaluate: evaluateRoute,
});

function evaluateRoute({ viaGateway, destinations, internetGateway, firewallSubnetsOnly }: Facts): Verdict {
  if (viaGateway === false) return notApplicable('the route does not target a gateway');
  const open = destinations.map(isWorldDestination);
  const unknownDestination = open.find(isUnknown);
  if (unknownDestination) return needsReview(`the destination is not known: ${unknownDestination.reason}`);
  const world = destinations.filter((_, i) => open[i] === true);
  // A restricted destination passes whatever the target is.
  if (world.length === 0)
    return pass(
      `the destination ${destinations.map(String).join(', ')} is restricted`,
      isUnknown(viaGateway) ? [viaGateway] : [],
    );
  if (isUnknown(viaGateway)) return needsReview(`whether the route targets a gateway is not known: ${viaGateway.reason}`);
  if (isUnknown(internetGateway))
    return needsReview(`whether the gateway is an internet gateway is not known: ${internetGateway.reason}`);
  if (!internetGateway) return pass('the default route targets a gateway that is not an internet gateway');
  if (isUnknown(firewallSubnetsOnly))
    return needsReview(`the subnets using this route are not known: ${firewallSubnetsOnly.reason}`);
  if (firewallSubnetsOnly) return pass('the unrestricted route serves only Network Firewall subnets');
  return fail(`${world.join(' and ')} is routed to an internet gateway`);
}

function servesOnlyFirewallSubnets(route: TemplateResource, index: TemplateIndex): Tri {
  const table = index.target(route.get('RouteTableId'));
  if (!table) return false;
  const subnets = subnetsOfRouteTable(table, index);
  if (isUnknown(subnets)) return subnets;
  if (subnets.length === 0) return false;
  const firewallSubnets: string[] = [];
  for (const fw of existing(index.ofType(FIREWALL_TYPE), index)) {
    const ids = firewallSubnetIds(fw, index);
    if (!isUnknown(ids)) firewallSubnets.push(...ids);
  }
  return subnets.every((s) => firewallSubnets.includes(s));
}

/** One recorded route's facts, as a template's AWS::EC2::Route gives them. */
function itemRouteFacts(route: unknown, onlyFirewallSubnets: () => Tri): Facts {
  const gateway = gatewayOfItemRoute(route);
  const viaGateway = isSet(gateway);
  const destinations = destinationsOfItemRoute(route);
  if (viaGateway === false || !destinations.some((d) => isWorldDestination(d) !== false)) return { viaGateway, destinations };
  const internetGateway = isInternetGatewayId(gateway);
  if (internetGateway !== true) return { viaGateway, destinations, internetGateway };
  return { viaGateway, destinations, internetGateway, firewallSubnetsOnly: onlyFirewallSubnets() };
}

const SEVERITY: Record<Status, number> = { NON_COMPLIANT: 3, INSUFFICIENT_DATA: 2, COMPLIANT: 1, NOT_APPLICABLE: 0 };

/** The facts of the route whose verdict (through the same `decide` a scan uses) is the worst. */
function worstRoute(routes: Facts[]): Facts {
  let worst: { facts: Facts; rank: number } = { facts: { viaGateway: false, destinations: [] }, rank: -1 };
  for (const facts of routes) {
    const rank = SEVERITY[decide(Ec2RouteNoUnrestrictedRouteToIgw, () => facts).status];
    if (rank > worst.rank) worst = { facts, rank };
  }
  return worst.facts;
}

/** Whether every subnet the table serves (the main table's implicit ones included) is a Network Firewall subnet. */
function servesOnlyFirewallSubnetsItem(table: ConfigItem, scope: ConfigScope): Tri {
  const subnets = subnetsServedByItem(table, scope);
  if (isUnknown(subnets)) return subnets;
  if (subnets.length === 0) return false;
  if (!scope.records(FIREWALL_TYPE))
    return new Unknown(
      `${FIREWALL_TYPE} is not recorded in this account-region, so whether ${subnets.join(', ')} are firewall subnets cannot be read`,
    );
  const firewallSubnets = scope
    .ofType(FIREWALL_TYPE)
    .map(firewallSubnetIdsOfItem)
    .flatMap((ids) => (isUnknown(ids) ? [] : ids));
  return subnets.every((s) => firewallSubnets.includes(s));
}
