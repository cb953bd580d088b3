import { RedshiftClusterAuditLogging } from '../../../rules/redshift/RedshiftClusterAuditLogging';
import { RedshiftClusterBackupEnabled } from '../../../rules/redshift/RedshiftClusterBackupEnabled';
import { RedshiftClusterEncryptedKms } from '../../../rules/redshift/RedshiftClusterEncryptedKms';
import { RedshiftClusterEnhancedVpcRouting } from '../../../rules/redshift/RedshiftClusterEnhancedVpcRouting';
import { RedshiftClusterMaintenanceSettings } from '../../../rules/redshift/RedshiftClusterMaintenanceSettings';
import { RedshiftClusterNonDefaultAdmin } from '../../../rules/redshift/RedshiftClusterNonDefaultAdmin';
import { RedshiftClusterNotPublic } from '../../../rules/redshift/RedshiftClusterNotPublic';
import { RedshiftClusterRequiresTls } from '../../../rules/redshift/RedshiftClusterRequiresTls';
import { corpusItem, parity } from '../docdb/item-parity';
import { PARAM, configItem, statusOf, statusOfItem } from '../harness';
import { cluster } from './cluster';

const TYPES = { template: 'AWS::Redshift::Cluster', item: 'AWS::Redshift::Cluster' };
const BASE = { ClusterType: 'single-node', NodeType: 'ra3.xlplus', DBName: 'db', MasterUsername: 'warehouse_admin' };
/** What the Redshift API always records for a cluster; each scenario overrides what it is about. */
const RECORDED = {
  masterUsername: 'warehouse_admin',
  encrypted: true,
  publiclyAccessible: false,
  enhancedVpcRouting: true,
  allowVersionUpgrade: true,
  automatedSnapshotRetentionPeriod: 7,
  preferredMaintenanceWindow: 'sun:02:00-sun:02:30',
  clusterParameterGroups: [{ parameterGroupName: 'default.redshift-1.0' }],
};
const item = (c: Record<string, unknown>) => ({ ...RECORDED, ...c });
const without = (key: keyof typeof RECORDED) => Object.fromEntries(Object.entries(RECORDED).filter(([k]) => k !== key));

parity(RedshiftClusterEncryptedKms, TYPES, [
  ['encrypted', { ...BASE, Encrypted: true }, item({ encrypted: true }), 'COMPLIANT'],
  ['unencrypted', { ...BASE, Encrypted: false }, item({ encrypted: false }), 'NON_COMPLIANT'],
  ['undecided', { ...BASE, Encrypted: PARAM }, without('encrypted'), 'INSUFFICIENT_DATA'],
]);
parity(RedshiftClusterNotPublic, TYPES, [
  ['private', { ...BASE, PubliclyAccessible: false }, item({ publiclyAccessible: false }), 'COMPLIANT'],
  ['public', { ...BASE, PubliclyAccessible: true }, item({ publiclyAccessible: true }), 'NON_COMPLIANT'],
  ['undecided', { ...BASE, PubliclyAccessible: PARAM }, without('publiclyAccessible'), 'INSUFFICIENT_DATA'],
]);
parity(RedshiftClusterBackupEnabled, TYPES, [
  ['7 days', { ...BASE, AutomatedSnapshotRetentionPeriod: 7 }, item({ automatedSnapshotRetentionPeriod: 7 }), 'COMPLIANT'],
  ['off', { ...BASE, AutomatedSnapshotRetentionPeriod: 0 }, item({ automatedSnapshotRetentionPeriod: 0 }), 'NON_COMPLIANT'],
  [
    'undecided',
    { ...BASE, AutomatedSnapshotRetentionPeriod: PARAM },
    without('automatedSnapshotRetentionPeriod'),
    'INSUFFICIENT_DATA',
  ],
]);
parity(RedshiftClusterEnhancedVpcRouting, TYPES, [
  ['on', { ...BASE, EnhancedVpcRouting: true }, item({ enhancedVpcRouting: true }), 'COMPLIANT'],
  ['off', { ...BASE, EnhancedVpcRouting: false }, item({ enhancedVpcRouting: false }), 'NON_COMPLIANT'],
  ['undecided', { ...BASE, EnhancedVpcRouting: PARAM }, without('enhancedVpcRouting'), 'INSUFFICIENT_DATA'],
]);
parity(RedshiftClusterNonDefaultAdmin, TYPES, [
  ['own name', BASE, item({}), 'COMPLIANT'],
  ['awsuser', { ...BASE, MasterUsername: 'awsuser' }, item({ masterUsername: 'awsuser' }), 'NON_COMPLIANT'],
  ['undecided', { ...BASE, MasterUsername: PARAM }, without('masterUsername'), 'INSUFFICIENT_DATA'],
]);
const window = { PreferredMaintenanceWindow: 'sun:02:00-sun:02:30' };
parity(RedshiftClusterMaintenanceSettings, TYPES, [
  ['upgrades in a window', { ...BASE, ...window, AllowVersionUpgrade: true }, item({}), 'COMPLIANT'],
  ['upgrades off', { ...BASE, ...window, AllowVersionUpgrade: false }, item({ allowVersionUpgrade: false }), 'NON_COMPLIANT'],
  ['undecided', { ...BASE, ...window, AllowVersionUpgrade: PARAM }, without('allowVersionUpgrade'), 'INSUFFICIENT_DATA'],
]);
const s3Logging = { LoggingStatus: { loggingEnabled: true, bucketName: 'audit-logs' } };
describe('RedshiftClusterAuditLogging: template and configuration item agree', () => {
  it.each([
    ['to S3', { LoggingProperties: { BucketName: 'audit-logs' } }, s3Logging, 'COMPLIANT'],
    [
      'to CloudWatch',
      { LoggingProperties: { LogDestinationType: 'cloudwatch' } },
      { LoggingStatus: { loggingEnabled: true, logDestinationType: 'cloudwatch' } },
      'COMPLIANT',
    ],
    ['off', {}, { LoggingStatus: { loggingEnabled: false } }, 'NON_COMPLIANT'],
    ['undecided', { LoggingProperties: { BucketName: PARAM, LogDestinationType: PARAM } }, {}, 'INSUFFICIENT_DATA'],
  ] as const)('%s', (_name, properties, supplementaryConfiguration, status) => {
    const recorded = configItem('AWS::Redshift::Cluster', RECORDED, { supplementaryConfiguration });
    expect([
      statusOf(RedshiftClusterAuditLogging, 'Cluster', cluster(properties)),
      statusOfItem(RedshiftClusterAuditLogging, recorded),
    ]).toEqual([status, status]);
  });
});

