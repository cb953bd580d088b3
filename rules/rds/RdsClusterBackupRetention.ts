import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { MIN_BACKUP_RETENTION_DAYS } from './engine';
import { asNumber } from './values';

interface Facts {
  readonly retentionDays: number | undefined | Unknown;
}

export const RdsClusterBackupRetention = defineRule<Facts>({
  id: 'RdsClusterBackupRetention',
  title: `RDS DB clusters keep automated backups for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  description:
    'Cluster backups and point-in-time recovery are the first line of recovery from corruption, deletion or ransomware; the default of one day leaves almost no window to notice a problem.',
  severity: 'error',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  remediation: `Set BackupRetentionPeriod to ${MIN_BACKUP_RETENTION_DAYS} or more (CDK: backup: { retention: Duration.days(${MIN_BACKUP_RETENTION_DAYS}) }).`,
  fromTemplate: (cluster) => ({ retentionDays: asNumber(cluster.get('BackupRetentionPeriod')) }),
  evaluate({ retentionDays }) {
    if (isUnknown(retentionDays)) return needsReview(`BackupRetentionPeriod is not known: ${retentionDays.reason}`);
    if (retentionDays === undefined) {
      return fail(`BackupRetentionPeriod is not set, so backups are kept for the default 1 day (below ${MIN_BACKUP_RETENTION_DAYS})`);
    }
    if (retentionDays < MIN_BACKUP_RETENTION_DAYS) {
      return fail(`BackupRetentionPeriod is ${retentionDays} days, below ${MIN_BACKUP_RETENTION_DAYS}`);
    }
    return pass(`automated backups are kept for ${retentionDays} days`);
  },
});
