import { CloudFrontMinimumTls12 as rule } from '../../../rules/cloudfront/CloudFrontMinimumTls12';
import { PARAM, resultOf, statusOf } from '../harness';
import { distribution } from './distribution-fixture';

const cert = (extra: Record<string, unknown>) => ({
  ViewerCertificate: { AcmCertificateArn: 'arn:aws:acm:us-east-1:1:certificate/x', SslSupportMethod: 'sni-only', ...extra },
});

describe('CloudFrontMinimumTls12', () => {
  it('passes TLSv1.2_2021', () =>
    expect(statusOf(rule, 'D', distribution(cert({ MinimumProtocolVersion: 'TLSv1.2_2021' })))).toBe('COMPLIANT'));
  it('passes TLSv1.3_2025', () =>
    expect(statusOf(rule, 'D', distribution(cert({ MinimumProtocolVersion: 'TLSv1.3_2025' })))).toBe('COMPLIANT'));
  it('fails the default CloudFront certificate', () => {
    const r = resultOf(rule, 'D', distribution({}));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('default CloudFront certificate');
  });
  it('fails TLSv1.2_2019', () =>
    expect(statusOf(rule, 'D', distribution(cert({ MinimumProtocolVersion: 'TLSv1.2_2019' })))).toBe('NON_COMPLIANT'));
  it('fails a custom certificate without a minimum version', () =>
    expect(statusOf(rule, 'D', distribution(cert({})))).toBe('NON_COMPLIANT'));
  it('needs review when the version is a parameter', () =>
    expect(statusOf(rule, 'D', distribution(cert({ MinimumProtocolVersion: PARAM })))).toBe('INSUFFICIENT_DATA'));
});
