import { defineRule } from '../../lib/engine/rule';
import { EncryptionFacts, storageEncrypted } from '../rds/cluster-checks';

export const NeptuneClusterEncrypted = defineRule<EncryptionFacts>({
  id: 'NeptuneClusterEncrypted',
  title: 'Neptune clusters encrypt their storage',
  description:
    'Unencrypted cluster storage leaves the graph, its backups and snapshots readable from the underlying volumes or a shared snapshot.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'NEPTUNE_CLUSTER_ENCRYPTED',
  remediation: 'Set StorageEncrypted: true with a customer-managed KmsKeyId (CDK: storageEncrypted: true, kmsKey).',
  ...storageEncrypted('Neptune', 'AWS::Neptune::DBCluster'),
});
