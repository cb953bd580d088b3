import { Tri, existing, hasProperty } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
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
  evaluate({ viaGateway, destinations, internetGateway, firewallSubnetsOnly }) {
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
  },
});

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
