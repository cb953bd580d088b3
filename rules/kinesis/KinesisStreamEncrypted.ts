import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly encryptionType: unknown;
}

export const KinesisStreamEncrypted = defineRule<Facts>({
  id: 'KinesisStreamEncrypted',
  title: 'Kinesis data streams are encrypted with KMS',
  description: 'A stream keeps records for a day or more; without server-side encryption they are stored unencrypted.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'KINESIS_STREAM_ENCRYPTED',
  remediation:
    'Set StreamEncryption { EncryptionType: KMS, KeyId: alias/aws/kinesis or a customer-managed key } (CDK: encryption: kinesis.StreamEncryption.KMS).',
  template: {
    resourceTypes: ['AWS::Kinesis::Stream'],
    facts: (stream) => {
      const encryption = stream.get('StreamEncryption');
      return { encryptionType: isUnknown(encryption) ? encryption : stream.get('StreamEncryption.EncryptionType') };
    },
  },
  evaluate({ encryptionType }) {
    if (isUnknown(encryptionType)) return needsReview(`StreamEncryption is not known: ${encryptionType.reason}`);
    if (encryptionType === 'KMS') return pass('the stream is encrypted with KMS');
    return fail(
      encryptionType === undefined
        ? 'StreamEncryption is not set, so records are stored unencrypted'
        : `EncryptionType is ${String(encryptionType)}`,
    );
  },
});
