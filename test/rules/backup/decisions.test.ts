import { BackupPlanCopyApprovedRegions } from '../../../rules/backup/BackupPlanCopyApprovedRegions';
import { BackupRecoveryPointManualDeletionDisabled } from '../../../rules/backup/BackupRecoveryPointManualDeletionDisabled';
import { BackupVaultEncryptedWithCmk } from '../../../rules/backup/BackupVaultEncryptedWithCmk';
import { BackupVaultLocked } from '../../../rules/backup/BackupVaultLocked';
import { U, decisionTables } from '../decision-table';

const PROTECTED = ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:PutBackupVaultAccessPolicy'];

decisionTables([
  [
    BackupVaultEncryptedWithCmk,
    [
      ['customer managed', { key: 'customer-managed' }, 'COMPLIANT'],
      ['AWS managed', { key: 'aws-managed' }, 'NON_COMPLIANT'],
      ['no key', { key: 'none' }, 'NON_COMPLIANT'],
      ['unknown', { key: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    BackupVaultLocked,
    [
      ['compliance mode', { lock: 'compliance' }, 'COMPLIANT'],
      ['air-gapped', { lock: 'air-gapped' }, 'COMPLIANT'],
      ['governance mode', { lock: 'governance' }, 'NON_COMPLIANT'],
      ['no lock', { lock: 'none' }, 'NON_COMPLIANT'],
      ['unknown', { lock: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    BackupRecoveryPointManualDeletionDisabled,
    [
      ['denies all three', { deniedActions: PROTECTED }, 'COMPLIANT'],
      ['denies backup:* beside an unknown action', { deniedActions: ['backup:*', U] }, 'COMPLIANT'],
      ['denies one', { deniedActions: ['backup:DeleteRecoveryPoint'] }, 'NON_COMPLIANT'],
      ['no policy', { deniedActions: [] }, 'NON_COMPLIANT'],
      ['one missing, one unknown', { deniedActions: ['backup:DeleteRecoveryPoint', U] }, 'INSUFFICIENT_DATA'],
      ['unreadable', { deniedActions: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    BackupPlanCopyApprovedRegions,
    [
      ['copies to London', { destinations: ['eu-west-2'] }, 'COMPLIANT'],
      ['no copies', { destinations: [] }, 'NOT_APPLICABLE'],
      ['copies to Ireland', { destinations: ['eu-west-1', U] }, 'NON_COMPLIANT'],
      ['destination unknown', { destinations: ['eu-west-2', U] }, 'INSUFFICIENT_DATA'],
      ['rules unknown', { destinations: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
