import { PARAM, PARAMETERS, template } from '../harness';

export const https = { TargetOriginId: 'app', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: 'c' };
export const customOrigin = (config: Record<string, unknown> = {}) => ({
  Id: 'app',
  DomainName: 'app.example.nhs.uk',
  CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'], ...config },
});

/** A distribution with one custom origin, a redirecting default behaviour and the given config on top. */
export const distribution = (config: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [PARAM, 'x'] } },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket' },
      D: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: { DistributionConfig: { Enabled: true, Origins: [customOrigin()], DefaultCacheBehavior: https, ...config } },
      },
      ...extra,
    } as never,
  });
