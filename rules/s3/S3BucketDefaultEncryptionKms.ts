import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** SSEAlgorithm of each default-encryption rule; empty when BucketEncryption is not written. */
  readonly algorithms: unknown[] | Unknown;
}

export const S3BucketDefaultEncryptionKms = defineRule<Facts>({
  id: 'S3BucketDefaultEncryptionKms',
  title: 'S3 buckets encrypt new objects with AWS KMS by default',
  description:
    'SSE-S3 protects against lost disks but not against anyone allowed s3:GetObject; SSE-KMS adds a key policy and a CloudTrail record of every decryption, which personal data needs.',
  severity: 'warning',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'S3_DEFAULT_ENCRYPTION_KMS',
  remediation:
    'Set BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm to aws:kms with a customer-managed KMSMasterKeyID, and BucketKeyEnabled: true (CDK: encryption: BucketEncryption.KMS, encryptionKey, bucketKeyEnabled: true).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({ algorithms: algorithmsOf(bucket.get('BucketEncryption.ServerSideEncryptionConfiguration')) }),
  },
  evaluate({ algorithms }) {
    if (isUnknown(algorithms)) return needsReview(`the default encryption is not known: ${algorithms.reason}`);
    const undecided = algorithms.find(isUnknown);
    if (undecided) return needsReview(`SSEAlgorithm is not known: ${undecided.reason}`);
    const kms = algorithms.find((a) => typeof a === 'string' && a.toLowerCase().startsWith('aws:kms'));
    if (kms) return pass(`new objects are encrypted with ${String(kms)}`);
    if (algorithms.length === 0)
      return fail('BucketEncryption is not set, so new objects get S3’s default SSE-S3 (AES256), not KMS');
    return fail(`default encryption is ${algorithms.map(String).join(', ')}, not aws:kms`);
  },
});

/** SSEAlgorithm of each rule; a rule written without ServerSideEncryptionByDefault contributes nothing. */
export function algorithmsOf(rules: unknown): unknown[] | Unknown {
  const list = listOf(rules);
  if (isUnknown(list)) return list;
  return list.flatMap((rule) => {
    if (isUnknown(rule)) return [rule];
    const byDefault = (rule as Record<string, unknown> | undefined)?.ServerSideEncryptionByDefault;
    if (isUnknown(byDefault)) return [byDefault];
    const algorithm = (byDefault as Record<string, unknown> | undefined)?.SSEAlgorithm;
    return algorithm === undefined ? [] : [algorithm];
  });
}
