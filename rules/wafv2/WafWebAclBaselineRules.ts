import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** AWS managed rule groups every internet-facing web ACL should run. */
export const BASELINE_MANAGED_GROUPS = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesAmazonIpReputationList',
];

interface RuleFact {
  readonly name: unknown;
  /** Name of the AWS managed rule group the rule runs, if it runs one. */
  readonly managedGroup?: unknown;
  readonly rateBased: boolean;
  /** OverrideAction (for groups) or Action (for rules), to tell blocking from counting. */
  readonly action: unknown;
}

interface Facts {
  readonly rules: RuleFact[] | Unknown;
}

export const WafWebAclBaselineRules = defineRule<Facts>({
  id: 'WafWebAclBaselineRules',
  title: 'WAF web ACLs run the AWS baseline managed rule groups and a rate limit',
  description:
    'The AWS common, known-bad-inputs and IP reputation groups block the bulk of commodity web attacks, and a rate-based rule throttles credential stuffing and scraping; a web ACL without them gives little context-based protection.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls', 'user-access-control'],
    internetFirst: ['IF-1', 'IF-2'],
  },
  remediation:
    'Add ManagedRuleGroupStatement rules (VendorName AWS) for AWSManagedRulesCommonRuleSet, AWSManagedRulesKnownBadInputsRuleSet and AWSManagedRulesAmazonIpReputationList with OverrideAction None, and a RateBasedStatement rule with a Block action.',
  template: {
    resourceTypes: ['AWS::WAFv2::WebACL'],
    facts(acl) {
      const rules = listOf(acl.get('Rules'));
      if (isUnknown(rules)) return { rules };
      return {
        rules: rules.map((r) => {
          const statement = field(r, 'Statement');
          const managed = field(statement, 'ManagedRuleGroupStatement');
          const isAws = managed !== undefined && (isUnknown(managed) || field(managed, 'VendorName') === 'AWS');
          return {
            name: field(r, 'Name'),
            managedGroup: isAws ? field(managed, 'Name') : undefined,
            rateBased: field(statement, 'RateBasedStatement') !== undefined,
            action: managed !== undefined ? field(r, 'OverrideAction') : field(r, 'Action'),
          };
        }),
      };
    },
  },
  evaluate({ rules }) {
    if (isUnknown(rules)) return needsReview(`Rules is not known: ${rules.reason}`);
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const group of BASELINE_MANAGED_GROUPS) {
      const found = rules.filter((r) => r.managedGroup === group);
      if (found.length === 0) {
        const unknownGroup = rules.find((r) => isUnknown(r.managedGroup));
        if (unknownGroup) undecided ??= unknownGroup.managedGroup as Unknown;
        else problems.push(`${group} is missing`);
        continue;
      }
      const enforcing = enforcement(
        found.map((r) => r.action),
        true,
      );
      if (isUnknown(enforcing)) undecided ??= enforcing;
      else if (!enforcing) problems.push(`${group} only counts`);
    }
    const rate = rules.filter((r) => r.rateBased);
    if (rate.length === 0) problems.push('no rate-based rule');
    else {
      const enforcing = enforcement(
        rate.map((r) => r.action),
        false,
      );
      if (isUnknown(enforcing)) undecided ??= enforcing;
      else if (!enforcing) problems.push('the rate-based rule only counts');
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`a rule is not known: ${undecided.reason}`);
    return pass('the baseline managed rule groups and a rate-based rule are enforced');
  },
});

/**
 * Whether any of the actions enforces. A managed group enforces unless its
 * OverrideAction is Count; a rule enforces with Block, Captcha or Challenge.
 */
function enforcement(actions: unknown[], group: boolean): boolean | Unknown {
  let undecided: Unknown | undefined;
  for (const action of actions) {
    if (isUnknown(action)) {
      undecided ??= action;
      continue;
    }
    const keys = action && typeof action === 'object' ? Object.keys(action) : [];
    if (group ? !keys.includes('Count') : keys.some((k) => ['Block', 'Captcha', 'Challenge'].includes(k))) return true;
  }
  return undecided ?? false;
}
