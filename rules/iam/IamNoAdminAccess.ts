import { Tri, and, some } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { GRANT_ADAPTERS } from './item-policies';
import { Grants, StatementFacts, allows, matchingPolicies } from './policy-sources';
import { PolicyText, mayBeAwsManaged, mayEqual } from './policy-text';

/** The AWS managed AdministratorAccess policy, in any partition (CDK writes the partition as a reference). */
export const isAdministratorAccess = (arn: PolicyText): Tri =>
  mayBeAwsManaged(
    arn,
    (name) => name === 'AdministratorAccess',
    (prefix) => 'AdministratorAccess'.startsWith(prefix),
  );

export const isAdminStatement = (s: StatementFacts): Tri =>
  and(
    allows(s),
    some(s.actions, (a) => mayEqual(a, ['*', '*:*'])),
    some(s.resources, (r) => mayEqual(r, ['*'])),
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
  ...GRANT_ADAPTERS,
  evaluate(grants) {
    const { found, open } = matchingPolicies(grants.policies, isAdminStatement);
    const managed = grants.managedArns.map(isAdministratorAccess);
    const reasons = [
      ...(found.length ? [`allows every action on every resource through ${found.join(', ')}`] : []),
      ...(managed.includes(true) ? ['has the AWS managed AdministratorAccess policy attached'] : []),
    ];
    if (reasons.length) return fail(reasons.join('; '));
    const openArn = managed.find(isUnknown);
    if (open) return needsReview(open.reason);
    if (openArn) return needsReview(`an attached managed policy may be AdministratorAccess: ${openArn.reason}`);
    return pass('no statement allows every action on every resource', unknownsIn(grants));
  },
});
