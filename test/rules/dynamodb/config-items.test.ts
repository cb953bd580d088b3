import { DynamoDbDeletionProtection } from '../../../rules/dynamodb/DynamoDbDeletionProtection';
import { DynamoDbGlobalTableApprovedRegions } from '../../../rules/dynamodb/DynamoDbGlobalTableApprovedRegions';
import { DynamoDbInBackupPlan } from '../../../rules/dynamodb/DynamoDbInBackupPlan';
import { DynamoDbPitrEnabled } from '../../../rules/dynamodb/DynamoDbPitrEnabled';
import { DynamoDbTableEncryptedKms } from '../../../rules/dynamodb/DynamoDbTableEncryptedKms';
import { selectionItem } from '../backup/items';
import { corpusItems } from '../corpus-items';
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

describe('DynamoDbInBackupPlan: templates and configuration items', () => {
  const rule = DynamoDbInBackupPlan;
  const ARN = 'arn:aws:dynamodb:eu-west-2:111122223333:table/t';
  const withSelection = (selection?: Record<string, unknown>) =>
    template(
      {
        T: { Type: 'AWS::DynamoDB::Table', Properties: { ...KEYS, TableName: 't' } },
        ...(selection && {
          S: {
            Type: 'AWS::Backup::BackupSelection',
            Properties: { BackupPlanId: 'plan-1', BackupSelection: { SelectionName: 's', IamRoleArn: 'r', ...selection } },
          },
        }),
      },
      { region: 'eu-west-2', account: '111122223333' },
    );
  const tableItem = item({}, 'ENABLED');

  it('fails a table no selection covers, from either source', () => {
    expect([statusOf(rule, 'T', withSelection()), statusOfItem(rule, tableItem)]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('fails a table that NotResources excludes, from either source', () => {
    const selection = { Resources: ['arn:aws:dynamodb:*:*:table/*'], NotResources: [ARN] };
    expect([statusOf(rule, 'T', withSelection(selection)), statusOfItem(rule, tableItem, [selectionItem(selection)])]).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]);
  });

  it('passes a table selected by ARN pattern in a template, but an item cannot rule out tag Conditions', () => {
    const selection = { Resources: ['arn:aws:dynamodb:*:*:table/*'], NotResources: [] };
    expect([statusOf(rule, 'T', withSelection(selection)), statusOfItem(rule, tableItem, [selectionItem(selection)])]).toEqual([
      'COMPLIANT',
      'INSUFFICIENT_DATA',
    ]);
  });

  it('is undecided on an item when a selection of other tables may still select it by tag', () => {
    const selection = { Resources: ['arn:aws:dynamodb:eu-west-2:111122223333:table/other'], NotResources: [] };
    expect([statusOf(rule, 'T', withSelection(selection)), statusOfItem(rule, tableItem, [selectionItem(selection)])]).toEqual([
      'NON_COMPLIANT',
      'INSUFFICIENT_DATA',
    ]);
  });

  it('is undecided when the recorder does not record backup selections', () => {
    expect(statusOfItem(rule, tableItem, [], ['AWS::DynamoDB::Table'])).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(rule, tableItem, [], ['AWS::DynamoDB::Table', 'AWS::Backup::BackupSelection'])).toBe('NON_COMPLIANT');
  });

  it('fails the real corpus table when no selection is recorded', () => {
    const [{ item: real }] = corpusItems('AWS::DynamoDB::Table');
    expect(statusOfItem(rule, real)).toBe('NON_COMPLIANT');
  });
});

describe('DynamoDbGlobalTableApprovedRegions: a global table template and its table item agree', () => {
  const rule = DynamoDbGlobalTableApprovedRegions;
  const globalTable = (...regions: string[]) =>
    template({
      G: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { ...KEYS, Replicas: regions.map((Region) => ({ Region })) } },
    });
  const tableIn = (region: string, ...replicas: string[]) =>
    configItem(
      'AWS::DynamoDB::Table',
      {
        tableName: 't',
        globalTableVersion: '2019.11.21',
        replicas: replicas.map((regionName) => ({ regionName, replicaStatus: 'ACTIVE' })),
      },
      { awsRegion: region },
    );

  it('passes replicas only in London', () =>
    expect([statusOf(rule, 'G', globalTable('eu-west-2')), statusOfItem(rule, tableIn('eu-west-2', 'eu-west-2'))]).toEqual([
      'COMPLIANT',
      'COMPLIANT',
    ]));
  it('fails a replica in Ireland, seen from either region', () => {
    expect(statusOf(rule, 'G', globalTable('eu-west-2', 'eu-west-1'))).toBe('NON_COMPLIANT');
    expect(statusOfItem(rule, tableIn('eu-west-2', 'eu-west-1'))).toBe('NON_COMPLIANT');
    // The Ireland copy's own item may list only the other replicas: its own region still counts.
    expect(statusOfItem(rule, tableIn('eu-west-1', 'eu-west-2'))).toBe('NON_COMPLIANT');
  });
  it('is not applicable to a table that is not global (the real corpus table records no replicas)', () => {
    const [{ item: real }] = corpusItems('AWS::DynamoDB::Table');
    expect(statusOfItem(rule, real)).toBe('NOT_APPLICABLE');
  });
  it('is undecided on a legacy global table, whose replicas the item does not list', () =>
    expect(statusOfItem(rule, configItem('AWS::DynamoDB::Table', { tableName: 't', globalTableVersion: '2017.11.29' }))).toBe(
      'INSUFFICIENT_DATA',
    ));
  it('is undecided when a replica records no region', () =>
    expect(
      statusOfItem(rule, configItem('AWS::DynamoDB::Table', { tableName: 't', replicas: [{ replicaStatus: 'ACTIVE' }] })),
    ).toBe('INSUFFICIENT_DATA'));
});

describe('DynamoDbDeletionProtection: the template and the table item agree', () => {
  it.each([
    ['on', { DeletionProtectionEnabled: true }, { deletionProtectionEnabled: true }, 'COMPLIANT'],
    ['off', { DeletionProtectionEnabled: false }, { deletionProtectionEnabled: false }, 'NON_COMPLIANT'],
  ])('%s', (_name, properties, configuration, expected) => {
    expect([
      statusOf(DynamoDbDeletionProtection, 'T', table(properties)),
      statusOfItem(DynamoDbDeletionProtection, item(configuration)),
    ]).toEqual([expected, expected]);
  });

  it('is undecided on an item that does not record the setting (older items), where the template default is off', () => {
    expect(statusOf(DynamoDbDeletionProtection, 'T', table({}))).toBe('NON_COMPLIANT');
    expect(statusOfItem(DynamoDbDeletionProtection, item({}))).toBe('INSUFFICIENT_DATA');
  });

  it('is undecided on the real corpus table, which predates the setting', () => {
    for (const { item: real } of corpusItems('AWS::DynamoDB::Table'))
      expect(statusOfItem(DynamoDbDeletionProtection, real)).toBe('INSUFFICIENT_DATA');
  });
});
