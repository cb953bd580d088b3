import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { POLICY_TYPES, attachedPolicyResources } from './policy-sources';
import { Undecided, isUndecided, listOf, undecided } from './values';

interface Facts {
  readonly inline: number | Undecided;
  readonly managedArns: number | Undecided;
  /** Policy and managed policy resources that name this user in Users. */
  readonly attached: string[];
  readonly conditional: string[];
}

const count = (value: unknown): number | Undecided => {
  const list = listOf(value);
  return isUnknown(list) ? undecided(list) : list.length;
};

export const IamUserNoPolicies = defineRule<Facts>({
  id: 'IamUserNoPolicies',
  title: 'IAM users get permissions only through groups',
  description:
    'Policies attached straight to users are granted and forgotten one person at a time; granting through groups (or, better, roles) keeps who-can-do-what reviewable.',
  severity: 'warning',
  controls: { ncscCsp: ['9', '10'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'IAM_USER_NO_POLICIES_CHECK',
  remediation:
    'Remove Policies and ManagedPolicyArns from the user and attach them to a group the user belongs to (CDK: group.addManagedPolicy, user.addToGroup).',
  template: {
    resourceTypes: ['AWS::IAM::User'],
    facts(user, { index }) {
      const attached = POLICY_TYPES.flatMap((t) => attachedPolicyResources(user, index, t));
      return {
        inline: count(user.get('Policies')),
        managedArns: count(user.get('ManagedPolicyArns')),
        attached: attached.filter((p) => index.exists(p) === true).map((p) => p.logicalId),
        conditional: attached.filter((p) => index.exists(p) !== true).map((p) => p.logicalId),
      };
    },
  },
  evaluate({ inline, managedArns, attached, conditional }) {
    const found = [
      ...(typeof inline === 'number' && inline > 0 ? [`${inline} inline ${inline === 1 ? 'policy' : 'policies'}`] : []),
      ...(typeof managedArns === 'number' && managedArns > 0
        ? [`${managedArns} managed ${managedArns === 1 ? 'policy' : 'policies'} in ManagedPolicyArns`]
        : []),
      ...attached.map((id) => `policy ${id} naming it in Users`),
    ];
    if (found.length) return fail(`policies are attached directly to the user: ${found.join(', ')}`);
    for (const v of [inline, managedArns])
      if (isUndecided(v)) return needsReview(`the user's policies are not known: ${v.undecided}`);
    if (conditional.length)
      return needsReview(`policy ${conditional.join(', ')} attaches to the user only under an undecidable condition`);
    return pass('no policy is attached directly to the user');
  },
});
