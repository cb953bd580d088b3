import { defineRule } from '../../lib/engine/rule';
import { DeletionFacts, deletionProtection } from '../rds/cluster-checks';

export const DocDbClusterDeletionProtection = defineRule<DeletionFacts>({
  id: 'DocDbClusterDeletionProtection',
  title: 'DocumentDB clusters have deletion protection',
  description:
    'Deletion protection stops a mistaken stack change or a compromised credential from deleting the cluster and its data in one call.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DOCDB_CLUSTER_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeletionProtection: true (CDK: deletionProtection: true).',
  template: { resourceTypes: ['AWS::DocDB::DBCluster'], facts: deletionProtection.facts },
  evaluate: deletionProtection.evaluate,
});
