import { S3BucketPublicWriteProhibited as rule } from '../../../rules/s3/S3BucketPublicWriteProhibited';
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
                PolicyDocument: { Statement: { Effect: 'Allow', Resource: '*', ...statement } },
              },
            },
          }
        : {}),
    },
  });

describe('S3BucketPublicWriteProhibited', () => {
  it('passes a public-read (not write) ACL with Block Public Access off', () => {
    expect(statusOf(rule, 'B', bucket({ AccessControl: 'PublicRead', PublicAccessBlockConfiguration: OFF }))).toBe('COMPLIANT');
  });
  it('passes a read-only policy to everyone', () => {
    expect(statusOf(rule, 'B', bucket({ PublicAccessBlockConfiguration: OFF }, { Principal: '*', Action: 's3:GetObject' }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails a public-read-write ACL with Block Public Access off', () => {
    expect(statusOf(rule, 'B', bucket({ AccessControl: 'PublicReadWrite', PublicAccessBlockConfiguration: OFF }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails a policy that lets everyone put objects', () => {
    expect(
      statusOf(rule, 'B', bucket({ PublicAccessBlockConfiguration: OFF }, { Principal: '*', Action: ['s3:PutObject'] })),
    ).toBe('NON_COMPLIANT');
  });
  it('fails s3:* to everyone', () => {
    expect(statusOf(rule, 'B', bucket({ PublicAccessBlockConfiguration: OFF }, { Principal: '*', Action: 's3:*' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when the principal is a parameter', () => {
    expect(
      statusOf(rule, 'B', bucket({ PublicAccessBlockConfiguration: OFF }, { Principal: { AWS: PARAM }, Action: 's3:PutObject' })),
    ).toBe('INSUFFICIENT_DATA');
  });
});
