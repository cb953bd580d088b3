import { Tri, listOf, some, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';

interface Facts {
  /** Number of groups in the user's own Groups property. */
  readonly groups: number | Unknown;
  /** AWS::IAM::UserToGroupAddition resources that add the user to a group, and whether each exists. */
  readonly additions: { readonly id: string; readonly exists: Tri }[];
}

export const IamUserGroupMembership = defineRule<Facts>({
  id: 'IamUserGroupMembership',
  title: 'Every IAM user belongs to a group',
  description:
    'A user outside every group has either no permissions or permissions attached one by one, which escape group-level review and removal.',
  severity: 'warning',
  controls: { ncscCsp: ['9'], tenSteps: ['identity-and-access-management'], cyberEssentials: ['user-access-control'] },
  configRule: 'IAM_USER_GROUP_MEMBERSHIP_CHECK',
  remediation: 'Add the user to a group (Groups property, or an AWS::IAM::UserToGroupAddition; CDK: user.addToGroup(group)).',
  template: {
    resourceTypes: ['AWS::IAM::User'],
    facts(user, { index }) {
      const groups = listOf(user.get('Groups'));
      const name = user.get('UserName');
      const additions = index.ofType('AWS::IAM::UserToGroupAddition').filter((a) => {
        if (index.exists(a) === false) return false;
        const users = a.get('Users');
        return (
          index.referrers(user, a.type, 'Users').includes(a) ||
          (typeof name === 'string' && Array.isArray(users) && users.includes(name))
        );
      });
      return {
        groups: isUnknown(groups) ? groups : groups.length,
        additions: additions.map((a) => ({ id: a.logicalId, exists: index.exists(a) })),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::IAM::User'],
    facts(user) {
      const groups = listOf(recorded(user.configuration, 'groupList'));
      return { groups: isUnknown(groups) ? groups : groups.length, additions: [] };
    },
  },
  evaluate(facts) {
    const { groups, additions } = facts;
    // Membership by either route is enough: what the other route leaves open does not matter.
    if (typeof groups === 'number' && groups > 0)
      return pass(`member of ${groups} ${groups === 1 ? 'group' : 'groups'}`, unknownsIn(facts));
    const added = additions.filter((a) => a.exists === true).map((a) => a.id);
    if (added.length) return pass(`added to a group by ${added.join(', ')}`, unknownsIn(facts));
    const open = isUnknown(groups) ? groups : some(additions, (a) => a.exists);
    if (isUnknown(open)) return needsReview(`the user's groups are not known: ${open.reason}`);
    return fail('the user belongs to no group');
  },
});
