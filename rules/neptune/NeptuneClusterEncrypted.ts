import { asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';
import { OnEngine, clusterItems, onEngine } from '../docdb/engine-cluster';

import { EncryptionFacts, storageEncrypted } from '../rds/cluster-checks';

const check = storageEncrypted('Neptune', 'AWS::Neptune::DBCluster');

export const NeptuneClusterEncrypted = defineRule<OnEngine<EncryptionFacts>>({
  id: 'NeptuneClusterEncrypted',
  title: 'Neptune clusters encrypt their storage',
  description:
    'Unencrypted cluster storage leaves the graph, its backups and snapshots readable from the underlying volumes or a shared snapshot.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'NEPTUNE_CLUSTER_ENCRYPTED',
  remediation: 'Set StorageEncrypted: true with a customer-managed KmsKeyId (CDK: storageEncrypted: true, kmsKey).',
  template: {
    resourceTypes: ['AWS::Neptune::DBCluster'],
    facts: (cluster) => ({ ...check.template.facts(cluster), engine: 'neptune' }),
  },
  // A running cluster's encryption is recorded whatever snapshot it came from.
  configItem: clusterItems((c) => ({ encrypted: asBoolean(recorded(c, 'storageEncrypted')), fromSnapshot: false })),
  evaluate: onEngine('neptune', 'Neptune', check.evaluate),
});
