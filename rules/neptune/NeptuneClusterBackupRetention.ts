import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { MIN_BACKUP_RETENTION_DAYS } from '../rds/engine';
import { asNumber } from '../rds/values';

interface Facts {
  readonly retentionDays: number | undefined | Unknown;
}

export const NeptuneClusterBackupRetention = defineRule<Facts>({
  id: 'NeptuneClusterBackupRetention',
  title: `Neptune clusters keep backups for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  description: 'Automated backups with a short window leave corruption or deletion noticed after a day or two unrecoverable.',
  severity: 'error',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  remediation: `Set BackupRetentionPeriod to ${MIN_BACKUP_RETENTION_DAYS} or more (CDK: backupRetention: Duration.days(${MIN_BACKUP_RETENTION_DAYS})).`,
  fromTemplate: (cluster) => ({ retentionDays: asNumber(cluster.get('BackupRetentionPeriod')) }),
  evaluate({ retentionDays }) {
    if (isUnknown(retentionDays)) return needsReview(`BackupRetentionPeriod is not known: ${retentionDays.reason}`);
    if (retentionDays === undefined) return fail(`BackupRetentionPeriod is not set, so backups are kept for the default 1 day (below ${MIN_BACKUP_RETENTION_DAYS})`);
    if (retentionDays < MIN_BACKUP_RETENTION_DAYS) return fail(`BackupRetentionPeriod is ${retentionDays} days, below ${MIN_BACKUP_RETENTION_DAYS}`);
    return pass(`backups are kept for ${retentionDays} days`);
  },
});
