import { asNumber, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { OnEngine, clusterItems, onEngine } from '../docdb/engine-cluster';

import { RetentionFacts, backupRetention } from '../rds/cluster-checks';
import { MIN_BACKUP_RETENTION_DAYS } from '../rds/engine';

export const NeptuneClusterBackupRetention = defineRule<OnEngine<RetentionFacts>>({
  id: 'NeptuneClusterBackupRetention',
  title: `Neptune clusters keep backups for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  description: 'Automated backups with a short window leave corruption or deletion noticed after a day or two unrecoverable.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'NEPTUNE_CLUSTER_BACKUP_RETENTION_CHECK',
  remediation: `Set BackupRetentionPeriod to ${MIN_BACKUP_RETENTION_DAYS} or more (CDK: backupRetention: Duration.days(${MIN_BACKUP_RETENTION_DAYS})).`,
  template: {
    resourceTypes: ['AWS::Neptune::DBCluster'],
    facts: (cluster) => ({ ...backupRetention.facts(cluster), engine: 'neptune' }),
  },
  configItem: clusterItems((c) => ({ retentionDays: asNumber(recorded(c, 'backupRetentionPeriod')) })),
  evaluate: onEngine('neptune', 'Neptune', backupRetention.evaluate),
});
