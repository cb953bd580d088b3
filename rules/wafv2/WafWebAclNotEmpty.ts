import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly rules: unknown;
}

export const WafWebAclNotEmpty = defineRule<Facts>({
  id: 'WafWebAclNotEmpty',
  title: 'WAF web ACLs contain rules',
  description:
    'A web ACL without rules applies only its default action: it looks like protection in an inventory but inspects nothing.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'WAFV2_WEBACL_NOT_EMPTY',
  remediation:
    'Add rules to the web ACL: at least the AWS managed common, known-bad-inputs and IP reputation rule groups and a rate-based rule.',
  template: {
    resourceTypes: ['AWS::WAFv2::WebACL'],
    facts: (acl) => ({ rules: acl.get('Rules') }),
  },
  evaluate({ rules }) {
    const list = listOf(rules);
    if (isUnknown(list)) return needsReview(`Rules is not known: ${list.reason}`);
    if (list.length === 0) return fail('the web ACL has no rules');
    return pass(`the web ACL has ${list.length} rule${list.length > 1 ? 's' : ''}`);
  },
});
