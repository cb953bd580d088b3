import { Tri, and, some } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { GRANT_ADAPTERS } from './item-policies';
import { Grants, StatementFacts, allows, matchingPolicies } from './policy-sources';
import { PolicyText, mayBeAwsManaged, mayMatch } from './policy-text';

const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;

/** `s3:*`, `iam:*` … and `*` itself: every action of a service. A known prefix rules it out once a colon is followed by anything but `*`. */
export const isServiceWildcard = (a: PolicyText): Tri =>
  mayMatch(
    a,
    (text) => text === '*' || SERVICE_WILDCARD.test(text),
    (prefix) => /:[^*]/.test(prefix) || /^[^:]*\*[^:]/.test(prefix) || /[^a-z0-9\-:*]/i.test(prefix),
  );

/** AWS managed policies that grant whole services: AdministratorAccess and the *FullAccess family. */
const FULL_ACCESS_NAME = /^(?:[\w-]+\/)*(?:AdministratorAccess|[\w-]*FullAccess)$/;
export const isFullAccessManaged = (arn: PolicyText): Tri =>
  mayBeAwsManaged(
    arn,
    (name) => FULL_ACCESS_NAME.test(name),
    () => true,
  );

const isFullServiceStatement = (s: StatementFacts): Tri => and(allows(s), some(s.actions, isServiceWildcard));
export const IamNoFullServiceAccess = defineRule<Grants>({
  id: 'IamNoFullServiceAccess',
  title: 'No policy or identity grants every action of a service',
  description:
    'An Allow of "service:*" grants the destructive and permission-changing actions of that service too (s3:* includes DeleteBucket and PutBucketPolicy), far beyond what a workload needs.',
  severity: 'error',
  controls: { ncscCsp: ['9'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS',
  remediation:
    'List the specific actions needed (for example s3:GetObject, s3:PutObject) instead of "service:*", and replace AWS managed *FullAccess policies with scoped grants (CDK: bucket.grantReadWrite(role)).',
  ...GRANT_ADAPTERS,
  evaluate(grants) {
    const { found, open } = matchingPolicies(grants.policies, isFullServiceStatement);
    const actions = new Set<string>();
    for (const p of grants.policies) {
      if (isUnknown(p.statements)) continue;
      for (const s of p.statements) {
        if (allows(s) !== true) continue;
        for (const a of s.actions) if (typeof a === 'string' && isServiceWildcard(a) === true) actions.add(a);
      }
    }
    const managed = grants.managedArns.map((a) => ({ arn: a, full: isFullAccessManaged(a) }));
    const reasons = [
      ...(found.length ? [`allows ${[...actions].map((a) => `"${a}"`).join(', ')} through ${found.join(', ')}`] : []),
      ...managed.flatMap(({ arn, full }) =>
        full === true && typeof arn === 'string'
          ? [`has the AWS managed ${arn.slice(arn.lastIndexOf('/') + 1)} policy attached`]
          : [],
      ),
    ];
    if (reasons.length) return fail(reasons.join('; '));
    const openArn = managed.map((m) => m.full).find(isUnknown);
    if (open) return needsReview(open.reason);
    if (openArn) return needsReview(`an attached managed policy may grant a whole service: ${openArn.reason}`);
    return pass('no statement allows every action of a service', unknownsIn(grants));
  },
});
