import { KinesisFirehoseEncrypted as rule } from '../../../rules/kinesis/KinesisFirehoseEncrypted';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const firehose = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Firehose: {
        Type: 'AWS::KinesisFirehose::DeliveryStream',
        Properties: {
          ExtendedS3DestinationConfiguration: { BucketARN: 'arn:aws:s3:::archive', RoleARN: 'arn:aws:iam::1:role/f' },
          ...props,
        },
      },
    },
  });

describe('KinesisFirehoseEncrypted', () => {
  it('passes with a customer-managed key', () => {
    expect(
      statusOf(
        rule,
        'Firehose',
        firehose({
          DeliveryStreamEncryptionConfigurationInput: {
            KeyType: 'CUSTOMER_MANAGED_CMK',
            KeyARN: 'arn:aws:kms:eu-west-2:1:key/k',
          },
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('is not applicable when a Kinesis stream is the source', () => {
    expect(statusOf(rule, 'Firehose', firehose({ DeliveryStreamType: 'KinesisStreamAsSource' }))).toBe('NOT_APPLICABLE');
  });
  it('fails when server-side encryption is missing', () =>
    expect(statusOf(rule, 'Firehose', firehose({ DeliveryStreamType: 'DirectPut' }))).toBe('NON_COMPLIANT'));
  it('fails when the key type is missing', () =>
    expect(statusOf(rule, 'Firehose', firehose({ DeliveryStreamEncryptionConfigurationInput: { KeyARN: 'x' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when the key type is a parameter', () => {
    expect(statusOf(rule, 'Firehose', firehose({ DeliveryStreamEncryptionConfigurationInput: { KeyType: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
