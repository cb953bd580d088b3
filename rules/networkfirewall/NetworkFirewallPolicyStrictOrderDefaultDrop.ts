import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

const DROP_ACTIONS = ['aws:drop_strict', 'aws:drop_established'];

interface Facts {
  readonly ruleOrder: unknown;
  readonly statefulDefaultActions: unknown;
}

export const NetworkFirewallPolicyStrictOrderDefaultDrop = defineRule<Facts>({
  id: 'NetworkFirewallPolicyStrictOrderDefaultDrop',
  title: 'Firewall policies evaluate stateful rules in strict order and drop by default',
  description:
    'With the default action order, traffic no stateful rule matches is allowed; strict order with a drop default turns the firewall into an allow-list, which is what a boundary firewall should be.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Set FirewallPolicy.StatefulEngineOptions.RuleOrder: STRICT_ORDER and StatefulDefaultActions: ["aws:drop_established", "aws:alert_established"] (or the _strict variants), with explicit pass rules for required traffic.',
  template: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts: (policy) => ({
      ruleOrder: policy.get('FirewallPolicy.StatefulEngineOptions.RuleOrder'),
      statefulDefaultActions: policy.get('FirewallPolicy.StatefulDefaultActions'),
    }),
  },
  evaluate({ ruleOrder, statefulDefaultActions }) {
    if (isUnknown(ruleOrder)) return needsReview(`RuleOrder is not known: ${ruleOrder.reason}`);
    // RuleOrder defaults to DEFAULT_ACTION_ORDER, where unmatched traffic is passed.
    if (ruleOrder !== 'STRICT_ORDER')
      return fail(
        `RuleOrder is ${ruleOrder === undefined ? 'not set (DEFAULT_ACTION_ORDER)' : String(ruleOrder)}, so traffic no stateful rule matches is allowed`,
      );
    const actions = listOf(statefulDefaultActions);
    if (isUnknown(actions)) return needsReview(`StatefulDefaultActions is not known: ${actions.reason}`);
    const unknownAction = actions.find(isUnknown);
    if (unknownAction) return needsReview(`StatefulDefaultActions is not known: ${unknownAction.reason}`);
    if (actions.some((a) => DROP_ACTIONS.includes(a as string)))
      return pass('stateful rules run in strict order with a drop default');
    return fail(
      actions.length
        ? `StatefulDefaultActions ${actions.map(String).join(', ')} include no drop action`
        : 'StatefulDefaultActions is not set, so unmatched traffic is allowed',
    );
  },
});
