import { CloudFrontS3OriginAccessControl as rule } from '../../../rules/cloudfront/CloudFrontS3OriginAccessControl';
import { PARAM, resultOf, statusOf } from '../harness';
import { distribution } from './distribution-fixture';

const s3 = (extra: Record<string, unknown>) => ({
  Id: 'site',
  DomainName: { 'Fn::GetAtt': ['Bucket', 'RegionalDomainName'] },
  S3OriginConfig: {},
  ...extra,
});

describe('CloudFrontS3OriginAccessControl', () => {
  it('passes an S3 origin with origin access control', () =>
    expect(
      statusOf(
        rule,
        'D',
        distribution(
          { Origins: [s3({ OriginAccessControlId: { 'Fn::GetAtt': ['Oac', 'Id'] } })] },
          { Oac: { Type: 'AWS::CloudFront::OriginAccessControl' } },
        ),
      ),
    ).toBe('COMPLIANT'));
  it('is not applicable without S3 origins', () => expect(statusOf(rule, 'D', distribution({}))).toBe('NOT_APPLICABLE'));
  it('fails an S3 origin without access control', () => {
    expect(resultOf(rule, 'D', distribution({ Origins: [s3({})] })).message).toContain('bucket must be public');
  });
  it('fails a legacy origin access identity', () => {
    const r = resultOf(
      rule,
      'D',
      distribution({ Origins: [s3({ S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E1' } })] }),
    );
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('legacy origin access identity');
  });
  it('fails an S3 website endpoint', () => {
    const origin = {
      Id: 'web',
      DomainName: 'my-bucket.s3-website.eu-west-2.amazonaws.com',
      CustomOriginConfig: { OriginProtocolPolicy: 'http-only' },
    };
    expect(statusOf(rule, 'D', distribution({ Origins: [origin] }))).toBe('NON_COMPLIANT');
  });
  it('needs review when an origin domain is a parameter', () => {
    expect(
      statusOf(
        rule,
        'D',
        distribution({ Origins: [{ Id: 'x', DomainName: PARAM, CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }] }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
