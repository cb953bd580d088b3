import { IamGroupHasUsers as rule } from '../../../rules/iam/IamGroupHasUsers';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

describe('IamGroupHasUsers', () => {
  it('passes a group a user refers to', () => {
    expect(
      statusOf(
        rule,
        'G',
        template({ G: { Type: 'AWS::IAM::Group' }, U: { Type: 'AWS::IAM::User', Properties: { Groups: [{ Ref: 'G' }] } } }),
      ),
    ).toBe('COMPLIANT');
  });

  it('fails when nobody is in the group', () => {
    expect(statusOf(rule, 'G', template({ G: { Type: 'AWS::IAM::Group' }, U: { Type: 'AWS::IAM::User' } }))).toBe(
      'NON_COMPLIANT',
    );
  });

  it("needs review when a user's groups are a parameter", () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { G: { Type: 'AWS::IAM::Group' }, U: { Type: 'AWS::IAM::User', Properties: { Groups: PARAM } } },
    });
    expect(statusOf(rule, 'G', t)).toBe('INSUFFICIENT_DATA');
  });
});
