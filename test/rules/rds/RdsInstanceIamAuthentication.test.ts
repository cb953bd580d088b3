import { RdsInstanceIamAuthentication as rule } from '../../../rules/rds/RdsInstanceIamAuthentication';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', ...props } } },
  });

describe('RdsInstanceIamAuthentication', () => {
  it('passes when IAM authentication is on', () =>
    expect(statusOf(rule, 'Db', db({ EnableIAMDatabaseAuthentication: true }))).toBe('COMPLIANT'));
  it('is not applicable to SQL Server', () =>
    expect(statusOf(rule, 'Db', db({ Engine: 'sqlserver-se' }))).toBe('NOT_APPLICABLE'));
  it('is not applicable to an Aurora member', () =>
    expect(statusOf(rule, 'Db', db({ DBClusterIdentifier: 'c', Engine: PARAM }))).toBe('NOT_APPLICABLE'));
  it('fails when IAM authentication is absent', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('fails when IAM authentication is false', () =>
    expect(statusOf(rule, 'Db', db({ EnableIAMDatabaseAuthentication: false }))).toBe('NON_COMPLIANT'));
  it('needs review when the setting is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ EnableIAMDatabaseAuthentication: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the engine is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ Engine: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
