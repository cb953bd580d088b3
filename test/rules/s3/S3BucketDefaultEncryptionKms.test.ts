import { S3BucketDefaultEncryptionKms as rule } from '../../../rules/s3/S3BucketDefaultEncryptionKms';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (algorithm?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: {
        Type: 'AWS::S3::Bucket',
        Properties:
          algorithm === undefined
            ? {}
            : {
                BucketEncryption: {
                  ServerSideEncryptionConfiguration: [
                    { ServerSideEncryptionByDefault: { SSEAlgorithm: algorithm, KMSMasterKeyID: PARAM } },
                  ],
                },
              },
      },
    },
  });

describe('S3BucketDefaultEncryptionKms', () => {
  it('passes with aws:kms', () => expect(statusOf(rule, 'B', bucket('aws:kms'))).toBe('COMPLIANT'));
  it('passes with aws:kms:dsse', () => expect(statusOf(rule, 'B', bucket('aws:kms:dsse'))).toBe('COMPLIANT'));
  it('fails with AES256', () => expect(statusOf(rule, 'B', bucket('AES256'))).toBe('NON_COMPLIANT'));
  it('fails when BucketEncryption is absent (S3 default SSE-S3)', () =>
    expect(statusOf(rule, 'B', bucket())).toBe('NON_COMPLIANT'));
  it('needs review when the algorithm is a parameter', () =>
    expect(statusOf(rule, 'B', bucket(PARAM))).toBe('INSUFFICIENT_DATA'));
});
