import { EfsEncrypted } from '../../../rules/efs/EfsEncrypted';
import { EfsInBackupPlan } from '../../../rules/efs/EfsInBackupPlan';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    EfsEncrypted,
    [
      ['encrypted', { encrypted: true }, 'COMPLIANT'],
      ['off', { encrypted: false }, 'NON_COMPLIANT'],
      ['not set', { encrypted: undefined }, 'NON_COMPLIANT'],
      ['unknown', { encrypted: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    EfsInBackupPlan,
    [
      ['automatic backups', { backupPolicy: 'ENABLED' }, 'COMPLIANT'],
      ['selected by a plan', { backupPolicy: 'DISABLED', inBackupPlan: true }, 'COMPLIANT'],
      ['neither', { backupPolicy: 'DISABLED', inBackupPlan: false }, 'NON_COMPLIANT'],
      ['policy unknown, not selected', { backupPolicy: U, inBackupPlan: false }, 'INSUFFICIENT_DATA'],
      ['selection unknown', { backupPolicy: undefined, inBackupPlan: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
