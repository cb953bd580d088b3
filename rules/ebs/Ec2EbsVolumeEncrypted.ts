import { Maybe, Tri, asBoolean, isSet, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface Facts {
  readonly encrypted: Maybe<boolean>;
  /** Whether a KMS key is given: EC2 accepts one only for an encrypted volume. */
  readonly kmsKeySet: Tri;
  /** Whether the volume is created from a snapshot, whose encryption it then inherits. */
  readonly fromSnapshot: Tri;
}

export const Ec2EbsVolumeEncrypted = defineRule<Facts>({
  id: 'Ec2EbsVolumeEncrypted',
  title: 'EBS volumes are encrypted',
  description: 'An unencrypted volume leaves data readable from snapshots and from disposed media.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'ENCRYPTED_VOLUMES',
  remediation:
    'Set Encrypted: true (and a customer-managed KmsKeyId for personal data), and turn on EBS encryption by default in every region.',
  template: {
    resourceTypes: ['AWS::EC2::Volume'],
    facts: (volume) => ({
      encrypted: asBoolean(volume.get('Encrypted')),
      kmsKeySet: isSet(volume.get('KmsKeyId')),
      fromSnapshot: isSet(volume.get('SnapshotId')),
    }),
  },
  // A deployed volume records its encryption, whatever decided it (flag, key, snapshot or account default).
  configItem: {
    resourceTypes: ['AWS::EC2::Volume'],
    facts: (volume) => ({
      encrypted: asBoolean(recorded(volume.configuration, 'encrypted')),
      kmsKeySet: isSet(volume.configuration.kmsKeyId),
      fromSnapshot: isSet(volume.configuration.snapshotId),
    }),
  },
  evaluate({ encrypted, kmsKeySet, fromSnapshot }) {
    // Either proof of encryption decides, whatever the other facts are.
    if (encrypted === true) return pass('volume is encrypted', unknownsIn([kmsKeySet, fromSnapshot]));
    if (kmsKeySet === true)
      return pass('a KMS key is given, which EC2 accepts only for an encrypted volume', unknownsIn([encrypted, fromSnapshot]));
    if (isUnknown(encrypted)) return needsReview(`encryption is not known: ${encrypted.reason}`);
    if (encrypted === false) return fail('encryption is off');
    if (isUnknown(kmsKeySet)) return needsReview(`whether a KMS key is given is not known: ${kmsKeySet.reason}`);
    if (isUnknown(fromSnapshot))
      return needsReview(
        `encryption is not set, and whether the volume is made from a snapshot is not known: ${fromSnapshot.reason}`,
      );
    if (fromSnapshot)
      return needsReview('encryption is not set, so the volume inherits the encryption of its snapshot, which is not known');
    return fail('encryption is not set, so the volume is unencrypted unless EBS encryption by default is on in the account');
  },
});
