import { Maybe, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { policyDocumentOfItem } from './policy';
import { actionNames } from './stateless-default';

const DROP_ACTIONS = ['aws:drop_strict', 'aws:drop_established'];

interface Facts {
  /** STRICT_ORDER or DEFAULT_ACTION_ORDER; absent is the default order. */
  readonly ruleOrder: Maybe<string>;
  readonly statefulDefaultActions: Array<Maybe<string>> | Unknown;
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
      ruleOrder: asString(policy.get('FirewallPolicy.StatefulEngineOptions.RuleOrder')),
      statefulDefaultActions: actionNames(policy.get('FirewallPolicy.StatefulDefaultActions')),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    facts(item) {
      const policy = policyDocumentOfItem(item);
      return {
        ruleOrder: asString(field(field(policy, 'statefulEngineOptions'), 'ruleOrder')),
        statefulDefaultActions: actionNames(field(policy, 'statefulDefaultActions')),
      };
    },
  },
  evaluate({ ruleOrder, statefulDefaultActions: actions }) {
    if (isUnknown(ruleOrder)) return needsReview(`the stateful rule order is not known: ${ruleOrder.reason}`);
    // The rule order defaults to DEFAULT_ACTION_ORDER, where unmatched traffic is passed.
    if (ruleOrder !== 'STRICT_ORDER')
      return fail(
        `stateful rules run in ${ruleOrder ?? 'the default action order (DEFAULT_ACTION_ORDER)'}, so traffic no stateful rule matches is allowed`,
      );
    if (isUnknown(actions)) return needsReview(`the stateful default actions are not known: ${actions.reason}`);
    const unknownAction = actions.find(isUnknown);
    if (unknownAction) return needsReview(`the stateful default actions are not known: ${unknownAction.reason}`);
    if (actions.some((a) => DROP_ACTIONS.includes(a as string)))
      return pass('stateful rules run in strict order with a drop default');
    return fail(
      actions.length
        ? `the stateful default actions ${actions.map(String).join(', ')} include no drop action`
        : 'no stateful default action is set, so unmatched traffic is allowed',
    );
  },
});
