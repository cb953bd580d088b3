import { BackupPlanCopyApprovedRegions as rule } from '../../../rules/backup/BackupPlanCopyApprovedRegions';
import { PARAM, PARAMETERS, statusOf, template } from '../harness';

const plan = (destination?: unknown) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Vault: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'v' } },
      P: {
        Type: 'AWS::Backup::BackupPlan',
        Properties: {
          BackupPlan: {
            BackupPlanName: 'p',
            BackupPlanRule: [
              {
                RuleName: 'daily',
                TargetBackupVault: 'v',
                CopyActions: destination === undefined ? [] : [{ DestinationBackupVaultArn: destination }],
              },
            ],
          },
        },
      },
    },
  });

describe('BackupPlanCopyApprovedRegions', () => {
  it('passes a copy to another London account', () =>
    expect(statusOf(rule, 'P', plan('arn:aws:backup:eu-west-2:222233334444:backup-vault:dr'))).toBe('COMPLIANT'));
  it('passes a copy whose ARN is built with the partition and account', () => {
    expect(
      statusOf(rule, 'P', plan({ 'Fn::Sub': 'arn:${AWS::Partition}:backup:eu-west-2:${AWS::AccountId}:backup-vault:dr' })),
    ).toBe('COMPLIANT');
  });
  it('is not applicable without copy actions', () => expect(statusOf(rule, 'P', plan())).toBe('NOT_APPLICABLE'));
  it('fails a copy to Ireland', () =>
    expect(statusOf(rule, 'P', plan('arn:aws:backup:eu-west-1:222233334444:backup-vault:dr'))).toBe('NON_COMPLIANT'));
  it('needs review when the destination is a parameter', () =>
    expect(statusOf(rule, 'P', plan(PARAM))).toBe('INSUFFICIENT_DATA'));
  it('needs review when the destination region is the unknown stack region', () => {
    expect(statusOf(rule, 'P', plan({ 'Fn::Sub': 'arn:aws:backup:${AWS::Region}:1:backup-vault:dr' }))).toBe('INSUFFICIENT_DATA');
  });
});
