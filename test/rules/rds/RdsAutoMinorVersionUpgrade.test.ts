import { RdsAutoMinorVersionUpgrade as rule } from '../../../rules/rds/RdsAutoMinorVersionUpgrade';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', ...props } } },
  });

describe('RdsAutoMinorVersionUpgrade', () => {
  it('passes when AutoMinorVersionUpgrade is true', () =>
    expect(statusOf(rule, 'Db', db({ AutoMinorVersionUpgrade: true }))).toBe('COMPLIANT'));
  it('passes when AutoMinorVersionUpgrade is absent (RDS default is on)', () =>
    expect(statusOf(rule, 'Db', db({}))).toBe('COMPLIANT'));
  it('fails when AutoMinorVersionUpgrade is false', () =>
    expect(statusOf(rule, 'Db', db({ AutoMinorVersionUpgrade: 'false' }))).toBe('NON_COMPLIANT'));
  it('needs review when AutoMinorVersionUpgrade is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ AutoMinorVersionUpgrade: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
