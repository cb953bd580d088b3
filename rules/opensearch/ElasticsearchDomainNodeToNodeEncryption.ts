import { NODE_TO_NODE, ELASTICSEARCH, domainFlagRule } from './domain';

export const ElasticsearchDomainNodeToNodeEncryption = domainFlagRule(
  NODE_TO_NODE,
  'ElasticsearchDomainNodeToNodeEncryption',
  ELASTICSEARCH,
  'ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK',
);
