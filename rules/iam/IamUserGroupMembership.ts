import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, isUndecided, listOf, undecided } from './values';

interface Facts {
  /** Number of groups in the user's own Groups property. */
  readonly groups: number | Undecided;
  /** AWS::IAM::UserToGroupAddition resources that add the user to a group. */
  readonly additions: string[];
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
      return { groups: isUnknown(groups) ? undecided(groups) : groups.length, additions: additions.map((a) => a.logicalId) };
    },
  },
  evaluate({ groups, additions }) {
    if (typeof groups === 'number' && groups > 0) return pass(`member of ${groups} ${groups === 1 ? 'group' : 'groups'}`);
    if (additions.length) return pass(`added to a group by ${additions.join(', ')}`);
    if (isUndecided(groups)) return needsReview(`Groups is not known: ${groups.undecided}`);
    return fail('the user belongs to no group');
  },
});
