import { OpenSearchDomainNodeToNodeEncryption as rule } from '../../../rules/opensearch/OpenSearchDomainNodeToNodeEncryption';
import { PARAM, statusOf } from '../harness';
import { OPENSEARCH, domain } from './domain';

describe('OpenSearchDomainNodeToNodeEncryption', () => {
  it('passes when NodeToNodeEncryptionOptions is enabled', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { NodeToNodeEncryptionOptions: { Enabled: true } }))).toBe('COMPLIANT'));
  it('fails when NodeToNodeEncryptionOptions is absent', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { DomainName: 'search' }))).toBe('NON_COMPLIANT'));
  it('fails when NodeToNodeEncryptionOptions is disabled', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { NodeToNodeEncryptionOptions: { Enabled: 'false' } }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when NodeToNodeEncryptionOptions is a parameter', () =>
    expect(statusOf(rule, 'Domain', domain(OPENSEARCH, { NodeToNodeEncryptionOptions: { Enabled: PARAM } }))).toBe(
      'INSUFFICIENT_DATA',
    ));
});
