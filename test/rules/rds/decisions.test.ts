import { RdsAutoMinorVersionUpgrade } from '../../../rules/rds/RdsAutoMinorVersionUpgrade';
import { RdsClusterBackupRetention } from '../../../rules/rds/RdsClusterBackupRetention';
import { RdsClusterDeletionProtection } from '../../../rules/rds/RdsClusterDeletionProtection';
import { RdsClusterIamAuthentication } from '../../../rules/rds/RdsClusterIamAuthentication';
import { RdsClusterMultiAz } from '../../../rules/rds/RdsClusterMultiAz';
import { RdsEnhancedMonitoring } from '../../../rules/rds/RdsEnhancedMonitoring';
import { RdsInBackupPlan } from '../../../rules/rds/RdsInBackupPlan';
import { RdsInstanceBackupEnabled } from '../../../rules/rds/RdsInstanceBackupEnabled';
import { RdsInstanceDeletionProtection } from '../../../rules/rds/RdsInstanceDeletionProtection';
import { RdsInstanceIamAuthentication } from '../../../rules/rds/RdsInstanceIamAuthentication';
import { RdsInstanceMultiAz } from '../../../rules/rds/RdsInstanceMultiAz';
import { RdsInstanceNotPublic } from '../../../rules/rds/RdsInstanceNotPublic';
import { RdsLoggingEnabled } from '../../../rules/rds/RdsLoggingEnabled';
import { RdsMasterPasswordNotPlaintext } from '../../../rules/rds/RdsMasterPasswordNotPlaintext';
import { RdsNoDefaultAdminUsername } from '../../../rules/rds/RdsNoDefaultAdminUsername';
import { RdsStorageEncrypted } from '../../../rules/rds/RdsStorageEncrypted';
import { RdsTlsEnforced } from '../../../rules/rds/RdsTlsEnforced';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    RdsStorageEncrypted,
    [
      ['encrypted', { encrypted: true }, 'COMPLIANT'],
      ['off', { encrypted: false }, 'NON_COMPLIANT'],
      ['unset', { encrypted: undefined }, 'NON_COMPLIANT'],
      ['unknown', { encrypted: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsInstanceNotPublic,
    [
      ['private', { publiclyAccessible: false }, 'COMPLIANT'],
      ['public', { publiclyAccessible: true }, 'NON_COMPLIANT'],
      ['unset in the default VPC', { publiclyAccessible: undefined, network: 'default-vpc' }, 'NON_COMPLIANT'],
      ['unset behind no gateway', { publiclyAccessible: undefined, network: 'vpc-without-internet-gateway' }, 'COMPLIANT'],
      ['unset, network unknown', { publiclyAccessible: undefined, network: U }, 'INSUFFICIENT_DATA'],
      ['unknown', { publiclyAccessible: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsInstanceMultiAz,
    [
      ['multi-AZ', { clusterMember: false, multiAz: true }, 'COMPLIANT'],
      ['single AZ', { clusterMember: false, multiAz: false }, 'NON_COMPLIANT'],
      ['cluster member, own setting unknown', { clusterMember: true, multiAz: U }, 'NOT_APPLICABLE'],
      ['membership unknown, would pass', { clusterMember: U, multiAz: true }, 'COMPLIANT'],
      ['membership unknown, would fail', { clusterMember: U, multiAz: false }, 'INSUFFICIENT_DATA'],
      ['unknown', { clusterMember: false, multiAz: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsClusterMultiAz,
    [
      ['two zones', { kind: 'aurora', memberZones: ['eu-west-2a', 'eu-west-2b'] }, 'COMPLIANT'],
      ['two known zones and an unknown one', { kind: 'aurora', memberZones: ['eu-west-2a', 'eu-west-2b', U] }, 'COMPLIANT'],
      ['one instance', { kind: 'aurora', memberZones: [undefined] }, 'NON_COMPLIANT'],
      ['pinned to one zone', { kind: 'aurora', memberZones: ['eu-west-2a', 'eu-west-2a'] }, 'NON_COMPLIANT'],
      ['one known zone and an unknown one', { kind: 'aurora', memberZones: ['eu-west-2a', U] }, 'INSUFFICIENT_DATA'],
      ['Multi-AZ DB cluster', { kind: 'multi-az-db-cluster', memberZones: [] }, 'COMPLIANT'],
      ['Serverless v1', { kind: 'serverless-v1', memberZones: [] }, 'NOT_APPLICABLE'],
      ['kind unknown', { kind: U, memberZones: [] }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsInstanceBackupEnabled,
    [
      ['7 days', { clusterMember: false, retentionDays: 7 }, 'COMPLIANT'],
      ['1 day', { clusterMember: false, retentionDays: 1 }, 'NON_COMPLIANT'],
      ['off', { clusterMember: false, retentionDays: 0 }, 'NON_COMPLIANT'],
      ['default', { clusterMember: false, retentionDays: undefined }, 'NON_COMPLIANT'],
      ['member', { clusterMember: true, retentionDays: undefined }, 'NOT_APPLICABLE'],
      ['membership unknown, too short', { clusterMember: U, retentionDays: 1 }, 'INSUFFICIENT_DATA'],
      ['unknown', { clusterMember: false, retentionDays: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsClusterBackupRetention,
    [
      ['35 days', { retentionDays: 35 }, 'COMPLIANT'],
      ['3 days', { retentionDays: 3 }, 'NON_COMPLIANT'],
      ['default', { retentionDays: undefined }, 'NON_COMPLIANT'],
      ['unknown', { retentionDays: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsInBackupPlan,
    [
      ['selected', { clusterMember: false, inBackupPlan: true }, 'COMPLIANT'],
      ['not selected', { clusterMember: false, inBackupPlan: false }, 'NON_COMPLIANT'],
      ['member', { clusterMember: true, inBackupPlan: false }, 'NOT_APPLICABLE'],
      ['unknown', { clusterMember: false, inBackupPlan: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsInstanceDeletionProtection,
    [
      ['on', { clusterMember: false, deletionProtection: true }, 'COMPLIANT'],
      ['unset', { clusterMember: false, deletionProtection: undefined }, 'NON_COMPLIANT'],
      ['member', { clusterMember: true, deletionProtection: undefined }, 'NOT_APPLICABLE'],
      ['unknown', { clusterMember: false, deletionProtection: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsClusterDeletionProtection,
    [
      ['on', { deletionProtection: true }, 'COMPLIANT'],
      ['off', { deletionProtection: false }, 'NON_COMPLIANT'],
      ['unknown', { deletionProtection: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsLoggingEnabled,
    [
      ['postgres log', { clusterMember: false, engine: 'postgres', exports: ['postgresql'] }, 'COMPLIANT'],
      ['audit log beside an unknown export', { clusterMember: false, engine: 'mysql', exports: ['audit', U] }, 'COMPLIANT'],
      ['slow query log only', { clusterMember: false, engine: 'mysql', exports: ['slowquery'] }, 'NON_COMPLIANT'],
      ['nothing exported', { clusterMember: false, engine: 'mysql', exports: [] }, 'NON_COMPLIANT'],
      ['an unknown export only', { clusterMember: false, engine: 'mysql', exports: ['slowquery', U] }, 'INSUFFICIENT_DATA'],
      ['exports unknown', { clusterMember: false, engine: 'mysql', exports: U }, 'INSUFFICIENT_DATA'],
      ['member', { clusterMember: true, engine: undefined, exports: [] }, 'NOT_APPLICABLE'],
    ],
  ],
  [
    RdsEnhancedMonitoring,
    [
      ['every 60 s', { intervalSeconds: 60 }, 'COMPLIANT'],
      ['off', { intervalSeconds: 0 }, 'NON_COMPLIANT'],
      ['unknown', { intervalSeconds: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsAutoMinorVersionUpgrade,
    [
      ['default', { autoMinorVersionUpgrade: undefined }, 'COMPLIANT'],
      ['off', { autoMinorVersionUpgrade: false }, 'NON_COMPLIANT'],
      ['unknown', { autoMinorVersionUpgrade: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsInstanceIamAuthentication,
    [
      ['on', { clusterMember: false, engine: 'postgres', iamAuthentication: true }, 'COMPLIANT'],
      ['unset', { clusterMember: false, engine: 'mysql', iamAuthentication: undefined }, 'NON_COMPLIANT'],
      ['unsupported engine', { clusterMember: false, engine: 'oracle', iamAuthentication: undefined }, 'NOT_APPLICABLE'],
      ['engine unknown', { clusterMember: false, engine: U, iamAuthentication: true }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsClusterIamAuthentication,
    [
      ['on', { engine: 'aurora-postgresql', iamAuthentication: true }, 'COMPLIANT'],
      ['off', { engine: 'aurora-mysql', iamAuthentication: false }, 'NON_COMPLIANT'],
      ['unknown', { engine: 'aurora-mysql', iamAuthentication: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsNoDefaultAdminUsername,
    [
      ['own name', { username: 'app_owner' }, 'COMPLIANT'],
      ['default name', { username: 'Admin' }, 'NON_COMPLIANT'],
      ['inherited', { username: undefined }, 'NOT_APPLICABLE'],
      ['unknown', { username: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsMasterPasswordNotPlaintext,
    [
      ['secret reference', { source: 'dynamic-reference' }, 'COMPLIANT'],
      ['managed', { source: 'managed' }, 'COMPLIANT'],
      ['NoEcho parameter', { source: 'no-echo-parameter', parameter: 'Pw' }, 'COMPLIANT'],
      ['literal', { source: 'literal' }, 'NON_COMPLIANT'],
      ['parameter with a default', { source: 'parameter-with-default', parameter: 'Pw' }, 'NON_COMPLIANT'],
      ['unknown', { source: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    RdsTlsEnforced,
    [
      ['forced', { clusterMember: false, engine: 'postgres', setting: '1', defaultForcesTls: false }, 'COMPLIANT'],
      [
        'default of PostgreSQL 16',
        { clusterMember: false, engine: 'postgres', setting: undefined, defaultForcesTls: true },
        'COMPLIANT',
      ],
      ['not forced', { clusterMember: false, engine: 'mysql', setting: 'OFF', defaultForcesTls: false }, 'NON_COMPLIANT'],
      [
        'default of MySQL',
        { clusterMember: false, engine: 'mysql', setting: undefined, defaultForcesTls: false },
        'NON_COMPLIANT',
      ],
      ['Oracle', { clusterMember: false, engine: 'oracle', setting: undefined, defaultForcesTls: false }, 'NOT_APPLICABLE'],
      ['setting unknown', { clusterMember: false, engine: 'mysql', setting: U, defaultForcesTls: false }, 'INSUFFICIENT_DATA'],
      ['member', { clusterMember: true, engine: U, setting: U, defaultForcesTls: false }, 'NOT_APPLICABLE'],
    ],
  ],
]);
