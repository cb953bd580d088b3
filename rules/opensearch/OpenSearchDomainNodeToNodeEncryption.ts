import { NODE_TO_NODE, OPENSEARCH, domainFlagRule } from './domain';

export const OpenSearchDomainNodeToNodeEncryption = domainFlagRule(
  NODE_TO_NODE,
  'OpenSearchDomainNodeToNodeEncryption',
  OPENSEARCH,
  'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK',
);
