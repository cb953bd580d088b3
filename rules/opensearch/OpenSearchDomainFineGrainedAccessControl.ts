import { FINE_GRAINED_ACCESS, OPENSEARCH, domainFlagRule } from './domain';

export const OpenSearchDomainFineGrainedAccessControl = domainFlagRule(
  FINE_GRAINED_ACCESS,
  'OpenSearchDomainFineGrainedAccessControl',
  OPENSEARCH,
  'OPENSEARCH_ACCESS_CONTROL_ENABLED',
);
