import { AlbWafEnabled as rule } from '../../../rules/elasticloadbalancing/AlbWafEnabled';
import { PARAM, statusOf } from '../harness';
import { alb } from './lb-fixture';

const association = (resourceArn: unknown) => ({
  Assoc: { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { ResourceArn: resourceArn, WebACLArn: 'arn:acl' } },
});

describe('AlbWafEnabled', () => {
  it('passes with a web ACL association', () =>
    expect(statusOf(rule, 'Lb', alb({}, association({ Ref: 'Lb' })))).toBe('COMPLIANT'));
  it('is not applicable to an internal load balancer', () =>
    expect(statusOf(rule, 'Lb', alb({ Scheme: 'internal' }))).toBe('NOT_APPLICABLE'));
  it('is not applicable to a network load balancer', () =>
    expect(statusOf(rule, 'Lb', alb({ Type: 'network' }))).toBe('NOT_APPLICABLE'));
  it('fails an internet-facing ALB (the default scheme) without a web ACL', () =>
    expect(statusOf(rule, 'Lb', alb({}))).toBe('NON_COMPLIANT'));
  it('fails when the only association names another resource', () => {
    expect(statusOf(rule, 'Lb', alb({}, association('arn:aws:elasticloadbalancing:eu-west-2:1:loadbalancer/app/other/1')))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when an association’s resource is a parameter', () =>
    expect(statusOf(rule, 'Lb', alb({}, association(PARAM)))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the scheme is a parameter', () =>
    expect(statusOf(rule, 'Lb', alb({ Scheme: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
