import { Tri, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { attachedArns, itemInlinePolicies } from './item-policies';
import { POLICY_TYPES, attachedPolicyResources } from './policy-sources';

interface Facts {
  readonly inline: number | Unknown;
  readonly managedArns: number | Unknown;
  /** Policy and managed policy resources that name this user in Users, and whether each exists. */
  readonly attached: { readonly id: string; readonly exists: Tri }[];
}

const count = (value: unknown): number | Unknown => {
  const list = listOf(value);
  return isUnknown(list) ? list : list.length;
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
        attached: attached.map((p) => ({ id: p.logicalId, exists: index.exists(p) })),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::IAM::User'],
    facts(user) {
      const arns = attachedArns(user);
      return { inline: count(itemInlinePolicies(user)), managedArns: isUnknown(arns) ? arns : arns.length, attached: [] };
    },
  },
  evaluate({ inline, managedArns, attached }) {
    const found = [
      ...(typeof inline === 'number' && inline > 0 ? [`${inline} inline ${inline === 1 ? 'policy' : 'policies'}`] : []),
      ...(typeof managedArns === 'number' && managedArns > 0
        ? [`${managedArns} managed ${managedArns === 1 ? 'policy' : 'policies'}`]
        : []),
      ...attached.filter((p) => p.exists === true).map((p) => `policy ${p.id} naming it`),
    ];
    if (found.length) return fail(`policies are attached directly to the user: ${found.join(', ')}`);
    for (const v of [inline, managedArns]) if (isUnknown(v)) return needsReview(`the user's policies are not known: ${v.reason}`);
    const conditional = attached.filter((p) => isUnknown(p.exists)).map((p) => p.id);
    if (conditional.length)
      return needsReview(`policy ${conditional.join(', ')} attaches to the user only under an undecidable condition`);
    return pass('no policy is attached directly to the user');
  },
});
