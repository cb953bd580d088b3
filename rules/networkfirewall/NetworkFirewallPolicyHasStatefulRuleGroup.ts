import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly statefulRuleGroups: unknown;
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
    facts: (policy) => ({ statefulRuleGroups: policy.get('FirewallPolicy.StatefulRuleGroupReferences') }),
  },
  evaluate({ statefulRuleGroups }) {
    const list = listOf(statefulRuleGroups);
    if (isUnknown(list)) return needsReview(`StatefulRuleGroupReferences is not known: ${list.reason}`);
    if (list.length === 0) return fail('the policy references no stateful rule group');
    return pass(`the policy references ${list.length} stateful rule group${list.length > 1 ? 's' : ''}`);
  },
});
