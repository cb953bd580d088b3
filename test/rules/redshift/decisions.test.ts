import { RedshiftClusterAuditLogging } from '../../../rules/redshift/RedshiftClusterAuditLogging';
import { RedshiftClusterBackupEnabled } from '../../../rules/redshift/RedshiftClusterBackupEnabled';
import { RedshiftClusterEncryptedKms } from '../../../rules/redshift/RedshiftClusterEncryptedKms';
import { RedshiftClusterEnhancedVpcRouting } from '../../../rules/redshift/RedshiftClusterEnhancedVpcRouting';
import { RedshiftClusterMaintenanceSettings } from '../../../rules/redshift/RedshiftClusterMaintenanceSettings';
import { RedshiftClusterNonDefaultAdmin } from '../../../rules/redshift/RedshiftClusterNonDefaultAdmin';
import { RedshiftClusterNotPublic } from '../../../rules/redshift/RedshiftClusterNotPublic';
import { RedshiftClusterRequiresTls } from '../../../rules/redshift/RedshiftClusterRequiresTls';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    RedshiftClusterEncryptedKms,
    [
      ['encrypted', { encrypted: true }, 'COMPLIANT'],
      ['off', { encrypted: false }, 'NON_COMPLIANT'],
      ['unset', { encrypted: undefined }, 'NON_COMPLIANT'],
      ['unknown', { encrypted: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterNotPublic,
    [
      ['private', { publiclyAccessible: false }, 'COMPLIANT'],
      ['unset (private by default)', { publiclyAccessible: undefined }, 'COMPLIANT'],
      ['public', { publiclyAccessible: true }, 'NON_COMPLIANT'],
      ['unknown', { publiclyAccessible: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterBackupEnabled,
    [
      ['7 days', { retentionDays: 7 }, 'COMPLIANT'],
      ['unset (1 day)', { retentionDays: undefined }, 'COMPLIANT'],
      ['off', { retentionDays: 0 }, 'NON_COMPLIANT'],
      ['unknown', { retentionDays: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterEnhancedVpcRouting,
    [
      ['on', { enhancedVpcRouting: true }, 'COMPLIANT'],
      ['off', { enhancedVpcRouting: false }, 'NON_COMPLIANT'],
      ['unset', { enhancedVpcRouting: undefined }, 'NON_COMPLIANT'],
      ['unknown', { enhancedVpcRouting: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterAuditLogging,
    [
      ['to CloudWatch', { bucket: false, destinationType: 'cloudwatch' }, 'COMPLIANT'],
      ['to CloudWatch, bucket unknown', { bucket: U, destinationType: 'cloudwatch' }, 'COMPLIANT'],
      ['to a bucket', { bucket: true, destinationType: undefined }, 'COMPLIANT'],
      ['nowhere', { bucket: false, destinationType: undefined }, 'NON_COMPLIANT'],
      ['bucket unknown', { bucket: U, destinationType: undefined }, 'INSUFFICIENT_DATA'],
      ['destination unknown', { bucket: true, destinationType: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterMaintenanceSettings,
    [
      ['all good', { allowVersionUpgrade: true, snapshotRetention: 1, maintenanceWindow: true }, 'COMPLIANT'],
      [
        'defaults and a window',
        { allowVersionUpgrade: undefined, snapshotRetention: undefined, maintenanceWindow: true },
        'COMPLIANT',
      ],
      ['no window', { allowVersionUpgrade: true, snapshotRetention: 1, maintenanceWindow: false }, 'NON_COMPLIANT'],
      [
        'upgrades off, window unknown',
        { allowVersionUpgrade: false, snapshotRetention: 1, maintenanceWindow: U },
        'NON_COMPLIANT',
      ],
      ['snapshots off', { allowVersionUpgrade: true, snapshotRetention: 0, maintenanceWindow: true }, 'NON_COMPLIANT'],
      ['upgrades unknown', { allowVersionUpgrade: U, snapshotRetention: 1, maintenanceWindow: true }, 'INSUFFICIENT_DATA'],
      ['window unknown', { allowVersionUpgrade: true, snapshotRetention: 1, maintenanceWindow: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterNonDefaultAdmin,
    [
      ['own name', { username: 'warehouse_admin' }, 'COMPLIANT'],
      ['awsuser', { username: 'awsuser' }, 'NON_COMPLIANT'],
      ['AWSUSER', { username: 'AWSUSER' }, 'NON_COMPLIANT'],
      ['restored from a snapshot', { username: undefined }, 'NOT_APPLICABLE'],
      ['unknown', { username: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RedshiftClusterRequiresTls,
    [
      ['group requires TLS', { source: 'defined', group: 'Tls', requireSsl: true }, 'COMPLIANT'],
      ['group does not', { source: 'defined', group: 'Tls', requireSsl: false }, 'NON_COMPLIANT'],
      ['default group', { source: 'default' }, 'NON_COMPLIANT'],
      ['group outside the templates', { source: 'outside', group: 'shared' }, 'NOT_APPLICABLE'],
      ['setting unknown', { source: 'defined', group: 'Tls', requireSsl: U }, 'INSUFFICIENT_DATA'],
      ['group unknown', { source: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
