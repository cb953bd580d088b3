import { asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { OnEngine, clusterItems, onEngine } from '../docdb/engine-cluster';

import { DeletionFacts, deletionProtection } from '../rds/cluster-checks';

export const NeptuneClusterDeletionProtection = defineRule<OnEngine<DeletionFacts>>({
  id: 'NeptuneClusterDeletionProtection',
  title: 'Neptune clusters have deletion protection',
  description:
    'Deletion protection stops a mistaken stack change or a compromised credential from deleting the cluster and its data in one call.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  remediation: 'Set DeletionProtection: true (CDK: deletionProtection: true).',
  template: {
    resourceTypes: ['AWS::Neptune::DBCluster'],
    facts: (cluster) => ({ ...deletionProtection.facts(cluster), engine: 'neptune' }),
  },
  configItem: clusterItems((c) => ({ deletionProtection: asBoolean(recorded(c, 'deletionProtection')) })),
  evaluate: onEngine('neptune', 'Neptune', deletionProtection.evaluate),
});
