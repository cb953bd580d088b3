import { Tri, asBoolean, existing } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the secret rotates automatically; Unknown when a rotation schedule may not be created. */
  readonly rotates: Tri;
  /** The rotation schedule that rotates it, when a template declares one. */
  readonly schedule?: string;
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
      const found = existing([...new Set(schedules)], index);
      const sure = found.find((s) => index.exists(s) === true);
      if (sure) return { rotates: true, schedule: sure.logicalId };
      const conditional = found[0];
      if (conditional) {
        const exists = index.exists(conditional);
        return {
          rotates: isUnknown(exists)
            ? new Unknown(`rotation schedule ${conditional.logicalId} may not be created: ${exists.reason}`)
            : false,
        };
      }
      return { rotates: false };
    },
  },
  configItem: {
    resourceTypes: ['AWS::SecretsManager::Secret'],
    // Secrets Manager leaves RotationEnabled out of a secret that has never rotated.
    facts: (secret) => ({ rotates: asBoolean(secret.configuration.RotationEnabled) ?? false }),
  },
  evaluate({ rotates, schedule }) {
    if (isUnknown(rotates)) return needsReview(`whether the secret rotates is not known: ${rotates.reason}`);
    if (rotates) return pass(schedule ? `rotation schedule ${schedule} rotates the secret` : 'automatic rotation is enabled');
    return fail('no rotation schedule rotates this secret');
  },
});
