import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isClusterMember } from './engine';
import { asBoolean } from './values';

interface Facts {
  /** Aurora members cannot carry deletion protection: the cluster does. */
  readonly clusterMember: boolean;
  readonly deletionProtection: boolean | undefined | Unknown;
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
    facts: (db) =>
      isClusterMember(db)
        ? { clusterMember: true, deletionProtection: undefined }
        : { clusterMember: false, deletionProtection: asBoolean(db.get('DeletionProtection')) },
  },
  evaluate({ clusterMember, deletionProtection }) {
    if (clusterMember) return notApplicable('deletion protection of an Aurora instance is set on its cluster');
    if (isUnknown(deletionProtection)) return needsReview(`DeletionProtection is not known: ${deletionProtection.reason}`);
    if (deletionProtection === true) return pass('DeletionProtection is true');
    return fail(
      deletionProtection === false ? 'DeletionProtection is false' : 'DeletionProtection is not set (it defaults to false)',
    );
  },
});
