import { asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { zoneOfSubnet, zoneOfSubnetItem } from '../ec2/network';

interface Facts {
  /** The availability zone of each firewall endpoint (its subnet's zone, or an AZ mapping of a transit-gateway firewall). */
  readonly zones: Array<string | Unknown> | Unknown;
}

export const NetworkFirewallMultiAz = defineRule<Facts>({
  id: 'NetworkFirewallMultiAz',
  title: 'Network Firewalls have endpoints in at least two availability zones',
  description:
    'A firewall endpoint lives in one AZ; with a single endpoint an AZ outage either stops internet traffic or pushes it onto routes around the firewall.',
  severity: 'warning',
  controls: {
    ncscCsp: ['2.5', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NETFW_MULTI_AZ_ENABLED',
  remediation:
    'Map a firewall subnet in each AZ the workload uses (SubnetMappings), and route each AZ through its local endpoint.',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts(firewall, { index }) {
      const azMappings = listOf(firewall.get('AvailabilityZoneMappings'));
      if (isUnknown(azMappings)) return { zones: azMappings };
      if (azMappings.length)
        return {
          zones: azMappings.map(
            (m) => asString(field(m, 'AvailabilityZone')) ?? new Unknown('an availability zone mapping names no zone'),
          ),
        };
      const mappings = listOf(firewall.get('SubnetMappings'));
      if (isUnknown(mappings)) return { zones: mappings };
      return { zones: mappings.map((m) => zoneOfSubnet(field(m, 'SubnetId'), index)) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    looksUp: ['AWS::EC2::Subnet'],
    facts(item, scope) {
      const mappings = listOf(recorded(item.configuration, 'firewall.subnetMappings'));
      if (isUnknown(mappings)) return { zones: mappings };
      return { zones: mappings.map((m) => zoneOfSubnetItem(field(m, 'subnetId'), scope)) };
    },
  },
  evaluate({ zones }) {
    if (isUnknown(zones)) return needsReview(`the firewall’s subnets are not known: ${zones.reason}`);
    const known = new Set(zones.filter((z): z is string => typeof z === 'string'));
    if (known.size >= 2) return pass(`endpoints in ${known.size} availability zones`, zones.filter(isUnknown));
    const undecided = zones.find(isUnknown);
    if (undecided) return needsReview(`an endpoint’s availability zone is not known: ${undecided.reason}`);
    return fail(
      known.size ? `all endpoints are in one availability zone (${[...known][0]})` : 'the firewall has no subnet mapping',
    );
  },
});
