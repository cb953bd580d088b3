import { OpenSearchDomainEncryptedAtRest as rule } from '../../../rules/opensearch/OpenSearchDomainEncryptedAtRest';
import { PARAM, statusOf } from '../harness';
import { OPENSEARCH, domain } from './domain';

describe('OpenSearchDomainEncryptedAtRest', () => {
  it('passes when EncryptionAtRestOptions is enabled', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { EncryptionAtRestOptions: { Enabled: true } }))).toBe('COMPLIANT'));
  it('fails when EncryptionAtRestOptions is absent', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { DomainName: 'search' }))).toBe('NON_COMPLIANT'));
  it('fails when EncryptionAtRestOptions is disabled', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { EncryptionAtRestOptions: { Enabled: 'false' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when EncryptionAtRestOptions is a parameter', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { EncryptionAtRestOptions: { Enabled: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
