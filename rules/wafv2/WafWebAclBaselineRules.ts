import { Maybe, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** AWS managed rule groups every internet-facing web ACL should run. */
export const BASELINE_MANAGED_GROUPS = [
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesAmazonIpReputationList',
];

interface RuleFact {
  readonly name: Maybe<string>;
  /** Name of the AWS managed rule group the rule runs, if it runs one. */
  readonly managedGroup?: Maybe<string>;
  readonly rateBased: boolean;
  /** The override action (for groups) or action (for rules), as its kinds in lower case (`count`, `block` …). */
  readonly action: string[] | Unknown;
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
    facts: (acl) => ({ rules: rulesOf(listOf(acl.get('Rules')), 'PascalCase') }),
  },
  configItem: {
    resourceTypes: ['AWS::WAFv2::WebACL'],
    // Config records the GetWebACL shape: the same rules in lowerCamelCase.
    facts: (item) => ({ rules: rulesOf(listOf(recorded(item.configuration, 'rules')), 'camelCase') }),
  },
  evaluate({ rules }) {
    if (isUnknown(rules)) return needsReview(`the web ACL’s rules are not known: ${rules.reason}`);
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const group of BASELINE_MANAGED_GROUPS) {
      const found = rules.filter((r) => r.managedGroup === group);
      if (found.length === 0) {
        const unknownGroup = rules.find((r) => isUnknown(r.managedGroup));
        if (unknownGroup && isUnknown(unknownGroup.managedGroup)) undecided ??= unknownGroup.managedGroup;
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
function enforcement(actions: Array<string[] | Unknown>, group: boolean): boolean | Unknown {
  let undecided: Unknown | undefined;
  for (const keys of actions) {
    if (isUnknown(keys)) {
      undecided ??= keys;
      continue;
    }
    if (group ? !keys.includes('count') : keys.some((k) => ['block', 'captcha', 'challenge'].includes(k))) return true;
  }
  return undecided ?? false;
}

/** The web ACL's rules, read alike from the template (PascalCase) and the item (lowerCamelCase). */
function rulesOf(rules: unknown[] | Unknown, casing: 'PascalCase' | 'camelCase'): RuleFact[] | Unknown {
  if (isUnknown(rules)) return rules;
  const key = (name: string) => (casing === 'PascalCase' ? name : name.charAt(0).toLowerCase() + name.slice(1));
  return rules.map((r) => {
    const statement = field(r, key('Statement'));
    const managed = field(statement, key('ManagedRuleGroupStatement'));
    const isAws =
      managed !== undefined && managed !== null && (isUnknown(managed) || field(managed, key('VendorName')) === 'AWS');
    const action = managed !== undefined && managed !== null ? field(r, key('OverrideAction')) : field(r, key('Action'));
    return {
      name: asString(field(r, key('Name'))),
      managedGroup: isAws ? asString(field(managed, key('Name'))) : undefined,
      rateBased: (field(statement, key('RateBasedStatement')) ?? null) !== null,
      action: isUnknown(action)
        ? action
        : action !== null && typeof action === 'object'
          ? Object.keys(action)
              .filter((k) => (action as Record<string, unknown>)[k] !== null)
              .map((k) => k.toLowerCase())
          : [],
    };
  });
}
