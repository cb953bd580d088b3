import { RdsNoDefaultAdminUsername as rule } from '../../../rules/rds/RdsNoDefaultAdminUsername';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', ...props } }, ...extra },
  });

/** How CDK writes a generated credential: a secret with a username template and dynamic references to it. */
const generatedSecret = (username: string) => ({
  Secret: {
    Type: 'AWS::SecretsManager::Secret',
    Properties: { GenerateSecretString: { SecretStringTemplate: JSON.stringify({ username }), GenerateStringKey: 'password' } },
  },
});
const fromSecret = (key: string) => ({
  'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'Secret' }, `:SecretString:${key}::}}`]],
});

describe('RdsNoDefaultAdminUsername', () => {
  it('passes a non-default name', () => expect(statusOf(rule, 'Db', db({ MasterUsername: 'orders_owner' }))).toBe('COMPLIANT'));
  it('passes a non-default name read from a generated secret', () => {
    expect(statusOf(rule, 'Db', db({ MasterUsername: fromSecret('username') }, generatedSecret('appowner')))).toBe('COMPLIANT');
  });
  it('is not applicable when the username is inherited', () =>
    expect(statusOf(rule, 'Db', db({ SourceDBInstanceIdentifier: 'src' }))).toBe('NOT_APPLICABLE'));

  it('fails when the username is postgres', () =>
    expect(statusOf(rule, 'Db', db({ MasterUsername: 'postgres' }))).toBe('NON_COMPLIANT'));
  it('fails when a cluster uses Admin', () => {
    const t = template({
      Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', MasterUsername: 'Admin' } },
    });
    expect(statusOf(rule, 'Cluster', t)).toBe('NON_COMPLIANT');
  });
  it('fails when the generated secret’s username is admin', () => {
    expect(statusOf(rule, 'Db', db({ MasterUsername: fromSecret('username') }, generatedSecret('admin')))).toBe('NON_COMPLIANT');
  });

  it('needs review when the username is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ MasterUsername: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the username is read from a secret outside the template', () => {
    expect(statusOf(rule, 'Db', db({ MasterUsername: '{{resolve:secretsmanager:prod/db:SecretString:username}}' }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
