import { defineRule } from '../../lib/engine/rule';
import { PublicnessFacts, publicVerdict, publicnessOf, publicnessOfItem } from './publicness';

const WRITE_ACTIONS = [
  's3:PutObject',
  's3:PutObjectAcl',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:RestoreObject',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
];

export const S3BucketPublicWriteProhibited = defineRule<PublicnessFacts>({
  id: 'S3BucketPublicWriteProhibited',
  title: 'S3 buckets are not publicly writable',
  description:
    'A bucket anyone can write to can be filled with malware or illegal content, have its data overwritten or deleted, and run up costs.',
  severity: 'error',
  controls: { ncscCsp: ['2', '11'], tenSteps: ['data-security'], cyberEssentials: ['firewalls', 'secure-configuration'] },
  configRule: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED',
  remediation:
    'Remove AccessControl PublicReadWrite and policy statements that allow writes or deletes to Principal "*"; keep Block Public Access on. Take uploads through pre-signed URLs instead.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket, { index }) => publicnessOf(bucket, index),
  },
  configItem: { resourceTypes: ['AWS::S3::Bucket'], facts: publicnessOfItem },
  evaluate: (facts) => publicVerdict(facts, 'write', WRITE_ACTIONS),
});
