import { MskInClusterTls as rule } from '../../../rules/msk/MskInClusterTls';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const cluster = (inTransit?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      C: {
        Type: 'AWS::MSK::Cluster',
        Properties: {
          ClusterName: 'c',
          KafkaVersion: '3.6.0',
          NumberOfBrokerNodes: 3,
          ...(inTransit === undefined ? {} : { EncryptionInfo: { EncryptionInTransit: inTransit } }),
        },
      },
    },
  });

describe('MskInClusterTls', () => {
  it('passes when InCluster is true', () => expect(statusOf(rule, 'C', cluster({ InCluster: true }))).toBe('COMPLIANT'));
  it('passes when InCluster is absent (MSK default)', () => expect(statusOf(rule, 'C', cluster())).toBe('COMPLIANT'));
  it('fails when InCluster is false', () => expect(statusOf(rule, 'C', cluster({ InCluster: false }))).toBe('NON_COMPLIANT'));
  it('needs review when InCluster is a parameter', () =>
    expect(statusOf(rule, 'C', cluster({ InCluster: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
