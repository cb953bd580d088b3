import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { statefulRuleGroupCountOfItem } from './policy';

interface Facts {
  /** How many stateful rule groups the policy references. */
  readonly statefulRuleGroups: number | Unknown;
}

export const NetworkFirewallPolicyHasStatefulRuleGroup = defineRule<Facts>({
  id: 'NetworkFirewallPolicyHasStatefulRuleGroup',
  title: 'Firewall policies reference at least one stateful rule group',
  description:
    'Internet First asks for context-based, stateful filtering at the boundary; a policy without stateful rule groups can only match packets one at a time.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Add a stateful rule group (domain allow-list, Suricata rules or AWS managed threat signatures) to FirewallPolicy.StatefulRuleGroupReferences.',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts(policy) {
      const refs = listOf(policy.get('FirewallPolicy.StatefulRuleGroupReferences'));
      return { statefulRuleGroups: isUnknown(refs) ? refs : refs.length };
    },
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts: (item) => ({ statefulRuleGroups: statefulRuleGroupCountOfItem(item) }),
  },
  evaluate({ statefulRuleGroups: n }) {
    if (isUnknown(n)) return needsReview(`the stateful rule groups are not known: ${n.reason}`);
    if (n === 0) return fail('the policy references no stateful rule group');
    return pass(`the policy references ${n} stateful rule group${n > 1 ? 's' : ''}`);
  },
});
