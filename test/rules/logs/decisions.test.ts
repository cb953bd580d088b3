import { LogsLogGroupEncrypted } from '../../../rules/logs/LogsLogGroupEncrypted';
import { LogsLogGroupRetention } from '../../../rules/logs/LogsLogGroupRetention';
import { NetworkFirewallAlertsAlarmed } from '../../../rules/logs/NetworkFirewallAlertsAlarmed';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    LogsLogGroupEncrypted,
    [
      ['KMS key', { kmsKey: true }, 'COMPLIANT'],
      ['service key', { kmsKey: false }, 'NON_COMPLIANT'],
      ['unknown', { kmsKey: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    LogsLogGroupRetention,
    [
      ['two years', { retentionInDays: 731 }, 'COMPLIANT'],
      ['a year', { retentionInDays: 365 }, 'COMPLIANT'],
      ['a month', { retentionInDays: 30 }, 'NON_COMPLIANT'],
      ['not a value CloudWatch accepts', { retentionInDays: 500 }, 'NON_COMPLIANT'],
      ['forever', { retentionInDays: undefined }, 'NON_COMPLIANT'],
      ['unknown', { retentionInDays: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    NetworkFirewallAlertsAlarmed,
    [
      ['alarmed', { alertDestinations: ['CloudWatchLogs'], alarmed: true }, 'COMPLIANT'],
      ['stored, not alarmed', { alertDestinations: ['CloudWatchLogs'], alarmed: false }, 'NON_COMPLIANT'],
      ['only in S3', { alertDestinations: ['S3'], alarmed: false }, 'NON_COMPLIANT'],
      ['not delivered', { alertDestinations: [], alarmed: false }, 'NON_COMPLIANT'],
      ['to Firehose', { alertDestinations: ['KinesisDataFirehose'], alarmed: false }, 'INSUFFICIENT_DATA'],
      ['alarm unknown', { alertDestinations: ['CloudWatchLogs'], alarmed: U }, 'INSUFFICIENT_DATA'],
      ['logging unknown', { alertDestinations: U, alarmed: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
