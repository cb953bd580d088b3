import { Rule } from '../../lib/engine/rule';
import { RdsAutoMinorVersionUpgrade } from './RdsAutoMinorVersionUpgrade';
import { RdsClusterBackupRetention } from './RdsClusterBackupRetention';
import { RdsClusterDeletionProtection } from './RdsClusterDeletionProtection';
import { RdsClusterIamAuthentication } from './RdsClusterIamAuthentication';
import { RdsClusterMultiAz } from './RdsClusterMultiAz';
import { RdsEnhancedMonitoring } from './RdsEnhancedMonitoring';
import { RdsInBackupPlan } from './RdsInBackupPlan';
import { RdsInstanceBackupEnabled } from './RdsInstanceBackupEnabled';
import { RdsInstanceDeletionProtection } from './RdsInstanceDeletionProtection';
import { RdsInstanceIamAuthentication } from './RdsInstanceIamAuthentication';
import { RdsInstanceMultiAz } from './RdsInstanceMultiAz';
import { RdsInstanceNotPublic } from './RdsInstanceNotPublic';
import { RdsLoggingEnabled } from './RdsLoggingEnabled';
import { RdsMasterPasswordNotPlaintext } from './RdsMasterPasswordNotPlaintext';
import { RdsNoDefaultAdminUsername } from './RdsNoDefaultAdminUsername';
import { RdsStorageEncrypted } from './RdsStorageEncrypted';
import { RdsTlsEnforced } from './RdsTlsEnforced';

export const rules: Rule[] = [
  RdsStorageEncrypted,
  RdsInstanceNotPublic,
  RdsInstanceMultiAz,
  RdsClusterMultiAz,
  RdsInstanceBackupEnabled,
  RdsClusterBackupRetention,
  RdsInBackupPlan,
  RdsInstanceDeletionProtection,
  RdsClusterDeletionProtection,
  RdsLoggingEnabled,
  RdsEnhancedMonitoring,
  RdsAutoMinorVersionUpgrade,
  RdsInstanceIamAuthentication,
  RdsClusterIamAuthentication,
  RdsNoDefaultAdminUsername,
  RdsMasterPasswordNotPlaintext,
  RdsTlsEnforced,
];
