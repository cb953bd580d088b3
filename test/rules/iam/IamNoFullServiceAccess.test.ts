import { IamNoFullServiceAccess as rule } from '../../../rules/iam/IamNoFullServiceAccess';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const policy = (...Statement: unknown[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: { P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: { Statement } } } },
  });

describe('IamNoFullServiceAccess', () => {
  it('passes specific actions and a Deny of a whole service', () => {
    expect(
      statusOf(
        rule,
        'P',
        policy({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }, { Effect: 'Allow', Action: ['s3:Get*'], Resource: '*' }),
      ),
    ).toBe('COMPLIANT');
  });

  it('fails when a statement allows s3:*', () => {
    const r = resultOf(rule, 'P', policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('"s3:*"');
  });

  it('fails when a statement allows *', () => {
    expect(statusOf(rule, 'P', policy({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }))).toBe('NON_COMPLIANT');
  });

  it('fails when a role holds an AWS managed FullAccess policy', () => {
    const t = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] },
      },
    });
    expect(resultOf(rule, 'Role', t).message).toContain('AmazonS3FullAccess');
  });

  it('needs review when the effect is a parameter', () => {
    expect(statusOf(rule, 'P', policy({ Effect: PARAM, Action: 's3:*', Resource: '*' }))).toBe('INSUFFICIENT_DATA');
  });
});
