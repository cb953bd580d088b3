import { Rule } from '../../lib/engine/rule';
import { DynamoDbDeletionProtection } from './DynamoDbDeletionProtection';
import { DynamoDbGlobalTableApprovedRegions } from './DynamoDbGlobalTableApprovedRegions';
import { DynamoDbInBackupPlan } from './DynamoDbInBackupPlan';
import { DynamoDbPitrEnabled } from './DynamoDbPitrEnabled';
import { DynamoDbTableEncryptedKms } from './DynamoDbTableEncryptedKms';

export const rules: Rule[] = [
  DynamoDbPitrEnabled,
  DynamoDbTableEncryptedKms,
  DynamoDbDeletionProtection,
  DynamoDbInBackupPlan,
  DynamoDbGlobalTableApprovedRegions,
];
