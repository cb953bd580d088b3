import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { policyOfItem } from './bucket-item';
import { EveryoneGrant, everyoneGrants, openGrants } from './public-policy';

interface Facts {
  /** Statements of the bucket policy that may grant to everyone; undefined when the bucket has no policy. */
  readonly grants: EveryoneGrant[] | undefined | Unknown;
}

export const S3BucketPolicyNoPublicAccess = defineRule<Facts>({
  id: 'S3BucketPolicyNoPublicAccess',
  title: 'S3 bucket policies grant nothing to everyone without a condition',
  description:
    'An Allow to Principal "*" without a condition on the caller’s account, organisation, VPC or source opens the bucket to the whole internet as soon as Block Public Access is relaxed.',
  severity: 'error',
  controls: { ncscCsp: ['9', '11'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  remediation:
    'Name the principals (account, role or service) instead of "*", or add a condition such as aws:PrincipalOrgID, aws:SourceVpce or aws:SourceArn that limits who can use the statement.',
  template: {
    resourceTypes: ['AWS::S3::BucketPolicy'],
    facts: (policy) => ({ grants: everyoneGrants(policy.get('PolicyDocument')) }),
  },
  // Config records the policy on the bucket's own item.
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket) {
      const document = policyOfItem(bucket);
      return { grants: document === undefined ? undefined : everyoneGrants(document) };
    },
  },
  evaluate({ grants }) {
    if (grants === undefined) return notApplicable('the bucket has no bucket policy');
    const open = openGrants(grants);
    if (isUnknown(open)) return needsReview(`the policy could not be read: ${open.reason}`);
    if (open.length) return fail(`grants ${open.map((g) => g.actions).join('; ')} to everyone without a narrowing condition`);
    // Unknowns in statements that a specific condition narrows anyway do not open the bucket.
    return pass('no statement grants access to everyone without a narrowing condition', unknownsIn(grants));
  },
});
