import { PartialString } from '../../../lib/engine/intrinsics';
import { Rule } from '../../../lib/engine/rule';
import { Unknown } from '../../../lib/engine/unknown';
import { IamGroupHasUsers } from '../../../rules/iam/IamGroupHasUsers';
import { IamInlinePolicyNoKmsDecryptOnAllKeys } from '../../../rules/iam/IamInlinePolicyNoKmsDecryptOnAllKeys';
import { IamNoAdminAccess } from '../../../rules/iam/IamNoAdminAccess';
import { IamNoFullServiceAccess } from '../../../rules/iam/IamNoFullServiceAccess';
import { IamNoInlinePolicy } from '../../../rules/iam/IamNoInlinePolicy';
import { IamNoKmsDecryptOnAllKeys } from '../../../rules/iam/IamNoKmsDecryptOnAllKeys';
import { IamNoUsersOrAccessKeys } from '../../../rules/iam/IamNoUsersOrAccessKeys';
import { IamRoleTrustRestricted } from '../../../rules/iam/IamRoleTrustRestricted';
import { IamUserGroupMembership } from '../../../rules/iam/IamUserGroupMembership';
import { IamUserNoPolicies } from '../../../rules/iam/IamUserNoPolicies';
import { OWN_ACCOUNT } from '../../../rules/iam/own-account';
import { PolicyFacts } from '../../../rules/iam/policy-sources';
import { decideOn } from '../harness';

const open = new Unknown('not known until deployment');
const sub = (text: string) => new PartialString('Fn::Sub includes values not known until deployment', text, []);
const policy = (statements: PolicyFacts['statements'], exists: PolicyFacts['exists'] = true): PolicyFacts => ({
  label: 'policy P',
  statements,
  exists,
});
const allow = (actions: (string | Unknown)[], resources: (string | Unknown)[] = ['*']) => ({
  effect: 'Allow',
  actions,
  resources,
});
const grants = (policies: PolicyFacts[], managedArns: (string | Unknown)[] = []) => ({ policies, managedArns });

