import { ConfigItem } from '../../../lib/engine/config-item';
import { Status } from '../../../lib/engine/model';
import { Rule } from '../../../lib/engine/rule';
import { IamGroupHasUsers } from '../../../rules/iam/IamGroupHasUsers';
import { IamInlinePolicyNoKmsDecryptOnAllKeys } from '../../../rules/iam/IamInlinePolicyNoKmsDecryptOnAllKeys';
import { IamNoAdminAccess } from '../../../rules/iam/IamNoAdminAccess';
import { IamNoFullServiceAccess } from '../../../rules/iam/IamNoFullServiceAccess';
import { IamNoInlinePolicy } from '../../../rules/iam/IamNoInlinePolicy';
import { IamNoKmsDecryptOnAllKeys } from '../../../rules/iam/IamNoKmsDecryptOnAllKeys';
import { IamRoleTrustRestricted } from '../../../rules/iam/IamRoleTrustRestricted';
import { IamUserGroupMembership } from '../../../rules/iam/IamUserGroupMembership';
import { IamUserNoPolicies } from '../../../rules/iam/IamUserNoPolicies';
import { corpusItems } from '../corpus-items';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';
import { ACCOUNT, Statement, doc, managedPolicyItem, roleItem } from './items';

const trust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
const ADMIN: Statement = { Effect: 'Allow', Action: '*', Resource: '*' };
const S3_ALL: Statement = { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' };
const DECRYPT_ALL: Statement = { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' };
const READ: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' };

/** The status of a rule on one template resource and on one item (with others in its scan), side by side. */
const both = (rule: Rule, t: ReturnType<typeof template>, id: string, item: ConfigItem, others: ConfigItem[] = []) => [
  statusOf(rule, id, t),
  statusOfItem(rule, item, others),
];

describe('IAM statement rules: a role in a template and as a configuration item agree', () => {
  const rules = { admin: IamNoAdminAccess, service: IamNoFullServiceAccess, decrypt: IamInlinePolicyNoKmsDecryptOnAllKeys };
  const scenarios: [string, Statement, Record<keyof typeof rules, Status>][] = [
    ['* on *', ADMIN, { admin: 'NON_COMPLIANT', service: 'NON_COMPLIANT', decrypt: 'NON_COMPLIANT' }],
    ['s3:* on a bucket', S3_ALL, { admin: 'COMPLIANT', service: 'NON_COMPLIANT', decrypt: 'COMPLIANT' }],
    ['kms:Decrypt on all keys', DECRYPT_ALL, { admin: 'COMPLIANT', service: 'COMPLIANT', decrypt: 'NON_COMPLIANT' }],
    ['s3:GetObject on a bucket', READ, { admin: 'COMPLIANT', service: 'COMPLIANT', decrypt: 'COMPLIANT' }],
  ];
  describe.each(scenarios)('inline policy allowing %s', (_, statement, expected) => {
    const t = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'p', PolicyDocument: doc(statement) }] },
      },
    });
    const item = roleItem({ inline: [doc(statement)] });
    it.each(Object.entries(rules))('%s', (key, rule) => {
      const status = expected[key as keyof typeof rules];
      expect(both(rule, t, 'Role', item)).toEqual([status, status]);
    });
  });

  it.each<[string, string, Status, Status]>([
    ['AdministratorAccess', 'arn:aws:iam::aws:policy/AdministratorAccess', 'NON_COMPLIANT', 'NON_COMPLIANT'],
    ['AmazonS3FullAccess', 'arn:aws:iam::aws:policy/AmazonS3FullAccess', 'COMPLIANT', 'NON_COMPLIANT'],
    ['ReadOnlyAccess', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'COMPLIANT', 'COMPLIANT'],
  ])('the AWS managed %s policy attached', (_, arn, admin, service) => {
    const t = template({
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: [arn] } },
    });
    const item = roleItem({ attached: [arn] });
    expect(both(IamNoAdminAccess, t, 'Role', item)).toEqual([admin, admin]);
    expect(both(IamNoFullServiceAccess, t, 'Role', item)).toEqual([service, service]);
  });

  it("reads an attached customer managed policy's document when the scan holds it, as a template holding the policy does", () => {
    const t = template({
      Admin: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc(ADMIN) } },
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: [{ Ref: 'Admin' }] },
      },
    });
    const policy = managedPolicyItem('Admin', doc(ADMIN));
    const item = roleItem({ attached: [policy.arn as string] });
    expect(both(IamNoAdminAccess, t, 'Role', item, [policy])).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    // A customer managed policy from outside the template or scan is judged where it is defined.
    const outside = template({
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: [policy.arn] } },
    });
    expect(both(IamNoAdminAccess, outside, 'Role', item)).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('needs review when the inline policies are not known', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: { AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'p', PolicyDocument: PARAM }] },
        },
      },
    });
    const item = configItem('AWS::IAM::Role', { roleName: 'r', attachedManagedPolicies: [] });
    for (const rule of Object.values(rules))
      expect(both(rule, t, 'Role', item)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    // A recorded policy without its document is not an empty policy either.
    const noDocument = configItem('AWS::IAM::Role', { rolePolicyList: [{ policyName: 'p' }], attachedManagedPolicies: [] });
    expect(statusOfItem(IamNoAdminAccess, noDocument)).toBe('INSUFFICIENT_DATA');
  });
});

