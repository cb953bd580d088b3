import { asNumber, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** 'air-gapped' for a logically air-gapped vault (always locked); else whether LockConfiguration is written. */
  readonly lock: 'air-gapped' | 'none' | 'governance' | 'compliance' | Unknown;
}

export const BackupVaultLocked = defineRule<Facts>({
  id: 'BackupVaultLocked',
  title: 'Backup vaults are locked in compliance mode',
  description:
    'Ransomware operators delete backups before encrypting data; a vault lock in compliance mode stops anyone, including the root user, from deleting recovery points or shortening their retention.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security', 'incident-management'] },
  remediation:
    'Set LockConfiguration with MinRetentionDays and ChangeableForDays (compliance mode becomes immutable after that grace period) (CDK: lockConfiguration: { minRetention, changeableFor }), or use a logically air-gapped vault.',
  template: {
    resourceTypes: ['AWS::Backup::BackupVault', 'AWS::Backup::LogicallyAirGappedBackupVault'],
    facts(vault) {
      if (vault.type === 'AWS::Backup::LogicallyAirGappedBackupVault') return { lock: 'air-gapped' };
      const config = vault.get('LockConfiguration');
      if (config === undefined) return { lock: 'none' };
      if (isUnknown(config)) return { lock: config };
      // Without ChangeableForDays the lock stays in governance mode, which suitably privileged users can remove.
      const changeable = asNumber(field(config, 'ChangeableForDays'));
      if (isUnknown(changeable)) return { lock: changeable };
      return { lock: changeable === undefined ? 'governance' : 'compliance' };
    },
  },
  evaluate({ lock }) {
    if (isUnknown(lock)) return needsReview(`the vault lock is not known: ${lock.reason}`);
    if (lock === 'air-gapped') return pass('a logically air-gapped vault is always locked in compliance mode');
    if (lock === 'compliance') return pass('the vault lock is in compliance mode');
    if (lock === 'governance')
      return fail('the vault lock has no grace period to become immutable, so it stays in governance mode and can be removed');
    return fail('the vault has no lock, so recovery points can be deleted');
  },
});
