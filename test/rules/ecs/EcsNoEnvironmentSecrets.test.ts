import { EcsNoEnvironmentSecrets as rule } from '../../../rules/ecs/EcsNoEnvironmentSecrets';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const task = (...env: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Secret: { Type: 'AWS::SecretsManager::Secret' },
      Task: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: { ContainerDefinitions: [{ Name: 'app', Image: 'app', Environment: env }] },
      },
    },
  });

describe('EcsNoEnvironmentSecrets', () => {
  it('passes ordinary variables and pointers to secrets', () => {
    expect(
      statusOf(
        rule,
        'Task',
        task(
          { Name: 'LOG_LEVEL', Value: 'info' },
          { Name: 'DB_SECRET_ARN', Value: { Ref: 'Secret' } },
          { Name: 'API_KEY', Value: 'arn:aws:secretsmanager:eu-west-2:111122223333:secret:k' },
        ),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when a password is in plain text, without echoing it', () => {
    const r = resultOf(rule, 'Task', task({ Name: 'DB_PASSWORD', Value: 'correct-horse' }));
    expect(r.status).toBe('NON_COMPLIANT');
    expect(r.message).toContain('DB_PASSWORD');
    expect(r.message).not.toContain('correct-horse');
  });
  it('fails when AWS access keys are set', () => {
    expect(statusOf(rule, 'Task', task({ Name: 'AWS_ACCESS_KEY_ID', Value: 'AKIAEXAMPLE' }))).toBe('NON_COMPLIANT');
  });
  it('fails when a dynamic reference resolves a secret into the environment', () => {
    expect(statusOf(rule, 'Task', task({ Name: 'TOKEN', Value: '{{resolve:secretsmanager:app:SecretString:token}}' }))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when a secret-named variable takes a parameter', () => {
    expect(statusOf(rule, 'Task', task({ Name: 'DB_PASSWORD', Value: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});

describe('EcsNoEnvironmentSecrets settings', () => {
  it('passes a flag whose name mentions a token', () => {
    expect(statusOf(rule, 'Task', task({ Name: 'ENABLE_TOKEN_AUTH', Value: 'true' }))).toBe('COMPLIANT');
  });
});
