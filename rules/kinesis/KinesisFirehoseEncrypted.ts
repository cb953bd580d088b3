import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly streamType: unknown;
  readonly keyType: unknown;
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
      streamType: stream.get('DeliveryStreamType'),
      keyType: stream.get('DeliveryStreamEncryptionConfigurationInput.KeyType'),
      configured: stream.get('DeliveryStreamEncryptionConfigurationInput') !== undefined,
    }),
  },
  evaluate({ streamType, keyType, configured }) {
    if (isUnknown(streamType)) return needsReview(`DeliveryStreamType is not known: ${streamType.reason}`);
    if (typeof streamType === 'string' && SOURCED.includes(streamType)) {
      return notApplicable(
        `records stay in the ${streamType === 'MSKAsSource' ? 'MSK topic' : 'source stream'}, whose own encryption applies`,
      );
    }
    if (isUnknown(keyType)) return needsReview(`encryption KeyType is not known: ${keyType.reason}`);
    if (keyType === 'AWS_OWNED_CMK' || keyType === 'CUSTOMER_MANAGED_CMK')
      return pass(`buffered records are encrypted (${keyType})`);
    return fail(
      configured ? 'DeliveryStreamEncryptionConfigurationInput has no KeyType' : 'server-side encryption is not configured',
    );
  },
});
