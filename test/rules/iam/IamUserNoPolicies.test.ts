import { IamUserNoPolicies as rule } from '../../../rules/iam/IamUserNoPolicies';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

describe('IamUserNoPolicies', () => {
  it('passes a user that only belongs to a group', () => {
    expect(statusOf(rule, 'User', template({ User: { Type: 'AWS::IAM::User', Properties: { Groups: ['admins'] } } }))).toBe(
      'COMPLIANT',
    );
  });

  it('fails when the user has a managed policy', () => {
    expect(
      statusOf(
        rule,
        'User',
        template({
          User: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] } },
        }),
      ),
    ).toBe('NON_COMPLIANT');
  });

  it('fails when a policy resource names the user', () => {
    const t = template({
      User: { Type: 'AWS::IAM::User', Properties: { UserName: 'alice' } },
      P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', Users: ['alice'], PolicyDocument: { Statement: [] } } },
    });
    expect(statusOf(rule, 'User', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when ManagedPolicyArns is a parameter', () => {
    expect(
      statusOf(
        rule,
        'User',
        template({
          Parameters: PARAMETERS,
          Resources: { User: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: PARAM } } },
        }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
