import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** What clients may connect with: `TLS`, `TLS_PLAINTEXT` or `PLAINTEXT`. */
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
  configItem: {
    resourceTypes: ['AWS::MSK::Cluster'],
    facts: ({ configuration: c }) => ({
      clientBroker: asString(recorded(c, 'EncryptionInfo.EncryptionInTransit.ClientBroker', { nullIsUnknown: true })),
    }),
  },
  evaluate({ clientBroker }) {
    if (isUnknown(clientBroker)) return needsReview(`how clients may connect is not known: ${clientBroker.reason}`);
    if (clientBroker === undefined) return pass('client encryption is not set, and MSK accepts only TLS by default');
    if (clientBroker === 'TLS') return pass('clients connect with TLS only');
    return fail(`client connections allow ${clientBroker}, so clients can connect without TLS`);
  },
});
