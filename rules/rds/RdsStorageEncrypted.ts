import { Maybe, asBoolean, asString, isSet, relatedResource } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { clusterOf, isClusterMember } from './engine';
import { value } from './item';

interface Facts {
  /** Whether storage is encrypted; undefined when StorageEncrypted is not written (the default is unencrypted). */
  readonly encrypted: Maybe<boolean>;
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
      if (db.type !== 'AWS::RDS::DBInstance') return encryptionOf(db, index, 0);
      const member = isClusterMember(db);
      const own = () => encryptionOf(db, index, 0);
      // Aurora instances take their encryption from the cluster.
      const ofCluster = (): Facts => {
        const cluster = clusterOf(db, index);
        if (cluster === undefined || isUnknown(cluster))
          return { encrypted: cluster ?? new Unknown('the DB cluster is not known'), via: 'the DB cluster' };
        return { ...encryptionOf(cluster, index, 0), via: `DB cluster ${cluster.logicalId}` };
      };
      if (member === true) return ofCluster();
      if (member === false) return own();
      // Whether the instance is a cluster member is open: decided only when both readings agree.
      const [a, b] = [own(), ofCluster()];
      return a.encrypted === b.encrypted && !isUnknown(a.encrypted) ? a : { encrypted: member };
    },
  },
  // The item records the encryption RDS applied, inherited or chosen, on instances and clusters alike.
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    facts: (db) => ({ encrypted: asBoolean(value(db, 'storageEncrypted')) }),
  },
  evaluate({ encrypted, via }) {
    if (isUnknown(encrypted)) return needsReview(`storage encryption is not known: ${encrypted.reason}`);
    if (encrypted === true) return pass(via ? `storage is encrypted (${via})` : 'storage is encrypted');
    if (encrypted === false) return fail(via ? `storage is not encrypted (${via})` : 'storage encryption is off');
    return fail('storage encryption is not set, and RDS storage is unencrypted by default');
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
  let source: string | undefined;
  for (const p of COPY_SOURCES) {
    const set = isSet(db.get(p));
    if (isUnknown(set)) return { encrypted: set };
    if (set) {
      source = p;
      break;
    }
  }
  if (!source) return { encrypted: undefined };
  // A KMS key can only be given to a copy that is encrypted (a cross-region replica must name one).
  const kmsKey = isSet(db.get('KmsKeyId'));
  if (kmsKey === true) return { encrypted: true, via: `a KMS key on a copy made from ${source}` };
  const origin =
    depth < 3
      ? relatedResource(
          db.get(source),
          index,
          db.type,
          db.type === 'AWS::RDS::DBCluster' ? 'DBClusterIdentifier' : 'DBInstanceIdentifier',
        )
      : undefined;
  const inherited =
    origin && !isUnknown(origin)
      ? { encrypted: encryptionOf(origin, index, depth + 1).encrypted ?? false, via: `inherited from ${origin.logicalId}` }
      : { encrypted: new Unknown(`it is inherited from the ${source}, which the checked templates do not show`) };
  // A key that may be absent leaves the copy encrypted only if its source is.
  if (isUnknown(kmsKey) && inherited.encrypted !== true) return { encrypted: kmsKey };
  return inherited;
}
