import { RdsInstanceMultiAz as rule } from '../../../rules/rds/RdsInstanceMultiAz';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', ...props } } },
  });

describe('RdsInstanceMultiAz', () => {
  it('passes when MultiAZ is true', () => expect(statusOf(rule, 'Db', db({ MultiAZ: true }))).toBe('COMPLIANT'));
  it('is not applicable to an Aurora member', () =>
    expect(statusOf(rule, 'Db', db({ DBClusterIdentifier: 'c', MultiAZ: PARAM }))).toBe('NOT_APPLICABLE'));
  it('fails when MultiAZ is false', () => expect(statusOf(rule, 'Db', db({ MultiAZ: false }))).toBe('NON_COMPLIANT'));
  it('fails when MultiAZ is absent', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('needs review when MultiAZ is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ MultiAZ: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
