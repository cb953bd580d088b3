import { EfsInBackupPlan as rule } from '../../../rules/efs/EfsInBackupPlan';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const fs = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  template({ Parameters: PARAMETERS, Resources: { Fs: { Type: 'AWS::EFS::FileSystem', Properties: props }, ...extra } });
const selection = (resources: unknown[]) => ({
  S: {
    Type: 'AWS::Backup::BackupSelection',
    Properties: { BackupPlanId: 'p', BackupSelection: { SelectionName: 's', IamRoleArn: 'r', Resources: resources } },
  },
});

describe('EfsInBackupPlan', () => {
  it('passes with automatic backups enabled', () =>
    expect(statusOf(rule, 'Fs', fs({ BackupPolicy: { Status: 'ENABLED' } }))).toBe('COMPLIANT'));
  it('passes when a selection covers every file system', () => {
    expect(statusOf(rule, 'Fs', fs({}, selection(['arn:aws:elasticfilesystem:*:*:file-system/*'])))).toBe('COMPLIANT');
  });
  it('fails with automatic backups disabled', () =>
    expect(statusOf(rule, 'Fs', fs({ BackupPolicy: { Status: 'DISABLED' } }))).toBe('NON_COMPLIANT'));
  it('fails without a backup policy or selection', () => expect(statusOf(rule, 'Fs', fs({}))).toBe('NON_COMPLIANT'));
  it('fails when the only selection names a specific other file system', () => {
    expect(statusOf(rule, 'Fs', fs({}, selection(['arn:aws:elasticfilesystem:eu-west-2:1:file-system/fs-0123'])))).toBe(
      'NON_COMPLIANT',
    );
  });
  it('needs review when the status is a parameter', () =>
    expect(statusOf(rule, 'Fs', fs({ BackupPolicy: { Status: PARAM } }))).toBe('INSUFFICIENT_DATA'));
});
