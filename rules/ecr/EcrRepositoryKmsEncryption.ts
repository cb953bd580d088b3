import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly encryptionType: unknown;
}

export const EcrRepositoryKmsEncryption = defineRule<Facts>({
  id: 'EcrRepositoryKmsEncryption',
  title: 'ECR repositories are encrypted with KMS',
  description:
    'The default AES256 encryption uses keys nobody can audit or revoke; a KMS key puts every image pull in CloudTrail and lets access to images be cut off by key policy.',
  severity: 'warning',
  resourceTypes: ['AWS::ECR::Repository'],
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation: 'Set EncryptionConfiguration.EncryptionType: KMS with a customer-managed KmsKey (CDK: encryption: RepositoryEncryption.KMS, encryptionKey).',
  fromTemplate: (repo) => ({ encryptionType: repo.get('EncryptionConfiguration.EncryptionType') }),
  evaluate({ encryptionType }) {
    if (isUnknown(encryptionType)) return needsReview(`EncryptionType is not known: ${encryptionType.reason}`);
    if (encryptionType === 'KMS' || encryptionType === 'KMS_DSSE') return pass(`encrypted with ${encryptionType}`);
    return fail(encryptionType === undefined ? 'EncryptionConfiguration is not set, so the repository uses AES256' : `EncryptionType is ${String(encryptionType)}, not KMS`);
  },
});
