import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { ITEM_TYPE, LogOption, OPENSEARCH, itemValue, logOption } from './domain';

export const OpenSearchDomainAuditLogging = defineRule<LogOption>({
  id: 'OpenSearchDomainAuditLogging',
  title: 'Search domains publish audit logs to CloudWatch Logs',
  description: 'Audit logs record who searched, read or changed which index, the access record for personal data held in search.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'OPENSEARCH_AUDIT_LOGGING_ENABLED',
  remediation:
    'Enable fine-grained access control and set LogPublishingOptions.AUDIT_LOGS { Enabled: true, CloudWatchLogsLogGroupArn } (CDK: logging: { auditLogEnabled: true }).',
  template: {
    resourceTypes: [OPENSEARCH],
    facts: (domain) => logOption(domain.get('LogPublishingOptions.AUDIT_LOGS')),
  },
  configItem: {
    resourceTypes: [ITEM_TYPE[OPENSEARCH]],
    facts: ({ configuration }) => logOption(itemValue(configuration, OPENSEARCH, 'LogPublishingOptions.AUDIT_LOGS')),
  },
  evaluate({ enabled, destination }) {
    if (isUnknown(enabled)) return needsReview(`whether audit logs are published is not known: ${enabled.reason}`);
    if (enabled !== true) return fail('audit logs are not published');
    if (isUnknown(destination)) return needsReview(`the audit log group is not known: ${destination.reason}`);
    return destination
      ? pass('audit logs are published to CloudWatch Logs')
      : fail('audit logs are enabled but name no log group to publish to');
  },
});
