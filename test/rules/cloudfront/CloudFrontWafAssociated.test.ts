import { CloudFrontWafAssociated as rule } from '../../../rules/cloudfront/CloudFrontWafAssociated';
import { PARAM, statusOf } from '../harness';
import { distribution } from './distribution-fixture';

describe('CloudFrontWafAssociated', () => {
  it('passes with a web ACL', () =>
    expect(
      statusOf(rule, 'D', distribution({ WebACLId: { 'Fn::GetAtt': ['Acl', 'Arn'] } }, { Acl: { Type: 'AWS::WAFv2::WebACL' } })),
    ).toBe('COMPLIANT'));
  it('needs review when the web ACL comes from a parameter that may be empty', () =>
    expect(statusOf(rule, 'D', distribution({ WebACLId: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails without a web ACL', () => expect(statusOf(rule, 'D', distribution({}))).toBe('NON_COMPLIANT'));
  it('fails by cases when a condition may remove the web ACL', () => {
    expect(statusOf(rule, 'D', distribution({ WebACLId: { 'Fn::If': ['Maybe', 'arn:acl', { Ref: 'AWS::NoValue' }] } }))).toBe(
      'NON_COMPLIANT',
    );
  });
});
