import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { EveryoneGrant, everyoneGrants, openGrants } from './public-policy';

interface Facts {
  /** Statements that may grant to everyone. */
  readonly grants: EveryoneGrant[] | Unknown;
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
  evaluate({ grants }) {
    const open = openGrants(grants);
    if (isUnknown(open)) return needsReview(`the policy could not be read: ${open.reason}`);
    if (open.length) return fail(`grants ${open.map((g) => g.actions).join('; ')} to everyone without a narrowing condition`);
    return pass('no statement grants access to everyone without a narrowing condition');
  },
});
