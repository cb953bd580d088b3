import { IamNoAdminAccess as rule } from '../../../rules/iam/IamNoAdminAccess';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const admin = { Effect: 'Allow', Action: '*', Resource: '*' };
const trust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
const adminArn = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AdministratorAccess']] };

describe('IamNoAdminAccess', () => {
  it('passes a policy scoped to read-only S3 on all resources', () => {
    const t = template({
      P: {
        Type: 'AWS::IAM::Policy',
        Properties: { PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }) },
      },
    });
    expect(statusOf(rule, 'P', t)).toBe('COMPLIANT');
  });

  it('passes a CDK-style role whose policy names resources built with Fn::Join', () => {
    const t = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: trust,
          ManagedPolicyArns: [
            {
              'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']],
            },
          ],
        },
      },
      Default: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: 'd',
          Roles: [{ Ref: 'Role' }],
          PolicyDocument: doc({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::b/*']] },
          }),
        },
      },
    });
    expect(statusOf(rule, 'Role', t)).toBe('COMPLIANT');
    expect(statusOf(rule, 'Default', t)).toBe('COMPLIANT');
  });

  it('fails when a policy allows * on *', () => {
    const t = template({ P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc(admin) } } });
    expect(statusOf(rule, 'P', t)).toBe('NON_COMPLIANT');
  });

  it('fails when a role has an inline admin policy', () => {
    const t = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: trust, Policies: [{ PolicyName: 'Admin', PolicyDocument: doc(admin) }] },
      },
    });
    expect(resultOf(rule, 'Role', t).message).toContain('inline policy Admin');
  });

  it('fails on the role when a separate policy resource grants it admin', () => {
    const t = template({
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust } },
      Grant: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'g', Roles: [{ Ref: 'Role' }], PolicyDocument: doc(admin) } },
    });
    const r = resultOf(rule, 'Role', t);
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('policy resource Grant');
  });

  it('fails when the AWS managed AdministratorAccess policy is attached as CDK writes it', () => {
    const t = template({ User: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: [adminArn] } } });
    expect(resultOf(rule, 'User', t).message).toContain('AdministratorAccess');
  });

  it('fails through an in-template managed policy listed in ManagedPolicyArns', () => {
    const t = template({
      Group: { Type: 'AWS::IAM::Group', Properties: { ManagedPolicyArns: [{ Ref: 'Mp' }] } },
      Mp: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc(admin) } },
    });
    expect(statusOf(rule, 'Group', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when the action is a parameter', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        P: {
          Type: 'AWS::IAM::Policy',
          Properties: { PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: PARAM, Resource: '*' }) },
        },
      },
    });
    expect(statusOf(rule, 'P', t)).toBe('INSUFFICIENT_DATA');
  });

  it('needs review when a managed policy ARN is a parameter', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { User: { Type: 'AWS::IAM::User', Properties: { ManagedPolicyArns: [PARAM] } } },
    });
    expect(statusOf(rule, 'User', t)).toBe('INSUFFICIENT_DATA');
  });
});
