import { SecretsManagerRotationEnabled } from '../../../rules/secretsmanager/SecretsManagerRotationEnabled';
import { SecretsManagerUsingCmk } from '../../../rules/secretsmanager/SecretsManagerUsingCmk';
import { PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:eu-west-2:111122223333:key/${KEY_ID}`;

const secretTemplate = (kmsKeyId: unknown, rotated: boolean, conditional = false) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Maybe: { 'Fn::Equals': [{ Ref: 'Input' }, 'yes'] } },
    Resources: {
      Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [] } } },
      Secret: { Type: 'AWS::SecretsManager::Secret', Properties: { KmsKeyId: kmsKeyId, GenerateSecretString: {} } },
      ...(rotated && {
        Rotation: {
          Type: 'AWS::SecretsManager::RotationSchedule',
          ...(conditional && { Condition: 'Maybe' }),
          Properties: {
            SecretId: { Ref: 'Secret' },
            RotationLambdaARN: 'arn:aws:lambda:eu-west-2:111122223333:function:rotate',
            RotationRules: { AutomaticallyAfterDays: 30 },
          },
        },
      }),
    },
  });
const secretItem = (configuration: Record<string, unknown>) =>
  configItem('AWS::SecretsManager::Secret', { Name: 'db', ...configuration });
const keyItem = (manager: string) => configItem('AWS::KMS::Key', { keyId: KEY_ID, keyManager: manager }, { resourceId: KEY_ID });

describe('Secrets Manager: templates and configuration items agree', () => {
  it('a secret under a customer managed key that rotates', () => {
    expect(statusOf(SecretsManagerUsingCmk, 'Secret', secretTemplate({ Ref: 'Key' }, true))).toBe('COMPLIANT');
    expect(statusOfItem(SecretsManagerUsingCmk, secretItem({ KMSKeyId: KEY_ARN }), [keyItem('CUSTOMER')])).toBe('COMPLIANT');
    expect(statusOf(SecretsManagerRotationEnabled, 'Secret', secretTemplate(undefined, true))).toBe('COMPLIANT');
    expect(statusOfItem(SecretsManagerRotationEnabled, secretItem({ RotationEnabled: true }))).toBe('COMPLIANT');
  });

  it('a secret under the default key that never rotates', () => {
    expect(statusOf(SecretsManagerUsingCmk, 'Secret', secretTemplate(undefined, false))).toBe('NON_COMPLIANT');
    expect(statusOfItem(SecretsManagerUsingCmk, secretItem({}))).toBe('NON_COMPLIANT');
    expect(statusOf(SecretsManagerRotationEnabled, 'Secret', secretTemplate(undefined, false))).toBe('NON_COMPLIANT');
    expect(statusOfItem(SecretsManagerRotationEnabled, secretItem({}))).toBe('NON_COMPLIANT');
  });

  it('a key id that cannot be looked up is undecided, as a key from outside the template is', () => {
    expect(statusOf(SecretsManagerUsingCmk, 'Secret', secretTemplate(KEY_ARN, false))).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(SecretsManagerUsingCmk, secretItem({ KMSKeyId: KEY_ARN }))).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(SecretsManagerUsingCmk, secretItem({ KMSKeyId: KEY_ARN }), [keyItem('AWS')])).toBe('NON_COMPLIANT');
  });

  // The engine decides a conditional schedule by cases: without it the secret does not rotate.
  it('fails when the rotation schedule exists only under a condition', () =>
    expect(statusOf(SecretsManagerRotationEnabled, 'Secret', secretTemplate(undefined, true, true))).toBe('NON_COMPLIANT'));
});
