import { Rule } from '../../lib/engine/rule';
import { IamGroupHasUsers } from './IamGroupHasUsers';
import { IamInlinePolicyNoKmsDecryptOnAllKeys } from './IamInlinePolicyNoKmsDecryptOnAllKeys';
import { IamNoAdminAccess } from './IamNoAdminAccess';
import { IamNoFullServiceAccess } from './IamNoFullServiceAccess';
import { IamNoInlinePolicy } from './IamNoInlinePolicy';
import { IamNoKmsDecryptOnAllKeys } from './IamNoKmsDecryptOnAllKeys';
import { IamNoUsersOrAccessKeys } from './IamNoUsersOrAccessKeys';
import { IamRoleTrustRestricted } from './IamRoleTrustRestricted';
import { IamUserGroupMembership } from './IamUserGroupMembership';
import { IamUserNoPolicies } from './IamUserNoPolicies';

export const rules: Rule[] = [
  IamNoAdminAccess,
  IamNoFullServiceAccess,
  IamNoInlinePolicy,
  IamUserNoPolicies,
  IamUserGroupMembership,
  IamGroupHasUsers,
  IamNoUsersOrAccessKeys,
  IamRoleTrustRestricted,
  IamNoKmsDecryptOnAllKeys,
  IamInlinePolicyNoKmsDecryptOnAllKeys,
];
