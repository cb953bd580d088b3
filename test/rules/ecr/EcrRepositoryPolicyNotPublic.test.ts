import { EcrRepositoryPolicyNotPublic as rule } from '../../../rules/ecr/EcrRepositoryPolicyNotPublic';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const repo = (statement?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Repo: {
        Type: 'AWS::ECR::Repository',
        Properties: statement
          ? {
              RepositoryPolicyText: {
                Version: '2012-10-17',
                Statement: [{ Effect: 'Allow', Action: ['ecr:BatchGetImage'], ...statement }],
              },
            }
          : {},
      },
    },
  });

describe('EcrRepositoryPolicyNotPublic', () => {
  it('passes a repository without a policy', () => expect(statusOf(rule, 'Repo', repo())).toBe('COMPLIANT'));
  it('passes a grant to a named account', () =>
    expect(statusOf(rule, 'Repo', repo({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBe('COMPLIANT'));
  it('passes "*" limited to the organisation', () => {
    expect(statusOf(rule, 'Repo', repo({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }))).toBe(
      'COMPLIANT',
    );
  });
  it('fails when everyone may pull', () =>
    expect(statusOf(rule, 'Repo', repo({ Principal: { AWS: '*' } }))).toBe('NON_COMPLIANT'));
  it('needs review when the principal is a parameter', () =>
    expect(statusOf(rule, 'Repo', repo({ Principal: { AWS: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});
