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

/** The AWS managed AdministratorAccess policy, in any partition (CDK writes the partition as a reference). */
const ADMINISTRATOR_ACCESS = /:iam::aws:policy\/AdministratorAccess$/;

export const isAdminStatement = (s: StatementFacts) =>
  both(
    allows(s),
    both(
      anyItem(s.actions, (a) => a === '*' || a === '*:*'),
      anyItem(s.resources, (r) => r === '*'),
    ),
  );

export const IamNoAdminAccess = defineRule<Grants>({
  id: 'IamNoAdminAccess',
  title: 'No policy or identity grants every action on every resource',
  description:
    'An Allow of Action "*" on Resource "*" (or the AWS managed AdministratorAccess policy) makes the holder an administrator of the whole account; one leaked credential then compromises everything.',
  severity: 'error',
  controls: { ncscCsp: ['9'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS',
  remediation:
    'Grant only the actions and resources the workload needs (CDK: use grant* methods); keep administrator access in a separate, MFA-protected break-glass or Identity Center permission set.',
  template: {
    resourceTypes: [...POLICY_TYPES, ...IDENTITY_TYPES],
    // A role is reported through the policy resources attached to it as well as the resources themselves, so that a
    // review of "who is an administrator" needs to look only at identities.
    facts: (resource, { index }) => grantsOfResource(resource, index),
  },
  evaluate({ policies, managedArns }) {
    const { found, undecided } = matchingPolicies(policies, isAdminStatement);
    const admin = managedArns.some((a) => typeof a === 'string' && ADMINISTRATOR_ACCESS.test(a));
    const reasons = [
      ...(found.length ? [`allows Action "*" on Resource "*" through ${found.join(', ')}`] : []),
      ...(admin ? ['has the AWS managed AdministratorAccess policy attached'] : []),
    ];
    if (reasons.length) return fail(reasons.join('; '));
    const open = undecided ?? undecidedArn(managedArns);
    if (open) return needsReview(open);
    return pass('no statement allows every action on every resource');
  },
});
