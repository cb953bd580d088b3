import { RedshiftClusterEncryptedKms as rule } from '../../../rules/redshift/RedshiftClusterEncryptedKms';
import { PARAM, statusOf } from '../harness';
import { cluster } from './cluster';

describe('RedshiftClusterEncryptedKms', () => {
  it('passes when encrypted', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Encrypted: true, KmsKeyId: 'alias/warehouse' }))).toBe('COMPLIANT'));
  it('fails when Encrypted is absent', () => expect(statusOf(rule, 'Cluster', cluster({}))).toBe('NON_COMPLIANT'));
  it('fails when Encrypted is false', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Encrypted: false }))).toBe('NON_COMPLIANT'));
  it('needs review when Encrypted is a parameter', () =>
    expect(statusOf(rule, 'Cluster', cluster({ Encrypted: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
