import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isInBackupPlan } from '../backup/coverage';
import { isClusterMember } from './engine';
import { asString } from './values';

interface Facts {
  /** Aurora members are backed up as part of their cluster. */
  readonly clusterMember: boolean;
  readonly inBackupPlan: boolean | Unknown;
}

export const RdsInBackupPlan = defineRule<Facts>({
  id: 'RdsInBackupPlan',
  title: 'RDS databases are selected by an AWS Backup plan',
  description:
    'Automated RDS backups disappear with the database; an AWS Backup plan keeps recovery points in a separate, lockable vault and can copy them to another account.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'RDS_IN_BACKUP_PLAN',
  remediation:
    'Add the database to an AWS::Backup::BackupSelection, by ARN or by a tag the selection matches (CDK: plan.addSelection("Db", { resources: [BackupResource.fromRdsDatabaseInstance(db)] })).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts(db, { scope }) {
      if (db.type === 'AWS::RDS::DBInstance' && isClusterMember(db)) return { clusterMember: true, inBackupPlan: false };
      const isCluster = db.type === 'AWS::RDS::DBCluster';
      const inBackupPlan = isInBackupPlan(
        {
          resource: db,
          service: 'rds',
          prefix: isCluster ? 'cluster:' : 'db:',
          name: asString(db.get(isCluster ? 'DBClusterIdentifier' : 'DBInstanceIdentifier')),
          tags: db.get('Tags'),
        },
        scope,
      );
      return { clusterMember: false, inBackupPlan };
    },
  },
  evaluate({ clusterMember, inBackupPlan }) {
    if (clusterMember) return notApplicable('an Aurora instance is backed up with its cluster');
    if (isUnknown(inBackupPlan))
      return needsReview(`whether a backup selection covers the database is not known: ${inBackupPlan.reason}`);
    if (inBackupPlan) return pass('an AWS Backup selection covers the database');
    return fail('no AWS Backup selection in these templates covers the database');
  },
});
