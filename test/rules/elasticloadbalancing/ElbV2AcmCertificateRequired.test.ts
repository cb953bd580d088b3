import { ElbV2AcmCertificateRequired as rule } from '../../../rules/elasticloadbalancing/ElbV2AcmCertificateRequired';
import { PARAM, statusOf } from '../harness';
import { forward, listener } from './lb-fixture';

const https = (arn: unknown, extra = {}) =>
  listener({ Protocol: 'HTTPS', DefaultActions: forward, Certificates: [{ CertificateArn: arn }] }, extra);

describe('ElbV2AcmCertificateRequired', () => {
  it('passes a reference to an ACM certificate', () => expect(statusOf(rule, 'L', https({ Ref: 'Cert' }))).toBe('COMPLIANT'));
  it('passes an ACM ARN', () =>
    expect(statusOf(rule, 'L', https('arn:aws:acm:eu-west-2:123456789012:certificate/abc'))).toBe('COMPLIANT'));
  it('passes an ACM ARN built with Fn::Sub whose known prefix names the service', () =>
    expect(statusOf(rule, 'L', https({ 'Fn::Sub': 'arn:aws:acm:${AWS::Region}:${AWS::AccountId}:certificate/abc' }))).toBe(
      'COMPLIANT',
    ));
  it('needs review when the partition before the service is not known', () =>
    expect(
      statusOf(rule, 'L', https({ 'Fn::Sub': 'arn:${AWS::Partition}:acm:${AWS::Region}:${AWS::AccountId}:certificate/abc' })),
    ).toBe('INSUFFICIENT_DATA'));
  it('is not applicable to a TCP listener', () =>
    expect(statusOf(rule, 'L', listener({ Protocol: 'TCP', DefaultActions: forward }))).toBe('NOT_APPLICABLE'));
  it('fails an IAM server certificate', () =>
    expect(statusOf(rule, 'L', https('arn:aws:iam::123456789012:server-certificate/x'))).toBe('NON_COMPLIANT'));
  it('fails an extra IAM certificate added with ListenerCertificate', () => {
    const extra = {
      More: {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
        Properties: { ListenerArn: { Ref: 'L' }, Certificates: [{ CertificateArn: 'arn:aws:iam::1:server-certificate/y' }] },
      },
    };
    expect(statusOf(rule, 'L', https({ Ref: 'Cert' }, extra))).toBe('NON_COMPLIANT');
  });
  it('needs review when the certificate is a parameter', () =>
    expect(statusOf(rule, 'L', https(PARAM))).toBe('INSUFFICIENT_DATA'));
});
