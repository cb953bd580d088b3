import { rules } from '../../../rules/wafv2';
import { WafWebAclBaselineRules } from '../../../rules/wafv2/WafWebAclBaselineRules';
import { WafWebAclNotEmpty } from '../../../rules/wafv2/WafWebAclNotEmpty';
import { expectConfigAdapterOrReason } from '../adapter-coverage';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

/** Web ACL rules as a template writes them (PascalCase) and as Config records them (GetWebACL, lowerCamelCase). */
const managed = (name: string, count = false) => ({
  Name: name,
  Priority: 1,
  Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: name } },
  OverrideAction: count ? { Count: {} } : { None: {} },
  VisibilityConfig: {},
});
const rateRule = {
  Name: 'rate',
  Priority: 9,
  Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP' } },
  Action: { Block: {} },
};
const camel = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(camel)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), camel(v)]))
      : value;
const aclTemplate = (rulesList: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Acl: {
        Type: 'AWS::WAFv2::WebACL',
        Properties: { Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: {}, Rules: rulesList },
      },
    },
  });
const aclItem = (rulesList: unknown) =>
  configItem('AWS::WAFv2::WebACL', { name: 'acl', defaultAction: { allow: {} }, rules: camel(rulesList) });

describe('WAF web ACLs: templates and configuration items agree', () => {
  const baseline = [
    managed('AWSManagedRulesCommonRuleSet'),
    managed('AWSManagedRulesKnownBadInputsRuleSet'),
    managed('AWSManagedRulesAmazonIpReputationList'),
    rateRule,
  ];
  it.each([
    ['the baseline with a rate rule', baseline, 'COMPLIANT', 'COMPLIANT'],
    [
      'the common set only counts',
      [managed('AWSManagedRulesCommonRuleSet', true), ...baseline.slice(1)],
      'NON_COMPLIANT',
      'COMPLIANT',
    ],
    ['no rules', [], 'NON_COMPLIANT', 'NON_COMPLIANT'],
  ])('%s', (_, list, baselineStatus, notEmptyStatus) => {
    expect(statusOf(WafWebAclBaselineRules, 'Acl', aclTemplate(list))).toBe(baselineStatus);
    expect(statusOfItem(WafWebAclBaselineRules, aclItem(list))).toBe(baselineStatus);
    expect(statusOf(WafWebAclNotEmpty, 'Acl', aclTemplate(list))).toBe(notEmptyStatus);
    expect(statusOfItem(WafWebAclNotEmpty, aclItem(list))).toBe(notEmptyStatus);
  });
  it('undecided: rules from a parameter, an item that does not record its rules', () => {
    for (const rule of [WafWebAclBaselineRules, WafWebAclNotEmpty]) {
      expect(statusOf(rule, 'Acl', aclTemplate(PARAM))).toBe('INSUFFICIENT_DATA');
      expect(statusOfItem(rule, configItem('AWS::WAFv2::WebACL', { name: 'acl' }))).toBe('INSUFFICIENT_DATA');
    }
  });
});

describe('WAFv2 adapter coverage', () => expectConfigAdapterOrReason(rules));
