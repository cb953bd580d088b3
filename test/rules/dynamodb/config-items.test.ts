import { DynamoDbPitrEnabled } from '../../../rules/dynamodb/DynamoDbPitrEnabled';
import { DynamoDbTableEncryptedKms } from '../../../rules/dynamodb/DynamoDbTableEncryptedKms';
import { configItem, statusOf, statusOfItem, template } from '../harness';

const KEYS = {
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
};
const table = (properties: Record<string, unknown>) =>
  template({ T: { Type: 'AWS::DynamoDB::Table', Properties: { ...KEYS, ...properties } } });
const item = (configuration: Record<string, unknown>, pitr?: string) =>
  configItem(
    'AWS::DynamoDB::Table',
    { tableName: 't', tableStatus: 'ACTIVE', ...configuration },
    {
      supplementaryConfiguration: pitr
        ? {
            ContinuousBackupsDescription: {
              continuousBackupsStatus: pitr,
              pointInTimeRecoveryDescription: { pointInTimeRecoveryStatus: pitr },
            },
          }
        : {},
    },
  );

describe('DynamoDB tables: templates and configuration items agree', () => {
  it('a table under KMS with point-in-time recovery', () => {
    const t = table({
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    const i = item(
      { ssedescription: { status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: 'arn:aws:kms:eu-west-2:111122223333:key/k' } },
      'ENABLED',
    );
    expect([statusOf(DynamoDbTableEncryptedKms, 'T', t), statusOfItem(DynamoDbTableEncryptedKms, i)]).toEqual([
      'COMPLIANT',
      'COMPLIANT',
    ]);
    expect([statusOf(DynamoDbPitrEnabled, 'T', t), statusOfItem(DynamoDbPitrEnabled, i)]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('a table under an AWS owned key without point-in-time recovery', () => {
    const i = item({}, 'DISABLED');
    expect([statusOf(DynamoDbTableEncryptedKms, 'T', table({})), statusOfItem(DynamoDbTableEncryptedKms, i)]).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
    expect([statusOf(DynamoDbPitrEnabled, 'T', table({})), statusOfItem(DynamoDbPitrEnabled, i)]).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
  });

  it('point-in-time recovery is undecided when the item does not record continuous backups', () =>
    expect(statusOfItem(DynamoDbPitrEnabled, item({}))).toBe('INSUFFICIENT_DATA'));
});
