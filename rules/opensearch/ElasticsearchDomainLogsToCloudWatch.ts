import { ELASTICSEARCH } from './domain';
import { domainLogsRule } from './logs-to-cloudwatch';

export const ElasticsearchDomainLogsToCloudWatch = domainLogsRule(
  'ElasticsearchDomainLogsToCloudWatch',
  ELASTICSEARCH,
  'ELASTICSEARCH_LOGS_TO_CLOUDWATCH',
);
