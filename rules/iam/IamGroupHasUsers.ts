import { Tri, and, field, listOf, some } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface Facts {
  /** Users and user-to-group additions in the template, and whether each puts someone in the group. */
  readonly candidates: { readonly id: string; readonly adds: Tri }[];
}

export const IamGroupHasUsers = defineRule<Facts>({
  id: 'IamGroupHasUsers',
  title: 'IAM groups have members',
  description:
    'An empty group is unused permission waiting to be handed out; removing it keeps the set of grantable privileges small and reviewable.',
  severity: 'warning',
  controls: { ncscCsp: ['9'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'IAM_GROUP_HAS_USERS_CHECK',
  remediation: 'Add the intended users to the group (CDK: user.addToGroup(group)) or delete the group.',
  template: {
    resourceTypes: ['AWS::IAM::Group'],
    facts(group, { index }) {
      const name = group.get('GroupName');
      // A group name not known before deployment cannot be written into another property, unless the group has a fixed name.
      const names = (v: unknown): Tri =>
        index.target(v) === group || (typeof name === 'string' && (v === name || (isUnknown(v) ? v : false)));
      const candidates: Facts['candidates'] = [];
      for (const user of index.ofType('AWS::IAM::User')) {
        const groups = listOf(user.get('Groups'));
        candidates.push({ id: user.logicalId, adds: and(index.exists(user), some(groups, names)) });
      }
      for (const addition of index.ofType('AWS::IAM::UserToGroupAddition')) {
        candidates.push({
          id: addition.logicalId,
          adds: and(
            index.exists(addition),
            names(addition.get('GroupName')),
            some(listOf(addition.get('Users')), () => true),
          ),
        });
      }
      return { candidates };
    },
  },
  configItem: {
    resourceTypes: ['AWS::IAM::Group'],
    looksUp: ['AWS::IAM::User'],
    // The group item names its members as relationships; a recorded user's groupList says the same from its side.
    facts(group, scope) {
      const name = group.resourceName ?? field(group.configuration, 'groupName');
      const members = new Set(
        group.relationships
          .filter((r) => r.resourceType === 'AWS::IAM::User')
          .map((r) => r.resourceName ?? r.resourceId ?? 'a user'),
      );
      for (const user of scope.ofType('AWS::IAM::User')) {
        const groups = field(user.configuration, 'groupList');
        if (Array.isArray(groups) && groups.includes(name)) members.add(user.resourceName ?? user.resourceId);
      }
      return { candidates: [...members].map((id) => ({ id, adds: true })) };
    },
  },
  evaluate(facts) {
    const members = facts.candidates.filter((c) => c.adds === true).map((c) => c.id);
    if (members.length) return pass(`members added by ${members.join(', ')}`, unknownsIn(facts));
    const open = facts.candidates.find((c) => isUnknown(c.adds));
    if (open && isUnknown(open.adds)) return needsReview(`${open.id} may add a member: ${open.adds.reason}`);
    return fail('no user belongs to this group');
  },
});
