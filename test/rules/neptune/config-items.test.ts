import { NeptuneClusterBackupRetention } from '../../../rules/neptune/NeptuneClusterBackupRetention';
import { NeptuneClusterDeletionProtection } from '../../../rules/neptune/NeptuneClusterDeletionProtection';
import { NeptuneClusterEncrypted } from '../../../rules/neptune/NeptuneClusterEncrypted';
import { NeptuneClusterIamAuthentication } from '../../../rules/neptune/NeptuneClusterIamAuthentication';
import { corpusItem, parity } from '../docdb/item-parity';
import { PARAM, statusOfItem } from '../harness';

// Config records Neptune clusters as AWS::RDS::DBCluster with engine neptune.
const TYPES = { template: 'AWS::Neptune::DBCluster', item: 'AWS::RDS::DBCluster' };
const neptune = (c: Record<string, unknown>) => ({ engine: 'neptune', ...c });

parity(NeptuneClusterEncrypted, TYPES, [
  ['encrypted', { StorageEncrypted: true }, neptune({ storageEncrypted: true }), 'COMPLIANT'],
  ['unencrypted', { StorageEncrypted: false }, neptune({ storageEncrypted: false }), 'NON_COMPLIANT'],
  ['undecided', { StorageEncrypted: PARAM }, neptune({}), 'INSUFFICIENT_DATA'],
]);
parity(NeptuneClusterIamAuthentication, TYPES, [
  ['required', { IamAuthEnabled: true }, neptune({ iamdatabaseAuthenticationEnabled: true }), 'COMPLIANT'],
  ['off', { IamAuthEnabled: false }, neptune({ iamdatabaseAuthenticationEnabled: false }), 'NON_COMPLIANT'],
  ['undecided', { IamAuthEnabled: PARAM }, neptune({}), 'INSUFFICIENT_DATA'],
]);
parity(NeptuneClusterBackupRetention, TYPES, [
  ['7 days', { BackupRetentionPeriod: 7 }, neptune({ backupRetentionPeriod: 7 }), 'COMPLIANT'],
  ['1 day', { BackupRetentionPeriod: 1 }, neptune({ backupRetentionPeriod: 1 }), 'NON_COMPLIANT'],
  ['undecided', { BackupRetentionPeriod: PARAM }, neptune({}), 'INSUFFICIENT_DATA'],
]);
parity(NeptuneClusterDeletionProtection, TYPES, [
  ['on', { DeletionProtection: true }, neptune({ deletionProtection: true }), 'COMPLIANT'],
  ['off', { DeletionProtection: false }, neptune({ deletionProtection: false }), 'NON_COMPLIANT'],
  ['undecided', { DeletionProtection: PARAM }, neptune({}), 'INSUFFICIENT_DATA'],
]);

describe('Neptune rules on the real Aurora cluster item', () => {
  const rules = [
    NeptuneClusterEncrypted,
    NeptuneClusterIamAuthentication,
    NeptuneClusterBackupRetention,
    NeptuneClusterDeletionProtection,
  ];
  it.each(rules.map((r) => [r.id, r] as const))('%s leaves it alone', (_id, rule) =>
    expect(statusOfItem(rule, corpusItem('AWS_RDS_DBCluster.json'))).toBe('NOT_APPLICABLE'),
  );
  it('fails it on IAM authentication once it runs Neptune', () => {
    const item = corpusItem('AWS_RDS_DBCluster.json');
    expect(
      statusOfItem(NeptuneClusterIamAuthentication, { ...item, configuration: { ...item.configuration, engine: 'neptune' } }),
    ).toBe('NON_COMPLIANT');
  });
});
