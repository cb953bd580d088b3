import { Maybe, Tri, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { isClusterMember, unlessClusterMember } from './engine';
import { isClusterMemberItem, value } from './item';

interface Facts {
  /** Aurora members cannot carry deletion protection: the cluster does. */
  readonly clusterMember: Tri;
  readonly deletionProtection: Maybe<boolean>;
}

export const RdsInstanceDeletionProtection = defineRule<Facts>({
  id: 'RdsInstanceDeletionProtection',
  title: 'RDS DB instances have deletion protection',
  description:
    'Deletion protection stops a mistaken stack update, a replacement or a compromised credential from deleting the database in one call.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'RDS_INSTANCE_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeletionProtection: true (CDK: deletionProtection: true), and a DeletionPolicy of Snapshot or Retain.',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ clusterMember: isClusterMember(db), deletionProtection: asBoolean(db.get('DeletionProtection')) }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ clusterMember: isClusterMemberItem(db), deletionProtection: asBoolean(value(db, 'deletionProtection')) }),
  },
  evaluate(facts) {
    const { deletionProtection } = facts;
    return unlessClusterMember(facts, 'deletion protection of an Aurora instance is set on its cluster', () => {
      if (isUnknown(deletionProtection)) return needsReview(`deletion protection is not known: ${deletionProtection.reason}`);
      if (deletionProtection === true) return pass('deletion protection is on');
      return fail(
        deletionProtection === false ? 'deletion protection is off' : 'deletion protection is not set (it defaults to off)',
      );
    });
  },
});