describe('decisions', () => {
  it.each<[string, Rule, unknown, string]>([
    ['admin: scoped statement', IamNoAdminAccess, grants([policy([allow(['s3:GetObject'])])]), 'COMPLIANT'],
    ['admin: * on *', IamNoAdminAccess, grants([policy([allow(['*'])])]), 'NON_COMPLIANT'],
    [
      'admin: Deny * on *',
      IamNoAdminAccess,
      grants([policy([{ effect: 'Deny', actions: ['*'], resources: ['*'] }])]),
      'COMPLIANT',
    ],
    [
      'admin: unknown effect on *',
      IamNoAdminAccess,
      grants([policy([{ effect: open, actions: ['*'], resources: ['*'] }])]),
      'INSUFFICIENT_DATA',
    ],
    [
      'admin: unknown effect, narrow action',
      IamNoAdminAccess,
      grants([policy([{ effect: open, actions: ['s3:GetObject'], resources: ['*'] }])]),
      'COMPLIANT',
    ],
    ['admin: policy that may not exist', IamNoAdminAccess, grants([policy([allow(['*'])], open)]), 'INSUFFICIENT_DATA'],
    ['admin: unreadable document', IamNoAdminAccess, grants([policy(open)]), 'INSUFFICIENT_DATA'],
    [
      'admin: AdministratorAccess attached',
      IamNoAdminAccess,
      grants([], ['arn:aws:iam::aws:policy/AdministratorAccess']),
      'NON_COMPLIANT',
    ],
    ['admin: AWS managed name unknown', IamNoAdminAccess, grants([], [sub('arn:aws:iam::aws:policy/${?}')]), 'INSUFFICIENT_DATA'],
    [
      'admin: own-account managed name unknown',
      IamNoAdminAccess,
      grants([], [sub(`arn:aws:iam::${OWN_ACCOUNT}:policy/\${?}`)]),
      'COMPLIANT',
    ],
    ['admin: ReadOnlyAccess attached', IamNoAdminAccess, grants([], ['arn:aws:iam::aws:policy/ReadOnlyAccess']), 'COMPLIANT'],
    ['full service: s3:*', IamNoFullServiceAccess, grants([policy([allow(['s3:*'])])]), 'NON_COMPLIANT'],
    ['full service: s3:${?}', IamNoFullServiceAccess, grants([policy([allow([sub('s3:${?}')])])]), 'INSUFFICIENT_DATA'],
    ['full service: s3:Get${?}', IamNoFullServiceAccess, grants([policy([allow([sub('s3:Get${?}')])])]), 'COMPLIANT'],
    [
      'full service: AmazonS3FullAccess',
      IamNoFullServiceAccess,
      grants([], ['arn:aws:iam::aws:policy/AmazonS3FullAccess']),
      'NON_COMPLIANT',
    ],
    ['full service: scoped', IamNoFullServiceAccess, grants([policy([allow(['s3:GetObject'])])]), 'COMPLIANT'],
    ['kms: decrypt on *', IamNoKmsDecryptOnAllKeys, { policies: [policy([allow(['kms:Decrypt'])])] }, 'NON_COMPLIANT'],
    [
      'kms: decrypt on one key',
      IamNoKmsDecryptOnAllKeys,
      { policies: [policy([allow(['kms:Decrypt'], ['arn:aws:kms:eu-west-2:111122223333:key/abc'])])] },
      'COMPLIANT',
    ],
    [
      'kms: decrypt on key/${?}',
      IamNoKmsDecryptOnAllKeys,
      { policies: [policy([allow(['kms:Decrypt'], [sub('arn:aws:kms:eu-west-2:111122223333:key/${?}')])])] },
      'INSUFFICIENT_DATA',
    ],
    ['kms: s3:${?} on *', IamNoKmsDecryptOnAllKeys, { policies: [policy([allow([sub('s3:${?}')])])] }, 'COMPLIANT'],
    ['kms inline: kms:* on *', IamInlinePolicyNoKmsDecryptOnAllKeys, { policies: [policy([allow(['kms:*'])])] }, 'NON_COMPLIANT'],
    ['kms inline: none', IamInlinePolicyNoKmsDecryptOnAllKeys, { policies: [] }, 'COMPLIANT'],
    ['inline: none', IamNoInlinePolicy, { inline: 0, policyResources: [] }, 'COMPLIANT'],
    ['inline: one', IamNoInlinePolicy, { inline: 1, policyResources: [] }, 'NON_COMPLIANT'],
    [
      'inline: attached policy resource',
      IamNoInlinePolicy,
      { inline: 0, policyResources: [{ id: 'P', exists: true }] },
      'NON_COMPLIANT',
    ],
    [
      'inline: conditional policy resource',
      IamNoInlinePolicy,
      { inline: 0, policyResources: [{ id: 'P', exists: open }] },
      'INSUFFICIENT_DATA',
    ],
    ['inline: unknown list', IamNoInlinePolicy, { inline: open, policyResources: [] }, 'INSUFFICIENT_DATA'],
    ['user policies: none', IamUserNoPolicies, { inline: 0, managedArns: 0, attached: [] }, 'COMPLIANT'],
    ['user policies: managed', IamUserNoPolicies, { inline: 0, managedArns: 1, attached: [] }, 'NON_COMPLIANT'],
    ['user policies: unknown', IamUserNoPolicies, { inline: 0, managedArns: open, attached: [] }, 'INSUFFICIENT_DATA'],
    ['membership: a group', IamUserGroupMembership, { groups: 1, additions: [] }, 'COMPLIANT'],
    [
      'membership: group plus open addition',
      IamUserGroupMembership,
      { groups: 1, additions: [{ id: 'A', exists: open }] },
      'COMPLIANT',
    ],
    [
      'membership: only an open addition',
      IamUserGroupMembership,
      { groups: 0, additions: [{ id: 'A', exists: open }] },
      'INSUFFICIENT_DATA',
    ],
    ['membership: none', IamUserGroupMembership, { groups: 0, additions: [] }, 'NON_COMPLIANT'],
    [
      'group members: one',
      IamGroupHasUsers,
      {
        candidates: [
          { id: 'U', adds: true },
          { id: 'V', adds: open },
        ],
      },
      'COMPLIANT',
    ],
    ['group members: maybe', IamGroupHasUsers, { candidates: [{ id: 'U', adds: open }] }, 'INSUFFICIENT_DATA'],
    ['group members: none', IamGroupHasUsers, { candidates: [{ id: 'U', adds: false }] }, 'NON_COMPLIANT'],
    ['credentials: user without password', IamNoUsersOrAccessKeys, { kind: 'user', consolePassword: false }, 'COMPLIANT'],
    ['credentials: user with password', IamNoUsersOrAccessKeys, { kind: 'user', consolePassword: true }, 'NON_COMPLIANT'],
    ['credentials: password may be set', IamNoUsersOrAccessKeys, { kind: 'user', consolePassword: open }, 'INSUFFICIENT_DATA'],
    ['credentials: active key', IamNoUsersOrAccessKeys, { kind: 'access-key', status: undefined }, 'NON_COMPLIANT'],
    ['credentials: inactive key', IamNoUsersOrAccessKeys, { kind: 'access-key', status: 'Inactive' }, 'COMPLIANT'],
  ])('%s', (_, rule, facts, expected) => expect(decideOn(rule, facts)).toBe(expected));

  const trust = (principals: unknown[], extra: Record<string, unknown> = {}) => ({
    statements: [{ effect: 'Allow', principals, notPrincipal: false, restricting: [], conditionKeys: [], ...extra }],
    ownAccount: '111122223333',
  });
  it.each<[string, unknown, string]>([
    ['a service', trust([{ kind: 'service', text: 'lambda.amazonaws.com' }]), 'COMPLIANT'],
    ['everyone', trust([{ kind: 'everyone', text: '*' }]), 'NON_COMPLIANT'],
    [
      'everyone in the organisation',
      trust([{ kind: 'everyone', text: '*' }], { restricting: ['aws:principalorgid'] }),
      'COMPLIANT',
    ],
    ['own account', trust([{ kind: 'account', account: '111122223333', text: '111122223333' }]), 'COMPLIANT'],
    ['another account', trust([{ kind: 'account', account: '444455556666', text: '444455556666' }]), 'NON_COMPLIANT'],
    ['an unknown principal', trust([{ kind: 'unknown', text: 'x', unknown: open }]), 'INSUFFICIENT_DATA'],
    [
      'an unknown principal under a restricting condition',
      trust([{ kind: 'unknown', text: 'x', unknown: open }], { restricting: ['sts:externalid'] }),
      'COMPLIANT',
    ],
    ['federated without conditions', trust([{ kind: 'federated', text: 'cognito-identity.amazonaws.com' }]), 'NON_COMPLIANT'],
    [
      'an unknown federated provider with an aud condition only',
      trust([{ kind: 'federated', text: 'arn:…', unknown: open }], { conditionKeys: ['x:aud'] }),
      'INSUFFICIENT_DATA',
    ],
    ['unknown document', { statements: open }, 'INSUFFICIENT_DATA'],
  ])('trust: %s', (_, facts, expected) => expect(decideOn(IamRoleTrustRestricted as Rule, facts)).toBe(expected));
});
