import { Rule } from '../../../lib/engine/rule';
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
import { RdsNoDefaultAdminUsername } from '../../../rules/rds/RdsNoDefaultAdminUsername';
import { RdsStorageEncrypted } from '../../../rules/rds/RdsStorageEncrypted';
import { selectionItem } from '../backup/items';
import { corpusItem } from '../corpus-item';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const INSTANCE_RULES: Rule[] = [
  RdsAutoMinorVersionUpgrade,
  RdsEnhancedMonitoring,
  RdsInstanceBackupEnabled,
  RdsInstanceDeletionProtection,
  RdsInstanceIamAuthentication,
  RdsInstanceMultiAz,
  RdsInstanceNotPublic,
  RdsLoggingEnabled,
  RdsNoDefaultAdminUsername,
  RdsStorageEncrypted,
];

/** One stand-alone MySQL instance as a template writes it and as Config records it (the SDK's `dB…` casing). */
interface Instance {
  good: boolean;
}

const asInstanceTemplate = ({ good }: Instance) =>
  template({
    Db: {
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        Engine: 'mysql',
        DBInstanceClass: 'db.t3.medium',
        MasterUsername: good ? 'app_owner' : 'admin',
        ManageMasterUserPassword: true,
        AutoMinorVersionUpgrade: good,
        MonitoringInterval: good ? 60 : 0,
        BackupRetentionPeriod: good ? 7 : 0,
        DeletionProtection: good,
        EnableIAMDatabaseAuthentication: good,
        MultiAZ: good,
        PubliclyAccessible: !good,
        EnableCloudwatchLogsExports: good ? ['audit', 'error'] : [],
        StorageEncrypted: good,
      },
    },
  });

const asInstanceItem = ({ good }: Instance) =>
  configItem(
    'AWS::RDS::DBInstance',
    {
      dBInstanceIdentifier: 'db-1',
      engine: 'mysql',
      dBInstanceClass: 'db.t3.medium',
      masterUsername: good ? 'app_owner' : 'admin',
      autoMinorVersionUpgrade: good,
      monitoringInterval: good ? 60 : 0,
      backupRetentionPeriod: good ? 7 : 0,
      deletionProtection: good,
      iAMDatabaseAuthenticationEnabled: good,
      multiAZ: good,
      publiclyAccessible: !good,
      ...(good && { enabledCloudwatchLogsExports: ['audit', 'error'] }),
      storageEncrypted: good,
      availabilityZone: 'eu-west-2a',
    },
    { resourceId: 'db-ABC', resourceName: 'db-1' },
  );

