import { ConfigItem } from '../../lib/engine/config-item';
import { field, listOf, recorded } from '../../lib/engine/facts';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

export const POLICY_TYPE = 'AWS::NetworkFirewall::FirewallPolicy';

/** The firewall's policy resource, or an Unknown when the policy is not defined in this template. */
export function policyOf(firewall: TemplateResource, index: TemplateIndex): TemplateResource | Unknown {
  const arn = firewall.get('FirewallPolicyArn');
  const policy = index.target(arn);
  if (policy?.type === POLICY_TYPE) return policy;
  const why = isUnknown(arn) ? arn.reason : 'it is not defined in this template';
  return new Unknown(`the policy of firewall ${firewall.logicalId} cannot be read: ${why}`);
}

/** How many stateful rule groups a firewall's policy references. */
export function statefulRuleGroupCount(firewall: TemplateResource, index: TemplateIndex): number | Unknown {
  const policy = policyOf(firewall, index);
  if (isUnknown(policy)) return policy;
  const refs = listOf(policy.get('FirewallPolicy.StatefulRuleGroupReferences'));
  return isUnknown(refs) ? refs : refs.length;
}

/**
 * The `firewallPolicy` document of a policy item. Config always records it; inside
 * it the service omits optional settings that are not set (no stateful rule
 * groups, no engine options), so those read as absent rather than unknown.
 */
export function policyDocumentOfItem(item: ConfigItem): unknown {
  return recorded(item.configuration, 'firewallPolicy');
}

/** How many stateful rule groups a policy item references. */
export function statefulRuleGroupCountOfItem(policy: ConfigItem): number | Unknown {
  const refs = listOf(field(policyDocumentOfItem(policy), 'statefulRuleGroupReferences'));
  return isUnknown(refs) ? refs : refs.length;
}
