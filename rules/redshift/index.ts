import { Rule } from '../../lib/engine/rule';
import { RedshiftClusterAuditLogging } from './RedshiftClusterAuditLogging';
import { RedshiftClusterBackupEnabled } from './RedshiftClusterBackupEnabled';
import { RedshiftClusterEncryptedKms } from './RedshiftClusterEncryptedKms';
import { RedshiftClusterEnhancedVpcRouting } from './RedshiftClusterEnhancedVpcRouting';
import { RedshiftClusterMaintenanceSettings } from './RedshiftClusterMaintenanceSettings';
import { RedshiftClusterNonDefaultAdmin } from './RedshiftClusterNonDefaultAdmin';
import { RedshiftClusterNotPublic } from './RedshiftClusterNotPublic';
import { RedshiftClusterRequiresTls } from './RedshiftClusterRequiresTls';

export const rules: Rule[] = [
  RedshiftClusterEncryptedKms,
  RedshiftClusterNotPublic,
  RedshiftClusterRequiresTls,
  RedshiftClusterAuditLogging,
  RedshiftClusterBackupEnabled,
  RedshiftClusterEnhancedVpcRouting,
  RedshiftClusterNonDefaultAdmin,
  RedshiftClusterMaintenanceSettings,
];
