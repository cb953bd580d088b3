import { KinesisFirehoseEncrypted } from '../../../rules/kinesis/KinesisFirehoseEncrypted';
import { KinesisStreamEncrypted } from '../../../rules/kinesis/KinesisStreamEncrypted';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    KinesisStreamEncrypted,
    [
      ['KMS', { encryptionType: 'KMS' }, 'COMPLIANT'],
      ['NONE', { encryptionType: 'NONE' }, 'NON_COMPLIANT'],
      ['unset', { encryptionType: undefined }, 'NON_COMPLIANT'],
      ['unknown', { encryptionType: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    KinesisFirehoseEncrypted,
    [
      ['Direct PUT, AWS owned key', { streamType: 'DirectPut', keyType: 'AWS_OWNED_CMK', configured: true }, 'COMPLIANT'],
      ['default type, customer key', { streamType: undefined, keyType: 'CUSTOMER_MANAGED_CMK', configured: true }, 'COMPLIANT'],
      ['Direct PUT, unencrypted', { streamType: 'DirectPut', keyType: undefined, configured: false }, 'NON_COMPLIANT'],
      ['configured without a key type', { streamType: 'DirectPut', keyType: undefined, configured: true }, 'NON_COMPLIANT'],
      ['from a Kinesis stream', { streamType: 'KinesisStreamAsSource', keyType: undefined, configured: false }, 'NOT_APPLICABLE'],
      ['from MSK, key unknown', { streamType: 'MSKAsSource', keyType: U, configured: true }, 'NOT_APPLICABLE'],
      ['key type unknown', { streamType: 'DirectPut', keyType: U, configured: true }, 'INSUFFICIENT_DATA'],
      ['source unknown', { streamType: U, keyType: 'AWS_OWNED_CMK', configured: true }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
