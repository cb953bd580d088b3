import { listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** How many rules the web ACL has. */
  readonly rules: number | Unknown;
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
    facts: (acl) => ({ rules: countOf(listOf(acl.get('Rules'))) }),
  },
  configItem: {
    resourceTypes: ['AWS::WAFv2::WebACL'],
    facts: (item) => ({ rules: countOf(listOf(recorded(item.configuration, 'rules'))) }),
  },
  evaluate({ rules: n }) {
    if (isUnknown(n)) return needsReview(`the web ACL’s rules are not known: ${n.reason}`);
    if (n === 0) return fail('the web ACL has no rules');
    return pass(`the web ACL has ${n} rule${n > 1 ? 's' : ''}`);
  },
});

const countOf = (list: unknown[] | Unknown): number | Unknown => (isUnknown(list) ? list : list.length);
