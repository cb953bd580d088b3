import { Maybe, asString } from '../../lib/engine/facts';
import { actionMatches, statementsOf } from '../../lib/engine/policy';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** The actions AWS Config's rule expects a vault policy to deny. */
const PROTECTED_ACTIONS = [
  'backup:DeleteRecoveryPoint',
  'backup:UpdateRecoveryPointLifecycle',
  'backup:PutBackupVaultAccessPolicy',
];

interface Facts {
  /** Actions of the access policy's Deny statements; an Unknown when the policy cannot be read. */
  readonly deniedActions: Maybe<string>[] | Unknown;
}

export const BackupRecoveryPointManualDeletionDisabled = defineRule<Facts>({
  id: 'BackupRecoveryPointManualDeletionDisabled',
  title: 'Backup vault access policies deny deleting recovery points',
  description:
    'A Deny on deleting recovery points, changing their lifecycle and replacing the vault policy stops a compromised administrator from destroying backups before an attack.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security', 'incident-management'] },
  configRule: 'BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED',
  remediation: `Set AccessPolicy with a Deny to Principal "*" of ${PROTECTED_ACTIONS.join(', ')} (CDK: blockRecoveryPointDeletion()).`,
  template: {
    resourceTypes: ['AWS::Backup::BackupVault'],
    facts: (vault) => ({ deniedActions: deniedActionsOf(vault.get('AccessPolicy')) }),
  },
  configItem: {
    resourceTypes: ['AWS::Backup::BackupVault'],
    facts: (vault) => ({ deniedActions: deniedActionsOf(vault.configuration.AccessPolicy) }),
  },
  evaluate({ deniedActions }) {
    if (isUnknown(deniedActions)) return needsReview(`the vault access policy could not be read: ${deniedActions.reason}`);
    const missing = PROTECTED_ACTIONS.filter((action) => !deniedActions.some((a) => actionMatches(a, action)));
    if (missing.length === 0)
      return pass(
        'the vault policy denies deleting recovery points and changing their protection',
        deniedActions.filter(isUnknown),
      );
    const undecided = deniedActions.find(isUnknown);
    if (undecided) return needsReview(`a denied action is not known: ${undecided.reason}`);
    return fail(
      deniedActions.length
        ? `the vault policy does not deny ${missing.join(', ')}`
        : 'no vault access policy denies deleting recovery points',
    );
  },
});

function deniedActionsOf(policy: unknown): Facts['deniedActions'] {
  const statements = statementsOf(policy);
  if (isUnknown(statements)) return statements;
  const denies = statements.filter((s) => s.effect === 'Deny' || isUnknown(s.effect));
  const unknownEffect = denies.find((s) => isUnknown(s.effect));
  return unknownEffect ? (unknownEffect.effect as Unknown) : denies.flatMap((s) => s.actions.map(asString));
}
