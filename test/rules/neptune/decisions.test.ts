import { NeptuneClusterBackupRetention } from '../../../rules/neptune/NeptuneClusterBackupRetention';
import { NeptuneClusterDeletionProtection } from '../../../rules/neptune/NeptuneClusterDeletionProtection';
import { NeptuneClusterEncrypted } from '../../../rules/neptune/NeptuneClusterEncrypted';
import { NeptuneClusterIamAuthentication } from '../../../rules/neptune/NeptuneClusterIamAuthentication';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    NeptuneClusterEncrypted,
    [
      ['encrypted', { engine: 'neptune', encrypted: true, fromSnapshot: false }, 'COMPLIANT'],
      ['off', { engine: 'neptune', encrypted: false, fromSnapshot: false }, 'NON_COMPLIANT'],
      ['unset', { engine: 'neptune', encrypted: undefined, fromSnapshot: false }, 'NON_COMPLIANT'],
      ['unset, snapshot unknown', { engine: 'neptune', encrypted: undefined, fromSnapshot: U }, 'INSUFFICIENT_DATA'],
      ['unknown', { engine: 'neptune', encrypted: U, fromSnapshot: false }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'docdb', encrypted: false, fromSnapshot: false }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    NeptuneClusterIamAuthentication,
    [
      ['required', { engine: 'neptune', iamAuth: true }, 'COMPLIANT'],
      ['off', { engine: 'neptune', iamAuth: false }, 'NON_COMPLIANT'],
      ['unset', { engine: 'neptune', iamAuth: undefined }, 'NON_COMPLIANT'],
      ['unknown', { engine: 'neptune', iamAuth: U }, 'INSUFFICIENT_DATA'],
      ['engine unknown', { engine: U, iamAuth: true }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'aurora-mysql', iamAuth: false }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    NeptuneClusterBackupRetention,
    [
      ['7 days', { engine: 'neptune', retentionDays: 7 }, 'COMPLIANT'],
      ['0 days', { engine: 'neptune', retentionDays: 0 }, 'NON_COMPLIANT'],
      ['unknown', { engine: 'neptune', retentionDays: U }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'docdb', retentionDays: 1 }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    NeptuneClusterDeletionProtection,
    [
      ['on', { engine: 'neptune', deletionProtection: true }, 'COMPLIANT'],
      ['off', { engine: 'neptune', deletionProtection: false }, 'NON_COMPLIANT'],
      ['unknown', { engine: 'neptune', deletionProtection: U }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'docdb', deletionProtection: false }, 'NOT_APPLICABLE'],
    ],
  ],
]);
