import { defineRule } from '../../lib/engine/rule';
import { RetentionFacts, backupRetention } from './cluster-checks';
import { MIN_BACKUP_RETENTION_DAYS } from './engine';

export const RdsClusterBackupRetention = defineRule<RetentionFacts>({
  id: 'RdsClusterBackupRetention',
  title: `RDS DB clusters keep automated backups for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  description:
    'Cluster backups and point-in-time recovery are the first line of recovery from corruption, deletion or ransomware; the default of one day leaves almost no window to notice a problem.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  remediation: `Set BackupRetentionPeriod to ${MIN_BACKUP_RETENTION_DAYS} or more (CDK: backup: { retention: Duration.days(${MIN_BACKUP_RETENTION_DAYS}) }).`,
  template: { resourceTypes: ['AWS::RDS::DBCluster'], facts: backupRetention.facts },
  configItem: { resourceTypes: ['AWS::RDS::DBCluster'], facts: backupRetention.itemFacts },
  evaluate: backupRetention.evaluate,
});
