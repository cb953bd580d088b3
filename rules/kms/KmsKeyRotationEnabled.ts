import { Maybe, asBoolean, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly keySpec: Maybe<string>;
  /** Where the key material comes from: AWS_KMS by default; EXTERNAL and AWS_CLOUDHSM keys cannot rotate automatically. */
  readonly origin: Maybe<string>;
  readonly rotation: Maybe<boolean>;
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
    }),
  },
  evaluate({ keySpec, origin, rotation }) {
    if (isUnknown(keySpec)) return needsReview(`KeySpec is not known: ${keySpec.reason}`);
    if (keySpec !== undefined && keySpec !== 'SYMMETRIC_DEFAULT')
      return notApplicable(`${keySpec} keys cannot rotate automatically`);
    if (isUnknown(origin)) return needsReview(`Origin is not known: ${origin.reason}`);
    if (origin !== undefined && origin !== 'AWS_KMS')
      return notApplicable(`keys with ${origin} key material cannot rotate automatically`);
    if (isUnknown(rotation)) return needsReview(`EnableKeyRotation is not known: ${rotation.reason}`);
    if (rotation === true) return pass('EnableKeyRotation is true');
    return fail(rotation === false ? 'EnableKeyRotation is false' : 'EnableKeyRotation is not set (it defaults to false)');
  },
});
