import { ElbClassicTlsPolicy as rule } from '../../../rules/elasticloadbalancing/ElbClassicTlsPolicy';
import { PARAM, resultOf, statusOf } from '../harness';
import { classic } from './lb-fixture';

const negotiation = (name: string, reference: unknown, extra: Record<string, unknown> = {}) => ({
  PolicyName: name,
  PolicyType: 'SSLNegotiationPolicyType',
  Attributes: [{ Name: 'Reference-Security-Policy', Value: reference }],
  ...extra,
});
const https = (policyNames?: string[], port = 443) => ({
  LoadBalancerPort: port,
  InstancePort: 80,
  Protocol: 'HTTPS',
  SSLCertificateId: 'arn:aws:acm:x:1:certificate/a',
  PolicyNames: policyNames,
});

describe('ElbClassicTlsPolicy', () => {
  it('passes a listener naming a TLS 1.2 policy', () => {
    expect(
      statusOf(
        rule,
        'Elb',
        classic({ Policies: [negotiation('Tls12', 'ELBSecurityPolicy-TLS-1-2-2017-01')], Listeners: [https(['Tls12'])] }),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes a policy applied through LoadBalancerPorts', () => {
    const t = classic({
      Policies: [negotiation('Tls12', 'ELBSecurityPolicy-TLS-1-2-2017-01', { LoadBalancerPorts: ['443'] })],
      Listeners: [https()],
    });
    expect(statusOf(rule, 'Elb', t)).toBe('COMPLIANT');
  });
  it('is not applicable without TLS listeners', () => {
    expect(statusOf(rule, 'Elb', classic({ Listeners: [{ LoadBalancerPort: 80, InstancePort: 80, Protocol: 'HTTP' }] }))).toBe(
      'NOT_APPLICABLE',
    );
  });
  it('fails a listener without a negotiation policy', () => {
    expect(resultOf(rule, 'Elb', classic({ Listeners: [https()] })).message).toContain('ELBSecurityPolicy-2016-08');
  });
  it('fails a listener naming ELBSecurityPolicy-2016-08', () => {
    expect(
      statusOf(
        rule,
        'Elb',
        classic({ Policies: [negotiation('Old', 'ELBSecurityPolicy-2016-08')], Listeners: [https(['Old'])] }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('fails a custom negotiation policy', () => {
    const custom = {
      PolicyName: 'Custom',
      PolicyType: 'SSLNegotiationPolicyType',
      Attributes: [{ Name: 'Protocol-TLSv1.2', Value: true }],
    };
    expect(statusOf(rule, 'Elb', classic({ Policies: [custom], Listeners: [https(['Custom'])] }))).toBe('NON_COMPLIANT');
  });
  it('needs review when the referenced policy is a parameter', () => {
    expect(statusOf(rule, 'Elb', classic({ Policies: [negotiation('P', PARAM)], Listeners: [https(['P'])] }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
