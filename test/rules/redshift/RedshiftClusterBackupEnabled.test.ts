import { RedshiftClusterBackupEnabled as rule } from '../../../rules/redshift/RedshiftClusterBackupEnabled';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

describe('RedshiftClusterBackupEnabled', () => {
  it('passes with the default one-day retention', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('COMPLIANT'));
  it('passes with seven days', () =>
    expect(statusOf(rule, 'Cluster', cluster({ AutomatedSnapshotRetentionPeriod: 7 }))).toBe('COMPLIANT'));
  it('fails when retention is 0', () =>
    expect(statusOf(rule, 'Cluster', cluster({ AutomatedSnapshotRetentionPeriod: 0 }))).toBe('NON_COMPLIANT'));
  it('needs review when retention is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ AutomatedSnapshotRetentionPeriod: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
