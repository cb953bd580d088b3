import { Rule } from '../../lib/engine/rule';
import { NetworkFirewallDeletionProtection } from './NetworkFirewallDeletionProtection';
import { NetworkFirewallLogsAlertAndFlow } from './NetworkFirewallLogsAlertAndFlow';
import { NetworkFirewallMultiAz } from './NetworkFirewallMultiAz';
import { NetworkFirewallPolicyForwardsFragmentedPackets } from './NetworkFirewallPolicyForwardsFragmentedPackets';
import { NetworkFirewallPolicyForwardsFullPackets } from './NetworkFirewallPolicyForwardsFullPackets';
import { NetworkFirewallPolicyHasStatefulRuleGroup } from './NetworkFirewallPolicyHasStatefulRuleGroup';
import { NetworkFirewallPolicyStrictOrderDefaultDrop } from './NetworkFirewallPolicyStrictOrderDefaultDrop';
import { NetworkFirewallSubnetChangeProtection } from './NetworkFirewallSubnetChangeProtection';

export const rules: Rule[] = [
  NetworkFirewallPolicyForwardsFullPackets,
  NetworkFirewallPolicyForwardsFragmentedPackets,
  NetworkFirewallPolicyHasStatefulRuleGroup,
  NetworkFirewallPolicyStrictOrderDefaultDrop,
  NetworkFirewallDeletionProtection,
  NetworkFirewallSubnetChangeProtection,
  NetworkFirewallMultiAz,
  NetworkFirewallLogsAlertAndFlow,
];
