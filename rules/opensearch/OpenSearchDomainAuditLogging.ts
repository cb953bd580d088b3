import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { LogOption, OPENSEARCH, logOption } from './domain';

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
  evaluate({ enabled, destination }) {
    if (isUnknown(enabled)) return needsReview(`AUDIT_LOGS.Enabled is not known: ${enabled.reason}`);
    if (enabled !== true) return fail('audit logs are not enabled in LogPublishingOptions.AUDIT_LOGS');
    if (isUnknown(destination)) return needsReview(`the audit log group is not known: ${destination.reason}`);
    return destination
      ? pass('audit logs are published to CloudWatch Logs')
      : fail('AUDIT_LOGS has no valid CloudWatchLogsLogGroupArn');
  },
});
