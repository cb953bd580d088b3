import { RdsClusterBackupRetention as rule } from '../../../rules/rds/RdsClusterBackupRetention';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-postgresql', ...props } } },
  });

describe('RdsClusterBackupRetention', () => {
  it('passes with 14 days', () => expect(statusOf(rule, 'Cluster', cluster({ BackupRetentionPeriod: 14 }))).toBe('COMPLIANT'));
  it('fails when the retention is absent (1 day by default)', () =>
    expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when the retention is 3 days', () =>
    expect(statusOf(rule, 'Cluster', cluster({ BackupRetentionPeriod: 3 }))).toBe('NON_COMPLIANT'));
  it('needs review when the retention is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ BackupRetentionPeriod: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
