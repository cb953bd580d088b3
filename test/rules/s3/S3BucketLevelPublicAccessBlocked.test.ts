import { S3BucketLevelPublicAccessBlocked as rule } from '../../../rules/s3/S3BucketLevelPublicAccessBlocked';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const bucket = (config?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      B: { Type: 'AWS::S3::Bucket', Properties: config === undefined ? {} : { PublicAccessBlockConfiguration: config } },
    },
  });

describe('S3BucketLevelPublicAccessBlocked', () => {
  it('passes with all four flags on', () => expect(statusOf(rule, 'B', bucket(ALL))).toBe('COMPLIANT'));
  it('passes when the configuration is absent, since S3 blocks everything by default', () =>
    expect(statusOf(rule, 'B', bucket())).toBe('COMPLIANT'));
  it('fails when all flags are false', () => {
    expect(
      statusOf(
        rule,
        'B',
        bucket({ BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('fails when a written configuration leaves a flag out', () => {
    expect(statusOf(rule, 'B', bucket({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when a flag is a parameter', () =>
    expect(statusOf(rule, 'B', bucket({ ...ALL, BlockPublicPolicy: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
