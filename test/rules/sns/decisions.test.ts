import { SnsTopicEncryptedKms } from '../../../rules/sns/SnsTopicEncryptedKms';
import { SnsTopicTlsOnly } from '../../../rules/sns/SnsTopicTlsOnly';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    SnsTopicEncryptedKms,
    [
      ['KMS key', { kmsKey: true }, 'COMPLIANT'],
      ['no key', { kmsKey: false }, 'NON_COMPLIANT'],
      ['unknown', { kmsKey: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    SnsTopicTlsOnly,
    [
      ['a policy denies', { policies: 1, denies: true }, 'COMPLIANT'],
      ['no policy', { policies: 0, denies: false }, 'NON_COMPLIANT'],
      ['a policy that does not deny', { policies: 2, denies: false }, 'NON_COMPLIANT'],
      ['unreadable', { policies: 1, denies: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
