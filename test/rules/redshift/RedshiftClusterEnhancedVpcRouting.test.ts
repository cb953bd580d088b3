import { RedshiftClusterEnhancedVpcRouting as rule } from '../../../rules/redshift/RedshiftClusterEnhancedVpcRouting';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

describe('RedshiftClusterEnhancedVpcRouting', () => {
  it('passes when enabled', () => expect(statusOf(rule, 'Cluster', cluster({ EnhancedVpcRouting: true }))).toBe('COMPLIANT'));
  it('fails when absent', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () => expect(statusOf(rule, 'Cluster', cluster({ EnhancedVpcRouting: false }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ EnhancedVpcRouting: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
