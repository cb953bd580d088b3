import { AlbHttpListenerRedirectsToHttps as rule } from '../../../rules/elasticloadbalancing/AlbHttpListenerRedirectsToHttps';
import { PARAM, resultOf, statusOf } from '../harness';
import { forward, listener, toHttps } from './lb-fixture';

const ruleOn = (actions: unknown) => ({
  Rule: {
    Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
    Properties: { ListenerArn: { Ref: 'L' }, Priority: 1, Conditions: [], Actions: actions },
  },
});

describe('AlbHttpListenerRedirectsToHttps', () => {
  it('passes an HTTP listener that redirects to HTTPS', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTP', Port: 80, DefaultActions: toHttps }))).toBe('COMPLIANT'));
  it('is not applicable to an HTTPS listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTPS', DefaultActions: forward }))).toBe('NOT_APPLICABLE'));
  it('fails an HTTP listener that forwards', () => {
    const r = resultOf(rule, 'L', listener({ Protocol: 'HTTP', Port: 80, DefaultActions: forward }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('forward instead of a redirect to HTTPS');
  });
  it('fails when a redirect keeps the request protocol', () => {
    expect(
      statusOf(
        rule,
        'L',
        listener({
          Protocol: 'HTTP',
          DefaultActions: [{ Type: 'redirect', RedirectConfig: { Port: '8080', StatusCode: 'HTTP_302' } }],
        }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('fails when a listener rule forwards over HTTP', () => {
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTP', DefaultActions: toHttps }, ruleOn(forward)))).toBe('NON_COMPLIANT');
  });
  it('needs review when the default actions are a parameter', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'HTTP', DefaultActions: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
