import { MskClientBrokerTls as rule } from '../../../rules/msk/MskClientBrokerTls';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (clientBroker?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      C: {
        Type: 'AWS::MSK::Cluster',
        Properties: clientBroker === undefined ? {} : { EncryptionInfo: { EncryptionInTransit: { ClientBroker: clientBroker } } },
      },
    },
  });

describe('MskClientBrokerTls', () => {
  it('passes TLS', () => expect(statusOf(rule, 'C', cluster('TLS'))).toBe('COMPLIANT'));
  it('passes when ClientBroker is absent (MSK default TLS)', () => expect(statusOf(rule, 'C', cluster())).toBe('COMPLIANT'));
  it('fails TLS_PLAINTEXT', () => expect(statusOf(rule, 'C', cluster('TLS_PLAINTEXT'))).toBe('NON_COMPLIANT'));
  it('fails PLAINTEXT', () => expect(statusOf(rule, 'C', cluster('PLAINTEXT'))).toBe('NON_COMPLIANT'));
  it('needs review when ClientBroker is a parameter', () =>
    expect(statusOf(rule, 'C', cluster(PARAM))).toBe('INSUFFICIENT_DATA'));
});