describe('RDS instance rules: templates and configuration items agree', () => {
  describe.each([
    ['a well-configured instance', { good: true }, 'COMPLIANT'],
    ['a badly configured instance', { good: false }, 'NON_COMPLIANT'],
  ] as const)('%s', (_name, instance, expected) => {
    it.each(INSTANCE_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
      expect([statusOf(rule, 'Db', asInstanceTemplate(instance)), statusOfItem(rule, asInstanceItem(instance))]).toEqual([
        expected,
        expected,
      ]);
    });
  });

  it('an Aurora member is not judged on its own settings from either source', () => {
    const t = template({
      Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', DBClusterIdentifier: 'c1' } },
      Db: {
        Type: 'AWS::RDS::DBInstance',
        Properties: { Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'Cluster' }, DBInstanceClass: 'db.r6g.large' },
      },
    });
    const item = configItem('AWS::RDS::DBInstance', {
      engine: 'aurora-mysql',
      dBClusterIdentifier: 'c1',
      multiAZ: false,
      deletionProtection: false,
      backupRetentionPeriod: 1,
    });
    for (const rule of [
      RdsInstanceMultiAz,
      RdsInstanceDeletionProtection,
      RdsInstanceBackupEnabled,
      RdsInstanceIamAuthentication,
      RdsLoggingEnabled,
    ]) {
      expect([rule.id, statusOf(rule, 'Db', t), statusOfItem(rule, item)]).toEqual([rule.id, 'NOT_APPLICABLE', 'NOT_APPLICABLE']);
    }
  });

  it('a value the template leaves open is undecided as a value the item does not record is', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        Db: {
          Type: 'AWS::RDS::DBInstance',
          Properties: {
            Engine: 'postgres',
            DBInstanceClass: 'db.t3.medium',
            MasterUsername: PARAM,
            AutoMinorVersionUpgrade: PARAM,
            MonitoringInterval: PARAM,
            BackupRetentionPeriod: PARAM,
            DeletionProtection: PARAM,
            EnableIAMDatabaseAuthentication: PARAM,
            MultiAZ: PARAM,
            PubliclyAccessible: PARAM,
            StorageEncrypted: PARAM,
          },
        },
      },
    });
    const item = configItem('AWS::RDS::DBInstance', { engine: 'postgres' });
    for (const rule of INSTANCE_RULES.filter((r) => r !== RdsLoggingEnabled)) {
      expect([rule.id, statusOf(rule, 'Db', t), statusOfItem(rule, item)]).toEqual([
        rule.id,
        'INSUFFICIENT_DATA',
        'INSUFFICIENT_DATA',
      ]);
    }
  });

  it('the RDK example instance', () => {
    const item = corpusItem('AWS_RDS_DBInstance/rdk-example.json');
    const got = Object.fromEntries(INSTANCE_RULES.map((r) => [r.id, statusOfItem(r, item)]));
    expect(got).toEqual({
      RdsAutoMinorVersionUpgrade: 'COMPLIANT',
      RdsEnhancedMonitoring: 'COMPLIANT',
      RdsInstanceBackupEnabled: 'COMPLIANT',
      // An item from before deletion protection existed does not record it.
      RdsInstanceDeletionProtection: 'INSUFFICIENT_DATA',
      RdsInstanceIamAuthentication: 'INSUFFICIENT_DATA',
      RdsInstanceMultiAz: 'COMPLIANT',
      RdsInstanceNotPublic: 'NON_COMPLIANT',
      RdsLoggingEnabled: 'NON_COMPLIANT',
      RdsNoDefaultAdminUsername: 'COMPLIANT',
      RdsStorageEncrypted: 'COMPLIANT',
    });
  });

  it('the c7n instance, read from the API shape', () => {
    const item = corpusItem('AWS_RDS_DBInstance/c7n-config-rds-from-rule.json');
    for (const rule of INSTANCE_RULES)
      expect(['COMPLIANT', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'NOT_APPLICABLE']).toContain(statusOfItem(rule, item));
    expect(statusOfItem(RdsInstanceIamAuthentication, item)).not.toBe('INSUFFICIENT_DATA');
  });
});

