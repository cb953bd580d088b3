import { RdsLoggingEnabled as rule } from '../../../rules/rds/RdsLoggingEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>, type = 'AWS::RDS::DBInstance') =>
  template({ Parameters: PARAMETERS, Resources: { Db: { Type: type, Properties: props } } });

describe('RdsLoggingEnabled', () => {
  it('passes when PostgreSQL exports its postgresql log', () => {
    expect(statusOf(rule, 'Db', db({ Engine: 'postgres', EnableCloudwatchLogsExports: ['postgresql', 'upgrade'] }))).toBe(
      'COMPLIANT',
    );
  });
  it('passes when an Aurora MySQL cluster exports its audit log', () => {
    expect(
      statusOf(
        rule,
        'Db',
        db({ Engine: 'aurora-mysql', EnableCloudwatchLogsExports: ['audit', 'error'] }, 'AWS::RDS::DBCluster'),
      ),
    ).toBe('COMPLIANT');
  });
  it('passes any export when the engine is not stated', () => {
    expect(statusOf(rule, 'Db', db({ SourceDBInstanceIdentifier: PARAM, EnableCloudwatchLogsExports: ['error'] }))).toBe(
      'COMPLIANT',
    );
  });
  it('is not applicable to an Aurora member', () => {
    expect(statusOf(rule, 'Db', db({ Engine: 'aurora-mysql', DBClusterIdentifier: 'c' }))).toBe('NOT_APPLICABLE');
  });

  it('fails when no log is exported', () => expect(statusOf(rule, 'Db', db({ Engine: 'mysql' }))).toBe('NON_COMPLIANT'));
  it('fails when MySQL exports only the slow query log', () => {
    expect(statusOf(rule, 'Db', db({ Engine: 'mysql', EnableCloudwatchLogsExports: ['slowquery'] }))).toBe('NON_COMPLIANT');
  });

  it('needs review when the exports are a parameter', () => {
    expect(statusOf(rule, 'Db', db({ Engine: 'mysql', EnableCloudwatchLogsExports: PARAM }))).toBe('INSUFFICIENT_DATA');
  });
});
