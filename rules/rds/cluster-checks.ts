import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, Tri, asBoolean, asNumber, isSet, recorded } from '../../lib/engine/facts';
import { fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { isUnknown } from '../../lib/engine/unknown';

import { MIN_BACKUP_RETENTION_DAYS } from './engine';

/*
 * RDS, DocumentDB and Neptune clusters share one cluster model (StorageEncrypted,
 * BackupRetentionPeriod, DeletionProtection); each check is written once here and
 * named per engine in its own rule file.
 */

export interface EncryptionFacts {
  readonly encrypted: Maybe<boolean>;
  /** Whether the cluster is restored from a snapshot, whose encryption it inherits. */
  readonly fromSnapshot: Tri;
}

export function storageEncrypted(engine: string, resourceType: string) {
  return {
    template: {
      resourceTypes: [resourceType],
      facts: (cluster: TemplateResource): EncryptionFacts => ({
        encrypted: asBoolean(cluster.get('StorageEncrypted')),
        fromSnapshot: isSet(cluster.get('SnapshotIdentifier')),
      }),
    },
    evaluate({ encrypted, fromSnapshot }: EncryptionFacts) {
      if (isUnknown(encrypted)) return needsReview(`storage encryption is not known: ${encrypted.reason}`);
      if (encrypted === true) return pass('storage is encrypted');
      if (encrypted === false) return fail('storage encryption is off');
      if (isUnknown(fromSnapshot))
        return needsReview(
          `storage encryption is not set, and whether it is inherited from a snapshot is not known: ${fromSnapshot.reason}`,
        );
      if (fromSnapshot) return needsReview('storage encryption is inherited from the snapshot, which the template does not show');
      return fail(`storage encryption is not set, and ${engine} storage is unencrypted by default`);
    },
  };
}

export interface RetentionFacts {
  readonly retentionDays: Maybe<number>;
}

export const backupRetention = {
  facts: (cluster: TemplateResource): RetentionFacts => ({
    retentionDays: asNumber(cluster.get('BackupRetentionPeriod')),
  }),
  itemFacts: (cluster: ConfigItem): RetentionFacts => ({
    retentionDays: asNumber(recorded(cluster.configuration, 'backupRetentionPeriod')),
  }),
  evaluate({ retentionDays }: RetentionFacts) {
    if (isUnknown(retentionDays)) return needsReview(`the backup retention period is not known: ${retentionDays.reason}`);
    if (retentionDays === undefined)
      return fail(
        `no backup retention period is set, so backups are kept for the default 1 day (below ${MIN_BACKUP_RETENTION_DAYS})`,
      );
    if (retentionDays < MIN_BACKUP_RETENTION_DAYS)
      return fail(`backups are kept for ${retentionDays} days, below ${MIN_BACKUP_RETENTION_DAYS}`);
    return pass(`backups are kept for ${retentionDays} days`);
  },
};

export interface DeletionFacts {
  readonly deletionProtection: Maybe<boolean>;
}

export const deletionProtection = {
  facts: (cluster: TemplateResource): DeletionFacts => ({
    deletionProtection: asBoolean(cluster.get('DeletionProtection')),
  }),
  itemFacts: (cluster: ConfigItem): DeletionFacts => ({
    deletionProtection: asBoolean(recorded(cluster.configuration, 'deletionProtection')),
  }),
  evaluate({ deletionProtection }: DeletionFacts) {
    if (isUnknown(deletionProtection)) return needsReview(`deletion protection is not known: ${deletionProtection.reason}`);
    if (deletionProtection === true) return pass('deletion protection is on');
    return fail(
      deletionProtection === false ? 'deletion protection is off' : 'deletion protection is not set (it defaults to off)',
    );
  },
};
