import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { asBoolean, isPresent } from '../rds/values';

interface Facts {
  readonly encrypted: boolean | undefined | Unknown;
  /** Whether the cluster is restored from a snapshot, whose encryption it inherits. */
  readonly fromSnapshot: boolean;
}

export const DocDbClusterEncrypted = defineRule<Facts>({
  id: 'DocDbClusterEncrypted',
  title: 'DocumentDB clusters encrypt their storage',
  description: 'Unencrypted cluster storage leaves documents, backups and snapshots readable from the underlying volumes or a shared snapshot.',
  severity: 'error',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  remediation: 'Set StorageEncrypted: true with a customer-managed KmsKeyId (CDK: storageEncrypted: true, kmsKey).',
  fromTemplate: (cluster) => ({ encrypted: asBoolean(cluster.get('StorageEncrypted')), fromSnapshot: isPresent(cluster.get('SnapshotIdentifier')) }),
  evaluate({ encrypted, fromSnapshot }) {
    if (isUnknown(encrypted)) return needsReview(`StorageEncrypted is not known: ${encrypted.reason}`);
    if (encrypted === true) return pass('StorageEncrypted is true');
    if (encrypted === false) return fail('StorageEncrypted is false');
    if (fromSnapshot) return needsReview('StorageEncrypted is inherited from the snapshot, which the template does not show');
    return fail('StorageEncrypted is not set, and DocumentDB storage is unencrypted by default');
  },
});
