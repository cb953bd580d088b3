import { BackupVaultEncryptedWithCmk } from '../../../rules/backup/BackupVaultEncryptedWithCmk';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:eu-west-2:111122223333:key/${KEY_ID}`;
const vaultItem = (configuration: Record<string, unknown>) =>
  configItem('AWS::Backup::BackupVault', { BackupVaultName: 'v', ...configuration });
const keyItem = (manager: string) => configItem('AWS::KMS::Key', { keyId: KEY_ID, keyManager: manager }, { resourceId: KEY_ID });

describe('Backup vaults: templates and configuration items agree', () => {
  it('a vault under a customer managed key', () => {
    const t = template({
      Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [] } } },
      Vault: {
        Type: 'AWS::Backup::BackupVault',
        Properties: { BackupVaultName: 'v', EncryptionKeyArn: { 'Fn::GetAtt': ['Key', 'Arn'] } },
      },
    });
    expect([
      statusOf(BackupVaultEncryptedWithCmk, 'Vault', t),
      statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({ EncryptionKeyArn: KEY_ARN }), [keyItem('CUSTOMER')]),
    ]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('a vault under aws/backup: no key in the template, the AWS managed key in the item', () => {
    const t = template({ Vault: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'v' } } });
    expect([
      statusOf(BackupVaultEncryptedWithCmk, 'Vault', t),
      statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({ EncryptionKeyArn: KEY_ARN }), [keyItem('AWS')]),
    ]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('is undecided when the item does not record the key or the key is not recorded', () => {
    expect(statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({}))).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({ EncryptionKeyArn: KEY_ARN }))).toBe('INSUFFICIENT_DATA');
  });
});
