import { AlbDropInvalidHeaders as rule } from '../../../rules/elasticloadbalancing/AlbDropInvalidHeaders';
import { PARAM, statusOf } from '../harness';
import { alb, attrs } from './lb-fixture';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

describe('AlbDropInvalidHeaders', () => {
  it('passes when enabled', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ [KEY]: 'true' }) }))).toBe('COMPLIANT'));
  it('is not applicable to a network load balancer', () =>
    expect(statusOf(rule, 'Lb', alb({ Type: 'network' }))).toBe('NOT_APPLICABLE'));
  it('fails when not set', () => expect(statusOf(rule, 'Lb', alb({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ [KEY]: false }) }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ [KEY]: PARAM }) }))).toBe('INSUFFICIENT_DATA'));
});
