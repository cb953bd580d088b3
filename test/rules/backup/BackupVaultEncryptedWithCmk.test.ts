import { BackupVaultEncryptedWithCmk as rule } from '../../../rules/backup/BackupVaultEncryptedWithCmk';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const vault = (key?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Key: { Type: 'AWS::KMS::Key' },
      V: {
        Type: 'AWS::Backup::BackupVault',
        Properties: { BackupVaultName: 'v', ...(key === undefined ? {} : { EncryptionKeyArn: key }) },
      },
    },
  });

describe('BackupVaultEncryptedWithCmk', () => {
  it('passes with a key from the template', () =>
    expect(statusOf(rule, 'V', vault({ 'Fn::GetAtt': ['Key', 'Arn'] }))).toBe('COMPLIANT'));
  it('fails without EncryptionKeyArn', () => expect(statusOf(rule, 'V', vault())).toBe('NON_COMPLIANT'));
  it('fails with the AWS managed key alias', () =>
    expect(statusOf(rule, 'V', vault('arn:aws:kms:eu-west-2:1:alias/aws/backup'))).toBe('NON_COMPLIANT'));
  it('needs review when the key is a parameter', () => expect(statusOf(rule, 'V', vault(PARAM))).toBe('INSUFFICIENT_DATA'));
});
