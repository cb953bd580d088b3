import { WafWebAclNotEmpty as rule } from '../../../rules/wafv2/WafWebAclNotEmpty';
import { PARAM, statusOf } from '../harness';
import { BASELINE, webAcl } from './acl-fixture';

describe('WafWebAclNotEmpty', () => {
  it('passes with rules', () => expect(statusOf(rule, 'Acl', webAcl(BASELINE))).toBe('COMPLIANT'));
  it('fails with no rules', () => expect(statusOf(rule, 'Acl', webAcl(undefined))).toBe('NON_COMPLIANT'));
  it('fails with an empty rule list', () => expect(statusOf(rule, 'Acl', webAcl([]))).toBe('NON_COMPLIANT'));
  it('needs review when the rules are a parameter', () => expect(statusOf(rule, 'Acl', webAcl(PARAM))).toBe('INSUFFICIENT_DATA'));
});
