import { ELASTICSEARCH } from './domain';
import { domainInVpcRule } from './vpc';

export const ElasticsearchDomainInVpc = domainInVpcRule('ElasticsearchDomainInVpc', ELASTICSEARCH, 'ELASTICSEARCH_IN_VPC_ONLY');
