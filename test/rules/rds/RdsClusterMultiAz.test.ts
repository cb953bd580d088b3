import { RdsClusterMultiAz as rule } from '../../../rules/rds/RdsClusterMultiAz';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const member = (az?: unknown) => ({
  Type: 'AWS::RDS::DBInstance',
  Properties: { Engine: 'aurora-mysql', DBClusterIdentifier: { Ref: 'Cluster' }, AvailabilityZone: az },
});
const cluster = (props: Record<string, unknown>, members: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Cluster: { Type: 'AWS::RDS::DBCluster', Properties: { Engine: 'aurora-mysql', ...props } }, ...members },
  });

describe('RdsClusterMultiAz', () => {
  it('passes with a writer and a reader', () =>
    expect(statusOf(rule, 'Cluster', cluster({}, { A: member(), B: member() }))).toBe('COMPLIANT'));
  it('passes a Multi-AZ DB cluster', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large' }, {}))).toBe(
      'COMPLIANT',
    ));
  it('fails with a single instance', () => expect(statusOf(rule, 'Cluster', cluster({}, { A: member() }))).toBe('NON_COMPLIANT'));
  it('fails when every instance is pinned to one zone', () => {
    expect(statusOf(rule, 'Cluster', cluster({}, { A: member('eu-west-2a'), B: member('eu-west-2a') }))).toBe('NON_COMPLIANT');
  });
  it('needs review when no instance is in the template', () =>
    expect(statusOf(rule, 'Cluster', cluster({}, {}))).toBe('INSUFFICIENT_DATA'));
  it('needs review when an instance’s zone is a parameter', () => {
    expect(statusOf(rule, 'Cluster', cluster({}, { A: member(PARAM), B: member('eu-west-2a') }))).toBe('INSUFFICIENT_DATA');
  });
});
