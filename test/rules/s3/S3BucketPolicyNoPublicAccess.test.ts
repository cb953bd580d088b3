import { S3BucketPolicyNoPublicAccess as rule } from '../../../rules/s3/S3BucketPolicyNoPublicAccess';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const policy = (...statements: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: { Type: 'AWS::S3::Bucket' },
      P: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: { Ref: 'B' }, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
      },
    },
  });
const denyInsecure = {
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: '*',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

describe('S3BucketPolicyNoPublicAccess', () => {
  it('passes a Deny to everyone and an Allow to a named role', () => {
    const t = policy(denyInsecure, {
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::GetAtt': ['B', 'Arn'] } },
      Action: 's3:GetObject',
      Resource: '*',
    });
    expect(statusOf(rule, 'P', t)).toBe('COMPLIANT');
  });
  it('passes an Allow to everyone in the organisation', () => {
    const t = policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } },
    });
    expect(statusOf(rule, 'P', t)).toBe('COMPLIANT');
  });

  it('fails an Allow to everyone', () =>
    expect(statusOf(rule, 'P', policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }))).toBe(
      'NON_COMPLIANT',
    ));
  it('fails an Allow with NotPrincipal', () => {
    expect(
      statusOf(
        rule,
        'P',
        policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: 's3:*', Resource: '*' }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('fails when the only condition is StringNotEquals', () => {
    const t = policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
    });
    expect(statusOf(rule, 'P', t)).toBe('NON_COMPLIANT');
  });
  it('fails an IfExists condition, which anonymous requests skip', () => {
    const t = policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } },
    });
    expect(statusOf(rule, 'P', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when the narrowing value is a parameter', () => {
    const t = policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceVpce': PARAM } },
    });
    expect(statusOf(rule, 'P', t)).toBe('INSUFFICIENT_DATA');
  });
});
