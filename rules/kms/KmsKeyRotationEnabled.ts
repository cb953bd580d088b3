import { Maybe, asBoolean, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly keySpec: Maybe<string>;
  /** Where the key material comes from: AWS_KMS by default; EXTERNAL and AWS_CLOUDHSM keys cannot rotate automatically. */
  readonly origin: Maybe<string>;
  readonly rotation: Maybe<boolean>;
  /** AWS managed keys (`aws/s3` …) are rotated by AWS, not by their users. */
  readonly awsManaged: Maybe<boolean>;
}

export const KmsKeyRotationEnabled = defineRule<Facts>({
  id: 'KmsKeyRotationEnabled',
  title: 'Symmetric KMS keys rotate their key material',
  description:
    'Automatic rotation limits how much data any one key version protects and how long a leaked version stays useful, without re-encrypting data.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'CMK_BACKING_KEY_ROTATION_ENABLED',
  remediation: 'Set EnableKeyRotation: true (CDK: enableKeyRotation: true).',
  template: {
    resourceTypes: ['AWS::KMS::Key'],
    facts: (key) => ({
      keySpec: asString(key.get('KeySpec')),
      origin: asString(key.get('Origin')),
      rotation: asBoolean(key.get('EnableKeyRotation')),
      awsManaged: false,
    }),
  },
  configItem: {
    resourceTypes: ['AWS::KMS::Key'],
    facts(key) {
      const manager = asString(recorded(key.configuration, 'keyManager'));
      const rotation = key.supplementaryConfiguration.KeyRotationStatus;
      return {
        keySpec: asString(recorded(key.configuration, 'keySpec')),
        origin: asString(recorded(key.configuration, 'origin')),
        rotation: asBoolean(rotation ?? new Unknown('the configuration item does not record the rotation status')),
        awsManaged: isUnknown(manager) ? manager : manager === 'AWS',
      };
    },
  },
  evaluate({ keySpec, origin, rotation, awsManaged }) {
    if (isUnknown(awsManaged)) return needsReview(`who manages the key is not known: ${awsManaged.reason}`);
    if (awsManaged) return notApplicable('AWS rotates its managed keys itself', [keySpec, origin, rotation].filter(isUnknown));
    if (isUnknown(keySpec)) return needsReview(`the key spec is not known: ${keySpec.reason}`);
    if (keySpec !== undefined && keySpec !== 'SYMMETRIC_DEFAULT')
      return notApplicable(`${keySpec} keys cannot rotate automatically`);
    if (isUnknown(origin)) return needsReview(`the key material origin is not known: ${origin.reason}`);
    if (origin !== undefined && origin !== 'AWS_KMS')
      return notApplicable(`keys with ${origin} key material cannot rotate automatically`);
    if (isUnknown(rotation)) return needsReview(`whether key rotation is on is not known: ${rotation.reason}`);
    if (rotation === true) return pass('automatic key rotation is on');
    return fail(rotation === false ? 'automatic key rotation is off' : 'automatic key rotation is not set (it defaults to off)');
  },
});
