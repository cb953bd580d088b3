import { IamNoUsersOrAccessKeys as rule } from '../../../rules/iam/IamNoUsersOrAccessKeys';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

describe('IamNoUsersOrAccessKeys', () => {
  it('passes a user without a console password, and an inactive key', () => {
    const t = template({
      U: { Type: 'AWS::IAM::User' },
      K: { Type: 'AWS::IAM::AccessKey', Properties: { UserName: { Ref: 'U' }, Status: 'Inactive' } },
    });
    expect(statusOf(rule, 'U', t)).toBe('COMPLIANT');
    expect(statusOf(rule, 'K', t)).toBe('COMPLIANT');
  });

  it('fails when a user has a LoginProfile, without echoing the password', () => {
    const r = resultOf(
      rule,
      'U',
      template({ U: { Type: 'AWS::IAM::User', Properties: { LoginProfile: { Password: 'hunter2hunter2' } } } }),
    );
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).not.toContain('hunter2');
  });

  it('fails when an access key is created', () => {
    expect(statusOf(rule, 'K', template({ K: { Type: 'AWS::IAM::AccessKey', Properties: { UserName: 'ci' } } }))).toBe(
      'NON_COMPLIANT',
    );
  });

  it('needs review when the key status is a parameter', () => {
    expect(
      statusOf(
        rule,
        'K',
        template({
          Parameters: PARAMETERS,
          Resources: { K: { Type: 'AWS::IAM::AccessKey', Properties: { UserName: 'ci', Status: PARAM } } },
        }),
      ),
    ).toBe('INSUFFICIENT_DATA');
  });
});
