import { DocDbClusterAuditLogsExported } from '../../../rules/docdb/DocDbClusterAuditLogsExported';
import { DocDbClusterBackupRetention } from '../../../rules/docdb/DocDbClusterBackupRetention';
import { DocDbClusterDeletionProtection } from '../../../rules/docdb/DocDbClusterDeletionProtection';
import { DocDbClusterEncrypted } from '../../../rules/docdb/DocDbClusterEncrypted';
import { PARAM, configItem, statusOfItem } from '../harness';
import { corpusItem, parity } from './item-parity';

// Config records DocumentDB clusters as AWS::RDS::DBCluster with engine docdb.
const TYPES = { template: 'AWS::DocDB::DBCluster', item: 'AWS::RDS::DBCluster' };
const docdb = (c: Record<string, unknown>) => ({ engine: 'docdb', ...c });

parity(DocDbClusterEncrypted, TYPES, [
  ['encrypted', { StorageEncrypted: true }, docdb({ storageEncrypted: true }), 'COMPLIANT'],
  ['unencrypted', { StorageEncrypted: false }, docdb({ storageEncrypted: false }), 'NON_COMPLIANT'],
  ['undecided', { StorageEncrypted: PARAM }, docdb({}), 'INSUFFICIENT_DATA'],
]);
parity(DocDbClusterBackupRetention, TYPES, [
  ['7 days', { BackupRetentionPeriod: 7 }, docdb({ backupRetentionPeriod: 7 }), 'COMPLIANT'],
  ['1 day', { BackupRetentionPeriod: 1 }, docdb({ backupRetentionPeriod: 1 }), 'NON_COMPLIANT'],
  ['undecided', { BackupRetentionPeriod: PARAM }, docdb({}), 'INSUFFICIENT_DATA'],
]);
parity(DocDbClusterDeletionProtection, TYPES, [
  ['on', { DeletionProtection: true }, docdb({ deletionProtection: true }), 'COMPLIANT'],
  ['off', { DeletionProtection: false }, docdb({ deletionProtection: false }), 'NON_COMPLIANT'],
  ['undecided', { DeletionProtection: PARAM }, docdb({}), 'INSUFFICIENT_DATA'],
]);
parity(DocDbClusterAuditLogsExported, TYPES, [
  ['audit exported', { EnableCloudwatchLogsExports: ['audit'] }, docdb({ enabledCloudwatchLogsExports: ['audit'] }), 'COMPLIANT'],
  [
    'profiler only',
    { EnableCloudwatchLogsExports: ['profiler'] },
    docdb({ enabledCloudwatchLogsExports: ['profiler'] }),
    'NON_COMPLIANT',
  ],
  ['undecided', { EnableCloudwatchLogsExports: PARAM }, docdb({}), 'INSUFFICIENT_DATA'],
]);

describe('DocumentDB rules on recorded RDS clusters', () => {
  const rules = [
    DocDbClusterEncrypted,
    DocDbClusterBackupRetention,
    DocDbClusterDeletionProtection,
    DocDbClusterAuditLogsExported,
  ];
  it.each(rules.map((r) => [r.id, r] as const))('%s does not judge the real Aurora cluster item', (_id, rule) =>
    expect(statusOfItem(rule, corpusItem('AWS_RDS_DBCluster.json'))).toBe('NOT_APPLICABLE'),
  );
  it.each(rules.map((r) => [r.id, r] as const))('%s needs review when the item does not record the engine', (_id, rule) =>
    expect(statusOfItem(rule, configItem('AWS::RDS::DBCluster', { storageEncrypted: true }))).toBe('INSUFFICIENT_DATA'),
  );
  it('judges the real item once it runs DocumentDB', () => {
    const item = corpusItem('AWS_RDS_DBCluster.json');
    const asDocDb = { ...item, configuration: { ...item.configuration, engine: 'docdb' } };
    expect(statusOfItem(DocDbClusterEncrypted, asDocDb)).toBe('COMPLIANT');
    expect(statusOfItem(DocDbClusterBackupRetention, asDocDb)).toBe('NON_COMPLIANT');
    expect(statusOfItem(DocDbClusterDeletionProtection, asDocDb)).toBe('NON_COMPLIANT');
    expect(statusOfItem(DocDbClusterAuditLogsExported, asDocDb)).toBe('NON_COMPLIANT');
  });
});
