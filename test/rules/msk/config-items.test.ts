import { MskClientBrokerTls } from '../../../rules/msk/MskClientBrokerTls';
import { MskEncryptedWithCmk } from '../../../rules/msk/MskEncryptedWithCmk';
import { MskInClusterTls } from '../../../rules/msk/MskInClusterTls';
import { parity } from '../docdb/item-parity';
import { PARAM, configItem } from '../harness';

const TYPES = { template: 'AWS::MSK::Cluster', item: 'AWS::MSK::Cluster' };
const BASE = {
  ClusterName: 'c',
  KafkaVersion: '3.6.0',
  NumberOfBrokerNodes: 2,
  BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['s-1', 's-2'] },
};
const RECORDED_KEY = 'arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
/** The cluster as a template writes it and as MSK (and so Config) records it; the API fills in the defaults. */
const cluster = (inTransit: Record<string, unknown> | undefined, keyId?: unknown) => ({
  ...BASE,
  EncryptionInfo: {
    EncryptionInTransit: inTransit,
    ...(keyId === undefined ? {} : { EncryptionAtRest: { DataVolumeKMSKeyId: keyId } }),
  },
});
const recorded = (inTransit: Record<string, unknown>, keyId = RECORDED_KEY) => ({
  EncryptionInfo: { EncryptionInTransit: inTransit, EncryptionAtRest: { DataVolumeKMSKeyId: keyId } },
});

parity(MskInClusterTls, TYPES, [
  ['on', cluster({ InCluster: true }), recorded({ InCluster: true, ClientBroker: 'TLS' }), 'COMPLIANT'],
  ['off', cluster({ InCluster: false }), recorded({ InCluster: false, ClientBroker: 'TLS' }), 'NON_COMPLIANT'],
  ['undecided', cluster({ InCluster: PARAM }), recorded({ ClientBroker: 'TLS' }), 'INSUFFICIENT_DATA'],
]);
parity(MskClientBrokerTls, TYPES, [
  ['TLS', cluster({ ClientBroker: 'TLS' }), recorded({ InCluster: true, ClientBroker: 'TLS' }), 'COMPLIANT'],
  [
    'TLS and plaintext',
    cluster({ ClientBroker: 'TLS_PLAINTEXT' }),
    recorded({ InCluster: true, ClientBroker: 'TLS_PLAINTEXT' }),
    'NON_COMPLIANT',
  ],
  ['undecided', cluster({ ClientBroker: PARAM }), recorded({ InCluster: true }), 'INSUFFICIENT_DATA'],
]);

const customerKey = configItem(
  'AWS::KMS::Key',
  { keyManager: 'CUSTOMER' },
  { resourceId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
);
parity(
  MskEncryptedWithCmk,
  TYPES,
  [
    ['customer managed key', cluster(undefined, { 'Fn::GetAtt': ['Key', 'Arn'] }), recorded({}), 'COMPLIANT'],
    [
      'AWS managed key',
      cluster(undefined, 'alias/aws/kafka'),
      recorded({}, 'arn:aws:kms:eu-west-2:111122223333:alias/aws/kafka'),
      'NON_COMPLIANT',
    ],
    ['undecided key', cluster(undefined, PARAM), { EncryptionInfo: { EncryptionInTransit: {} } }, 'INSUFFICIENT_DATA'],
  ],
  { resources: { Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: {} } } }, items: [customerKey] },
);
