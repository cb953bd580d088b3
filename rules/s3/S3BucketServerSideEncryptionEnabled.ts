import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Algorithms, algorithmsOf } from './bucket';
import { algorithmsOfItem } from './bucket-item';

interface Facts {
  /** The algorithm of each default-encryption rule; empty when the bucket names none. */
  readonly algorithms: Algorithms;
}

const KNOWN_ALGORITHMS = ['aes256', 'aws:kms', 'aws:kms:dsse'];

export const S3BucketServerSideEncryptionEnabled = defineRule<Facts>({
  id: 'S3BucketServerSideEncryptionEnabled',
  title: 'S3 buckets encrypt objects at rest',
  description: 'Objects stored without server-side encryption are readable from the underlying storage and from any copy of it.',
  severity: 'error',
  controls: { ncscCsp: ['2.3'], tenSteps: ['data-security'] },
  configRule: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED',
  remediation: 'Set BucketEncryption with SSEAlgorithm aws:kms (preferred) or AES256 (CDK: encryption: BucketEncryption.KMS).',
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
    // Since January 2023 S3 encrypts every new object with SSE-S3 when the bucket names nothing else.
    if (algorithms.length === 0) return pass('no default encryption is configured, so S3 applies its base SSE-S3 encryption');
    const unknownAlgorithm = algorithms.find((a) => !KNOWN_ALGORITHMS.includes(String(a).toLowerCase()));
    if (unknownAlgorithm !== undefined)
      return fail(`default encryption names ${String(unknownAlgorithm)}, which is not an S3 encryption algorithm`);
    return pass(`new objects are encrypted with ${algorithms.map(String).join(', ')}`);
  },
});
