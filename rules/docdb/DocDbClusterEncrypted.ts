import { defineRule } from '../../lib/engine/rule';
import { EncryptionFacts, storageEncrypted } from '../rds/cluster-checks';

export const DocDbClusterEncrypted = defineRule<EncryptionFacts>({
  id: 'DocDbClusterEncrypted',
  title: 'DocumentDB clusters encrypt their storage',
  description:
    'Unencrypted cluster storage leaves documents, backups and snapshots readable from the underlying volumes or a shared snapshot.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'DOCDB_CLUSTER_ENCRYPTED',
  remediation: 'Set StorageEncrypted: true with a customer-managed KmsKeyId (CDK: storageEncrypted: true, kmsKey).',
  ...storageEncrypted('DocumentDB', 'AWS::DocDB::DBCluster'),
});
