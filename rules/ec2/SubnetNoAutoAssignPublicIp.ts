import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly mapPublicIpOnLaunch: Maybe<boolean>;
}

/*
 * Public edge subnets (load balancers, NAT gateways) do not need auto-assigned
 * public IPs: those resources get their own addresses. So the rule fails every
 * subnet that maps public IPs, and is a warning because an edge subnet that maps
 * them exposes nothing until an instance is launched there.
 */
export const SubnetNoAutoAssignPublicIp = defineRule<Facts>({
  id: 'SubnetNoAutoAssignPublicIp',
  title: 'Subnets do not auto-assign public IP addresses',
  description:
    'A subnet that maps public IPs on launch gives every instance started in it an internet-routable address, bypassing the intended edge (load balancer, firewall).',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED',
  remediation:
    'Set MapPublicIpOnLaunch: false (CDK: mapPublicIpOnLaunch: false on public subnet configurations); load balancers and NAT gateways get their own addresses.',
  template: {
    resourceTypes: ['AWS::EC2::Subnet'],
    facts: (subnet) => ({ mapPublicIpOnLaunch: asBoolean(subnet.get('MapPublicIpOnLaunch')) }),
  },
  configItem: {
    resourceTypes: ['AWS::EC2::Subnet'],
    facts: (item) => ({
      mapPublicIpOnLaunch: asBoolean(recorded(item.configuration, 'mapPublicIpOnLaunch')),
    }),
  },
  evaluate({ mapPublicIpOnLaunch: value }) {
    if (isUnknown(value)) return needsReview(`whether the subnet maps public IPs is not known: ${value.reason}`);
    if (value === true) return fail('the subnet maps public IPs on launch, so instances launched here get them');
    return pass('the subnet does not assign public IPs on launch');
  },
});
