import { DocDbClusterAuditLogsExported } from '../../../rules/docdb/DocDbClusterAuditLogsExported';
import { DocDbClusterBackupRetention } from '../../../rules/docdb/DocDbClusterBackupRetention';
import { DocDbClusterDeletionProtection } from '../../../rules/docdb/DocDbClusterDeletionProtection';
import { DocDbClusterEncrypted } from '../../../rules/docdb/DocDbClusterEncrypted';
import { DocDbMasterPasswordNotPlaintext } from '../../../rules/docdb/DocDbMasterPasswordNotPlaintext';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    DocDbClusterEncrypted,
    [
      ['encrypted', { engine: 'docdb', encrypted: true, fromSnapshot: false }, 'COMPLIANT'],
      ['off', { engine: 'docdb', encrypted: false, fromSnapshot: false }, 'NON_COMPLIANT'],
      ['unset', { engine: 'docdb', encrypted: undefined, fromSnapshot: false }, 'NON_COMPLIANT'],
      ['unset, from a snapshot', { engine: 'docdb', encrypted: undefined, fromSnapshot: true }, 'INSUFFICIENT_DATA'],
      ['unknown', { engine: 'docdb', encrypted: U, fromSnapshot: false }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'aurora-mysql', encrypted: false, fromSnapshot: false }, 'NOT_APPLICABLE'],
      ['another engine, setting unknown', { engine: 'neptune', encrypted: U, fromSnapshot: false }, 'NOT_APPLICABLE'],
      ['engine unknown', { engine: U, encrypted: true, fromSnapshot: false }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DocDbClusterBackupRetention,
    [
      ['7 days', { engine: 'docdb', retentionDays: 7 }, 'COMPLIANT'],
      ['1 day', { engine: 'docdb', retentionDays: 1 }, 'NON_COMPLIANT'],
      ['unset', { engine: 'docdb', retentionDays: undefined }, 'NON_COMPLIANT'],
      ['unknown', { engine: 'docdb', retentionDays: U }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'aurora-postgresql', retentionDays: 1 }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    DocDbClusterDeletionProtection,
    [
      ['on', { engine: 'docdb', deletionProtection: true }, 'COMPLIANT'],
      ['off', { engine: 'docdb', deletionProtection: false }, 'NON_COMPLIANT'],
      ['unset', { engine: 'docdb', deletionProtection: undefined }, 'NON_COMPLIANT'],
      ['unknown', { engine: 'docdb', deletionProtection: U }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'neptune', deletionProtection: false }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    DocDbClusterAuditLogsExported,
    [
      ['audit exported', { engine: 'docdb', exports: ['profiler', 'audit'] }, 'COMPLIANT'],
      ['audit exported beside an unknown type', { engine: 'docdb', exports: ['audit', U] }, 'COMPLIANT'],
      ['only the profiler log', { engine: 'docdb', exports: ['profiler'] }, 'NON_COMPLIANT'],
      ['nothing exported', { engine: 'docdb', exports: [] }, 'NON_COMPLIANT'],
      ['profiler and an unknown type', { engine: 'docdb', exports: ['profiler', U] }, 'INSUFFICIENT_DATA'],
      ['list unknown', { engine: 'docdb', exports: U }, 'INSUFFICIENT_DATA'],
      ['another engine', { engine: 'aurora-mysql', exports: [] }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    DocDbMasterPasswordNotPlaintext,
    [
      ['managed', { source: 'managed' }, 'COMPLIANT'],
      ['dynamic reference', { source: 'dynamic-reference' }, 'COMPLIANT'],
      ['NoEcho parameter', { source: 'no-echo-parameter', parameter: 'Pw' }, 'COMPLIANT'],
      ['literal', { source: 'literal' }, 'NON_COMPLIANT'],
      ['parameter with a default', { source: 'parameter-with-default', parameter: 'Pw' }, 'NON_COMPLIANT'],
      ['echoed parameter', { source: 'echoed-parameter', parameter: 'Pw' }, 'NON_COMPLIANT'],
      ['unknown', { source: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
