import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Server-side encryption of the stream: `KMS` or `NONE`. */
  readonly encryptionType: Maybe<string>;
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
      return { encryptionType: isUnknown(encryption) ? encryption : asString(stream.get('StreamEncryption.EncryptionType')) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::Kinesis::Stream'],
    // Kinesis reports EncryptionType NONE for an unencrypted stream, so an absent value is not a default.
    facts: ({ configuration: c }) => ({
      encryptionType: asString(recorded(c, 'StreamEncryption.EncryptionType', { nullIsUnknown: true })),
    }),
  },
  evaluate({ encryptionType }) {
    if (isUnknown(encryptionType)) return needsReview(`the stream’s encryption is not known: ${encryptionType.reason}`);
    if (encryptionType === 'KMS') return pass('the stream is encrypted with KMS');
    return fail(
      encryptionType === undefined
        ? 'server-side encryption is not set, so records are stored unencrypted'
        : `the stream’s encryption type is ${encryptionType}, so records are stored unencrypted`,
    );
  },
});
