import { AlbDesyncMitigationMode as rule } from '../../../rules/elasticloadbalancing/AlbDesyncMitigationMode';
import { PARAM, statusOf } from '../harness';
import { alb, attrs } from './lb-fixture';

const KEY = 'routing.http.desync_mitigation_mode';

describe('AlbDesyncMitigationMode', () => {
  it('passes by default (defensive)', () => expect(statusOf(rule, 'Lb', alb({}))).toBe('COMPLIANT'));
  it('passes when strictest', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ [KEY]: 'strictest' }) }))).toBe('COMPLIANT'));
  it('fails in monitor mode', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ [KEY]: 'monitor' }) }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Lb', alb({ LoadBalancerAttributes: attrs({ [KEY]: PARAM }) }))).toBe('INSUFFICIENT_DATA'));
});
