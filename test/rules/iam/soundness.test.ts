import { IamGroupHasUsers } from '../../../rules/iam/IamGroupHasUsers';
import { IamNoAdminAccess } from '../../../rules/iam/IamNoAdminAccess';
import { IamNoFullServiceAccess } from '../../../rules/iam/IamNoFullServiceAccess';
import { IamNoKmsDecryptOnAllKeys } from '../../../rules/iam/IamNoKmsDecryptOnAllKeys';
import { IamUserGroupMembership } from '../../../rules/iam/IamUserGroupMembership';
import { statusOf, template } from '../harness';

/*
 * Values the template leaves open must never pass: each case here would fail for
 * some value its parameter or condition allows.
 */
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const trust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
const parameters = { Name: { Type: 'String' }, Verb: { Type: 'String' }, Key: { Type: 'String' } };

describe('IAM rules on values the template leaves open', () => {
  it('does not pass a managed policy ARN whose name is a parameter (it may be AdministratorAccess)', () => {
    const t = template({
      Parameters: parameters,
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: trust,
            ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/${Name}' }],
          },
        },
      },
    });
    expect(statusOf(IamNoAdminAccess, 'Role', t)).toBe('INSUFFICIENT_DATA');
    expect(statusOf(IamNoFullServiceAccess, 'Role', t)).toBe('INSUFFICIENT_DATA');
  });

  it('passes a managed policy ARN whose known part names another policy', () => {
    const t = template({
      Parameters: parameters,
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: trust,
            ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${Name}' }],
          },
        },
      },
    });
    expect(statusOf(IamNoAdminAccess, 'Role', t)).toBe('COMPLIANT');
  });

  it('does not pass an action built with Sub that may be a service wildcard', () => {
    const t = template({
      Parameters: parameters,
      Resources: {
        P: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: { PolicyDocument: doc({ Effect: 'Allow', Action: { 'Fn::Sub': 's3:${Verb}' }, Resource: '*' }) },
        },
      },
    });
    expect(statusOf(IamNoFullServiceAccess, 'P', t)).toBe('INSUFFICIENT_DATA');
  });

  it('passes an action built with Sub whose known part rules out a wildcard', () => {
    const t = template({
      Parameters: parameters,
      Resources: {
        P: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: { PolicyDocument: doc({ Effect: 'Allow', Action: { 'Fn::Sub': 's3:Get${Verb}' }, Resource: '*' }) },
        },
      },
    });
    expect(statusOf(IamNoFullServiceAccess, 'P', t)).toBe('COMPLIANT');
    expect(statusOf(IamNoAdminAccess, 'P', t)).toBe('COMPLIANT');
  });

  it('does not pass decrypt on a key ARN whose key id is a parameter (it may be *)', () => {
    const t = template({
      Parameters: parameters,
      Resources: {
        P: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: doc({
              Effect: 'Allow',
              Action: 'kms:Decrypt',
              Resource: { 'Fn::Sub': 'arn:aws:kms:eu-west-2:111122223333:key/${Key}' },
            }),
          },
        },
      },
    });
    expect(statusOf(IamNoKmsDecryptOnAllKeys, 'P', t)).toBe('INSUFFICIENT_DATA');
  });

  it('fails a user whose only group may vanish under a condition', () => {
    const t = template({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        G: { Type: 'AWS::IAM::Group' },
        U: { Type: 'AWS::IAM::User', Properties: { Groups: [{ 'Fn::If': ['IsProd', { Ref: 'G' }, { Ref: 'AWS::NoValue' }] }] } },
      },
    });
    expect(statusOf(IamUserGroupMembership, 'U', t)).toBe('NON_COMPLIANT');
    expect(statusOf(IamGroupHasUsers, 'G', t)).toBe('NON_COMPLIANT');
  });

  it('fails a group whose only member is added by a conditional user-to-group addition', () => {
    const t = template({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        G: { Type: 'AWS::IAM::Group' },
        U: { Type: 'AWS::IAM::User' },
        Add: {
          Type: 'AWS::IAM::UserToGroupAddition',
          Condition: 'IsProd',
          Properties: { GroupName: { Ref: 'G' }, Users: [{ Ref: 'U' }] },
        },
      },
    });
    expect(statusOf(IamGroupHasUsers, 'G', t)).toBe('NON_COMPLIANT');
    expect(statusOf(IamUserGroupMembership, 'U', t)).toBe('NON_COMPLIANT');
  });

  it('judges each case of a policy attached only under a condition on its own (no grants cached across cases)', () => {
    const t = template({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: trust,
            Policies: [
              {
                PolicyName: 'p',
                PolicyDocument: doc({
                  Effect: 'Allow',
                  Action: { 'Fn::If': ['IsProd', 's3:GetObject', '*'] },
                  Resource: '*',
                }),
              },
            ],
          },
        },
      },
    });
    expect(statusOf(IamNoAdminAccess, 'Role', t)).toBe('NON_COMPLIANT');
  });
});
