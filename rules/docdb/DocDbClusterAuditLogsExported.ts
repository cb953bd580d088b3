import { Maybe, asString, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { OnEngine, clusterItems, onEngine } from './engine-cluster';

interface ExportFacts {
  /** The log types the cluster exports to CloudWatch Logs (`audit`, `profiler`). */
  readonly exports: readonly Maybe<string>[] | Unknown;
}

const exportsOf = (value: unknown): ExportFacts['exports'] => {
  const list = listOf(value);
  return isUnknown(list) ? list : list.map((e) => asString(e));
};

export const DocDbClusterAuditLogsExported = defineRule<OnEngine<ExportFacts>>({
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
    facts: (cluster: TemplateResource) => ({ exports: exportsOf(cluster.get('EnableCloudwatchLogsExports')), engine: 'docdb' }),
  },
  configItem: clusterItems((c) => ({ exports: exportsOf(recorded(c, 'enabledCloudwatchLogsExports')) })),
  evaluate: onEngine('docdb', 'DocumentDB', ({ exports }: ExportFacts) => {
    if (isUnknown(exports)) return needsReview(`the exported log types are not known: ${exports.reason}`);
    if (exports.some((e) => typeof e === 'string' && e.toLowerCase() === 'audit'))
      return pass('audit logs are exported to CloudWatch Logs', exports.filter(isUnknown));
    const undecided = exports.find(isUnknown);
    if (undecided) return needsReview(`an exported log type is not known: ${undecided.reason}`);
    return fail(
      exports.length
        ? `the cluster exports ${exports.join(', ')} logs but not the audit log`
        : 'the cluster exports no logs to CloudWatch Logs, so no audit log reaches them',
    );
  }),
});
