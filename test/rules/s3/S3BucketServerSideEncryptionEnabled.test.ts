import { S3BucketServerSideEncryptionEnabled as rule } from '../../../rules/s3/S3BucketServerSideEncryptionEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (encryption?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: { B: { Type: 'AWS::S3::Bucket', Properties: encryption === undefined ? {} : { BucketEncryption: encryption } } },
  });
const sse = (algorithm: unknown) => ({
  ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm } }],
});

describe('S3BucketServerSideEncryptionEnabled', () => {
  it('passes with AES256', () => expect(statusOf(rule, 'B', bucket(sse('AES256')))).toBe('COMPLIANT'));
  it('passes with aws:kms', () => expect(statusOf(rule, 'B', bucket(sse('aws:kms')))).toBe('COMPLIANT'));
  it('passes when BucketEncryption is absent, since S3 encrypts with SSE-S3 by default', () =>
    expect(statusOf(rule, 'B', bucket())).toBe('COMPLIANT'));
  it('fails with an algorithm S3 does not know', () => expect(statusOf(rule, 'B', bucket(sse('none')))).toBe('NON_COMPLIANT'));
  it('needs review when the configuration is a parameter', () =>
    expect(statusOf(rule, 'B', bucket({ ServerSideEncryptionConfiguration: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
