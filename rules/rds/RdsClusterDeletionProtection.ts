import { defineRule } from '../../lib/engine/rule';
import { DeletionFacts, deletionProtection } from './cluster-checks';

export const RdsClusterDeletionProtection = defineRule<DeletionFacts>({
  id: 'RdsClusterDeletionProtection',
  title: 'RDS DB clusters have deletion protection',
  description:
    'Deletion protection stops a mistaken stack update, a replacement or a compromised credential from deleting the cluster and its data in one call.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'RDS_CLUSTER_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeletionProtection: true (CDK: deletionProtection: true), and a DeletionPolicy of Snapshot or Retain.',
  template: { resourceTypes: ['AWS::RDS::DBCluster'], facts: deletionProtection.facts },
  configItem: { resourceTypes: ['AWS::RDS::DBCluster'], facts: deletionProtection.itemFacts },
  evaluate: deletionProtection.evaluate,
});
