import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { asBoolean, isPresent } from '../rds/values';

interface Facts {
  readonly encrypted: boolean | undefined | Unknown;
  /** Whether a KmsKeyId is given: EC2 accepts one only for an encrypted volume. */
  readonly kmsKeySet: boolean;
  /** Whether the volume is created from a snapshot, whose encryption it then inherits. */
  readonly fromSnapshot: boolean;
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
      kmsKeySet: isPresent(volume.get('KmsKeyId')),
      fromSnapshot: isPresent(volume.get('SnapshotId')),
    }),
  },
  evaluate({ encrypted, kmsKeySet, fromSnapshot }) {
    if (encrypted === true) return pass('volume is encrypted');
    if (kmsKeySet) return pass('a KmsKeyId is given, which EC2 accepts only for an encrypted volume');
    if (isUnknown(encrypted)) return needsReview(`Encrypted is not known: ${encrypted.reason}`);
    if (encrypted === false) return fail('Encrypted is false');
    if (fromSnapshot)
      return needsReview(
        'Encrypted is not set, so the volume inherits the encryption of its snapshot, which the template does not show',
      );
    return fail('Encrypted is not set, so the volume is unencrypted unless EBS encryption by default is on in the account');
  },
});
