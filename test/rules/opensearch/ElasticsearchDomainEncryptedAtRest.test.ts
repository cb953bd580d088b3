import { ElasticsearchDomainEncryptedAtRest as rule } from '../../../rules/opensearch/ElasticsearchDomainEncryptedAtRest';
import { PARAM, statusOf } from '../harness';
import { ELASTICSEARCH, domain } from './domain';

describe('ElasticsearchDomainEncryptedAtRest', () => {
  it('passes when EncryptionAtRestOptions is enabled', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { EncryptionAtRestOptions: { Enabled: true } }))).toBe('COMPLIANT'));
  it('fails when EncryptionAtRestOptions is absent', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { DomainName: 'search' }))).toBe('NON_COMPLIANT'));
  it('fails when EncryptionAtRestOptions is disabled', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { EncryptionAtRestOptions: { Enabled: 'false' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when EncryptionAtRestOptions is a parameter', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { EncryptionAtRestOptions: { Enabled: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
