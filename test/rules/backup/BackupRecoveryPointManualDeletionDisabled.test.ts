import { BackupRecoveryPointManualDeletionDisabled as rule } from '../../../rules/backup/BackupRecoveryPointManualDeletionDisabled';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

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

describe('BackupRecoveryPointManualDeletionDisabled on the vault item', () => {
  const item = (policy?: unknown) =>
    configItem('AWS::Backup::BackupVault', {
      BackupVaultName: 'v',
      BackupVaultArn: 'arn:aws:backup:eu-west-2:111122223333:backup-vault:v',
      ...(policy === undefined ? {} : { AccessPolicy: policy }),
    });
  const all = ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:PutBackupVaultAccessPolicy'];
  it.each([
    ['the three protecting actions denied', [deny(all)], 'COMPLIANT'],
    ['backup:* denied', [deny('backup:*')], 'COMPLIANT'],
    ['only deletion denied', [deny('backup:DeleteRecoveryPoint')], 'NON_COMPLIANT'],
    ['no policy', [], 'NON_COMPLIANT'],
  ])('%s: the template and the item agree', (_name, statements, expected) => {
    const policy = statements.length ? { Version: '2012-10-17', Statement: statements } : undefined;
    expect([statusOf(rule, 'V', vault(...statements)), statusOfItem(rule, item(policy))]).toEqual([expected, expected]);
  });
  it('reads a policy recorded as a JSON string', () =>
    expect(statusOfItem(rule, item(JSON.stringify({ Statement: [deny('backup:*')] })))).toBe('COMPLIANT'));
  it('needs review when the recorded policy is not valid JSON', () =>
    expect(statusOfItem(rule, item('{"Statement": ['))).toBe('INSUFFICIENT_DATA'));
});
