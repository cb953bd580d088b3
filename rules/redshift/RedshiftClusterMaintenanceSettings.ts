import { Maybe, Tri, asBoolean, asNumber, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly allowVersionUpgrade: Maybe<boolean>;
  readonly snapshotRetention: Maybe<number>;
  readonly maintenanceWindow: Tri;
}

export const RedshiftClusterMaintenanceSettings = defineRule<Facts>({
  id: 'RedshiftClusterMaintenanceSettings',
  title: 'Redshift clusters take version upgrades in a chosen maintenance window',
  description:
    'Engine upgrades carry security fixes; they must be allowed, and land in a maintenance window the service owner chose rather than one AWS picks at random, with snapshots to fall back on.',
  severity: 'warning',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'REDSHIFT_CLUSTER_MAINTENANCESETTINGS_CHECK',
  remediation:
    'Leave AllowVersionUpgrade true, set PreferredMaintenanceWindow (for example sun:02:00-sun:02:30, outside clinical hours) and keep AutomatedSnapshotRetentionPeriod above 0.',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster) => ({
      allowVersionUpgrade: asBoolean(cluster.get('AllowVersionUpgrade')),
      snapshotRetention: asNumber(cluster.get('AutomatedSnapshotRetentionPeriod')),
      maintenanceWindow: isSet(cluster.get('PreferredMaintenanceWindow')),
    }),
  },
  evaluate({ allowVersionUpgrade, snapshotRetention, maintenanceWindow }) {
    for (const [name, v] of [
      ['AllowVersionUpgrade', allowVersionUpgrade],
      ['AutomatedSnapshotRetentionPeriod', snapshotRetention],
      ['PreferredMaintenanceWindow', maintenanceWindow],
    ] as const) {
      if (isUnknown(v)) return needsReview(`${name} is not known: ${(v as Unknown).reason}`);
    }
    const problems: string[] = [];
    // AllowVersionUpgrade defaults to true and the retention period to 1 day.
    if (allowVersionUpgrade === false) problems.push('AllowVersionUpgrade is false');
    if (snapshotRetention === 0) problems.push('AutomatedSnapshotRetentionPeriod is 0');
    if (!maintenanceWindow) problems.push('PreferredMaintenanceWindow is not set, so AWS picks the window');
    return problems.length ? fail(problems.join('; ')) : pass('version upgrades are allowed in a chosen maintenance window');
  },
});
