import { IamUserGroupMembership as rule } from '../../../rules/iam/IamUserGroupMembership';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

describe('IamUserGroupMembership', () => {
  it('passes a user with Groups', () => {
    expect(
      statusOf(
        rule,
        'User',
        template({ User: { Type: 'AWS::IAM::User', Properties: { Groups: [{ Ref: 'G' }] } }, G: { Type: 'AWS::IAM::Group' } }),
      ),
    ).toBe('COMPLIANT');
  });

  it('passes a user added by a UserToGroupAddition', () => {
    const t = template({
      User: { Type: 'AWS::IAM::User' },
      Add: { Type: 'AWS::IAM::UserToGroupAddition', Properties: { GroupName: 'g', Users: [{ Ref: 'User' }] } },
    });
    expect(statusOf(rule, 'User', t)).toBe('COMPLIANT');
  });

  it('fails when the user is in no group', () => {
    expect(statusOf(rule, 'User', template({ User: { Type: 'AWS::IAM::User' } }))).toBe('NON_COMPLIANT');
  });

  it('needs review when Groups is a parameter', () => {
    expect(
      statusOf(
        rule,
        'User',
        template({ Parameters: PARAMETERS, Resources: { User: { Type: 'AWS::IAM::User', Properties: { Groups: PARAM } } } }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
