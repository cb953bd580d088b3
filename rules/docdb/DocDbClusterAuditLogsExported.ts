import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly exports: unknown[] | Unknown;
}

export const DocDbClusterAuditLogsExported = defineRule<Facts>({
  id: 'DocDbClusterAuditLogsExported',
  title: 'DocumentDB clusters export audit logs to CloudWatch Logs',
  description:
    'The audit log records authentication, authorisation and data-definition events; exported to CloudWatch Logs it survives the cluster and can be alarmed on.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'DOCDB_CLUSTER_AUDIT_LOGGING_ENABLED',
  remediation:
    'Set EnableCloudwatchLogsExports: ["audit"] and audit_logs = enabled in the cluster parameter group (CDK: exportAuditLogsToCloudWatch: true).',
  template: {
    resourceTypes: ['AWS::DocDB::DBCluster'],
    facts: (cluster) => ({ exports: listOf(cluster.get('EnableCloudwatchLogsExports')) }),
  },
  evaluate({ exports }) {
    if (isUnknown(exports)) return needsReview(`EnableCloudwatchLogsExports is not known: ${exports.reason}`);
    if (exports.some((e) => typeof e === 'string' && e.toLowerCase() === 'audit'))
      return pass('audit logs are exported to CloudWatch Logs');
    const undecided = exports.find(isUnknown);
    if (undecided) return needsReview(`a log export is not known: ${undecided.reason}`);
    return fail(
      exports.length
        ? `exports ${exports.join(', ')} but not audit`
        : 'EnableCloudwatchLogsExports is not set, so no audit log reaches CloudWatch Logs',
    );
  },
});
