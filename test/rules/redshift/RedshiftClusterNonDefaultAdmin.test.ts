import { RedshiftClusterNonDefaultAdmin as rule } from '../../../rules/redshift/RedshiftClusterNonDefaultAdmin';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

const fromSecret = (username: string) =>
  cluster(
    { MasterUsername: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'Secret' }, ':SecretString:username::}}']] } },
    {
      Secret: {
        Type: 'AWS::SecretsManager::Secret',
        Properties: {
          GenerateSecretString: { SecretStringTemplate: JSON.stringify({ username }), GenerateStringKey: 'password' },
        },
      },
    },
  );

describe('RedshiftClusterNonDefaultAdmin', () => {
  it('passes with a unique name', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('COMPLIANT'));
  it('passes with a unique name from a generated secret', () =>
    expect(statusOf(rule, 'Cluster', fromSecret('warehouse_admin'))).toBe('COMPLIANT'));
  it('fails when the name is awsuser', () =>
    expect(statusOf(rule, 'Cluster', cluster({ MasterUsername: 'awsuser' }))).toBe('NON_COMPLIANT'));
  it('fails when the generated secret uses awsuser', () =>
    expect(statusOf(rule, 'Cluster', fromSecret('awsuser'))).toBe('NON_COMPLIANT'));
  it('needs review when the name is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ MasterUsername: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
