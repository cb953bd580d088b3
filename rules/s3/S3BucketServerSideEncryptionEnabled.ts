import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { algorithmsOf } from './S3BucketDefaultEncryptionKms';

interface Facts {
  readonly algorithms: unknown[] | Unknown;
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
    facts: (bucket) => ({ algorithms: algorithmsOf(bucket.get('BucketEncryption.ServerSideEncryptionConfiguration')) }),
  },
  evaluate({ algorithms }) {
    if (isUnknown(algorithms)) return needsReview(`the default encryption is not known: ${algorithms.reason}`);
    const undecided = algorithms.find(isUnknown);
    if (undecided) return needsReview(`SSEAlgorithm is not known: ${undecided.reason}`);
    // Since January 2023 S3 encrypts every new object with SSE-S3 when the bucket names nothing else.
    if (algorithms.length === 0) return pass('BucketEncryption is not set, so S3 applies its default SSE-S3 encryption');
    const unknownAlgorithm = algorithms.find((a) => !KNOWN_ALGORITHMS.includes(String(a).toLowerCase()));
    if (unknownAlgorithm !== undefined) return fail(`SSEAlgorithm ${String(unknownAlgorithm)} is not an S3 encryption algorithm`);
    return pass(`new objects are encrypted with ${algorithms.map(String).join(', ')}`);
  },
});
