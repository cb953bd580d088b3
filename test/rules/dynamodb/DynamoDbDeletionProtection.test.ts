import { DynamoDbDeletionProtection as rule } from '../../../rules/dynamodb/DynamoDbDeletionProtection';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const table = (props: Record<string, unknown>, type = 'AWS::DynamoDB::Table') =>
  template({ Parameters: PARAMETERS, Resources: { T: { Type: type, Properties: props } } });

describe('DynamoDbDeletionProtection', () => {
  it('passes when deletion protection is on', () =>
    expect(statusOf(rule, 'T', table({ DeletionProtectionEnabled: true }))).toBe('COMPLIANT'));
  it('passes a global table whose replicas are protected', () => {
    expect(
      statusOf(
        rule,
        'T',
        table({ Replicas: [{ Region: 'eu-west-2', DeletionProtectionEnabled: true }] }, 'AWS::DynamoDB::GlobalTable'),
      ),
    ).toBe('COMPLIANT');
  });
  it('fails when deletion protection is absent', () => expect(statusOf(rule, 'T', table({}))).toBe('NON_COMPLIANT'));
  it('fails a global table with an unprotected replica', () => {
    expect(statusOf(rule, 'T', table({ Replicas: [{ Region: 'eu-west-2' }] }, 'AWS::DynamoDB::GlobalTable'))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when the setting is a parameter', () =>
    expect(statusOf(rule, 'T', table({ DeletionProtectionEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
