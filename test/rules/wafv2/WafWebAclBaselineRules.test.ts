import { WafWebAclBaselineRules as rule } from '../../../rules/wafv2/WafWebAclBaselineRules';
import { PARAM, resultOf, statusOf } from '../harness';
import { BASELINE, managed, rateLimit, webAcl } from './acl-fixture';

describe('WafWebAclBaselineRules', () => {
  it('passes with the three managed groups and a blocking rate limit', () =>
    expect(statusOf(rule, 'Acl', webAcl(BASELINE))).toBe('COMPLIANT'));
  it('fails when the IP reputation list is missing', () => {
    const r = resultOf(rule, 'Acl', webAcl(BASELINE.filter((x) => x.Name !== 'AWSManagedRulesAmazonIpReputationList')));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('AWSManagedRulesAmazonIpReputationList is missing');
  });
  it('fails when a managed group only counts', () => {
    const rules = [managed('AWSManagedRulesCommonRuleSet', { Count: {} }), ...BASELINE.slice(1)];
    expect(resultOf(rule, 'Acl', webAcl(rules)).message).toContain('AWSManagedRulesCommonRuleSet only counts');
  });
  it('fails without a rate-based rule', () => expect(statusOf(rule, 'Acl', webAcl(BASELINE.slice(0, 3)))).toBe('NON_COMPLIANT'));
  it('fails when the rate-based rule only counts', () =>
    expect(statusOf(rule, 'Acl', webAcl([...BASELINE.slice(0, 3), rateLimit({ Count: {} })]))).toBe('NON_COMPLIANT'));
  it('needs review when a managed group name is a parameter', () => {
    const rules = [
      { ...managed('x'), Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: PARAM } } },
      ...BASELINE.slice(1),
    ];
    expect(statusOf(rule, 'Acl', webAcl(rules))).toBe('INSUFFICIENT_DATA');
  });
});
