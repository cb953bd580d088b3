import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { KeyKind, keyKindOf } from '../kms/key-kind';

interface Facts {
  readonly encryptionType: Maybe<string>;
  /** The key named by EncryptionConfiguration.KmsKey; 'none' means the AWS managed aws/ecr key. */
  readonly key: KeyKind | Unknown;
}

export const EcrRepositoryKmsEncryption = defineRule<Facts>({
  id: 'EcrRepositoryKmsEncryption',
  title: 'ECR repositories are encrypted with a customer-managed KMS key',
  description:
    'The default AES256 encryption, and the AWS managed aws/ecr key, use keys whose policy nobody can audit or narrow; a customer-managed key puts every image pull in CloudTrail and lets access to images be cut off by key policy.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'ECR_REPOSITORY_CMK_ENCRYPTION_ENABLED',
  remediation:
    'Set EncryptionConfiguration.EncryptionType: KMS with a customer-managed KmsKey (CDK: encryption: RepositoryEncryption.KMS, encryptionKey).',
  template: {
    resourceTypes: ['AWS::ECR::Repository'],
    facts(repo, { index }) {
      const encryptionType = asString(repo.get('EncryptionConfiguration.EncryptionType'));
      // The key matters only once KMS is chosen; without KMS there is no key to read.
      const kms = encryptionType === 'KMS' || encryptionType === 'KMS_DSSE';
      return { encryptionType, key: kms ? keyKindOf(repo.get('EncryptionConfiguration.KmsKey'), index) : 'none' };
    },
  },
  evaluate({ encryptionType, key }) {
    if (isUnknown(encryptionType)) return needsReview(`the encryption type is not known: ${encryptionType.reason}`);
    if (encryptionType !== 'KMS' && encryptionType !== 'KMS_DSSE') {
      return fail(
        encryptionType === undefined
          ? 'no encryption is configured, so the repository uses AES256'
          : `the repository is encrypted with ${encryptionType}, not KMS`,
      );
    }
    if (isUnknown(key)) return needsReview(`the KMS key is not known: ${key.reason}`);
    if (key === 'customer-managed') return pass(`encrypted with ${encryptionType} under a customer-managed key`);
    return fail(`encrypted with ${encryptionType} under the AWS managed key aws/ecr, whose policy cannot be narrowed`);
  },
});
