import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { KeyKind, keyKindInScope, keyKindOf } from '../kms/key-kind';

interface Facts {
  readonly key: KeyKind | Unknown;
}

export const SecretsManagerUsingCmk = defineRule<Facts>({
  id: 'SecretsManagerUsingCmk',
  title: 'Secrets Manager secrets are encrypted with a customer managed KMS key',
  description:
    'With the AWS managed key anyone in the account allowed secretsmanager:GetSecretValue can read the secret; a customer managed key adds a key policy to restrict and audit decryption.',
  severity: 'warning',
  controls: {
    ncscCsp: ['2.3', '10'],
    tenSteps: ['identity-and-access-management', 'data-security'],
  },
  configRule: 'SECRETSMANAGER_USING_CMK',
  remediation: 'Set KmsKeyId to a customer managed key (CDK: encryptionKey).',
  template: {
    resourceTypes: ['AWS::SecretsManager::Secret'],
    facts: (secret, { index }) => ({ key: keyKindOf(secret.get('KmsKeyId'), index) }),
  },
  configItem: {
    resourceTypes: ['AWS::SecretsManager::Secret'],
    looksUp: ['AWS::KMS::Key'],
    facts: (secret, scope) => ({ key: keyKindInScope(secret.configuration.KMSKeyId, scope) }),
  },
  evaluate({ key }) {
    if (isUnknown(key)) return needsReview(`the secret’s KMS key is not known: ${key.reason}`);
    if (key === 'customer-managed') return pass('the secret is encrypted with a customer managed key');
    return fail(
      key === 'none'
        ? 'no KMS key is set, so the secret uses the AWS managed key aws/secretsmanager'
        : 'the secret is encrypted with an AWS managed key',
    );
  },
});
