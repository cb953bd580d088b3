import { Rule } from '../../../lib/engine/rule';
import { BackupPlanCopyApprovedRegions } from '../../../rules/backup/BackupPlanCopyApprovedRegions';
import { BackupPlanMinFrequencyAndRetention } from '../../../rules/backup/BackupPlanMinFrequencyAndRetention';
import { BackupVaultEncryptedWithCmk } from '../../../rules/backup/BackupVaultEncryptedWithCmk';
import { PARAM, configItem, statusOf, statusOfItem, template } from '../harness';
import { IRELAND_VAULT, LONDON_VAULT, planItem, planTemplate } from './items';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:eu-west-2:111122223333:key/${KEY_ID}`;
const vaultItem = (configuration: Record<string, unknown>) =>
  configItem('AWS::Backup::BackupVault', { BackupVaultName: 'v', ...configuration });
const keyItem = (manager: string) => configItem('AWS::KMS::Key', { keyId: KEY_ID, keyManager: manager }, { resourceId: KEY_ID });

describe('Backup vaults: templates and configuration items agree', () => {
  it('a vault under a customer managed key', () => {
    const t = template({
      Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [] } } },
      Vault: {
        Type: 'AWS::Backup::BackupVault',
        Properties: { BackupVaultName: 'v', EncryptionKeyArn: { 'Fn::GetAtt': ['Key', 'Arn'] } },
      },
    });
    expect([
      statusOf(BackupVaultEncryptedWithCmk, 'Vault', t),
      statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({ EncryptionKeyArn: KEY_ARN }), [keyItem('CUSTOMER')]),
    ]).toEqual(['COMPLIANT', 'COMPLIANT']);
  });

  it('a vault under aws/backup: no key in the template, the AWS managed key in the item', () => {
    const t = template({ Vault: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'v' } } });
    expect([
      statusOf(BackupVaultEncryptedWithCmk, 'Vault', t),
      statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({ EncryptionKeyArn: KEY_ARN }), [keyItem('AWS')]),
    ]).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
  });

  it('is undecided when the item does not record the key or the key is not recorded', () => {
    expect(statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({}))).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(BackupVaultEncryptedWithCmk, vaultItem({ EncryptionKeyArn: KEY_ARN }))).toBe('INSUFFICIENT_DATA');
  });
});

describe('Backup plans: templates and configuration items agree', () => {
  const both = (rule: Rule, templateRule: Record<string, unknown>, itemRule: Record<string, unknown> = templateRule) => [
    statusOf(rule, 'P', planTemplate(templateRule)),
    statusOfItem(rule, planItem(itemRule)),
  ];
  const DAILY = { ScheduleExpression: 'cron(0 5 ? * * *)', EnableContinuousBackup: false };

  describe('BackupPlanMinFrequencyAndRetention', () => {
    const rule = BackupPlanMinFrequencyAndRetention;
    it('passes a daily rule kept 35 days', () =>
      expect(both(rule, { ...DAILY, Lifecycle: { DeleteAfterDays: 35 } })).toEqual(['COMPLIANT', 'COMPLIANT']));
    it('fails a weekly rule, and a daily rule kept 7 days', () => {
      expect(both(rule, { ...DAILY, ScheduleExpression: 'cron(0 5 ? * SUN *)', Lifecycle: { DeleteAfterDays: 35 } })).toEqual([
        'NON_COMPLIANT',
        'NON_COMPLIANT',
      ]);
      expect(both(rule, { ...DAILY, Lifecycle: { DeleteAfterDays: 7 } })).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']);
    });
    it('passes a daily schedule whether or not continuous backup is known', () =>
      expect(
        both(
          rule,
          { ...DAILY, EnableContinuousBackup: PARAM, Lifecycle: { DeleteAfterDays: 35 } },
          { ScheduleExpression: DAILY.ScheduleExpression, Lifecycle: { DeleteAfterDays: 35 } },
        ),
      ).toEqual(['COMPLIANT', 'COMPLIANT']));
    it('is undecided on a weekly schedule when continuous backup is not known', () =>
      expect(
        both(
          rule,
          { ScheduleExpression: 'cron(0 5 ? * SUN *)', EnableContinuousBackup: PARAM, Lifecycle: { DeleteAfterDays: 35 } },
          { ScheduleExpression: 'cron(0 5 ? * SUN *)', Lifecycle: { DeleteAfterDays: 35 } },
        ),
      ).toEqual(['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']));
    it('reads a field the item leaves out as not recorded, never as the service default', () => {
      // A template without a schedule or lifecycle is daily and kept until deleted; an item without them says nothing.
      expect(statusOfItem(rule, planItem({ EnableContinuousBackup: false, Lifecycle: { DeleteAfterDays: 35 } }))).toBe(
        'INSUFFICIENT_DATA',
      );
      expect(statusOfItem(rule, planItem(DAILY))).toBe('INSUFFICIENT_DATA');
      expect(statusOfItem(rule, configItem('AWS::Backup::BackupPlan', { BackupPlanId: 'plan-1' }))).toBe('INSUFFICIENT_DATA');
    });
    it('passes recorded continuous backup kept 35 days', () =>
      expect(
        statusOfItem(
          rule,
          planItem({
            ScheduleExpression: 'cron(0 5 ? * SUN *)',
            EnableContinuousBackup: true,
            Lifecycle: { DeleteAfterDays: 35 },
          }),
        ),
      ).toBe('COMPLIANT'));
  });

  describe('BackupPlanCopyApprovedRegions', () => {
    const rule = BackupPlanCopyApprovedRegions;
    const copyTo = (...arns: unknown[]) => ({
      ...DAILY,
      CopyActions: arns.map((DestinationBackupVaultArn) => ({ DestinationBackupVaultArn })),
    });
    it('passes copies to London', () => expect(both(rule, copyTo(LONDON_VAULT))).toEqual(['COMPLIANT', 'COMPLIANT']));
    it('fails a copy to Ireland', () =>
      expect(both(rule, copyTo(LONDON_VAULT, IRELAND_VAULT))).toEqual(['NON_COMPLIANT', 'NON_COMPLIANT']));
    it('is not applicable to a plan with an empty list of copies', () =>
      expect(both(rule, copyTo())).toEqual(['NOT_APPLICABLE', 'NOT_APPLICABLE']));
    it('is undecided when a destination is not known', () =>
      expect(both(rule, copyTo(PARAM), { ...DAILY, CopyActions: [{ Lifecycle: { DeleteAfterDays: 35 } }] })).toEqual([
        'INSUFFICIENT_DATA',
        'INSUFFICIENT_DATA',
      ]));
    it('is undecided when the item does not record copy actions, unless another rule already fails', () => {
      expect(statusOfItem(rule, planItem(DAILY))).toBe('INSUFFICIENT_DATA');
      expect(statusOfItem(rule, planItem(DAILY, copyTo(IRELAND_VAULT)))).toBe('NON_COMPLIANT');
    });
  });
});
