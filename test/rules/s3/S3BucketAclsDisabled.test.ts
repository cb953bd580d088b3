import { S3BucketAclsDisabled as rule } from '../../../rules/s3/S3BucketAclsDisabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const bucket = (ownership?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: {
        Type: 'AWS::S3::Bucket',
        Properties: ownership === undefined ? {} : { OwnershipControls: { Rules: [{ ObjectOwnership: ownership }] } },
      },
    },
  });

describe('S3BucketAclsDisabled', () => {
  it('passes BucketOwnerEnforced', () => expect(statusOf(rule, 'B', bucket('BucketOwnerEnforced'))).toBe('COMPLIANT'));
  it('passes when OwnershipControls is absent (S3 default)', () => expect(statusOf(rule, 'B', bucket())).toBe('COMPLIANT'));
  it('fails ObjectWriter', () => expect(statusOf(rule, 'B', bucket('ObjectWriter'))).toBe('NON_COMPLIANT'));
  it('fails BucketOwnerPreferred', () => expect(statusOf(rule, 'B', bucket('BucketOwnerPreferred'))).toBe('NON_COMPLIANT'));
  it('needs review when ObjectOwnership is a parameter', () =>
    expect(statusOf(rule, 'B', bucket(PARAM))).toBe('INSUFFICIENT_DATA'));
});
