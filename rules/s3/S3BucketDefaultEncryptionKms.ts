import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Algorithms, algorithmsOf } from './bucket';
import { algorithmsOfItem } from './bucket-item';

interface Facts {
  /** The algorithm of each default-encryption rule; empty when the bucket names none. */
  readonly algorithms: Algorithms;
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
    facts: (bucket) => ({ algorithms: algorithmsOf(bucket) }),
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({ algorithms: algorithmsOfItem(bucket) }),
  },
  evaluate({ algorithms }) {
    if (isUnknown(algorithms)) return needsReview(`the default encryption is not known: ${algorithms.reason}`);
    const undecided = algorithms.find(isUnknown);
    if (undecided) return needsReview(`the default encryption algorithm is not known: ${undecided.reason}`);
    const kms = algorithms.find((a) => typeof a === 'string' && a.toLowerCase().startsWith('aws:kms'));
    if (kms) return pass(`new objects are encrypted with ${String(kms)}`);
    if (algorithms.length === 0)
      return fail('no default encryption is configured, so new objects get S3’s base SSE-S3 (AES256), not KMS');
    return fail(`default encryption is ${algorithms.map(String).join(', ')}, not aws:kms`);
  },
});
