import { Maybe, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { Unknown } from '../../lib/engine/unknown';

import { actionNames, forwardsToStateful } from './stateless-default';

interface Facts {
  readonly statelessFragmentDefaultActions: Array<Maybe<string>> | Unknown;
}

export const NetworkFirewallPolicyForwardsFragmentedPackets = defineRule<Facts>({
  id: 'NetworkFirewallPolicyForwardsFragmentedPackets',
  title: 'Firewall policies send unmatched fragmented packets to the stateful engine',
  description:
    'Fragmentation is a classic way to slip traffic past inspection; fragments no stateless rule matched must still reach the stateful engine.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NETFW_POLICY_DEFAULT_ACTION_FRAGMENT_PACKETS',
  remediation: 'Set FirewallPolicy.StatelessFragmentDefaultActions to ["aws:forward_to_sfe"].',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts: (policy) => ({
      statelessFragmentDefaultActions: actionNames(policy.get('FirewallPolicy.StatelessFragmentDefaultActions')),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts: (item) => ({
      statelessFragmentDefaultActions: actionNames(
        recorded(item.configuration, 'firewallPolicy.statelessFragmentDefaultActions'),
      ),
    }),
  },
  evaluate: ({ statelessFragmentDefaultActions }) => forwardsToStateful(statelessFragmentDefaultActions, 'fragmented packets'),
});
