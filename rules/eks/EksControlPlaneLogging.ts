import { Maybe, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly enabled: Maybe<string>[] | Unknown;
}

/** The control-plane logs an investigation needs: who called the API, what the audit trail says, who authenticated. */
export const REQUIRED_LOG_TYPES = ['api', 'audit', 'authenticator'];

export const EksControlPlaneLogging = defineRule<Facts>({
  id: 'EksControlPlaneLogging',
  title: 'EKS clusters log API, audit and authenticator events',
  description:
    'Control-plane logs are off by default; without api, audit and authenticator logs, changes to the cluster and who made them cannot be traced.',
  severity: 'error',
  controls: { ncscCsp: ['13.1', '5.2'], tenSteps: ['logging-and-monitoring'] },
  configRule: 'EKS_CLUSTER_LOG_ENABLED',
  remediation:
    'Set Logging.ClusterLogging.EnabledTypes to include api, audit and authenticator (CDK: clusterLogging: [ClusterLoggingTypes.API, AUDIT, AUTHENTICATOR]).',
  template: {
    resourceTypes: ['AWS::EKS::Cluster'],
    facts(cluster) {
      const types = listOf(cluster.get('Logging.ClusterLogging.EnabledTypes'));
      return { enabled: isUnknown(types) ? types : types.map((t) => asString(field(t, 'Type'))) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EKS::Cluster'],
    // DescribeCluster always returns the logging setup: an item without it does not say.
    facts(cluster) {
      const types = listOf(valueAt(recorded(cluster.configuration, 'Logging'), 'ClusterLogging.EnabledTypes'));
      return { enabled: isUnknown(types) ? types : types.map((t) => asString(field(t, 'Type'))) };
    },
  },
  evaluate({ enabled }) {
    if (isUnknown(enabled)) return needsReview(`the enabled log types are not known: ${enabled.reason}`);
    const missing = REQUIRED_LOG_TYPES.filter((t) => !enabled.includes(t));
    const open = enabled.filter(isUnknown);
    // Each unknown entry enables one type at most.
    if (missing.length > open.length) return fail(`control-plane log types not enabled: ${missing.join(', ')}`);
    if (missing.length) return needsReview(`log types ${missing.join(', ')} may not be enabled: ${open[0].reason}`);
    return pass('api, audit and authenticator logs are enabled', open);
  },
});
