import { Maybe, asBoolean, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly settings: { readonly where: string; readonly enabled: Maybe<boolean> }[] | Unknown;
}

export const DynamoDbDeletionProtection = defineRule<Facts>({
  id: 'DynamoDbDeletionProtection',
  title: 'DynamoDB tables have deletion protection',
  description:
    'Deletion protection stops a mistaken stack change or a compromised credential from deleting a table and its data in one call.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'DYNAMODB_TABLE_DELETION_PROTECTION_ENABLED',
  remediation: 'Set DeletionProtectionEnabled: true (on every replica of a global table) (CDK: deletionProtection: true).',
  template: {
    resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    facts(table) {
      if (table.type === 'AWS::DynamoDB::Table')
        return { settings: [{ where: 'the table', enabled: asBoolean(table.get('DeletionProtectionEnabled')) }] };
      const replicas = listOf(table.get('Replicas'));
      if (isUnknown(replicas)) return { settings: replicas };
      return {
        settings: replicas.map((r) => {
          const replica = (r ?? {}) as Record<string, unknown>;
          return {
            where: `replica ${String(replica.Region)}`,
            enabled: isUnknown(r) ? r : asBoolean(replica.DeletionProtectionEnabled),
          };
        }),
      };
    },
  },
  configItem: {
    // each replica of a global table is a table item of its own region
    resourceTypes: ['AWS::DynamoDB::Table'],
    facts: (table) => ({
      settings: [{ where: 'the table', enabled: asBoolean(recorded(table.configuration, 'deletionProtectionEnabled')) }],
    }),
  },
  evaluate({ settings }) {
    if (isUnknown(settings)) return needsReview(`the replicas are not known: ${settings.reason}`);
    const off = settings.filter((s) => s.enabled === false || s.enabled === undefined);
    if (off.length) return fail(`deletion protection is off for ${off.map((s) => s.where).join(', ')}`);
    const undecided = settings.find((s) => isUnknown(s.enabled));
    if (undecided)
      return needsReview(
        `DeletionProtectionEnabled is not known for ${undecided.where}: ${(undecided.enabled as Unknown).reason}`,
      );
    return pass('deletion protection is on');
  },
});
