import { Maybe, Tri, asNumber } from '../../lib/engine/facts';
import { Verdict, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { MIN_BACKUP_RETENTION_DAYS, isClusterMember, unlessClusterMember } from './engine';
import { isClusterMemberItem, value } from './item';

interface Facts {
  /** Aurora members are backed up by their cluster. */
  readonly clusterMember: Tri;
  readonly retentionDays: Maybe<number>;
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
    facts: (db) => ({ clusterMember: isClusterMember(db), retentionDays: asNumber(db.get('BackupRetentionPeriod')) }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ clusterMember: isClusterMemberItem(db), retentionDays: asNumber(value(db, 'backupRetentionPeriod')) }),
  },
  evaluate(facts) {
    const { retentionDays } = facts;
    return unlessClusterMember(facts, 'an Aurora instance is backed up by its cluster', () => retention(retentionDays));
  },
});

function retention(retentionDays: Maybe<number>): Verdict {
  if (isUnknown(retentionDays)) return needsReview(`the backup retention period is not known: ${retentionDays.reason}`);
  if (retentionDays === undefined)
    return fail(
      `no backup retention period is set, so backups are kept for the default 1 day (below ${MIN_BACKUP_RETENTION_DAYS})`,
    );
  if (retentionDays === 0) return fail('the backup retention period is 0, so automated backups are off');
  if (retentionDays < MIN_BACKUP_RETENTION_DAYS)
    return fail(`backups are kept for ${retentionDays} days, below ${MIN_BACKUP_RETENTION_DAYS}`);
  return pass(`automated backups are kept for ${retentionDays} days`);
}
