import { RedshiftClusterNotPublic as rule } from '../../../rules/redshift/RedshiftClusterNotPublic';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

describe('RedshiftClusterNotPublic', () => {
  it('passes when PubliclyAccessible is absent', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('COMPLIANT'));
  it('passes when PubliclyAccessible is false', () =>
    expect(statusOf(rule, 'Cluster', cluster({ PubliclyAccessible: false }))).toBe('COMPLIANT'));
  it('fails when PubliclyAccessible is true', () =>
    expect(statusOf(rule, 'Cluster', cluster({ PubliclyAccessible: 'true' }))).toBe('NON_COMPLIANT'));
  it('needs review when PubliclyAccessible is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ PubliclyAccessible: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
