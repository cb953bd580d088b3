import { RdsClusterIamAuthentication as rule } from '../../../rules/rds/RdsClusterIamAuthentication';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', ...props } } },
  });

describe('RdsClusterIamAuthentication', () => {
  it('passes when IAM authentication is on', () =>
    expect(statusOf(rule, 'Cluster', cluster({ EnableIAMDatabaseAuthentication: true }))).toBe('COMPLIANT'));
  it('fails when IAM authentication is absent', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when IAM authentication is false', () =>
    expect(statusOf(rule, 'Cluster', cluster({ EnableIAMDatabaseAuthentication: 'false' }))).toBe('NON_COMPLIANT'));
  it('needs review when the setting is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ EnableIAMDatabaseAuthentication: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
