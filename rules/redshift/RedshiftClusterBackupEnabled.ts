import { Maybe, asNumber, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** How long automated snapshots are kept; 0 turns them off. */
  readonly retentionDays: Maybe<number>;
}

export const RedshiftClusterBackupEnabled = defineRule<Facts>({
  id: 'RedshiftClusterBackupEnabled',
  title: 'Redshift clusters take automated snapshots',
  description:
    'With a retention period of 0, automated snapshots are off and a dropped table or a corrupted load cannot be recovered.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'REDSHIFT_BACKUP_ENABLED',
  remediation:
    'Set AutomatedSnapshotRetentionPeriod to 7 or more days (CDK: automatedSnapshotRetention), and cover the cluster with AWS Backup.',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster) => ({ retentionDays: asNumber(cluster.get('AutomatedSnapshotRetentionPeriod')) }),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: ({ configuration: c }) => ({ retentionDays: asNumber(recorded(c, 'automatedSnapshotRetentionPeriod')) }),
  },
  evaluate({ retentionDays }) {
    if (isUnknown(retentionDays)) return needsReview(`the snapshot retention period is not known: ${retentionDays.reason}`);
    // The default retention is 1 day.
    const days = retentionDays ?? 1;
    return days > 0
      ? pass(`automated snapshots are kept for ${days} day${days === 1 ? '' : 's'}`)
      : fail('the snapshot retention period is 0 days, so automated snapshots are off');
  },
});
