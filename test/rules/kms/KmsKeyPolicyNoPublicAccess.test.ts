import { KmsKeyPolicyNoPublicAccess as rule } from '../../../rules/kms/KmsKeyPolicyNoPublicAccess';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const ROOT = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] };
const key = (...statements: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      K: {
        Type: 'AWS::KMS::Key',
        Properties: {
          KeyPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' }, ...statements],
          },
        },
      },
    },
  });

describe('KmsKeyPolicyNoPublicAccess', () => {
  it('passes the default account-root policy', () => expect(statusOf(rule, 'K', key())).toBe('COMPLIANT'));
  it('passes "*" narrowed by kms:CallerAccount and kms:ViaService', () => {
    const t = key({
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Decrypt', 'kms:Encrypt'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:CallerAccount': { Ref: 'AWS::AccountId' }, 'kms:ViaService': 'rds.eu-west-2.amazonaws.com' },
      },
    });
    expect(statusOf(rule, 'K', t)).toBe('COMPLIANT');
  });
  it('fails kms:* to everyone', () =>
    expect(statusOf(rule, 'K', key({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }))).toBe('NON_COMPLIANT'));
  it('fails kms:Decrypt to everyone', () => {
    expect(statusOf(rule, 'K', key({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'kms:Decrypt', Resource: '*' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when the principal is a parameter', () => {
    expect(statusOf(rule, 'K', key({ Effect: 'Allow', Principal: { AWS: PARAM }, Action: 'kms:Decrypt', Resource: '*' }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
