import { KinesisFirehoseEncrypted } from '../../../rules/kinesis/KinesisFirehoseEncrypted';
import { KinesisStreamEncrypted } from '../../../rules/kinesis/KinesisStreamEncrypted';
import { parity } from '../docdb/item-parity';
import { PARAM } from '../harness';

parity(KinesisStreamEncrypted, { template: 'AWS::Kinesis::Stream', item: 'AWS::Kinesis::Stream' }, [
  [
    'KMS',
    { ShardCount: 1, StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } },
    { ShardCount: 1, StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } },
    'COMPLIANT',
  ],
  ['unencrypted', { ShardCount: 1 }, { ShardCount: 1, StreamEncryption: { EncryptionType: 'NONE' } }, 'NON_COMPLIANT'],
  ['undecided', { ShardCount: 1, StreamEncryption: PARAM }, { ShardCount: 1 }, 'INSUFFICIENT_DATA'],
]);

const FIREHOSE = { template: 'AWS::KinesisFirehose::DeliveryStream', item: 'AWS::KinesisFirehose::DeliveryStream' };
const encrypted = { DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } };
parity(KinesisFirehoseEncrypted, FIREHOSE, [
  [
    'Direct PUT, encrypted',
    { DeliveryStreamType: 'DirectPut', ...encrypted },
    { DeliveryStreamType: 'DirectPut', ...encrypted },
    'COMPLIANT',
  ],
  ['Direct PUT, unencrypted', { DeliveryStreamType: 'DirectPut' }, { DeliveryStreamType: 'DirectPut' }, 'NON_COMPLIANT'],
  [
    'from a Kinesis stream',
    { DeliveryStreamType: 'KinesisStreamAsSource' },
    {
      DeliveryStreamType: 'KinesisStreamAsSource',
      KinesisStreamSourceConfiguration: { KinesisStreamARN: 'arn:aws:kinesis:eu-west-2:111122223333:stream/s' },
    },
    'NOT_APPLICABLE',
  ],
  ['source undecided', { DeliveryStreamType: PARAM, ...encrypted }, encrypted, 'INSUFFICIENT_DATA'],
]);
