import { recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { KeyKind, keyKindInScope, keyKindOf } from '../kms/key-kind';

interface Facts {
  /** The kind of key that encrypts broker volumes. */
  readonly key: KeyKind | Unknown;
}

export const MskEncryptedWithCmk = defineRule<Facts>({
  id: 'MskEncryptedWithCmk',
  title: 'MSK clusters encrypt data at rest with a customer managed KMS key',
  description:
    'Broker volumes are always encrypted, by default with the AWS managed aws/kafka key; a customer managed key adds a key policy that restricts and audits access to the data.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation:
    'Set EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId to a customer managed key (CDK msk-alpha: ebsStorageInfo: { encryptionKey }).',
  template: {
    resourceTypes: ['AWS::MSK::Cluster'],
    facts: (cluster, { index }) => ({
      key: keyKindOf(cluster.get('EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId'), index),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::MSK::Cluster'],
    looksUp: ['AWS::KMS::Key'],
    // MSK reports the key it uses, the AWS managed aws/kafka key included.
    facts: ({ configuration: c }, scope) => {
      const key = recorded(c, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId', { nullIsUnknown: true });
      return { key: isUnknown(key) ? key : keyKindInScope(key, scope) };
    },
  },
  evaluate({ key }) {
    if (isUnknown(key)) return needsReview(`the key that encrypts broker volumes is not known: ${key.reason}`);
    if (key === 'customer-managed') return pass('broker volumes are encrypted with a customer managed key');
    return fail(
      key === 'none'
        ? 'no key is named, so broker volumes use the AWS managed key aws/kafka'
        : 'broker volumes are encrypted with an AWS managed key',
    );
  },
});