describe('managed policies: AWS::IAM::ManagedPolicy in a template and AWS::IAM::Policy in Config agree', () => {
  it.each<[string, Statement, Status, Status, Status]>([
    ['* on *', ADMIN, 'NON_COMPLIANT', 'NON_COMPLIANT', 'NON_COMPLIANT'],
    ['kms:Decrypt on all keys', DECRYPT_ALL, 'COMPLIANT', 'COMPLIANT', 'NON_COMPLIANT'],
    ['s3:GetObject on a bucket', READ, 'COMPLIANT', 'COMPLIANT', 'COMPLIANT'],
  ])('a policy allowing %s', (_, statement, admin, service, decrypt) => {
    const t = template({ P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc(statement) } } });
    const item = managedPolicyItem('P', doc(statement));
    expect(both(IamNoAdminAccess, t, 'P', item)).toEqual([admin, admin]);
    expect(both(IamNoFullServiceAccess, t, 'P', item)).toEqual([service, service]);
    expect(both(IamNoKmsDecryptOnAllKeys, t, 'P', item)).toEqual([decrypt, decrypt]);
  });

  it('reads only the default version', () => {
    const item = configItem('AWS::IAM::Policy', {
      policyName: 'P',
      policyVersionList: [
        { versionId: 'v1', isDefaultVersion: false, document: doc(ADMIN) },
        { versionId: 'v2', isDefaultVersion: true, document: doc(READ) },
      ],
    });
    expect(statusOfItem(IamNoAdminAccess, item)).toBe('COMPLIANT');
  });

  it('needs review when the item records no versions, as a template whose document is a parameter does', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: PARAM } } },
    });
    const item = configItem('AWS::IAM::Policy', { policyName: 'P' });
    for (const rule of [IamNoAdminAccess, IamNoFullServiceAccess, IamNoKmsDecryptOnAllKeys])
      expect(both(rule, t, 'P', item)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
  });
});

describe('IamNoInlinePolicy: templates and configuration items agree', () => {
  it('fails an inline policy, whether from Policies or an AWS::IAM::Policy resource (Config lists both alike)', () => {
    const own = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'p', PolicyDocument: doc(READ) }] },
      },
    });
    const resource = template({
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } },
      P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Roles: [{ Ref: 'Role' }], PolicyDocument: doc(READ) } },
    });
    const item = roleItem({ inline: [doc(READ)] });
    expect(both(IamNoInlinePolicy, own, 'Role', item)).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    expect(both(IamNoInlinePolicy, resource, 'Role', item)).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });
  it('passes managed policies only', () => {
    const t = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: trust, ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] },
      },
    });
    expect(both(IamNoInlinePolicy, t, 'Role', roleItem({ attached: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }))).toEqual([
      'COMPLIANT',
      'COMPLIANT',
    ]);
  });
  it('needs review when the item does not record the inline list', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { G: { Type: 'AWS::IAM::Group', Properties: { Policies: PARAM } } },
    });
    expect(both(IamNoInlinePolicy, t, 'G', configItem('AWS::IAM::Group', { groupName: 'g' }))).toEqual([
      'INSUFFICIENT_DATA',
      'INSUFFICIENT_DATA',
    ]);
  });
});

describe('IAM users and groups: templates and configuration items agree', () => {
  const user = (configuration: Record<string, unknown>) =>
    configItem('AWS::IAM::User', {
      userName: 'u',
      userPolicyList: [],
      attachedManagedPolicies: [],
      groupList: [],
      ...configuration,
    });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, Status, Status]>([
    ['in a group, no policies', { Groups: ['devs'] }, { groupList: ['devs'] }, 'COMPLIANT', 'COMPLIANT'],
    [
      'in no group, with a managed policy',
      { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] },
      { attachedManagedPolicies: [{ policyName: 'ReadOnlyAccess', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }] },
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ],
    [
      'in a group, with an inline policy',
      { Groups: ['devs'], Policies: [{ PolicyName: 'p', PolicyDocument: doc(READ) }] },
      { groupList: ['devs'], userPolicyList: [{ policyName: 'p', policyDocument: doc(READ) }] },
      'NON_COMPLIANT',
      'COMPLIANT',
    ],
  ])('a user %s', (_, properties, configuration, policies, membership) => {
    const t = template({ U: { Type: 'AWS::IAM::User', Properties: properties } });
    const item = user(configuration);
    expect(both(IamUserNoPolicies, t, 'U', item)).toEqual([policies, policies]);
    expect(both(IamUserGroupMembership, t, 'U', item)).toEqual([membership, membership]);
  });

  it('needs review when the item does not record groups or policies', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { U: { Type: 'AWS::IAM::User', Properties: { Groups: PARAM, Policies: PARAM } } },
    });
    const item = configItem('AWS::IAM::User', { userName: 'u' });
    expect(both(IamUserNoPolicies, t, 'U', item)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    expect(both(IamUserGroupMembership, t, 'U', item)).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
  });

  it('IamGroupHasUsers reads members from the relationships and from recorded users', () => {
    const withMember = template({
      G: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'devs' } },
      U: { Type: 'AWS::IAM::User', Properties: { Groups: [{ Ref: 'G' }] } },
    });
    const empty = template({ G: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'devs' } } });
    const group = (relationships: ConfigItem['relationships']) =>
      configItem(
        'AWS::IAM::Group',
        { groupName: 'devs', groupPolicyList: [], attachedManagedPolicies: [] },
        { resourceName: 'devs', relationships },
      );
    const related = group([{ resourceType: 'AWS::IAM::User', resourceName: 'u', relationshipName: 'Contains User' }]);
    expect(both(IamGroupHasUsers, withMember, 'G', related)).toEqual(['COMPLIANT', 'COMPLIANT']);
    expect(both(IamGroupHasUsers, empty, 'G', group([]))).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    expect(statusOfItem(IamGroupHasUsers, group([]), [user({ groupList: ['devs'] })])).toBe('COMPLIANT');
  });
});

