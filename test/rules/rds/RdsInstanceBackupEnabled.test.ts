import { RdsInstanceBackupEnabled as rule } from '../../../rules/rds/RdsInstanceBackupEnabled';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', ...props } } },
  });

describe('RdsInstanceBackupEnabled', () => {
  it('passes with 7 days', () => expect(statusOf(rule, 'Db', db({ BackupRetentionPeriod: 7 }))).toBe('COMPLIANT'));
  it('passes with 35 days as a string', () =>
    expect(statusOf(rule, 'Db', db({ BackupRetentionPeriod: '35' }))).toBe('COMPLIANT'));
  it('is not applicable to an Aurora member', () =>
    expect(statusOf(rule, 'Db', db({ DBClusterIdentifier: 'c' }))).toBe('NOT_APPLICABLE'));
  it('fails when the retention is absent (1 day by default)', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('fails when backups are off', () => expect(statusOf(rule, 'Db', db({ BackupRetentionPeriod: 0 }))).toBe('NON_COMPLIANT'));
  it('fails when the retention is below 7 days', () =>
    expect(statusOf(rule, 'Db', db({ BackupRetentionPeriod: 1 }))).toBe('NON_COMPLIANT'));
  it('needs review when the retention is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ BackupRetentionPeriod: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
