import { Tri, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { SELECTION, isInBackupPlan, isInBackupPlanInScope } from '../backup/coverage';

/** `arn:aws:dynamodb:<region>:<account>:table/<name>`. */
const TABLE_ARN = { service: 'dynamodb', prefix: 'table/' };

interface Facts {
  readonly inBackupPlan: Tri;
}

export const DynamoDbInBackupPlan = defineRule<Facts>({
  id: 'DynamoDbInBackupPlan',
  title: 'DynamoDB tables are selected by an AWS Backup plan',
  description:
    'Point-in-time recovery lives and dies with the table; an AWS Backup plan keeps recovery points in a separate, lockable vault that survives the table’s deletion.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DYNAMODB_IN_BACKUP_PLAN',
  remediation:
    'Add the table to an AWS::Backup::BackupSelection, by ARN or by a tag the selection matches (CDK: plan.addSelection("Tables", { resources: [BackupResource.fromDynamoDbTable(table)] })).',
  template: {
    resourceTypes: ['AWS::DynamoDB::Table'],
    facts: (table, { scope }) => ({
      inBackupPlan: isInBackupPlan(
        { ...TABLE_ARN, resource: table, name: asString(table.get('TableName')), tags: table.get('Tags') },
        scope,
      ),
    }),
  },
  configItem: {
    resourceTypes: ['AWS::DynamoDB::Table'],
    looksUp: [SELECTION],
    facts: (table, scope) => ({
      inBackupPlan: isInBackupPlanInScope(
        table,
        { ...TABLE_ARN, name: asString(recorded(table.configuration, 'tableName')) },
        scope,
      ),
    }),
  },
  evaluate({ inBackupPlan }) {
    if (isUnknown(inBackupPlan))
      return needsReview(`whether a backup selection covers the table is not known: ${inBackupPlan.reason}`);
    if (inBackupPlan) return pass('an AWS Backup selection covers the table');
    return fail('no AWS Backup selection covers the table');
  },
});
