import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { firewallFlagOfItem, flagOn } from './firewall-flag';

interface Facts {
  readonly subnetChangeProtection: Maybe<boolean>;
}

export const NetworkFirewallSubnetChangeProtection = defineRule<Facts>({
  id: 'NetworkFirewallSubnetChangeProtection',
  title: 'Network Firewalls have subnet change protection',
  description:
    'Removing a firewall subnet silently takes an AZ’s traffic out of inspection; subnet change protection makes that a deliberate change.',
  severity: 'warning',
  controls: {
    ncscCsp: ['2.5', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NETFW_SUBNET_CHANGE_PROTECTION_ENABLED',
  remediation: 'Set SubnetChangeProtection: true.',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts: (firewall) => ({ subnetChangeProtection: asBoolean(firewall.get('SubnetChangeProtection')) }),
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts: (item) => ({ subnetChangeProtection: firewallFlagOfItem(item, 'subnetChangeProtection') }),
  },
  evaluate: ({ subnetChangeProtection }) =>
    flagOn(subnetChangeProtection, 'subnet change protection', 'firewall subnets can be removed in one step'),
});
