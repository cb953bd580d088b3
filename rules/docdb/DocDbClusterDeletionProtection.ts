import { asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';

import { DeletionFacts, deletionProtection } from '../rds/cluster-checks';
import { OnEngine, clusterItems, onEngine } from './engine-cluster';

export const DocDbClusterDeletionProtection = defineRule<OnEngine<DeletionFacts>>({
  id: 'DocDbClusterDeletionProtection',
  title: 'DocumentDB clusters have deletion protection',
  description:
    'Deletion protection stops a mistaken stack change or a compromised credential from deleting the cluster and its data in one call.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DOCDB_CLUSTER_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeletionProtection: true (CDK: deletionProtection: true).',
  template: {
    resourceTypes: ['AWS::DocDB::DBCluster'],
    facts: (cluster) => ({ ...deletionProtection.facts(cluster), engine: 'docdb' }),
  },
  configItem: clusterItems((c) => ({ deletionProtection: asBoolean(recorded(c, 'deletionProtection')) })),
  evaluate: onEngine('docdb', 'DocumentDB', deletionProtection.evaluate),
});
