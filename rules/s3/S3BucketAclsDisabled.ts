import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** ObjectOwnership of the bucket's ownership controls; undefined when not written. */
  readonly objectOwnership: Maybe<string>;
}

export const S3BucketAclsDisabled = defineRule<Facts>({
  id: 'S3BucketAclsDisabled',
  title: 'S3 buckets have ACLs disabled',
  description:
    'With ACLs disabled (BucketOwnerEnforced) access is decided by IAM and bucket policies alone, and no object ACL can quietly grant access to another account or the public.',
  severity: 'warning',
  controls: { ncscCsp: ['9'], tenSteps: ['data-security'], cyberEssentials: ['user-access-control'] },
  configRule: 'S3_BUCKET_ACL_PROHIBITED',
  remediation:
    'Remove OwnershipControls (S3 defaults to BucketOwnerEnforced) or set ObjectOwnership: BucketOwnerEnforced, and grant access with bucket policies (CDK: objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts: (bucket) => ({ objectOwnership: asString(bucket.get('OwnershipControls.Rules.0.ObjectOwnership')) }),
  },
  evaluate({ objectOwnership }) {
    if (isUnknown(objectOwnership)) return needsReview(`object ownership is not known: ${objectOwnership.reason}`);
    // New buckets have been BucketOwnerEnforced by default since April 2023.
    if (objectOwnership === undefined)
      return pass('object ownership is not set, so S3’s default BucketOwnerEnforced disables ACLs');
    if (objectOwnership === 'BucketOwnerEnforced') return pass('object ownership is BucketOwnerEnforced, so ACLs are disabled');
    return fail(`object ownership is ${objectOwnership}, so ACLs still grant access`);
  },
});