describe('RedshiftClusterRequiresTls: template and configuration item agree', () => {
  const group = (requireSsl: string) => ({
    Type: 'AWS::Redshift::ClusterParameterGroup',
    Properties: {
      Description: 'x',
      ParameterGroupFamily: 'redshift-1.0',
      ParameterGroupName: 'tls',
      Parameters: [{ ParameterName: 'require_ssl', ParameterValue: requireSsl }],
    },
  });
  const groupItem = (requireSsl: string) =>
    configItem(
      'AWS::Redshift::ClusterParameterGroup',
      { parameterGroupName: 'tls' },
      {
        resourceId: 'tls',
        resourceName: 'tls',
        supplementaryConfiguration: { Parameters: [{ parameterName: 'require_ssl', parameterValue: requireSsl }] },
      },
    );
  const onTls = configItem('AWS::Redshift::Cluster', item({ clusterParameterGroups: [{ parameterGroupName: 'tls' }] }));
  it.each([
    ['requires TLS', 'true', 'COMPLIANT'],
    ['does not', 'false', 'NON_COMPLIANT'],
  ] as const)('a defined group that %s', (_name, value, status) => {
    const t = cluster({ ClusterParameterGroupName: { Ref: 'Group' } }, { Group: group(value) });
    expect([
      statusOf(RedshiftClusterRequiresTls, 'Cluster', t),
      statusOfItem(RedshiftClusterRequiresTls, onTls, [groupItem(value)]),
    ]).toEqual([status, status]);
  });
  it('the default group fails in both', () =>
    expect([
      statusOf(RedshiftClusterRequiresTls, 'Cluster', cluster({})),
      statusOfItem(RedshiftClusterRequiresTls, configItem('AWS::Redshift::Cluster', RECORDED)),
    ]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']));
  it('needs review when the group is not among the recorded ones', () =>
    expect(statusOfItem(RedshiftClusterRequiresTls, onTls)).toBe('INSUFFICIENT_DATA'));
  it('needs review when parameter groups are not recorded', () => {
    const scope = [groupItem('true')];
    expect(statusOfItem(RedshiftClusterRequiresTls, onTls, scope)).toBe('COMPLIANT');
    const rule = RedshiftClusterRequiresTls.adapters.configItem!;
    const facts = rule.facts(onTls, {
      accountId: 'a',
      region: 'r',
      ofType: () => scope,
      get: () => scope[0],
      records: () => false,
    });
    expect(RedshiftClusterRequiresTls.evaluate(facts).status).toBe('INSUFFICIENT_DATA');
  });
});

describe('the real Redshift cluster item', () => {
  const real = corpusItem('AWS_Redshift_Cluster.json');
  it.each([
    [RedshiftClusterEncryptedKms, 'COMPLIANT'],
    [RedshiftClusterNotPublic, 'NON_COMPLIANT'],
    [RedshiftClusterBackupEnabled, 'COMPLIANT'],
    [RedshiftClusterAuditLogging, 'COMPLIANT'],
    [RedshiftClusterNonDefaultAdmin, 'COMPLIANT'],
    [RedshiftClusterMaintenanceSettings, 'COMPLIANT'],
    [RedshiftClusterRequiresTls, 'NON_COMPLIANT'],
  ] as const)('%s', (rule, status) => expect(statusOfItem(rule, real)).toBe(status));
  it('reads require_ssl from the real parameter group item', () => {
    const group = corpusItem('AWS_Redshift_ClusterParameterGroup.json');
    const onGroup = {
      ...real,
      configuration: { ...real.configuration, clusterParameterGroups: [{ parameterGroupName: 'custom-parameter-group' }] },
    };
    expect(statusOfItem(RedshiftClusterRequiresTls, onGroup, [group])).toBe('NON_COMPLIANT');
  });
});
