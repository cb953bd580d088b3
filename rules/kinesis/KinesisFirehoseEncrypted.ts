import { Maybe, asString, field, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Where records come from: `DirectPut`, `KinesisStreamAsSource`, `MSKAsSource` (absent: DirectPut). */
  readonly streamType: Maybe<string>;
  /** The server-side encryption key: `AWS_OWNED_CMK`, `CUSTOMER_MANAGED_CMK`, or none. */
  readonly keyType: Maybe<string>;
  /** Whether encryption is configured at all (a configuration without a key type encrypts nothing). */
  readonly configured: boolean;
}

/** Sources whose records Firehose does not store itself: encryption is the source's. */
const SOURCED = ['KinesisStreamAsSource', 'MSKAsSource'];

export const KinesisFirehoseEncrypted = defineRule<Facts>({
  id: 'KinesisFirehoseEncrypted',
  title: 'Firehose delivery streams encrypt buffered records',
  description:
    'A Direct PUT delivery stream buffers records before delivering them; server-side encryption keeps that buffer unreadable on AWS storage.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation:
    'Set DeliveryStreamEncryptionConfigurationInput { KeyType: CUSTOMER_MANAGED_CMK, KeyARN } or { KeyType: AWS_OWNED_CMK } (CDK: encryption: firehose.StreamEncryption.customerManagedKey(key)).',
  template: {
    resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
    facts: (stream) => ({
      streamType: asString(stream.get('DeliveryStreamType')),
      keyType: asString(stream.get('DeliveryStreamEncryptionConfigurationInput.KeyType')),
      configured: stream.get('DeliveryStreamEncryptionConfigurationInput') !== undefined,
    }),
  },
  configItem: {
    resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
    // Config records the key type only while encryption is on: its absence is "not encrypted".
    facts: ({ configuration: c }) => {
      const keyType = asString(field(c.DeliveryStreamEncryptionConfigurationInput, 'KeyType'));
      return {
        streamType: asString(recorded(c, 'DeliveryStreamType', { nullIsUnknown: true })),
        keyType,
        configured: keyType !== undefined,
      };
    },
  },
  evaluate({ streamType, keyType, configured }) {
    if (isUnknown(streamType)) return needsReview(`where the stream’s records come from is not known: ${streamType.reason}`);
    if (streamType !== undefined && SOURCED.includes(streamType)) {
      return notApplicable(
        `records stay in the ${streamType === 'MSKAsSource' ? 'MSK topic' : 'source stream'}, whose own encryption applies`,
        isUnknown(keyType) ? [keyType] : [],
      );
    }
    if (isUnknown(keyType)) return needsReview(`the encryption key type is not known: ${keyType.reason}`);
    if (keyType === 'AWS_OWNED_CMK' || keyType === 'CUSTOMER_MANAGED_CMK')
      return pass(`buffered records are encrypted (${keyType})`);
    return fail(configured ? 'encryption is configured without a key type' : 'server-side encryption is not configured');
  },
});
