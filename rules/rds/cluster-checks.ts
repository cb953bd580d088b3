import { fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { MIN_BACKUP_RETENTION_DAYS } from './engine';
import { asBoolean, asNumber, isPresent } from './values';

/*
 * RDS, DocumentDB and Neptune clusters share one cluster model (StorageEncrypted,
 * BackupRetentionPeriod, DeletionProtection); each check is written once here and
 * named per engine in its own rule file.
 */

export interface EncryptionFacts {
  readonly encrypted: boolean | undefined | Unknown;
  /** Whether the cluster is restored from a snapshot, whose encryption it inherits. */
  readonly fromSnapshot: boolean;
}

export function storageEncrypted(engine: string, resourceType: string) {
  return {
    template: {
      resourceTypes: [resourceType],
      facts: (cluster: TemplateResource): EncryptionFacts => ({
        encrypted: asBoolean(cluster.get('StorageEncrypted')),
        fromSnapshot: isPresent(cluster.get('SnapshotIdentifier')),
      }),
    },
    evaluate({ encrypted, fromSnapshot }: EncryptionFacts) {
      if (isUnknown(encrypted)) return needsReview(`StorageEncrypted is not known: ${encrypted.reason}`);
      if (encrypted === true) return pass('StorageEncrypted is true');
      if (encrypted === false) return fail('StorageEncrypted is false');
      if (fromSnapshot) return needsReview('StorageEncrypted is inherited from the snapshot, which the template does not show');
      return fail(`StorageEncrypted is not set, and ${engine} storage is unencrypted by default`);
    },
  };
}

export interface RetentionFacts {
  readonly retentionDays: number | undefined | Unknown;
}

export const backupRetention = {
  facts: (cluster: TemplateResource): RetentionFacts => ({
    retentionDays: asNumber(cluster.get('BackupRetentionPeriod')),
  }),
  evaluate({ retentionDays }: RetentionFacts) {
    if (isUnknown(retentionDays)) return needsReview(`BackupRetentionPeriod is not known: ${retentionDays.reason}`);
    if (retentionDays === undefined)
      return fail(
        `BackupRetentionPeriod is not set, so backups are kept for the default 1 day (below ${MIN_BACKUP_RETENTION_DAYS})`,
      );
    if (retentionDays < MIN_BACKUP_RETENTION_DAYS)
      return fail(`BackupRetentionPeriod is ${retentionDays} days, below ${MIN_BACKUP_RETENTION_DAYS}`);
    return pass(`backups are kept for ${retentionDays} days`);
  },
};

export interface DeletionFacts {
  readonly deletionProtection: boolean | undefined | Unknown;
}

export const deletionProtection = {
  facts: (cluster: TemplateResource): DeletionFacts => ({
    deletionProtection: asBoolean(cluster.get('DeletionProtection')),
  }),
  evaluate({ deletionProtection }: DeletionFacts) {
    if (isUnknown(deletionProtection)) return needsReview(`DeletionProtection is not known: ${deletionProtection.reason}`);
    if (deletionProtection === true) return pass('DeletionProtection is true');
    return fail(
      deletionProtection === false ? 'DeletionProtection is false' : 'DeletionProtection is not set (it defaults to false)',
    );
  },
};
