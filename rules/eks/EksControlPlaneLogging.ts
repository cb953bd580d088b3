import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, field, isUndecided, listOf, textOf, undecided } from '../iam/values';

interface Facts {
  readonly enabled: string[] | Undecided;
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
      if (isUnknown(types)) return { enabled: undecided(types) };
      const out: string[] = [];
      for (const t of types) {
        const type = field(t, 'Type');
        if (isUnknown(type)) return { enabled: undecided(type) };
        const text = textOf(type);
        if (text) out.push(text);
      }
      return { enabled: out };
    },
  },
  evaluate({ enabled }) {
    if (isUndecided(enabled)) return needsReview(`enabled log types are not known: ${enabled.undecided}`);
    const missing = REQUIRED_LOG_TYPES.filter((t) => !enabled.includes(t));
    if (missing.length) return fail(`control-plane log types not enabled: ${missing.join(', ')}`);
    return pass('api, audit and authenticator logs are enabled');
  },
});
