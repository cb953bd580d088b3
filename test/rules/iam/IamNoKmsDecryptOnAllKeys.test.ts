import { IamInlinePolicyNoKmsDecryptOnAllKeys as inlineRule } from '../../../rules/iam/IamInlinePolicyNoKmsDecryptOnAllKeys';
import { IamNoKmsDecryptOnAllKeys as rule } from '../../../rules/iam/IamNoKmsDecryptOnAllKeys';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const managed = (Resource: unknown, Action: unknown = 'kms:Decrypt') =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      P: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action, Resource }] } },
      },
    },
  });

describe('IamNoKmsDecryptOnAllKeys', () => {
  it('passes decrypt on a named key', () => {
    expect(statusOf(rule, 'P', managed('arn:aws:kms:eu-west-2:111122223333:key/abcd'))).toBe('COMPLIANT');
  });
  it('fails when kms:Decrypt is allowed on *', () => {
    expect(statusOf(rule, 'P', managed('*'))).toBe('NON_COMPLIANT');
  });
  it('fails when kms:* is allowed on every key ARN', () => {
    expect(statusOf(rule, 'P', managed('arn:aws:kms:*:*:key/*', 'kms:*'))).toBe('NON_COMPLIANT');
  });
  it('needs review when the resource is a parameter', () => {
    expect(statusOf(rule, 'P', managed(PARAM))).toBe('INSUFFICIENT_DATA');
  });
});

describe('IamInlinePolicyNoKmsDecryptOnAllKeys', () => {
  const statement = (Resource: unknown) => ({ Effect: 'Allow', Action: 'kms:ReEncryptFrom', Resource });
  it('passes an inline policy on a named key', () => {
    const t = template({
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {},
          Policies: [{ PolicyName: 'k', PolicyDocument: { Statement: [statement({ 'Fn::GetAtt': ['Key', 'Arn'] })] } }],
        },
      },
      Key: { Type: 'AWS::KMS::Key' },
    });
    expect(statusOf(inlineRule, 'Role', t)).toBe('COMPLIANT');
  });
  it('fails when a policy resource allows kms:ReEncryptFrom on *', () => {
    expect(
      statusOf(
        inlineRule,
        'P',
        template({
          P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: { Statement: [statement('*')] } } },
        }),
      ),
    ).toBe('NON_COMPLIANT');
  });
  it('needs review when the inline document is a parameter', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: { U: { Type: 'AWS::IAM::User', Properties: { Policies: [{ PolicyName: 'k', PolicyDocument: PARAM }] } } },
    });
    expect(statusOf(inlineRule, 'U', t)).toBe('INSUFFICIENT_DATA');
  });
});
