import { Tri, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { SELECTION, isInBackupPlan, isInBackupPlanInScope } from '../backup/coverage';
import { isClusterMember, unlessClusterMember } from './engine';
import { isClusterMemberItem, value } from './item';

/** `arn:aws:rds:<region>:<account>:db:<name>`, or `cluster:<name>` for a DB cluster. */
const arnOf = (isCluster: boolean) => ({ service: 'rds', prefix: isCluster ? 'cluster:' : 'db:' });

interface Facts {
  /** Aurora members are backed up as part of their cluster. */
  readonly clusterMember: Tri;
  readonly inBackupPlan: Tri;
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
      const isCluster = db.type === 'AWS::RDS::DBCluster';
      const inBackupPlan = isInBackupPlan(
        {
          ...arnOf(isCluster),
          resource: db,
          name: asString(db.get(isCluster ? 'DBClusterIdentifier' : 'DBInstanceIdentifier')),
          tags: db.get('Tags'),
        },
        scope,
      );
      return { clusterMember: isCluster ? false : isClusterMember(db), inBackupPlan };
    },
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    looksUp: [SELECTION],
    facts(db, scope) {
      const isCluster = db.resourceType === 'AWS::RDS::DBCluster';
      // Config keeps the SDK's casing: an instance's dBInstanceIdentifier, a cluster's dbclusterIdentifier.
      const name = asString(value(db, isCluster ? 'dbclusterIdentifier' : 'dBInstanceIdentifier'));
      return {
        clusterMember: isCluster ? false : isClusterMemberItem(db),
        inBackupPlan: isInBackupPlanInScope(db, { ...arnOf(isCluster), name }, scope),
      };
    },
  },
  evaluate(facts) {
    const { inBackupPlan } = facts;
    return unlessClusterMember(facts, 'an Aurora instance is backed up with its cluster', () => {
      if (isUnknown(inBackupPlan))
        return needsReview(`whether a backup selection covers the database is not known: ${inBackupPlan.reason}`);
      if (inBackupPlan) return pass('an AWS Backup selection covers the database');
      return fail('no AWS Backup selection covers the database');
    });
  },
});
