import { existing } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Logical ids of the rotation schedules on this secret, with whether each surely exists. */
  readonly schedules: { readonly id: string; readonly exists: boolean | Unknown }[];
}

export const SecretsManagerRotationEnabled = defineRule<Facts>({
  id: 'SecretsManagerRotationEnabled',
  title: 'Secrets Manager secrets rotate automatically',
  description:
    'A credential that never changes stays valid for whoever copied it; automatic rotation limits how long a leaked secret is useful.',
  severity: 'warning',
  controls: {
    ncscCsp: ['10', '7'],
    tenSteps: ['identity-and-access-management'],
    cyberEssentials: ['secure-configuration', 'user-access-control'],
  },
  configRule: 'SECRETSMANAGER_ROTATION_ENABLED_CHECK',
  remediation:
    'Add an AWS::SecretsManager::RotationSchedule for the secret with a rotation Lambda or HostedRotationLambda (CDK: secret.addRotationSchedule, or database.addRotationSingleUser()).',
  template: {
    resourceTypes: ['AWS::SecretsManager::Secret'],
    facts(secret, { index }) {
      const name = secret.get('Name');
      // CDK's database rotation points the schedule at the secret's target attachment, not at the secret.
      const attachments = index.referrers(secret, 'AWS::SecretsManager::SecretTargetAttachment', 'SecretId');
      const schedules = [secret, ...attachments].flatMap((s) =>
        index.referrers(s, 'AWS::SecretsManager::RotationSchedule', 'SecretId'),
      );
      if (typeof name === 'string')
        schedules.push(...index.withLiteral('AWS::SecretsManager::RotationSchedule', 'SecretId', name));
      return { schedules: existing([...new Set(schedules)], index).map((s) => ({ id: s.logicalId, exists: index.exists(s) })) };
    },
  },
  evaluate({ schedules }) {
    const sure = schedules.find((s) => s.exists === true);
    if (sure) return pass(`rotation schedule ${sure.id} rotates the secret`);
    const conditional = schedules.find((s) => isUnknown(s.exists));
    if (conditional)
      return needsReview(`rotation schedule ${conditional.id} may not be created: ${(conditional.exists as Unknown).reason}`);
    return fail('no rotation schedule rotates this secret');
  },
});
