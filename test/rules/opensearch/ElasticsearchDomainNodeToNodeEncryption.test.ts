import { ElasticsearchDomainNodeToNodeEncryption as rule } from '../../../rules/opensearch/ElasticsearchDomainNodeToNodeEncryption';
import { PARAM, statusOf } from '../harness';
import { ELASTICSEARCH, domain } from './domain';

describe('ElasticsearchDomainNodeToNodeEncryption', () => {
  it('passes when NodeToNodeEncryptionOptions is enabled', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { NodeToNodeEncryptionOptions: { Enabled: true } }))).toBe(
      'COMPLIANT',
    ));
  it('fails when NodeToNodeEncryptionOptions is absent', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { DomainName: 'search' }))).toBe('NON_COMPLIANT'));
  it('fails when NodeToNodeEncryptionOptions is disabled', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { NodeToNodeEncryptionOptions: { Enabled: 'false' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when NodeToNodeEncryptionOptions is a parameter', () =>
    expect(statusOf(rule, 'Domain', domain(ELASTICSEARCH, { NodeToNodeEncryptionOptions: { Enabled: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
