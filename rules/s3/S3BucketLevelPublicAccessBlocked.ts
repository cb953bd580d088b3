import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { BlockPublicAccess, blockPublicAccessOf } from './bucket';
import { blockPublicAccessOfItem } from './bucket-item';

export const S3BucketLevelPublicAccessBlocked = defineRule<BlockPublicAccess>({
  id: 'S3BucketLevelPublicAccessBlocked',
  title: 'S3 buckets block public access with all four settings',
  description:
    'Block Public Access stops any later ACL or bucket policy from making the bucket public, whoever writes it; each of the four settings closes a different route.',
  severity: 'error',
  controls: { ncscCsp: ['2', '11'], tenSteps: ['data-security'], cyberEssentials: ['firewalls', 'secure-configuration'] },
  configRule: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED',
  remediation:
    'Remove PublicAccessBlockConfiguration (S3 then blocks everything) or set all four of BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets to true (CDK: blockPublicAccess: BlockPublicAccess.BLOCK_ALL).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => blockPublicAccessOf(bucket),
  },
  configItem: { resourceTypes: ['AWS::S3::Bucket'], facts: blockPublicAccessOfItem },
  evaluate(flags) {
    const entries = Object.entries(flags) as [keyof BlockPublicAccess, BlockPublicAccess[keyof BlockPublicAccess]][];
    const off = entries.filter(([, v]) => v === false).map(([k]) => k.charAt(0).toUpperCase() + k.slice(1));
    if (off.length)
      return fail(`Block Public Access is not fully on: ${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} false`);
    const undecided = entries.map(([, v]) => v).find(isUnknown);
    if (undecided) return needsReview(`Block Public Access is not known: ${undecided.reason}`);
    return pass('all four Block Public Access settings are on');
  },
});
