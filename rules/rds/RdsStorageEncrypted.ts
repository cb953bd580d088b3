import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { clusterOf, isClusterMember } from './engine';
import { asBoolean, asString, isPresent, related } from './values';

interface Facts {
  /** Whether storage is encrypted; undefined when StorageEncrypted is not written (the default is unencrypted). */
  readonly encrypted: boolean | undefined | Unknown;
  /** Where the answer came from when it is not the resource's own StorageEncrypted. */
  readonly via?: string;
}

/** Properties that make the resource a copy whose encryption is inherited rather than chosen. */
const COPY_SOURCES = [
  'SourceDBInstanceIdentifier',
  'SourceDbiResourceId',
  'DBSnapshotIdentifier',
  'DBClusterSnapshotIdentifier',
  'SnapshotIdentifier',
  'SourceDBClusterIdentifier',
  'ReplicationSourceIdentifier',
];

export const RdsStorageEncrypted = defineRule<Facts>({
  id: 'RdsStorageEncrypted',
  title: 'RDS DB instances and clusters encrypt their storage',
  description:
    'Unencrypted database storage leaves the data, its automated backups and its snapshots readable by anyone who obtains the underlying volumes or a shared snapshot.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  // AWS Config's twin for clusters is RDS_CLUSTER_ENCRYPTED_AT_REST; one rule covers both here, as Config's instance rule does for Aurora members.
  configRule: 'RDS_STORAGE_ENCRYPTED',
  remediation:
    'Set StorageEncrypted: true with a customer-managed KmsKeyId (CDK: storageEncrypted: true, storageEncryptionKey); an existing database must be restored from an encrypted snapshot copy.',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts(db, { index }) {
      if (db.type === 'AWS::RDS::DBInstance' && isClusterMember(db)) {
        // Aurora instances take their encryption from the cluster.
        const cluster = clusterOf(db, index);
        if (cluster === undefined || isUnknown(cluster)) {
          return { encrypted: cluster ?? new Unknown('the DB cluster is not known'), via: 'the DB cluster' };
        }
        return { ...encryptionOf(cluster, index, 0), via: `DB cluster ${cluster.logicalId}` };
      }
      return encryptionOf(db, index, 0);
    },
  },
  evaluate({ encrypted, via }) {
    if (isUnknown(encrypted)) return needsReview(`storage encryption is not known: ${encrypted.reason}`);
    if (encrypted === true) return pass(via ? `storage is encrypted (${via})` : 'storage is encrypted');
    if (encrypted === false) return fail(via ? `storage is not encrypted (${via})` : 'StorageEncrypted is false');
    return fail('StorageEncrypted is not set, and RDS storage is unencrypted by default');
  },
});

function encryptionOf(db: TemplateResource, index: TemplateIndex, depth: number): Facts {
  const explicit = asBoolean(db.get('StorageEncrypted'));
  if (explicit !== undefined) return { encrypted: explicit };
  if (db.type === 'AWS::RDS::DBCluster') {
    const mode = asString(db.get('EngineMode'));
    if (isUnknown(mode)) return { encrypted: mode };
    if (mode?.toLowerCase() === 'serverless') return { encrypted: true, via: 'Aurora Serverless v1 is always encrypted' };
  }
  const source = COPY_SOURCES.find((p) => isPresent(db.get(p)));
  if (!source) return { encrypted: undefined };
  // A KMS key can only be given to a copy that is encrypted (a cross-region replica must name one).
  if (isPresent(db.get('KmsKeyId'))) return { encrypted: true, via: `KmsKeyId on a copy made from ${source}` };
  const origin =
    depth < 3
      ? related(
          db.get(source),
          index,
          db.type,
          db.type === 'AWS::RDS::DBCluster' ? 'DBClusterIdentifier' : 'DBInstanceIdentifier',
        )
      : undefined;
  if (origin && !isUnknown(origin)) {
    const inherited = encryptionOf(origin, index, depth + 1);
    return { encrypted: inherited.encrypted ?? false, via: `inherited from ${origin.logicalId}` };
  }
  return { encrypted: new Unknown(`it is inherited from the ${source}, which the template does not show`) };
}
