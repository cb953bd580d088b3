import { RdsInstanceDeletionProtection as rule } from '../../../rules/rds/RdsInstanceDeletionProtection';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const db = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', ...props } } },
  });

describe('RdsInstanceDeletionProtection', () => {
  it('passes when DeletionProtection is true', () =>
    expect(statusOf(rule, 'Db', db({ DeletionProtection: true }))).toBe('COMPLIANT'));
  it('fails a stand-alone instance whose DBClusterIdentifier is AWS::NoValue', () =>
    expect(statusOf(rule, 'Db', db({ DBClusterIdentifier: { Ref: 'AWS::NoValue' }, Engine: 'aurora-mysql' }))).toBe(
      'NON_COMPLIANT',
    ));
  it('is not applicable to an Aurora member named by the cluster', () =>
    expect(statusOf(rule, 'Db', db({ DBClusterIdentifier: 'c' }))).toBe('NOT_APPLICABLE'));
  it('fails when DeletionProtection is false', () =>
    expect(statusOf(rule, 'Db', db({ DeletionProtection: false }))).toBe('NON_COMPLIANT'));
  it('fails when DeletionProtection is absent', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('needs review when DeletionProtection is a parameter', () =>
    expect(statusOf(rule, 'Db', db({ DeletionProtection: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
