import { OPENSEARCH } from './domain';
import { domainInVpcRule } from './vpc';

export const OpenSearchDomainInVpc = domainInVpcRule('OpenSearchDomainInVpc', OPENSEARCH, 'OPENSEARCH_IN_VPC_ONLY');
