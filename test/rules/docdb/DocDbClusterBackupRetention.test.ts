import { DocDbClusterBackupRetention as rule } from '../../../rules/docdb/DocDbClusterBackupRetention';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::DocDB::DBCluster', Properties: props } } });

describe('DocDbClusterBackupRetention', () => {
  it('passes with 7 days', () => expect(statusOf(rule, 'C', cluster({ BackupRetentionPeriod: 7 }))).toBe('COMPLIANT'));
  it('fails when the retention is absent', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails with 2 days', () => expect(statusOf(rule, 'C', cluster({ BackupRetentionPeriod: 2 }))).toBe('NON_COMPLIANT'));
  it('needs review when the retention is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ BackupRetentionPeriod: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
