import { asNumber, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';

import { RetentionFacts, backupRetention } from '../rds/cluster-checks';
import { MIN_BACKUP_RETENTION_DAYS } from '../rds/engine';
import { OnEngine, clusterItems, onEngine } from './engine-cluster';

export const DocDbClusterBackupRetention = defineRule<OnEngine<RetentionFacts>>({
  id: 'DocDbClusterBackupRetention',
  title: `DocumentDB clusters keep backups for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  description: 'Continuous backups with a short window leave corruption or deletion noticed after a day or two unrecoverable.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DOCDB_CLUSTER_BACKUP_RETENTION_CHECK',
  remediation: `Set BackupRetentionPeriod to ${MIN_BACKUP_RETENTION_DAYS} or more (CDK: backup: { retention: Duration.days(${MIN_BACKUP_RETENTION_DAYS}) }).`,
  template: {
    resourceTypes: ['AWS::DocDB::DBCluster'],
    facts: (cluster) => ({ ...backupRetention.facts(cluster), engine: 'docdb' }),
  },
  configItem: clusterItems((c) => ({ retentionDays: asNumber(recorded(c, 'backupRetentionPeriod')) })),
  evaluate: onEngine('docdb', 'DocumentDB', backupRetention.evaluate),
});
