import { Maybe, Tri, asBoolean, asNumber, isSet, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether engine version upgrades are applied. */
  readonly allowVersionUpgrade: Maybe<boolean>;
  /** Days automated snapshots are kept. */
  readonly snapshotRetention: Maybe<number>;
  /** Whether a maintenance window is chosen. */
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
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    // A running cluster always has a window (AWS assigns one when none is chosen), so the item cannot tell them apart.
    facts: ({ configuration: c }) => ({
      allowVersionUpgrade: asBoolean(recorded(c, 'allowVersionUpgrade')),
      snapshotRetention: asNumber(recorded(c, 'automatedSnapshotRetentionPeriod')),
      maintenanceWindow: isSet(recorded(c, 'preferredMaintenanceWindow')),
    }),
  },
  evaluate({ allowVersionUpgrade, snapshotRetention, maintenanceWindow }) {
    const problems: string[] = [];
    // Version upgrades are allowed by default and snapshots kept for 1 day.
    if (allowVersionUpgrade === false) problems.push('version upgrades are not allowed');
    if (snapshotRetention === 0) problems.push('automated snapshots are off');
    if (maintenanceWindow === false) problems.push('no maintenance window is chosen, so AWS picks one');
    if (problems.length) return fail(problems.join('; '));
    if (isUnknown(allowVersionUpgrade))
      return needsReview(`whether version upgrades are allowed is not known: ${allowVersionUpgrade.reason}`);
    if (isUnknown(snapshotRetention))
      return needsReview(`the snapshot retention period is not known: ${snapshotRetention.reason}`);
    if (isUnknown(maintenanceWindow)) return needsReview(`the maintenance window is not known: ${maintenanceWindow.reason}`);
    return pass('version upgrades are allowed in a chosen maintenance window');
  },
});
