import { S3BucketSslRequestsOnly as rule } from '../../../rules/s3/S3BucketSslRequestsOnly';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const denyInsecure = (bool: unknown = 'false') => ({
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: 's3:*',
  Resource: '*',
  Condition: { Bool: { 'aws:SecureTransport': bool } },
});

const withPolicy = (statement: unknown, bucketRef: unknown = { Ref: 'Bucket' }) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket' },
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: bucketRef, PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
      },
    },
  });

describe('S3BucketSslRequestsOnly', () => {
  it('passes when a policy denies aws:SecureTransport=false', () => {
    expect(statusOf(rule, 'Bucket', withPolicy(denyInsecure()))).toBe('COMPLIANT');
  });

  it('passes when the policy names the bucket by its literal name', () => {
    const t = template({
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'logs' } },
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: 'logs', PolicyDocument: { Statement: denyInsecure(false) } },
      },
    });
    expect(statusOf(rule, 'Bucket', t)).toBe('COMPLIANT');
  });

  it('fails when the bucket has no policy', () => {
    expect(statusOf(rule, 'Bucket', template({ Bucket: { Type: 'AWS::S3::Bucket' } }))).toBe('NON_COMPLIANT');
  });

  it('fails when the policy allows instead of denying', () => {
    expect(statusOf(rule, 'Bucket', withPolicy({ ...denyInsecure(), Effect: 'Allow' }))).toBe('NON_COMPLIANT');
  });

  it('fails when the policy belongs to another bucket', () => {
    const t = template({
      Bucket: { Type: 'AWS::S3::Bucket' },
      Other: { Type: 'AWS::S3::Bucket' },
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: { Ref: 'Other' }, PolicyDocument: { Statement: [denyInsecure()] } },
      },
    });
    expect(statusOf(rule, 'Bucket', t)).toBe('NON_COMPLIANT');
    expect(statusOf(rule, 'Other', t)).toBe('COMPLIANT');
  });

  it('needs review when the condition value is a parameter', () => {
    expect(statusOf(rule, 'Bucket', withPolicy(denyInsecure(PARAM)))).toBe('INSUFFICIENT_DATA');
  });

  it('fails by cases when the policy document is chosen by an undecidable condition', () => {
    const t = template({
      Parameters: PARAMETERS,
      Conditions: { IsProd: { 'Fn::Equals': [PARAM, 'prod'] } },
      Resources: {
        Bucket: { Type: 'AWS::S3::Bucket' },
        Policy: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'Bucket' },
            PolicyDocument: { 'Fn::If': ['IsProd', { Statement: [denyInsecure()] }, { Statement: [] }] },
          },
        },
      },
    });
    expect(statusOf(rule, 'Bucket', t)).toBe('NON_COMPLIANT');
  });

  it('judges a policy on its own when its bucket is declared elsewhere', () => {
    const t = template({
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: 'shared-logs', PolicyDocument: { Statement: [denyInsecure()] } },
      },
    });
    expect(statusOf(rule, 'Policy', t)).toBe('COMPLIANT');
  });

  it('fails a policy for a bucket declared elsewhere that does not deny insecure requests', () => {
    const t = template({
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: 'shared-logs', PolicyDocument: { Statement: [{ ...denyInsecure(), Effect: 'Allow' }] } },
      },
    });
    expect(statusOf(rule, 'Policy', t)).toBe('NON_COMPLIANT');
  });

  it('leaves a policy on a bucket in the same template to the bucket', () => {
    expect(statusOf(rule, 'Policy', withPolicy(denyInsecure()))).toBe('NOT_APPLICABLE');
  });
});

describe('S3BucketSslRequestsOnly with other statements', () => {
  it('passes when an unrelated statement holds a value unknown until deployment', () => {
    const t = template({
      Bucket: { Type: 'AWS::S3::Bucket' },
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: { Ref: 'Bucket' },
          PolicyDocument: {
            Statement: [
              {
                Effect: 'Deny',
                Principal: { AWS: '*' },
                Action: 's3:*',
                Resource: '*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
              {
                Effect: 'Allow',
                Principal: { Service: 'logging.s3.amazonaws.com' },
                Action: 's3:PutObject',
                Resource: '*',
                Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
              },
            ],
          },
        },
      },
    });
    expect(statusOf(rule, 'Bucket', t)).toBe('COMPLIANT');
  });
});

describe('S3BucketSslRequestsOnly with open choices', () => {
  const tls = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: '*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
  const open = {
    Parameters: { Env: { Type: 'String' } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
  };
  it('fails when the only TLS policy exists under an undecidable condition', () => {
    const t = template({
      ...open,
      Resources: {
        B: { Type: 'AWS::S3::Bucket', Properties: {} },
        P: { Type: 'AWS::S3::BucketPolicy', Condition: 'IsProd', Properties: { Bucket: { Ref: 'B' }, PolicyDocument: tls } },
      },
    });
    expect(statusOf(rule, 'B', t)).toBe('NON_COMPLIANT');
  });
  it('fails the bucket an If may not choose', () => {
    const t = template({
      ...open,
      Resources: {
        Data: { Type: 'AWS::S3::Bucket', Properties: {} },
        Logs: { Type: 'AWS::S3::Bucket', Properties: {} },
        P: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: { Bucket: { 'Fn::If': ['IsProd', { Ref: 'Data' }, { Ref: 'Logs' }] }, PolicyDocument: tls },
        },
      },
    });
    expect(statusOf(rule, 'Data', t)).toBe('NON_COMPLIANT');
    expect(statusOf(rule, 'Logs', t)).toBe('NON_COMPLIANT');
  });
});
