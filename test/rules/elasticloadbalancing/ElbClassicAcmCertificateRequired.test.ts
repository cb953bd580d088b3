import { ElbClassicAcmCertificateRequired as rule } from '../../../rules/elasticloadbalancing/ElbClassicAcmCertificateRequired';
import { PARAM, statusOf } from '../harness';
import { classic } from './lb-fixture';

const listener = (Protocol: string, SSLCertificateId?: unknown) => ({
  LoadBalancerPort: 443,
  InstancePort: 80,
  Protocol,
  SSLCertificateId,
});

describe('ElbClassicAcmCertificateRequired', () => {
  it('passes ACM certificates', () =>
    expect(
      statusOf(
        rule,
        'Elb',
        classic({ Listeners: [listener('HTTPS', { Ref: 'Cert' }), listener('SSL', 'arn:aws:acm:eu-west-2:1:certificate/a')] }),
      ),
    ).toBe('COMPLIANT'));
  it('is not applicable without TLS listeners', () =>
    expect(statusOf(rule, 'Elb', classic({ Listeners: [listener('HTTP')] }))).toBe('NOT_APPLICABLE'));
  it('fails an IAM server certificate', () =>
    expect(statusOf(rule, 'Elb', classic({ Listeners: [listener('HTTPS', 'arn:aws:iam::1:server-certificate/x')] }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when the certificate is a parameter', () =>
    expect(statusOf(rule, 'Elb', classic({ Listeners: [listener('SSL', PARAM)] }))).toBe('INSUFFICIENT_DATA'));
});
