import { S3BucketVersioningEnabled as rule } from '../../../rules/s3/S3BucketVersioningEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (status?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: { Type: 'AWS::S3::Bucket', Properties: status === undefined ? {} : { VersioningConfiguration: { Status: status } } },
    },
  });

describe('S3BucketVersioningEnabled', () => {
  it('passes when versioning is Enabled', () => expect(statusOf(rule, 'B', bucket('Enabled'))).toBe('COMPLIANT'));
  it('fails when versioning is Suspended', () => expect(statusOf(rule, 'B', bucket('Suspended'))).toBe('NON_COMPLIANT'));
  it('fails when versioning is not configured', () => expect(statusOf(rule, 'B', bucket())).toBe('NON_COMPLIANT'));
  it('needs review when the status is a parameter', () => expect(statusOf(rule, 'B', bucket(PARAM))).toBe('INSUFFICIENT_DATA'));
});
