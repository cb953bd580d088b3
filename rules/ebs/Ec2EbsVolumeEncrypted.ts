import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly encrypted: unknown;
}

export const Ec2EbsVolumeEncrypted = defineRule<Facts>({
  id: 'Ec2EbsVolumeEncrypted',
  title: 'EBS volumes are encrypted',
  description: 'An unencrypted volume leaves data readable from snapshots and from disposed media.',
  severity: 'error',
  resourceTypes: ['AWS::EC2::Volume'],
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'ENCRYPTED_VOLUMES',
  remediation: 'Set Encrypted: true (and a customer-managed KmsKeyId for personal data).',
  fromTemplate: (volume) => ({ encrypted: volume.get('Encrypted') }),
  evaluate({ encrypted }) {
    if (isUnknown(encrypted)) return needsReview(`Encrypted is not known: ${encrypted.reason}`);
    if (encrypted === true || encrypted === 'true') return pass('volume is encrypted');
    return fail(encrypted === undefined ? 'Encrypted is not set, so the volume is unencrypted' : 'Encrypted is false');
  },
});
