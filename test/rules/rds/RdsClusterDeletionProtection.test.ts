import { RdsClusterDeletionProtection as rule } from '../../../rules/rds/RdsClusterDeletionProtection';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', ...props } } },
  });

describe('RdsClusterDeletionProtection', () => {
  it('passes when DeletionProtection is true', () =>
    expect(statusOf(rule, 'Cluster', cluster({ DeletionProtection: 'true' }))).toBe('COMPLIANT'));
  it('fails when DeletionProtection is false', () =>
    expect(statusOf(rule, 'Cluster', cluster({ DeletionProtection: false }))).toBe('NON_COMPLIANT'));
  it('fails when DeletionProtection is absent', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('needs review when DeletionProtection is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ DeletionProtection: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
