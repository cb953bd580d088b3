import { RedshiftClusterRequiresTls as rule } from '../../../rules/redshift/RedshiftClusterRequiresTls';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

const group = (value: unknown) => ({
  Params: {
    Type: 'AWS::Redshift::ClusterParameterGroup',
    Properties: {
      Description: 'tls',
      ParameterGroupFamily: 'redshift-1.0',
      Parameters: [{ ParameterName: 'require_ssl', ParameterValue: value }],
    },
  },
});

describe('RedshiftClusterRequiresTls', () => {
  it('passes when the parameter group requires SSL', () =>
    expect(statusOf(rule, 'Cluster', cluster({ ClusterParameterGroupName: { Ref: 'Params' } }, group('true')))).toBe(
      'COMPLIANT',
    ));
  it('fails when the default parameter group is used', () =>
    expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when the group leaves require_ssl false', () =>
    expect(statusOf(rule, 'Cluster', cluster({ ClusterParameterGroupName: { Ref: 'Params' } }, group('false')))).toBe(
      'NON_COMPLIANT',
    ));
  it('is not applicable when the group lives outside the templates', () =>
    expect(statusOf(rule, 'Cluster', cluster({ ClusterParameterGroupName: 'shared-tls' }))).toBe('NOT_APPLICABLE'));
  it('needs review when require_ssl is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ ClusterParameterGroupName: { Ref: 'Params' } }, group(PARAM)))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
