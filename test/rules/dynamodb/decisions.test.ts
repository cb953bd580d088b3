import { DynamoDbDeletionProtection } from '../../../rules/dynamodb/DynamoDbDeletionProtection';
import { DynamoDbGlobalTableApprovedRegions } from '../../../rules/dynamodb/DynamoDbGlobalTableApprovedRegions';
import { DynamoDbInBackupPlan } from '../../../rules/dynamodb/DynamoDbInBackupPlan';
import { DynamoDbPitrEnabled } from '../../../rules/dynamodb/DynamoDbPitrEnabled';
import { DynamoDbTableEncryptedKms } from '../../../rules/dynamodb/DynamoDbTableEncryptedKms';
import { U, decisionTables } from '../decision-table';

const settings = (...enabled: unknown[]) => ({ settings: enabled.map((e, i) => ({ where: `replica ${i}`, enabled: e })) });

decisionTables([
  [
    DynamoDbTableEncryptedKms,
    [
      ['KMS', { sseEnabled: true, sseType: undefined }, 'COMPLIANT'],
      ['KMS on a global table', { sseEnabled: true, sseType: 'KMS' }, 'COMPLIANT'],
      ['AWS owned key', { sseEnabled: false, sseType: undefined }, 'NON_COMPLIANT'],
      ['not set', { sseEnabled: undefined, sseType: undefined }, 'NON_COMPLIANT'],
      ['unknown', { sseEnabled: U, sseType: undefined }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DynamoDbPitrEnabled,
    [
      ['on everywhere', settings(true, true), 'COMPLIANT'],
      ['off on one replica', settings(true, false), 'NON_COMPLIANT'],
      ['not set', settings(undefined), 'NON_COMPLIANT'],
      ['one unknown', settings(true, U), 'INSUFFICIENT_DATA'],
      ['replicas unknown', { settings: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DynamoDbDeletionProtection,
    [
      ['on', settings(true), 'COMPLIANT'],
      ['off', settings(false), 'NON_COMPLIANT'],
      ['unknown', settings(U), 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DynamoDbGlobalTableApprovedRegions,
    [
      ['London only', { regions: ['eu-west-2'] }, 'COMPLIANT'],
      ['a replica in Ireland', { regions: ['eu-west-2', 'eu-west-1', U] }, 'NON_COMPLIANT'],
      ['a replica region unknown', { regions: ['eu-west-2', U] }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    DynamoDbInBackupPlan,
    [
      ['selected', { inBackupPlan: true }, 'COMPLIANT'],
      ['not selected', { inBackupPlan: false }, 'NON_COMPLIANT'],
      ['unknown', { inBackupPlan: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
