import { Maybe, asBoolean, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** PointInTimeRecoveryEnabled of the table, or of each replica of a global table (with its region). */
  readonly settings: { readonly where: string; readonly enabled: Maybe<boolean> }[] | Unknown;
}

export const DynamoDbPitrEnabled = defineRule<Facts>({
  id: 'DynamoDbPitrEnabled',
  title: 'DynamoDB tables have point-in-time recovery',
  description:
    'Point-in-time recovery restores a table to any second of the last 35 days, undoing accidental or malicious writes and deletes that on-demand backups would miss.',
  severity: 'error',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DYNAMODB_PITR_ENABLED',
  remediation:
    'Set PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true (on every replica of a global table) (CDK: pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }).',
  template: {
    resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    facts(table) {
      if (table.type === 'AWS::DynamoDB::Table') {
        return {
          settings: [
            { where: 'the table', enabled: asBoolean(table.get('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled')) },
          ],
        };
      }
      const replicas = listOf(table.get('Replicas'));
      if (isUnknown(replicas)) return { settings: replicas };
      return {
        settings: replicas.map((r) => {
          const replica = (r ?? {}) as Record<string, unknown>;
          const spec = replica.PointInTimeRecoverySpecification as Record<string, unknown> | undefined;
          return {
            where: `replica ${String(replica.Region)}`,
            enabled: isUnknown(r) ? r : asBoolean(spec?.PointInTimeRecoveryEnabled),
          };
        }),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::DynamoDB::Table'],
    facts(table) {
      const backups = table.supplementaryConfiguration.ContinuousBackupsDescription;
      const status = asString(field(field(backups, 'pointInTimeRecoveryDescription'), 'pointInTimeRecoveryStatus'));
      const enabled =
        backups === undefined
          ? new Unknown('the configuration item does not record continuous backups')
          : typeof status === 'string'
            ? status.toUpperCase() === 'ENABLED'
            : status;
      return { settings: [{ where: 'the table', enabled }] };
    },
  },
  evaluate({ settings }) {
    if (isUnknown(settings)) return needsReview(`the replicas are not known: ${settings.reason}`);
    const off = settings.filter((s) => s.enabled === false || s.enabled === undefined);
    if (off.length) return fail(`point-in-time recovery is off for ${off.map((s) => s.where).join(', ')}`);
    const undecided = settings.find((s) => isUnknown(s.enabled));
    if (undecided)
      return needsReview(
        `whether point-in-time recovery is on is not known for ${undecided.where}: ${(undecided.enabled as Unknown).reason}`,
      );
    return pass('point-in-time recovery is on');
  },
});
