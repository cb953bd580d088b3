import { ENCRYPTED_AT_REST, ELASTICSEARCH, domainFlagRule } from './domain';

export const ElasticsearchDomainEncryptedAtRest = domainFlagRule(
  ENCRYPTED_AT_REST,
  'ElasticsearchDomainEncryptedAtRest',
  ELASTICSEARCH,
  'ELASTICSEARCH_ENCRYPTED_AT_REST',
);
