import { DynamoDbInBackupPlan as rule } from '../../../rules/dynamodb/DynamoDbInBackupPlan';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const selection = (spec: Record<string, unknown>) => ({
  Type: 'AWS::Backup::BackupSelection',
  Properties: { BackupPlanId: 'plan-1', BackupSelection: { SelectionName: 's', IamRoleArn: 'arn:aws:iam::1:role/b', ...spec } },
});
const withSelection = (tableProps: Record<string, unknown>, spec?: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: { T: { Type: 'AWS::DynamoDB::Table', Properties: tableProps }, ...(spec ? { S: selection(spec) } : {}) },
  });

describe('DynamoDbInBackupPlan', () => {
  it('passes when a selection names the table by GetAtt', () => {
    expect(statusOf(rule, 'T', withSelection({}, { Resources: [{ 'Fn::GetAtt': ['T', 'Arn'] }] }))).toBe('COMPLIANT');
  });
  it('passes when a selection in another stack matches the table by name', () => {
    const data = template({ T: { Type: 'AWS::DynamoDB::Table', Properties: { TableName: 'orders' } } }, { stack: 'Data' });
    const backup = template({ S: selection({ Resources: ['arn:aws:dynamodb:*:*:table/orders'] }) }, { stack: 'Backup' });
    expect(statusOf(rule, 'T', data, backup)).toBe('COMPLIANT');
  });
  it('passes when tag conditions hold', () => {
    const t = withSelection(
      { Tags: [{ Key: 'backup', Value: 'daily' }] },
      { Resources: ['*'], Conditions: { StringEquals: [{ ConditionKey: 'aws:ResourceTag/backup', ConditionValue: 'daily' }] } },
    );
    expect(statusOf(rule, 'T', t)).toBe('COMPLIANT');
  });

  it('fails without any selection', () => expect(statusOf(rule, 'T', withSelection({}))).toBe('NON_COMPLIANT'));
  it('fails when the selection names another table', () => {
    expect(
      statusOf(rule, 'T', withSelection({ TableName: 'orders' }, { Resources: ['arn:aws:dynamodb:*:*:table/customers'] })),
    ).toBe('NON_COMPLIANT');
  });
  it('fails when a tag condition excludes the table', () => {
    const t = withSelection(
      { Tags: [{ Key: 'backup', Value: 'none' }] },
      { Resources: ['*'], Conditions: { StringEquals: [{ ConditionKey: 'aws:ResourceTag/backup', ConditionValue: 'daily' }] } },
    );
    expect(statusOf(rule, 'T', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when the table name is a parameter and the selection names one table', () => {
    expect(statusOf(rule, 'T', withSelection({ TableName: PARAM }, { Resources: ['arn:aws:dynamodb:*:*:table/orders'] }))).toBe(
      'INSUFFICIENT_DATA',
    );
  });
});
