import { S3BucketReplicationApprovedRegions as rule } from '../../../rules/s3/S3BucketReplicationApprovedRegions';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const replicating = (destination: unknown, extra: Record<string, unknown> = {}) => ({
  Parameters: PARAMETERS,
  Resources: {
    B: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        ReplicationConfiguration: {
          Role: 'arn:aws:iam::1:role/r',
          Rules: [{ Status: 'Enabled', Destination: { Bucket: destination } }],
        },
      },
    },
    ...extra,
  },
});

describe('S3BucketReplicationApprovedRegions', () => {
  it('passes when the destination is declared in a London stack', () => {
    const source = template(replicating('arn:aws:s3:::dr-copy'), { region: 'eu-west-2' });
    const dr = template(
      { Copy: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'dr-copy' } } },
      { stack: 'Dr', region: 'eu-west-2' },
    );
    expect(statusOf(rule, 'B', source, dr)).toBe('COMPLIANT');
  });
  it('is not applicable without replication', () =>
    expect(statusOf(rule, 'B', template({ B: { Type: 'AWS::S3::Bucket' } }))).toBe('NOT_APPLICABLE'));
  it('fails when the destination stack is in Ireland', () => {
    const source = template(replicating('arn:aws:s3:::dr-copy'), { region: 'eu-west-2' });
    const dr = template(
      { Copy: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'dr-copy' } } },
      { stack: 'Dr', region: 'eu-west-1' },
    );
    expect(statusOf(rule, 'B', source, dr)).toBe('NON_COMPLIANT');
  });
  it('fails a destination in the same us-east-1 stack', () => {
    const t = template(replicating({ 'Fn::GetAtt': ['Copy', 'Arn'] }, { Copy: { Type: 'AWS::S3::Bucket' } }), {
      region: 'us-east-1',
    });
    expect(statusOf(rule, 'B', t)).toBe('NON_COMPLIANT');
  });
  it('needs review when the destination bucket is not declared anywhere', () =>
    expect(statusOf(rule, 'B', template(replicating('arn:aws:s3:::elsewhere')))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the destination is a parameter', () =>
    expect(statusOf(rule, 'B', template(replicating(PARAM)))).toBe('INSUFFICIENT_DATA'));
});
