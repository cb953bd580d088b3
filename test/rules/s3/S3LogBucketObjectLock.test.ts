import { S3LogBucketObjectLock as rule } from '../../../rules/s3/S3LogBucketObjectLock';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const withTrail = (logBucket: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Logs: { Type: 'AWS::S3::Bucket', Properties: logBucket },
      Trail: { Type: 'AWS::CloudTrail::Trail', Properties: { IsLogging: true, S3BucketName: { Ref: 'Logs' } } },
    },
  });

describe('S3LogBucketObjectLock', () => {
  it('passes a CloudTrail bucket with Object Lock', () =>
    expect(statusOf(rule, 'Logs', withTrail({ ObjectLockEnabled: true }))).toBe('COMPLIANT'));
  it('is not applicable to a bucket that receives no logs', () =>
    expect(statusOf(rule, 'B', template({ B: { Type: 'AWS::S3::Bucket' } }))).toBe('NOT_APPLICABLE'));
  it('fails a CloudTrail bucket without Object Lock', () => expect(statusOf(rule, 'Logs', withTrail({}))).toBe('NON_COMPLIANT'));
  it('fails a server-access-log target without Object Lock', () => {
    const t = template({
      Logs: { Type: 'AWS::S3::Bucket' },
      Data: { Type: 'AWS::S3::Bucket', Properties: { LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' } } } },
    });
    expect(statusOf(rule, 'Logs', t)).toBe('NON_COMPLIANT');
    expect(statusOf(rule, 'Data', t)).toBe('NOT_APPLICABLE');
  });
  it('is not applicable to a bucket without logs whose lock is a parameter', () => {
    expect(
      statusOf(
        rule,
        'B',
        template({
          Parameters: PARAMETERS,
          Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { ObjectLockEnabled: PARAM } } },
        }),
      ),
    ).toBe('NOT_APPLICABLE');
  });
  it('needs review when ObjectLockEnabled is a parameter', () =>
    expect(statusOf(rule, 'Logs', withTrail({ ObjectLockEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
