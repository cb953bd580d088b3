import { Maybe, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { Unknown } from '../../lib/engine/unknown';

import { actionNames, forwardsToStateful } from './stateless-default';

interface Facts {
  readonly statelessDefaultActions: Array<Maybe<string>> | Unknown;
}

export const NetworkFirewallPolicyForwardsFullPackets = defineRule<Facts>({
  id: 'NetworkFirewallPolicyForwardsFullPackets',
  title: 'Firewall policies send unmatched packets to the stateful engine',
  description:
    'The stateless default action decides what happens to every packet no stateless rule matched; anything but forwarding to the stateful engine means that traffic never meets the stateful rules.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NETFW_POLICY_DEFAULT_ACTION_FULL_PACKETS',
  remediation: 'Set FirewallPolicy.StatelessDefaultActions to ["aws:forward_to_sfe"].',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts: (policy) => ({ statelessDefaultActions: actionNames(policy.get('FirewallPolicy.StatelessDefaultActions')) }),
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts: (item) => ({
      statelessDefaultActions: actionNames(recorded(item.configuration, 'firewallPolicy.statelessDefaultActions')),
    }),
  },
  evaluate: ({ statelessDefaultActions }) => forwardsToStateful(statelessDefaultActions, 'full packets'),
});
