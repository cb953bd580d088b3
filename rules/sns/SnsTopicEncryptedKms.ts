import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly kmsKey: Tri;
}

export const SnsTopicEncryptedKms = defineRule<Facts>({
  id: 'SnsTopicEncryptedKms',
  title: 'SNS topics are encrypted with a KMS key',
  description:
    'SNS does not encrypt messages at rest unless a KMS key is set; notifications often carry identifiers or clinical context that must not sit unencrypted.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'SNS_ENCRYPTED_KMS',
  remediation: 'Set KmsMasterKeyId to a customer-managed KMS key, or alias/aws/sns at least (CDK: masterKey: key).',
  template: {
    resourceTypes: ['AWS::SNS::Topic'],
    facts: (topic) => ({ kmsKey: isSet(topic.get('KmsMasterKeyId')) }),
  },
  // The topic attribute is returned only when a key is set.
  configItem: {
    resourceTypes: ['AWS::SNS::Topic'],
    facts: (topic) => ({ kmsKey: isSet(topic.configuration.KmsMasterKeyId) }),
  },
  evaluate({ kmsKey }) {
    if (isUnknown(kmsKey)) return needsReview(`whether a KMS key encrypts the topic is not known: ${kmsKey.reason}`);
    return kmsKey
      ? pass('the topic is encrypted with a KMS key')
      : fail('no KMS key is set, so messages are not encrypted at rest');
  },
});
