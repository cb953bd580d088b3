import { BackupVaultLocked as rule } from '../../../rules/backup/BackupVaultLocked';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const vault = (lock?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      V: {
        Type: 'AWS::Backup::BackupVault',
        Properties: { BackupVaultName: 'v', ...(lock === undefined ? {} : { LockConfiguration: lock }) },
      },
    },
  });

describe('BackupVaultLocked', () => {
  it('passes a compliance-mode lock', () =>
    expect(statusOf(rule, 'V', vault({ MinRetentionDays: 35, ChangeableForDays: 3 }))).toBe('COMPLIANT'));
  it('passes a logically air-gapped vault', () => {
    const t = template({
      V: {
        Type: 'AWS::Backup::LogicallyAirGappedBackupVault',
        Properties: { BackupVaultName: 'v', MinRetentionDays: 7, MaxRetentionDays: 35 },
      },
    });
    expect(statusOf(rule, 'V', t)).toBe('COMPLIANT');
  });
  it('fails without a lock', () => expect(statusOf(rule, 'V', vault())).toBe('NON_COMPLIANT'));
  it('fails a governance-mode lock', () => expect(statusOf(rule, 'V', vault({ MinRetentionDays: 35 }))).toBe('NON_COMPLIANT'));
  it('needs review when ChangeableForDays is a parameter', () =>
    expect(statusOf(rule, 'V', vault({ MinRetentionDays: 35, ChangeableForDays: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
