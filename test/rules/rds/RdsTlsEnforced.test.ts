import { RdsTlsEnforced as rule } from '../../../rules/rds/RdsTlsEnforced';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const withGroup = (engine: string, parameters: unknown, version?: string) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Params: { Type: 'AWS::RDS::DBParameterGroup', Properties: { Family: 'x', Description: 'x', Parameters: parameters } },
      Db: {
        Type: 'AWS::RDS::DBInstance',
        Properties: { Engine: engine, EngineVersion: version, DBParameterGroupName: { Ref: 'Params' } },
      },
    },
  });
const plain = (props: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: props } } });

describe('RdsTlsEnforced', () => {
  it('passes PostgreSQL with rds.force_ssl = 1', () =>
    expect(statusOf(rule, 'Db', withGroup('postgres', { 'rds.force_ssl': '1' }, '14.9'))).toBe('COMPLIANT'));
  it('passes MySQL with require_secure_transport = ON', () =>
    expect(statusOf(rule, 'Db', withGroup('mysql', { require_secure_transport: 'ON' }))).toBe('COMPLIANT'));
  it('passes PostgreSQL 16 on its default parameter group', () =>
    expect(statusOf(rule, 'Db', plain({ Engine: 'postgres', EngineVersion: '16.3' }))).toBe('COMPLIANT'));
  it('passes an Aurora cluster whose cluster parameter group forces TLS', () => {
    const t = template({
      Params: {
        Type: 'AWS::RDS::DBClusterParameterGroup',
        Properties: { Family: 'x', Description: 'x', Parameters: { 'rds.force_ssl': 1 } },
      },
      Cluster: {
        Type: 'AWS::RDS::DBCluster',
        Properties: { Engine: 'aurora-postgresql', DBClusterParameterGroupName: { Ref: 'Params' } },
      },
    });
    expect(statusOf(rule, 'Cluster', t)).toBe('COMPLIANT');
  });
  it('passes MariaDB 11.8 on its default parameter group', () =>
    expect(statusOf(rule, 'Db', plain({ Engine: 'mariadb', EngineVersion: '11.8.3' }))).toBe('COMPLIANT'));
  it('is not applicable to Oracle', () => expect(statusOf(rule, 'Db', plain({ Engine: 'oracle-ee' }))).toBe('NOT_APPLICABLE'));

  it('fails MySQL on the default parameter group', () =>
    expect(statusOf(rule, 'Db', plain({ Engine: 'mysql' }))).toBe('NON_COMPLIANT'));
  it('fails PostgreSQL 14 on the default parameter group', () => {
    expect(
      statusOf(rule, 'Db', plain({ Engine: 'postgres', EngineVersion: '14.9', DBParameterGroupName: 'default.postgres14' })),
    ).toBe('NON_COMPLIANT');
  });
  it('fails when rds.force_ssl is 0', () =>
    expect(statusOf(rule, 'Db', withGroup('postgres', { 'rds.force_ssl': 0 }, '16.1'))).toBe('NON_COMPLIANT'));
  it('fails MariaDB whose custom group leaves the parameter unset', () =>
    expect(statusOf(rule, 'Db', withGroup('mariadb', { max_connections: '100' }, '10.11.8'))).toBe('NON_COMPLIANT'));

  it('fails MariaDB 11.4 on its default parameter group', () =>
    expect(statusOf(rule, 'Db', plain({ Engine: 'mariadb', EngineVersion: '11.4.5' }))).toBe('NON_COMPLIANT'));

  it('needs review for MariaDB without an EngineVersion', () =>
    expect(statusOf(rule, 'Db', plain({ Engine: 'mariadb' }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the parameter value is a parameter', () =>
    expect(statusOf(rule, 'Db', withGroup('mysql', { require_secure_transport: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the parameter group is outside the template', () =>
    expect(statusOf(rule, 'Db', plain({ Engine: 'mysql', DBParameterGroupName: 'shared-mysql' }))).toBe('INSUFFICIENT_DATA'));
});
