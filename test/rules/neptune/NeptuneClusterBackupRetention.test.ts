import { NeptuneClusterBackupRetention as rule } from '../../../rules/neptune/NeptuneClusterBackupRetention';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { C: { Type: 'AWS::Neptune::DBCluster', Properties: props } } });

describe('NeptuneClusterBackupRetention', () => {
  it('passes with 14 days', () => expect(statusOf(rule, 'C', cluster({ BackupRetentionPeriod: 14 }))).toBe('COMPLIANT'));
  it('fails when the retention is absent', () => expect(statusOf(rule, 'C', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails with 1 day', () => expect(statusOf(rule, 'C', cluster({ BackupRetentionPeriod: 1 }))).toBe('NON_COMPLIANT'));
  it('needs review when the retention is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ BackupRetentionPeriod: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
