import { Maybe, Tri, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { SELECTION, isInBackupPlan, isInBackupPlanInScope } from '../backup/coverage';

/** `arn:aws:elasticfilesystem:<region>:<account>:file-system/<id>`. */
const FILE_SYSTEM_ARN = { service: 'elasticfilesystem', prefix: 'file-system/' };

interface Facts {
  /** BackupPolicy.Status: ENABLED puts the file system in AWS Backup's default plan. */
  readonly backupPolicy: Maybe<string>;
  /** Whether an AWS::Backup::BackupSelection covers it; only read when the backup policy does not. */
  readonly inBackupPlan?: Tri;
}

export const EfsInBackupPlan = defineRule<Facts>({
  id: 'EfsInBackupPlan',
  title: 'EFS file systems are backed up by AWS Backup',
  description:
    'Without automatic backups or a backup plan a deleted, encrypted-by-ransomware or corrupted file system cannot be recovered.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'EFS_RESOURCES_PROTECTED_BY_BACKUP_PLAN',
  remediation:
    'Set BackupPolicy.Status: ENABLED (CDK: enableAutomaticBackups: true), or add the file system to an AWS Backup selection.',
  template: {
    resourceTypes: ['AWS::EFS::FileSystem'],
    facts(fs, { scope }) {
      const backupPolicy = asString(fs.get('BackupPolicy.Status'));
      if (backupPolicy === 'ENABLED') return { backupPolicy };
      // A file system id is generated, so only a reference, a wildcard or a tag can select it.
      return {
        backupPolicy,
        inBackupPlan: isInBackupPlan(
          { ...FILE_SYSTEM_ARN, resource: fs, name: undefined, tags: fs.get('FileSystemTags') },
          scope,
        ),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EFS::FileSystem'],
    looksUp: [SELECTION],
    facts(fs, scope) {
      const backupPolicy = asString(recorded(fs.configuration, 'BackupPolicy.Status'));
      if (backupPolicy === 'ENABLED') return { backupPolicy };
      return {
        backupPolicy,
        inBackupPlan: isInBackupPlanInScope(
          fs,
          { ...FILE_SYSTEM_ARN, name: asString(recorded(fs.configuration, 'FileSystemId')) },
          scope,
        ),
      };
    },
  },
  evaluate({ backupPolicy, inBackupPlan }) {
    if (backupPolicy === 'ENABLED') return pass('automatic backups are enabled');
    if (inBackupPlan === true) return pass('an AWS Backup selection covers the file system');
    if (isUnknown(backupPolicy)) return needsReview(`BackupPolicy is not known: ${backupPolicy.reason}`);
    if (isUnknown(inBackupPlan))
      return needsReview(`whether a backup selection covers the file system is not known: ${inBackupPlan.reason}`);
    return fail(
      backupPolicy === undefined
        ? 'BackupPolicy is not set (automatic backups are off outside the console) and no AWS Backup selection covers the file system'
        : `BackupPolicy is ${backupPolicy} and no AWS Backup selection covers the file system`,
    );
  },
});
