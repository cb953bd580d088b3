import { IamRoleTrustRestricted as rule } from '../../../rules/iam/IamRoleTrustRestricted';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const role = (statement: Record<string, unknown>, options: { account?: string } = {}) =>
  template(
    {
      Parameters: PARAMETERS,
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...statement }],
            },
          },
        },
      },
    },
    options,
  );
const ownRoot = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] };

describe('IamRoleTrustRestricted', () => {
  it('passes a service principal', () => {
    expect(statusOf(rule, 'Role', role({ Principal: { Service: 'lambda.amazonaws.com' } }))).toBe('COMPLIANT');
  });

  it("passes the stack's own account as CDK writes it, even when the stack is environment-agnostic", () => {
    expect(statusOf(rule, 'Role', role({ Principal: { AWS: ownRoot } }))).toBe('COMPLIANT');
  });

  it('passes another account with an external id', () => {
    const t = role(
      { Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Condition: { StringEquals: { 'sts:ExternalId': 'x' } } },
      { account: '444455556666' },
    );
    expect(statusOf(rule, 'Role', t)).toBe('COMPLIANT');
  });

  it('fails when the trust is open to everyone', () => {
    expect(statusOf(rule, 'Role', role({ Principal: { AWS: '*' } }))).toBe('NON_COMPLIANT');
  });

  it('fails when another account is trusted without conditions', () => {
    const r = resultOf(rule, 'Role', role({ Principal: { AWS: '111122223333' } }, { account: '444455556666' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('111122223333');
  });

  it('fails when an OIDC provider is trusted without conditions', () => {
    expect(
      statusOf(
        rule,
        'Role',
        role({
          Principal: { Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
        }),
      ),
    ).toBe('NON_COMPLIANT');
  });

  it('needs review when the stack account is unknown and a literal account is trusted', () => {
    expect(statusOf(rule, 'Role', role({ Principal: { AWS: '111122223333' } }))).toBe('INSUFFICIENT_DATA');
  });

  it('needs review when the principal is a parameter', () => {
    expect(statusOf(rule, 'Role', role({ Principal: { AWS: PARAM } }))).toBe('INSUFFICIENT_DATA');
  });
});

describe('IamRoleTrustRestricted with GitHub Actions', () => {
  const github = (condition: Record<string, unknown>) =>
    role({
      Principal: { Federated: 'arn:aws:iam::444455556666:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: condition,
    });
  it('passes when the subject names the repository', () => {
    expect(
      statusOf(
        rule,
        'Role',
        github({
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:nhs/app:*' },
        }),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when only the audience is checked', () => {
    expect(
      statusOf(rule, 'Role', github({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } })),
    ).toBe('NON_COMPLIANT');
  });
});
