import { EfsEncrypted } from '../../../rules/efs/EfsEncrypted';
import { EfsInBackupPlan } from '../../../rules/efs/EfsInBackupPlan';
import { selectionItem } from '../backup/items';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

const fs = (properties: Record<string, unknown>) =>
  template({ Parameters: PARAMETERS, Resources: { Fs: { Type: 'AWS::EFS::FileSystem', Properties: properties } } });
const item = (configuration: Record<string, unknown>) =>
  configItem('AWS::EFS::FileSystem', { FileSystemId: 'fs-1', PerformanceMode: 'generalPurpose', ...configuration });

describe('EFS file systems: templates and configuration items agree', () => {
  it.each([
    ['encrypted', { Encrypted: true }, { Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-2:111122223333:key/k' }, 'COMPLIANT'],
    ['unencrypted', { Encrypted: false }, { Encrypted: false }, 'NON_COMPLIANT'],
    ['left open / not recorded', { Encrypted: PARAM }, {}, 'INSUFFICIENT_DATA'],
  ])('%s', (_name, properties, configuration, expected) => {
    expect([statusOf(EfsEncrypted, 'Fs', fs(properties)), statusOfItem(EfsEncrypted, item(configuration))]).toEqual([
      expected,
      expected,
    ]);
  });
});

describe('EfsInBackupPlan: templates and configuration items', () => {
  const rule = EfsInBackupPlan;
  const withSelection = (properties: Record<string, unknown>, selection?: Record<string, unknown>) =>
    template(
      {
        Fs: { Type: 'AWS::EFS::FileSystem', Properties: properties },
        ...(selection && {
          S: {
            Type: 'AWS::Backup::BackupSelection',
            Properties: { BackupPlanId: 'plan-1', BackupSelection: { SelectionName: 's', IamRoleArn: 'r', ...selection } },
          },
        }),
      },
      { region: 'eu-west-2', account: '111122223333' },
    );
  const ENABLED = { BackupPolicy: { Status: 'ENABLED' } };
  const DISABLED = { BackupPolicy: { Status: 'DISABLED' } };

  it('passes automatic backups, from either source', () =>
    expect([statusOf(rule, 'Fs', withSelection(ENABLED)), statusOfItem(rule, item(ENABLED))]).toEqual([
      'COMPLIANT',
      'COMPLIANT',
    ]));

  it('fails automatic backups off with no selection, from either source', () =>
    expect([statusOf(rule, 'Fs', withSelection(DISABLED)), statusOfItem(rule, item(DISABLED))]).toEqual([
      'NON_COMPLIANT',
      'NON_COMPLIANT',
    ]));

  it('fails a file system NotResources excludes, from either source', () => {
    const selection = {
      Resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'],
      NotResources: ['arn:aws:elasticfilesystem:eu-west-2:111122223333:file-system/*'],
    };
    expect([
      statusOf(rule, 'Fs', withSelection(DISABLED, selection)),
      statusOfItem(rule, item(DISABLED), [selectionItem(selection)]),
    ]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('passes a wildcard selection in a template; an item cannot rule out its tag Conditions', () => {
    const selection = { Resources: ['arn:aws:elasticfilesystem:*:*:file-system/*'], NotResources: [] };
    expect([
      statusOf(rule, 'Fs', withSelection(DISABLED, selection)),
      statusOfItem(rule, item(DISABLED), [selectionItem(selection)]),
    ]).toEqual(['COMPLIANT', 'INSUFFICIENT_DATA']);
  });

  it('is undecided when the item does not record the backup policy, or selections are not recorded', () => {
    expect(statusOfItem(rule, item({}))).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(rule, item(DISABLED), [], ['AWS::EFS::FileSystem'])).toBe('INSUFFICIENT_DATA');
  });
});
