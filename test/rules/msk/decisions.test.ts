import { MskClientBrokerTls } from '../../../rules/msk/MskClientBrokerTls';
import { MskEncryptedWithCmk } from '../../../rules/msk/MskEncryptedWithCmk';
import { MskInClusterTls } from '../../../rules/msk/MskInClusterTls';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    MskInClusterTls,
    [
      ['on', { inCluster: true }, 'COMPLIANT'],
      ['unset (on by default)', { inCluster: undefined }, 'COMPLIANT'],
      ['off', { inCluster: false }, 'NON_COMPLIANT'],
      ['unknown', { inCluster: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    MskClientBrokerTls,
    [
      ['TLS', { clientBroker: 'TLS' }, 'COMPLIANT'],
      ['unset (TLS by default)', { clientBroker: undefined }, 'COMPLIANT'],
      ['TLS and plaintext', { clientBroker: 'TLS_PLAINTEXT' }, 'NON_COMPLIANT'],
      ['plaintext', { clientBroker: 'PLAINTEXT' }, 'NON_COMPLIANT'],
      ['unknown', { clientBroker: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    MskEncryptedWithCmk,
    [
      ['customer managed', { key: 'customer-managed' }, 'COMPLIANT'],
      ['AWS managed', { key: 'aws-managed' }, 'NON_COMPLIANT'],
      ['no key named', { key: 'none' }, 'NON_COMPLIANT'],
      ['unknown', { key: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
