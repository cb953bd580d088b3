import { CloudFrontOriginNoDeprecatedTls as rule } from '../../../rules/cloudfront/CloudFrontOriginNoDeprecatedTls';
import { PARAM, resultOf, statusOf } from '../harness';
import { customOrigin, distribution } from './distribution-fixture';

describe('CloudFrontOriginNoDeprecatedTls', () => {
  it('passes TLSv1.2 only', () => expect(statusOf(rule, 'D', distribution({}))).toBe('COMPLIANT'));
  it('is not applicable to an http-only origin', () =>
    expect(statusOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginProtocolPolicy: 'http-only' })] }))).toBe(
      'NOT_APPLICABLE',
    ));
  it('fails when OriginSSLProtocols is absent (CloudFormation offers TLSv1 and SSLv3)', () => {
    const r = resultOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginSSLProtocols: undefined })] }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('CloudFormation default');
  });
  it('fails when TLSv1.1 is offered', () =>
    expect(statusOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginSSLProtocols: ['TLSv1.1', 'TLSv1.2'] })] }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when the protocols are a parameter', () =>
    expect(statusOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginSSLProtocols: PARAM })] }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
