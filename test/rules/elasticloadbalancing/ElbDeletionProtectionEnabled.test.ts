import { ElbDeletionProtectionEnabled as rule } from '../../../rules/elasticloadbalancing/ElbDeletionProtectionEnabled';
import { PARAM, statusOf } from '../harness';
import { alb, attrs } from './lb-fixture';

describe('ElbDeletionProtectionEnabled', () => {
  it('passes when on', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ 'deletion_protection.enabled': true }) }))).toBe(
      'COMPLIANT',
    ));
  it('fails when not set', () => expect(statusOf(rule, 'Lb', alb({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ 'deletion_protection.enabled': 'false' }) }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when the attribute list is a parameter', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
