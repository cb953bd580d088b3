import { RdsInBackupPlan as rule } from '../../../rules/rds/RdsInBackupPlan';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const selection = (spec: Record<string, unknown>) => ({
  Plan: { Type: 'AWS::Backup::BackupPlan', Properties: { BackupPlan: { BackupPlanName: 'p', BackupPlanRule: [] } } },
  Selection: {
    Type: 'AWS::Backup::BackupSelection',
    Properties: {
      BackupPlanId: { Ref: 'Plan' },
      BackupSelection: { SelectionName: 's', IamRoleArn: 'arn:aws:iam::1:role/b', ...spec },
    },
  },
});
const db = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({
    Parameters: PARAMETERS,
    Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'mysql', ...props } }, ...extra },
  });

describe('RdsInBackupPlan', () => {
  it('passes when a selection names the instance by GetAtt', () => {
    const t = db(
      {},
      selection({ Resources: [{ 'Fn::Sub': 'arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:${Db}' }] }),
    );
    expect(statusOf(rule, 'Db', t)).toBe('COMPLIANT');
  });
  it('passes when a selection matches all RDS databases', () => {
    expect(statusOf(rule, 'Db', db({}, selection({ Resources: ['arn:aws:rds:*:*:db:*'] })))).toBe('COMPLIANT');
  });
  it('passes when a selection matches a tag the instance carries', () => {
    const t = db(
      { Tags: [{ Key: 'backup', Value: 'daily' }] },
      selection({ ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }] }),
    );
    expect(statusOf(rule, 'Db', t)).toBe('COMPLIANT');
  });
  it('is not applicable to an Aurora member', () =>
    expect(statusOf(rule, 'Db', db({ DBClusterIdentifier: 'c' }))).toBe('NOT_APPLICABLE'));

  it('fails when no selection exists', () => expect(statusOf(rule, 'Db', db({}))).toBe('NON_COMPLIANT'));
  it('fails when the selection only covers DynamoDB', () => {
    expect(statusOf(rule, 'Db', db({}, selection({ Resources: ['arn:aws:dynamodb:*:*:table/*'] })))).toBe('NON_COMPLIANT');
  });
  it('fails when NotResources excludes the instance', () => {
    const t = db(
      { DBInstanceIdentifier: 'scratch' },
      selection({ Resources: ['*'], NotResources: ['arn:aws:rds:*:*:db:scratch'] }),
    );
    expect(statusOf(rule, 'Db', t)).toBe('NON_COMPLIANT');
  });

  it('needs review when the selected resources are a parameter', () => {
    expect(statusOf(rule, 'Db', db({}, selection({ Resources: [PARAM] })))).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when the instance’s tags are a parameter and a tag selection exists', () => {
    const t = db(
      { Tags: PARAM },
      selection({ ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }] }),
    );
    expect(statusOf(rule, 'Db', t)).toBe('INSUFFICIENT_DATA');
  });
});
