import { Rule } from '../../lib/engine/rule';
import { DocDbClusterAuditLogsExported } from './DocDbClusterAuditLogsExported';
import { DocDbClusterBackupRetention } from './DocDbClusterBackupRetention';
import { DocDbClusterDeletionProtection } from './DocDbClusterDeletionProtection';
import { DocDbClusterEncrypted } from './DocDbClusterEncrypted';
import { DocDbMasterPasswordNotPlaintext } from './DocDbMasterPasswordNotPlaintext';

export const rules: Rule[] = [
  DocDbClusterEncrypted,
  DocDbClusterBackupRetention,
  DocDbClusterAuditLogsExported,
  DocDbClusterDeletionProtection,
  DocDbMasterPasswordNotPlaintext,
];
