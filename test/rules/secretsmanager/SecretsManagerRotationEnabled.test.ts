import { SecretsManagerRotationEnabled as rule } from '../../../rules/secretsmanager/SecretsManagerRotationEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const schedule = (secretId: unknown, condition?: string) => ({
  Type: 'AWS::SecretsManager::RotationSchedule',
  ...(condition ? { Condition: condition } : {}),
  Properties: {
    SecretId: secretId,
    RotationLambdaARN: 'arn:aws:lambda:eu-west-2:1:function:rotate',
    RotationRules: { AutomaticallyAfterDays: 30 },
  },
});
const secrets = (extra: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Conditions: { Rotate: { 'Fn::Equals': [PARAM, 'yes'] } },
    Resources: { S: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'app/db' } }, ...extra },
  });

describe('SecretsManagerRotationEnabled', () => {
  it('passes with a rotation schedule on the secret', () =>
    expect(statusOf(rule, 'S', secrets({ R: schedule({ Ref: 'S' }) }))).toBe('COMPLIANT'));
  it('passes with a schedule naming the secret literally', () =>
    expect(statusOf(rule, 'S', secrets({ R: schedule('app/db') }))).toBe('COMPLIANT'));
  it('passes with a schedule on the secret’s target attachment (CDK database rotation)', () => {
    const t = secrets({
      A: {
        Type: 'AWS::SecretsManager::SecretTargetAttachment',
        Properties: { SecretId: { Ref: 'S' }, TargetId: 'db', TargetType: 'AWS::RDS::DBInstance' },
      },
      R: schedule({ Ref: 'A' }),
    });
    expect(statusOf(rule, 'S', t)).toBe('COMPLIANT');
  });
  it('fails without a schedule', () => expect(statusOf(rule, 'S', secrets({}))).toBe('NON_COMPLIANT'));
  it('fails when the only schedule rotates another secret', () => {
    expect(statusOf(rule, 'S', secrets({ Other: { Type: 'AWS::SecretsManager::Secret' }, R: schedule({ Ref: 'Other' }) }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('fails by cases when the schedule depends on an undecidable condition', () => {
    expect(statusOf(rule, 'S', secrets({ R: schedule({ Ref: 'S' }, 'Rotate') }))).toBe('NON_COMPLIANT');
  });
});
