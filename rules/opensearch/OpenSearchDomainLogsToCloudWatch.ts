import { OPENSEARCH } from './domain';
import { domainLogsRule } from './logs-to-cloudwatch';

export const OpenSearchDomainLogsToCloudWatch = domainLogsRule(
  'OpenSearchDomainLogsToCloudWatch',
  OPENSEARCH,
  'OPENSEARCH_LOGS_TO_CLOUDWATCH',
);
