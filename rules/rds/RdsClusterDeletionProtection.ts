import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { asBoolean } from './values';

interface Facts {
  readonly deletionProtection: boolean | undefined | Unknown;
}

export const RdsClusterDeletionProtection = defineRule<Facts>({
  id: 'RdsClusterDeletionProtection',
  title: 'RDS DB clusters have deletion protection',
  description:
    'Deletion protection stops a mistaken stack update, a replacement or a compromised credential from deleting the cluster and its data in one call.',
  severity: 'warning',
  resourceTypes: ['AWS::RDS::DBCluster'],
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'RDS_CLUSTER_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeletionProtection: true (CDK: deletionProtection: true), and a DeletionPolicy of Snapshot or Retain.',
  fromTemplate: (cluster) => ({ deletionProtection: asBoolean(cluster.get('DeletionProtection')) }),
  evaluate({ deletionProtection }) {
    if (isUnknown(deletionProtection)) return needsReview(`DeletionProtection is not known: ${deletionProtection.reason}`);
    if (deletionProtection === true) return pass('DeletionProtection is true');
    return fail(deletionProtection === false ? 'DeletionProtection is false' : 'DeletionProtection is not set (it defaults to false)');
  },
});
