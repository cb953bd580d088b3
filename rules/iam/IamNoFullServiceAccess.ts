import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import {
  Grants,
  IDENTITY_TYPES,
  POLICY_TYPES,
  StatementFacts,
  allows,
  anyItem,
  both,
  grantsOfResource,
  matchingPolicies,
  undecidedArn,
} from './policy-sources';

/** `s3:*`, `iam:*` … and `*` itself: every action of a service. */
export const isServiceWildcard = (a: string) => a === '*' || /^[a-z0-9-]+:\*$/i.test(a);

/** AWS managed policies that grant whole services: AdministratorAccess and the *FullAccess family. */
const FULL_ACCESS_MANAGED = /:iam::aws:policy\/(?:[\w-]+\/)*(?:AdministratorAccess|[\w-]*FullAccess)$/;

const isFullServiceStatement = (s: StatementFacts) => both(allows(s), anyItem(s.actions, isServiceWildcard));

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
  template: {
    resourceTypes: [...POLICY_TYPES, ...IDENTITY_TYPES],
    facts: (resource, { index }) => grantsOfResource(resource, index),
  },
  evaluate({ policies, managedArns }) {
    const { found, undecided } = matchingPolicies(policies, isFullServiceStatement);
    const actions = new Set<string>();
    for (const p of policies) {
      if (!Array.isArray(p.statements)) continue;
      for (const s of p.statements) {
        if (allows(s) !== true) continue;
        for (const a of s.actions) if (typeof a === 'string' && isServiceWildcard(a)) actions.add(a);
      }
    }
    const managed = managedArns.filter((a): a is string => typeof a === 'string' && FULL_ACCESS_MANAGED.test(a));
    const reasons = [
      ...(found.length ? [`allows ${[...actions].map((a) => `"${a}"`).join(', ')} through ${found.join(', ')}`] : []),
      ...managed.map((a) => `has the AWS managed ${a.slice(a.lastIndexOf('/') + 1)} policy attached`),
    ];
    if (reasons.length) return fail(reasons.join('; '));
    const open = undecided ?? undecidedArn(managedArns);
    if (open) return needsReview(open);
    return pass('no statement allows every action of a service');
  },
});
