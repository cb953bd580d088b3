import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { FIREWALL_TYPE, WORLD_CIDRS, destinationsOf, firewallSubnetIds, isInternetGateway, subnetsOfRouteTable } from './network';

interface Facts {
  readonly viaGateway: boolean;
  readonly destinations: unknown[];
  /** Whether the gateway is an internet gateway; read only for an unrestricted destination. */
  readonly internetGateway?: boolean | Unknown;
  /** Whether every subnet using the route's table hosts Network Firewall endpoints. */
  readonly firewallSubnetsOnly?: boolean | Unknown;
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
      const viaGateway = route.get('GatewayId') !== undefined;
      const destinations = destinationsOf(route);
      if (!viaGateway || !destinations.some((d) => isUnknown(d) || WORLD_CIDRS.includes(d as string)))
        return { viaGateway, destinations };
      const internetGateway = isInternetGateway(route.get('GatewayId'), index);
      if (internetGateway !== true) return { viaGateway, destinations, internetGateway };
      return { viaGateway, destinations, internetGateway, firewallSubnetsOnly: servesOnlyFirewallSubnets(route, index) };
    },
  },
  evaluate({ viaGateway, destinations, internetGateway, firewallSubnetsOnly }) {
    if (!viaGateway) return notApplicable('the route does not target a gateway');
    const unknownDestination = destinations.find(isUnknown);
    if (unknownDestination) return needsReview(`the destination is not known: ${unknownDestination.reason}`);
    const world = destinations.filter((d) => WORLD_CIDRS.includes(d as string));
    if (world.length === 0) return pass(`the destination ${destinations.map(String).join(', ')} is restricted`);
    if (isUnknown(internetGateway))
      return needsReview(`whether the gateway is an internet gateway is not known: ${internetGateway.reason}`);
    if (!internetGateway) return pass('the default route targets a gateway that is not an internet gateway');
    if (isUnknown(firewallSubnetsOnly))
      return needsReview(`the subnets using this route are not known: ${firewallSubnetsOnly.reason}`);
    if (firewallSubnetsOnly) return pass('the unrestricted route serves only Network Firewall subnets');
    return fail(`${world.join(' and ')} is routed to an internet gateway`);
  },
});

function servesOnlyFirewallSubnets(route: TemplateResource, index: TemplateIndex): boolean | Unknown {
  const table = index.target(route.get('RouteTableId'));
  if (!table) return false;
  const subnets = subnetsOfRouteTable(table, index);
  if (isUnknown(subnets)) return subnets;
  if (subnets.length === 0) return false;
  const firewallSubnets: string[] = [];
  for (const fw of index.ofType(FIREWALL_TYPE)) {
    if (index.exists(fw) === false) continue;
    const ids = firewallSubnetIds(fw, index);
    if (!isUnknown(ids)) firewallSubnets.push(...ids);
  }
  return subnets.every((s) => firewallSubnets.includes(s));
}
