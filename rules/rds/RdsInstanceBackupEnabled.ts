import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { MIN_BACKUP_RETENTION_DAYS, isClusterMember } from './engine';
import { asNumber } from './values';

interface Facts {
  /** Aurora members are backed up by their cluster. */
  readonly clusterMember: boolean;
  readonly retentionDays: number | undefined | Unknown;
}

export const RdsInstanceBackupEnabled = defineRule<Facts>({
  id: 'RdsInstanceBackupEnabled',
  title: `RDS DB instances keep automated backups for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  description:
    'Automated backups and point-in-time recovery are the first line of recovery from corruption, deletion or ransomware; a short window means a late-noticed problem cannot be rolled back.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DB_INSTANCE_BACKUP_ENABLED',
  remediation: `Set BackupRetentionPeriod to ${MIN_BACKUP_RETENTION_DAYS} or more (CDK: backupRetention: Duration.days(${MIN_BACKUP_RETENTION_DAYS})).`,
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) =>
      isClusterMember(db)
        ? { clusterMember: true, retentionDays: undefined }
        : { clusterMember: false, retentionDays: asNumber(db.get('BackupRetentionPeriod')) },
  },
  evaluate({ clusterMember, retentionDays }) {
    if (clusterMember) return notApplicable('an Aurora instance is backed up by its cluster');
    if (isUnknown(retentionDays)) return needsReview(`BackupRetentionPeriod is not known: ${retentionDays.reason}`);
    if (retentionDays === undefined) {
      return fail(
        `BackupRetentionPeriod is not set, so backups are kept for the default 1 day (below ${MIN_BACKUP_RETENTION_DAYS})`,
      );
    }
    if (retentionDays === 0) return fail('BackupRetentionPeriod is 0, so automated backups are off');
    if (retentionDays < MIN_BACKUP_RETENTION_DAYS) {
      return fail(`BackupRetentionPeriod is ${retentionDays} days, below ${MIN_BACKUP_RETENTION_DAYS}`);
    }
    return pass(`automated backups are kept for ${retentionDays} days`);
  },
});
