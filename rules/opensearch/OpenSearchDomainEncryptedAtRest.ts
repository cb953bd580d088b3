import { ENCRYPTED_AT_REST, OPENSEARCH, domainFlagRule } from './domain';

export const OpenSearchDomainEncryptedAtRest = domainFlagRule(
  ENCRYPTED_AT_REST,
  'OpenSearchDomainEncryptedAtRest',
  OPENSEARCH,
  'OPENSEARCH_ENCRYPTED_AT_REST',
);
