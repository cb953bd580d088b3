import { IamNoInlinePolicy as rule } from '../../../rules/iam/IamNoInlinePolicy';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const inline = [{ PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } }];

describe('IamNoInlinePolicy', () => {
  it('passes identities without inline policies', () => {
    const t = template({
      User: { Type: 'AWS::IAM::User' },
      Group: { Type: 'AWS::IAM::Group', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } },
    });
    expect(statusOf(rule, 'User', t)).toBe('COMPLIANT');
    expect(statusOf(rule, 'Group', t)).toBe('COMPLIANT');
  });

  it('fails when a role has Policies', () => {
    expect(
      statusOf(
        rule,
        'Role',
        template({ Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {}, Policies: inline } } }),
      ),
    ).toBe('NON_COMPLIANT');
  });

  it('fails when an AWS::IAM::Policy attaches to the role', () => {
    const t = template({
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      Default: {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyName: 'd', Roles: [{ Ref: 'Role' }], PolicyDocument: inline[0].PolicyDocument },
      },
    });
    expect(statusOf(rule, 'Role', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when Policies is a parameter', () => {
    expect(
      statusOf(
        rule,
        'User',
        template({ Parameters: PARAMETERS, Resources: { User: { Type: 'AWS::IAM::User', Properties: { Policies: PARAM } } } }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
