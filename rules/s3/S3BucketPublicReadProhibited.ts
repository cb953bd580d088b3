import { defineRule } from '../../lib/engine/rule';
import { PublicnessFacts, publicVerdict, publicnessOf, publicnessOfItem } from './publicness';

const READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions', 's3:GetObjectAcl'];

export const S3BucketPublicReadProhibited = defineRule<PublicnessFacts>({
  id: 'S3BucketPublicReadProhibited',
  title: 'S3 buckets are not publicly readable',
  description: 'A bucket readable by anyone on the internet is the most common way personal data leaks from AWS.',
  severity: 'error',
  controls: { ncscCsp: ['2', '11'], tenSteps: ['data-security'], cyberEssentials: ['firewalls', 'secure-configuration'] },
  configRule: 'S3_BUCKET_PUBLIC_READ_PROHIBITED',
  remediation:
    'Remove public-read ACLs (AccessControl PublicRead, PublicReadWrite, AuthenticatedRead) and policy statements that allow reads to Principal "*"; keep Block Public Access on. Serve public content through CloudFront with origin access control.',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket, { index }) => publicnessOf(bucket, index),
  },
  configItem: { resourceTypes: ['AWS::S3::Bucket'], facts: publicnessOfItem },
  evaluate: (facts) => publicVerdict(facts, 'read', READ_ACTIONS),
});
