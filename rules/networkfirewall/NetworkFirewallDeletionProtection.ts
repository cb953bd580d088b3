import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { firewallFlagOfItem, flagOn } from './firewall-flag';

interface Facts {
  readonly deleteProtection: Maybe<boolean>;
}

export const NetworkFirewallDeletionProtection = defineRule<Facts>({
  id: 'NetworkFirewallDeletionProtection',
  title: 'Network Firewalls have deletion protection',
  description:
    'Deleting the firewall removes the stateful boundary at once; deletion protection makes that a deliberate two-step change.',
  severity: 'warning',
  controls: {
    ncscCsp: ['2.5', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NETFW_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeleteProtection: true.',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts: (firewall) => ({ deleteProtection: asBoolean(firewall.get('DeleteProtection')) }),
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::Firewall'],
    facts: (item) => ({ deleteProtection: firewallFlagOfItem(item, 'deleteProtection') }),
  },
  evaluate: ({ deleteProtection }) => flagOn(deleteProtection, 'deletion protection', 'the firewall can be deleted in one step'),
});
