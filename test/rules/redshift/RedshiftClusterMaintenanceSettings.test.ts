import { RedshiftClusterMaintenanceSettings as rule } from '../../../rules/redshift/RedshiftClusterMaintenanceSettings';
import { PARAM, resultOf, statusOf } from '../harness';
import { cluster } from './cluster';

const window = { PreferredMaintenanceWindow: 'sun:02:00-sun:02:30' };

describe('RedshiftClusterMaintenanceSettings', () => {
  it('passes with a window and the defaults', () => expect(statusOf(rule, 'Cluster', cluster(window))).toBe('COMPLIANT'));
  it('fails when no maintenance window is set', () =>
    expect(statusOf(rule, 'Cluster', cluster({ AllowVersionUpgrade: true }))).toBe('NON_COMPLIANT'));
  it('fails when version upgrades are not allowed', () =>
    expect(statusOf(rule, 'Cluster', cluster({ ...window, AllowVersionUpgrade: false }))).toBe('NON_COMPLIANT'));
  it('fails when snapshots are off, naming every problem', () => {
    const r = resultOf(rule, 'Cluster', cluster({ AllowVersionUpgrade: false, AutomatedSnapshotRetentionPeriod: 0 }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('version upgrades are not allowed; automated snapshots are off; no maintenance window is chosen');
  });
  it('needs review when AllowVersionUpgrade is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ ...window, AllowVersionUpgrade: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
