import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly clientBroker: Maybe<string>;
}

export const MskClientBrokerTls = defineRule<Facts>({
  id: 'MskClientBrokerTls',
  title: 'MSK clusters accept only TLS connections from clients',
  description:
    'A cluster that also listens in plaintext lets any client, by mistake or on purpose, produce and consume messages unencrypted.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  remediation:
    'Set EncryptionInfo.EncryptionInTransit.ClientBroker: TLS (CDK: encryptionInTransit: { clientBroker: ClientBrokerEncryption.TLS }).',
  template: {
    resourceTypes: ['AWS::MSK::Cluster'],
    facts: (cluster) => ({ clientBroker: asString(cluster.get('EncryptionInfo.EncryptionInTransit.ClientBroker')) }),
  },
  evaluate({ clientBroker }) {
    if (isUnknown(clientBroker)) return needsReview(`ClientBroker is not known: ${clientBroker.reason}`);
    if (clientBroker === undefined) return pass('ClientBroker is not set, and MSK accepts only TLS by default');
    if (clientBroker === 'TLS') return pass('ClientBroker is TLS');
    return fail(`ClientBroker is ${clientBroker}, so clients can connect without TLS`);
  },
});
