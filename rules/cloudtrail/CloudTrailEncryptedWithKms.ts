import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the trail names a KMS key. */
  readonly kmsKey: Tri;
}

export const CloudTrailEncryptedWithKms = defineRule<Facts>({
  id: 'CloudTrailEncryptedWithKms',
  title: 'CloudTrail logs are encrypted with a KMS key',
  description:
    'With SSE-KMS, reading the audit log needs both S3 and KMS permissions, so a bucket-policy mistake alone does not expose a record of every API call in the account.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1', '2.3'], tenSteps: ['logging-and-monitoring', 'data-security'] },
  configRule: 'CLOUD_TRAIL_ENCRYPTION_ENABLED',
  remediation:
    'Set KMSKeyId to a customer-managed key whose policy allows cloudtrail.amazonaws.com to encrypt (CDK: encryptionKey: key).',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: (trail) => ({ kmsKey: isSet(trail.get('KMSKeyId')) }),
  },
  // CloudTrail leaves the key out of a trail encrypted with S3-managed keys.
  configItem: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: ({ configuration: c }) => ({ kmsKey: isSet(c.kmsKeyId) }),
  },
  evaluate({ kmsKey }) {
    if (isUnknown(kmsKey)) return needsReview(`the trail’s KMS key is not known: ${kmsKey.reason}`);
    return kmsKey === true
      ? pass('the trail is encrypted with a KMS key')
      : fail('no KMS key is set, so logs are encrypted only with S3-managed keys');
  },
});
