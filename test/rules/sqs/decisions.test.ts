import { SqsQueueEncrypted } from '../../../rules/sqs/SqsQueueEncrypted';
import { SqsQueueTlsOnly } from '../../../rules/sqs/SqsQueueTlsOnly';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    SqsQueueEncrypted,
    [
      ['KMS key', { kmsKey: true, sqsManagedSse: U }, 'COMPLIANT'],
      ['SSE-SQS', { kmsKey: false, sqsManagedSse: true }, 'COMPLIANT'],
      ['SSE-SQS by default', { kmsKey: false, sqsManagedSse: undefined }, 'COMPLIANT'],
      ['SSE-SQS off, no key', { kmsKey: false, sqsManagedSse: false }, 'NON_COMPLIANT'],
      ['key unknown', { kmsKey: U, sqsManagedSse: false }, 'INSUFFICIENT_DATA'],
      ['SSE-SQS unknown', { kmsKey: false, sqsManagedSse: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    SqsQueueTlsOnly,
    [
      ['a policy denies', { policies: 1, denies: true }, 'COMPLIANT'],
      ['no policy', { policies: 0, denies: false }, 'NON_COMPLIANT'],
      ['a policy that does not deny', { policies: 1, denies: false }, 'NON_COMPLIANT'],
      ['unreadable', { policies: 1, denies: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
