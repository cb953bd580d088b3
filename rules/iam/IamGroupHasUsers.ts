import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { textOf } from './values';

interface Facts {
  /** Users (or user-to-group additions) in the template that put someone in the group. */
  readonly members: string[];
  /** Users whose Groups cannot be read, so they may be members. */
  readonly unreadable: string[];
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
      const names = (v: unknown) => (typeof name === 'string' && v === name) || index.target(v) === group;
      const members: string[] = [];
      const unreadable: string[] = [];
      for (const user of index.ofType('AWS::IAM::User')) {
        if (index.exists(user) === false) continue;
        const groups = user.get('Groups');
        if (isUnknown(groups) && textOf(groups) === undefined) unreadable.push(user.logicalId);
        else if (Array.isArray(groups) && groups.some(names)) members.push(user.logicalId);
      }
      for (const addition of index.ofType('AWS::IAM::UserToGroupAddition')) {
        if (index.exists(addition) !== false && names(addition.get('GroupName'))) members.push(addition.logicalId);
      }
      return { members, unreadable };
    },
  },
  evaluate({ members, unreadable }) {
    if (members.length) return pass(`members added by ${members.join(', ')}`);
    if (unreadable.length) return needsReview(`the groups of ${unreadable.join(', ')} are not known`);
    return fail('no user in the template belongs to this group');
  },
});