describe('RDS cluster rules: templates and configuration items agree', () => {
  const clusterTemplate = (good: boolean, members: string[]) =>
    template({
      Cluster: {
        Type: 'AWS::RDS::DBCluster',
        Properties: {
          Engine: 'aurora-postgresql',
          DBClusterIdentifier: 'c1',
          BackupRetentionPeriod: good ? 14 : 1,
          DeletionProtection: good,
          EnableIAMDatabaseAuthentication: good,
          StorageEncrypted: good,
          MasterUsername: good ? 'owner' : 'postgres',
        },
      },
      ...Object.fromEntries(
        members.map((zone, i) => [
          `Member${i}`,
          {
            Type: 'AWS::RDS::DBInstance',
            Properties: {
              Engine: 'aurora-postgresql',
              DBClusterIdentifier: { Ref: 'Cluster' },
              DBInstanceClass: 'db.r6g.large',
              AvailabilityZone: zone,
            },
          },
        ]),
      ),
    });
  const clusterItems = (good: boolean, members: string[]) => {
    const instances = members.map((zone, i) =>
      configItem(
        'AWS::RDS::DBInstance',
        { dBInstanceIdentifier: `m${i}`, availabilityZone: zone, dBClusterIdentifier: 'c1' },
        { resourceId: `db-M${i}`, resourceName: `m${i}` },
      ),
    );
    const cluster = configItem(
      'AWS::RDS::DBCluster',
      {
        dbclusterIdentifier: 'c1',
        engine: 'aurora-postgresql',
        engineMode: 'provisioned',
        backupRetentionPeriod: good ? 14 : 1,
        deletionProtection: good,
        iamdatabaseAuthenticationEnabled: good,
        storageEncrypted: good,
        masterUsername: good ? 'owner' : 'postgres',
        dbclusterMembers: members.map((_, i) => ({ dbinstanceIdentifier: `m${i}`, isClusterWriter: i === 0 })),
      },
      { resourceId: 'cluster-ABC', resourceName: 'c1' },
    );
    return { cluster, instances };
  };
  const CLUSTER_RULES: Rule[] = [
    RdsClusterBackupRetention,
    RdsClusterDeletionProtection,
    RdsClusterIamAuthentication,
    RdsStorageEncrypted,
    RdsNoDefaultAdminUsername,
    RdsClusterMultiAz,
  ];

  describe.each([
    ['a well-configured cluster across two zones', true, ['eu-west-2a', 'eu-west-2b'], 'COMPLIANT'],
    ['a badly configured cluster pinned to one zone', false, ['eu-west-2a', 'eu-west-2a'], 'NON_COMPLIANT'],
  ] as const)('%s', (_name, good, zones, expected) => {
    it.each(CLUSTER_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
      const { cluster, instances } = clusterItems(good, [...zones]);
      expect([statusOf(rule, 'Cluster', clusterTemplate(good, [...zones])), statusOfItem(rule, cluster, instances)]).toEqual([
        expected,
        expected,
      ]);
    });
  });

  it('a cluster whose member instances are not recorded cannot be shown multi-AZ', () => {
    const { cluster } = clusterItems(true, ['eu-west-2a', 'eu-west-2b']);
    expect(statusOfItem(RdsClusterMultiAz, cluster)).toBe('INSUFFICIENT_DATA');
  });

  it('a Multi-AZ DB cluster passes from either source', () => {
    const t = template({
      Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large' } },
    });
    const item = configItem('AWS::RDS::DBCluster', {
      engine: 'postgres',
      engineMode: 'provisioned',
      dbclusterInstanceClass: 'db.m6gd.large',
      dbclusterMembers: [],
    });
    expect([statusOf(RdsClusterMultiAz, 'Cluster', t), statusOfItem(RdsClusterMultiAz, item)]).toEqual([
      'COMPLIANT',
      'COMPLIANT',
    ]);
  });
});

describe('RdsInBackupPlan: configuration items', () => {
  const rule = RdsInBackupPlan;
  const instance = (configuration: Record<string, unknown> = {}) =>
    configItem('AWS::RDS::DBInstance', { dBInstanceIdentifier: 'app', engine: 'postgres', ...configuration });
  const cluster = configItem('AWS::RDS::DBCluster', { dbclusterIdentifier: 'aurora', engine: 'aurora-postgresql' });

  it('fails a database no selection covers, from either source', () => {
    const t = template({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { DBInstanceIdentifier: 'app', Engine: 'postgres' } } });
    expect([statusOf(rule, 'Db', t), statusOfItem(rule, instance())]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    expect(statusOfItem(rule, corpusItem('AWS_RDS_DBInstance/rdk-example.json'))).toBe('NON_COMPLIANT');
  });

  it('is not applicable to an Aurora member instance', () =>
    expect(statusOfItem(rule, instance({ dBClusterIdentifier: 'aurora' }))).toBe('NOT_APPLICABLE'));

  it('matches a cluster by its cluster: ARN, not an instance pattern', () => {
    const excluded = selectionItem({
      Resources: ['arn:aws:rds:*:*:cluster:*'],
      NotResources: ['arn:aws:rds:*:*:cluster:aurora'],
    });
    expect(statusOfItem(rule, cluster, [excluded])).toBe('NON_COMPLIANT');
    const instancesOnly = selectionItem({ Resources: ['arn:aws:rds:*:*:db:*'], NotResources: ['arn:aws:rds:*:*:db:aurora'] });
    expect(statusOfItem(rule, cluster, [instancesOnly])).toBe('INSUFFICIENT_DATA');
  });

  it('is undecided when a selection may cover it or selections are not recorded', () => {
    expect(statusOfItem(rule, instance(), [selectionItem({ Resources: ['*'], NotResources: [] })])).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(rule, instance(), [], ['AWS::RDS::DBInstance'])).toBe('INSUFFICIENT_DATA');
  });
});
