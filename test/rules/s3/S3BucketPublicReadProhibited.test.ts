import { S3BucketPublicReadProhibited as rule } from '../../../rules/s3/S3BucketPublicReadProhibited';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const bucket = (props: Record<string, unknown>, statement?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: { Type: 'AWS::S3::Bucket', Properties: props },
      ...(statement
        ? {
            P: {
              Type: 'AWS::S3::BucketPolicy',
              Properties: {
                Bucket: { Ref: 'B' },
                PolicyDocument: { Statement: [{ Effect: 'Allow', Resource: { 'Fn::Sub': '${B.Arn}/*' }, ...statement }] },
              },
            },
          }
        : {}),
    },
  });

describe('S3BucketPublicReadProhibited', () => {
  it('passes a bucket with no ACL and no policy', () => expect(statusOf(rule, 'B', bucket({}))).toBe('COMPLIANT'));
  it('passes a public-read ACL that Block Public Access ignores', () =>
    expect(statusOf(rule, 'B', bucket({ AccessControl: 'PublicRead' }))).toBe('COMPLIANT'));
  it('passes a policy limited to a CloudFront distribution', () => {
    const t = bucket(
      { PublicAccessBlockConfiguration: OFF },
      {
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Sub': 'arn:aws:cloudfront::${AWS::AccountId}:distribution/X' } } },
      },
    );
    expect(statusOf(rule, 'B', t)).toBe('COMPLIANT');
  });
  it('passes a policy to everyone narrowed to one VPC endpoint', () => {
    const t = bucket(
      { PublicAccessBlockConfiguration: OFF },
      { Principal: '*', Action: 's3:GetObject', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } },
    );
    expect(statusOf(rule, 'B', t)).toBe('COMPLIANT');
  });

  it('fails a public-read ACL with Block Public Access off', () => {
    expect(statusOf(rule, 'B', bucket({ AccessControl: 'PublicRead', PublicAccessBlockConfiguration: OFF }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails a policy that lets everyone read with Block Public Access off', () => {
    expect(statusOf(rule, 'B', bucket({ PublicAccessBlockConfiguration: OFF }, { Principal: '*', Action: 's3:GetObject' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails a read grant to everyone whose only condition is TLS', () => {
    const t = bucket(
      { PublicAccessBlockConfiguration: OFF },
      { Principal: { AWS: '*' }, Action: 's3:Get*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
    );
    expect(statusOf(rule, 'B', t)).toBe('NON_COMPLIANT');
  });

  it('passes a deny-only policy whatever Block Public Access is', () => {
    const t = bucket(
      { PublicAccessBlockConfiguration: PARAM },
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    );
    expect(statusOf(rule, 'B', t)).toBe('COMPLIANT');
  });
  it('needs review when the ACL is a parameter', () =>
    expect(statusOf(rule, 'B', bucket({ AccessControl: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when a public policy meets Block Public Access given by parameter', () => {
    const t = bucket(
      { PublicAccessBlockConfiguration: { ...OFF, BlockPublicPolicy: PARAM } },
      { Principal: '*', Action: 's3:GetObject' },
    );
    expect(statusOf(rule, 'B', t)).toBe('INSUFFICIENT_DATA');
  });
});
