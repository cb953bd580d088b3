import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether brokers encrypt traffic between themselves. */
  readonly inCluster: Maybe<boolean>;
}

export const MskInClusterTls = defineRule<Facts>({
  id: 'MskInClusterTls',
  title: 'MSK brokers encrypt traffic between themselves',
  description:
    'Replication traffic between brokers carries every message; without TLS it crosses the VPC readable by anything that can capture it.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'MSK_IN_CLUSTER_NODE_REQUIRE_TLS',
  remediation:
    'Remove EncryptionInfo.EncryptionInTransit.InCluster: false (it defaults to true) (CDK: encryptionInTransit: { enableInCluster: true }).',
  template: {
    resourceTypes: ['AWS::MSK::Cluster'],
    facts: (cluster) => ({ inCluster: asBoolean(cluster.get('EncryptionInfo.EncryptionInTransit.InCluster')) }),
  },
  configItem: {
    resourceTypes: ['AWS::MSK::Cluster'],
    facts: ({ configuration: c }) => ({
      inCluster: asBoolean(recorded(c, 'EncryptionInfo.EncryptionInTransit.InCluster', { nullIsUnknown: true })),
    }),
  },
  evaluate({ inCluster }) {
    if (isUnknown(inCluster))
      return needsReview(`whether brokers encrypt traffic between themselves is not known: ${inCluster.reason}`);
    if (inCluster === false) return fail('brokers talk to each other without TLS');
    return pass(
      inCluster
        ? 'brokers encrypt traffic between themselves'
        : 'in-cluster encryption is not set, and MSK encrypts traffic between brokers by default',
    );
  },
});
