import { recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { KeyKind, keyKindInScope, keyKindOf } from '../kms/key-kind';

interface Facts {
  readonly key: KeyKind | Unknown;
}

export const BackupVaultEncryptedWithCmk = defineRule<Facts>({
  id: 'BackupVaultEncryptedWithCmk',
  title: 'Backup vaults encrypt recovery points with a customer managed KMS key',
  description:
    'With the AWS managed aws/backup key the vault’s recovery points can be decrypted by anyone the account lets use AWS Backup; a customer managed key adds a key policy that can lock restores down.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation: 'Set EncryptionKeyArn to a customer managed KMS key (CDK: encryptionKey).',
  template: {
    resourceTypes: ['AWS::Backup::BackupVault'],
    facts: (vault, { index }) => ({ key: keyKindOf(vault.get('EncryptionKeyArn'), index) }),
  },
  configItem: {
    resourceTypes: ['AWS::Backup::BackupVault'],
    looksUp: ['AWS::KMS::Key'],
    // A deployed vault always has a key (aws/backup at least): one the item does not record is unknown.
    facts: (vault, scope) => ({ key: keyKindInScope(recorded(vault.configuration, 'EncryptionKeyArn'), scope) }),
  },
  evaluate({ key }) {
    if (isUnknown(key)) return needsReview(`the vault’s KMS key is not known: ${key.reason}`);
    if (key === 'customer-managed') return pass('recovery points are encrypted with a customer managed key');
    return fail(
      key === 'none'
        ? 'no KMS key is set, so the vault uses the AWS managed key aws/backup'
        : 'the vault is encrypted with an AWS managed key',
    );
  },
});
