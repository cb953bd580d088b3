import { PARAMETERS, configItem, template } from '../harness';

export const LONDON_VAULT = 'arn:aws:backup:eu-west-2:444455556666:backup-vault:copies';
export const IRELAND_VAULT = 'arn:aws:backup:eu-west-1:111122223333:backup-vault:dr';

/** A plan of these rules, each named and given a vault: the same body in a template and in an item. */
const planBody = (rules: Record<string, unknown>[]) => ({
  BackupPlanName: 'p',
  BackupPlanRule: rules.map((r, i) => ({ RuleName: `r${i}`, TargetBackupVault: 'v', ...r })),
});

/** A template declaring backup plan `P`. */
export const planTemplate = (...rules: Record<string, unknown>[]) =>
  template({
    Parameters: PARAMETERS,
    Resources: { P: { Type: 'AWS::Backup::BackupPlan', Properties: { BackupPlan: planBody(rules) } } },
  });

/** A backup plan item as Config records it (CloudFormation's property names under configuration.BackupPlan). */
export const planItem = (...rules: Record<string, unknown>[]) =>
  configItem('AWS::Backup::BackupPlan', { BackupPlanId: 'plan-1', BackupPlan: planBody(rules) });

/** A backup selection item: Config records its Resources and NotResources, not its tag selection. */
export const selectionItem = (selection: { Resources?: string[]; NotResources?: string[] }, id = 'sel-1') =>
  configItem(
    'AWS::Backup::BackupSelection',
    {
      BackupPlanId: 'plan-1',
      SelectionId: id,
      BackupSelection: { SelectionName: id, IamRoleArn: 'arn:aws:iam::111122223333:role/backup', ...selection },
    },
    { resourceId: id },
  );

/** Items the schema-path check runs the adapters on: every field the backup adapters read, filled. */
export const ITEMS = [
  planItem({
    ScheduleExpression: 'cron(0 5 ? * * *)',
    EnableContinuousBackup: false,
    Lifecycle: { DeleteAfterDays: 35 },
    CopyActions: [{ DestinationBackupVaultArn: LONDON_VAULT, Lifecycle: { DeleteAfterDays: 35 } }],
  }),
  selectionItem({ Resources: ['arn:aws:dynamodb:*:*:table/*'], NotResources: ['arn:aws:rds:*:*:db:scratch'] }),
];