describe('IamRoleTrustRestricted: templates and configuration items agree', () => {
  const other = '444455556666';
  it.each<[string, Statement, Status]>([
    [
      'an AWS service',
      { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      'COMPLIANT',
    ],
    [
      'its own account',
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
      'COMPLIANT',
    ],
    [
      'another account without a condition',
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${other}:root` }, Action: 'sts:AssumeRole' },
      'NON_COMPLIANT',
    ],
    [
      'another account with an external id',
      {
        Effect: 'Allow',
        Principal: { AWS: other },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': 'x' } },
      },
      'COMPLIANT',
    ],
    ['everyone', { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }, 'NON_COMPLIANT'],
    [
      'GitHub OIDC without a subject',
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
      },
      'NON_COMPLIANT',
    ],
  ])('a role trusting %s', (_, statement, status) => {
    const t = template(
      { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: doc(statement) } } },
      { account: ACCOUNT },
    );
    expect(both(IamRoleTrustRestricted, t, 'Role', roleItem({ trust: doc(statement) }))).toEqual([status, status]);
  });

  it('needs review when the item does not record the trust policy', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: PARAM } } },
    });
    expect(both(IamRoleTrustRestricted, t, 'Role', configItem('AWS::IAM::Role', { roleName: 'r' }))).toEqual([
      'INSUFFICIENT_DATA',
      'INSUFFICIENT_DATA',
    ]);
  });
});

describe('IAM rules on the real items of the corpus', () => {
  const expected: Record<string, [Rule, Status][]> = {
    'AWS::IAM::Role': [
      // The RDK role trusts config.amazonaws.com and attaches customer policies the corpus does not hold, and AWS_ConfigRole.
      [IamRoleTrustRestricted, 'COMPLIANT'],
      [IamNoAdminAccess, 'COMPLIANT'],
      [IamNoInlinePolicy, 'COMPLIANT'],
    ],
    'AWS::IAM::User': [
      // johndoe: an inline codedeploy:* on *, AdministratorAccess attached, member of MyTestGroup.
      [IamNoAdminAccess, 'NON_COMPLIANT'],
      [IamNoFullServiceAccess, 'NON_COMPLIANT'],
      [IamUserNoPolicies, 'NON_COMPLIANT'],
      [IamUserGroupMembership, 'COMPLIANT'],
      [IamNoInlinePolicy, 'NON_COMPLIANT'],
    ],
    'AWS::IAM::Group': [
      [IamNoAdminAccess, 'NON_COMPLIANT'],
      [IamGroupHasUsers, 'COMPLIANT'],
    ],
    'AWS::IAM::Policy': [
      // ELB-policy: elasticloadbalancing:Describe* on *.
      [IamNoAdminAccess, 'COMPLIANT'],
      [IamNoFullServiceAccess, 'COMPLIANT'],
      [IamNoKmsDecryptOnAllKeys, 'COMPLIANT'],
    ],
  };
  const rdk = (type: string) => corpusItems(type).filter((c) => c.file.includes('rdk-example'));
  it.each(Object.keys(expected))('%s (RDK sample item)', (type) => {
    const items = rdk(type);
    expect(items.length).toBeGreaterThan(0);
    for (const { item } of items)
      for (const [rule, status] of expected[type]) expect([rule.id, statusOfItem(rule, item)]).toEqual([rule.id, status]);
  });

  it('reads the URL-encoded trust policy of the c7n role as a Lambda service trust', () => {
    const c7n = corpusItems('AWS::IAM::Role').filter((c) => c.file.includes('c7n'));
    expect(c7n.length).toBeGreaterThan(0);
    for (const { item } of c7n) expect(statusOfItem(IamRoleTrustRestricted, item)).toBe('COMPLIANT');
  });
});
