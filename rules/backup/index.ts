import { Rule } from '../../lib/engine/rule';
import { BackupPlanCopyApprovedRegions } from './BackupPlanCopyApprovedRegions';
import { BackupPlanMinFrequencyAndRetention } from './BackupPlanMinFrequencyAndRetention';
import { BackupRecoveryPointManualDeletionDisabled } from './BackupRecoveryPointManualDeletionDisabled';
import { BackupVaultEncryptedWithCmk } from './BackupVaultEncryptedWithCmk';
import { BackupVaultLocked } from './BackupVaultLocked';

export const rules: Rule[] = [
  BackupPlanMinFrequencyAndRetention,
  BackupPlanCopyApprovedRegions,
  BackupVaultEncryptedWithCmk,
  BackupVaultLocked,
  BackupRecoveryPointManualDeletionDisabled,
];
