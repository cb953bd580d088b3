import { asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule } from '../../lib/engine/rule';

import { EncryptionFacts, storageEncrypted } from '../rds/cluster-checks';
import { OnEngine, clusterItems, onEngine } from './engine-cluster';

const check = storageEncrypted('DocumentDB', 'AWS::DocDB::DBCluster');

export const DocDbClusterEncrypted = defineRule<OnEngine<EncryptionFacts>>({
  id: 'DocDbClusterEncrypted',
  title: 'DocumentDB clusters encrypt their storage',
  description:
    'Unencrypted cluster storage leaves documents, backups and snapshots readable from the underlying volumes or a shared snapshot.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'DOCDB_CLUSTER_ENCRYPTED',
  remediation: 'Set StorageEncrypted: true with a customer-managed KmsKeyId (CDK: storageEncrypted: true, kmsKey).',
  template: {
    resourceTypes: ['AWS::DocDB::DBCluster'],
    facts: (cluster) => ({ ...check.template.facts(cluster), engine: 'docdb' }),
  },
  // A running cluster's encryption is recorded whatever snapshot it came from.
  configItem: clusterItems((c) => ({ encrypted: asBoolean(recorded(c, 'storageEncrypted')), fromSnapshot: false })),
  evaluate: onEngine('docdb', 'DocumentDB', check.evaluate),
});
