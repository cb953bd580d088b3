import { CloudFrontOriginHttps as rule } from '../../../rules/cloudfront/CloudFrontOriginHttps';
import { PARAM, resultOf, statusOf } from '../harness';
import { customOrigin, distribution, https } from './distribution-fixture';

const s3Origin = {
  Id: 'app',
  DomainName: { 'Fn::GetAtt': ['Bucket', 'RegionalDomainName'] },
  S3OriginConfig: {},
  OriginAccessControlId: 'oac',
};

describe('CloudFrontOriginHttps', () => {
  it('passes an https-only origin', () => expect(statusOf(rule, 'D', distribution({}))).toBe('COMPLIANT'));
  it('passes match-viewer behind HTTPS-only behaviours', () => {
    expect(statusOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginProtocolPolicy: 'match-viewer' })] }))).toBe(
      'COMPLIANT',
    );
  });
  it('passes an S3 origin behind a redirecting behaviour', () =>
    expect(statusOf(rule, 'D', distribution({ Origins: [s3Origin] }))).toBe('COMPLIANT'));
  it('fails an http-only origin', () => {
    const r = resultOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginProtocolPolicy: 'http-only' })] }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('origin app is http-only');
  });
  it('fails match-viewer behind an allow-all behaviour', () => {
    const t = distribution({
      Origins: [customOrigin({ OriginProtocolPolicy: 'match-viewer' })],
      DefaultCacheBehavior: { ...https, ViewerProtocolPolicy: 'allow-all' },
    });
    expect(statusOf(rule, 'D', t)).toBe('NON_COMPLIANT');
  });
  it('fails match-viewer reached through an origin group by an allow-all behaviour', () => {
    const t = distribution({
      Origins: [customOrigin({ OriginProtocolPolicy: 'match-viewer' })],
      OriginGroups: {
        Quantity: 1,
        Items: [{ Id: 'grp', FailoverCriteria: {}, Members: { Quantity: 1, Items: [{ OriginId: 'app' }] } }],
      },
      DefaultCacheBehavior: { ...https, TargetOriginId: 'grp', ViewerProtocolPolicy: 'allow-all' },
    });
    expect(statusOf(rule, 'D', t)).toBe('NON_COMPLIANT');
  });
  it('needs review when the protocol policy is a parameter', () =>
    expect(statusOf(rule, 'D', distribution({ Origins: [customOrigin({ OriginProtocolPolicy: PARAM })] }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
