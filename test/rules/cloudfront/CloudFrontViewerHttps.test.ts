import { CloudFrontViewerHttps as rule } from '../../../rules/cloudfront/CloudFrontViewerHttps';
import { PARAM, statusOf } from '../harness';
import { distribution, https } from './distribution-fixture';

describe('CloudFrontViewerHttps', () => {
  it('passes redirect-to-https and https-only behaviours', () => {
    expect(
      statusOf(
        rule,
        'D',
        distribution({ CacheBehaviors: [{ ...https, PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' }] }),
      ),
    ).toBe('COMPLIANT');
  });
  it('is not applicable without cache behaviours', () =>
    expect(statusOf(rule, 'D', distribution({ DefaultCacheBehavior: undefined }))).toBe('NOT_APPLICABLE'));
  it('fails an allow-all default behaviour', () =>
    expect(statusOf(rule, 'D', distribution({ DefaultCacheBehavior: { ...https, ViewerProtocolPolicy: 'allow-all' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('fails an allow-all path behaviour', () => {
    expect(
      statusOf(rule, 'D', distribution({ CacheBehaviors: [{ ...https, PathPattern: '/x', ViewerProtocolPolicy: 'allow-all' }] })),
    ).toBe('NON_COMPLIANT');
  });
  it('needs review when the policy is a parameter', () =>
    expect(statusOf(rule, 'D', distribution({ DefaultCacheBehavior: { ...https, ViewerProtocolPolicy: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
