import { BackupRecoveryPointManualDeletionDisabled as rule } from '../../../rules/backup/BackupRecoveryPointManualDeletionDisabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const vault = (...statements: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      V: {
        Type: 'AWS::Backup::BackupVault',
        Properties: {
          BackupVaultName: 'v',
          ...(statements.length ? { AccessPolicy: { Version: '2012-10-17', Statement: statements } } : {}),
        },
      },
    },
  });
const deny = (actions: unknown) => ({ Effect: 'Deny', Principal: { AWS: '*' }, Action: actions, Resource: '*' });

describe('BackupRecoveryPointManualDeletionDisabled', () => {
  it('passes a Deny of the three protecting actions', () => {
    expect(
      statusOf(
        rule,
        'V',
        vault(deny(['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:PutBackupVaultAccessPolicy'])),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes a Deny of backup:*', () => expect(statusOf(rule, 'V', vault(deny('backup:*')))).toBe('COMPLIANT'));
  it('fails without an access policy', () => expect(statusOf(rule, 'V', vault())).toBe('NON_COMPLIANT'));
  it('fails when only deletion is denied', () =>
    expect(statusOf(rule, 'V', vault(deny('backup:DeleteRecoveryPoint')))).toBe('NON_COMPLIANT'));
  it('needs review when a denied action is a parameter', () => {
    expect(statusOf(rule, 'V', vault(deny(['backup:DeleteRecoveryPoint', PARAM])))).toBe('INSUFFICIENT_DATA');
  });
});
