import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { APPROVED_REGIONS } from '../s3/regions';

interface Facts {
  readonly regions: Maybe<string>[] | Unknown;
}

export const DynamoDbGlobalTableApprovedRegions = defineRule<Facts>({
  id: 'DynamoDbGlobalTableApprovedRegions',
  title: 'DynamoDB global tables replicate only into approved regions',
  description:
    'Every replica of a global table holds a full copy of the data; NHS data must stay in approved (UK) regions unless an exception is declared.',
  severity: 'error',
  controls: { ncscCsp: ['2.1'], tenSteps: ['data-security'] },
  remediation: `Keep replicas in ${APPROVED_REGIONS.join(', ')}, or acknowledge the finding with the approved data-location exception.`,
  template: {
    resourceTypes: ['AWS::DynamoDB::GlobalTable'],
    facts(table) {
      const replicas = listOf(table.get('Replicas'));
      return {
        regions: isUnknown(replicas)
          ? replicas
          : replicas.map((r) => (isUnknown(r) ? r : asString((r as Record<string, unknown> | undefined)?.Region))),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::DynamoDB::Table'],
    facts(table) {
      // A legacy (2017.11.29) global table's replicas are separate tables that DescribeTable does not list.
      if (table.configuration.globalTableVersion === '2017.11.29')
        return { regions: new Unknown('a legacy (2017.11.29) global table does not list its replicas on the table item') };
      // A table that is not global has no replicas: Config leaves the field out, as on the real item in rdk-example-ci.
      const replicas = listOf(table.configuration.replicas);
      if (isUnknown(replicas)) return { regions: replicas };
      if (replicas.length === 0) return { regions: [] };
      // The table itself is one of the global table's copies, as the stack's own region is among a template's Replicas.
      const elsewhere = replicas.map((r) => asString(field(r, 'regionName') ?? new Unknown('a replica records no regionName')));
      return { regions: [table.awsRegion, ...elsewhere.filter((r) => r !== table.awsRegion)] };
    },
  },
  evaluate({ regions }) {
    if (isUnknown(regions)) return needsReview(`the replicas are not known: ${regions.reason}`);
    if (regions.length === 0) return notApplicable('the table has no replicas in other regions');
    const outside = regions.filter((r): r is string => typeof r === 'string' && !APPROVED_REGIONS.includes(r));
    if (outside.length) return fail(`replicas in ${outside.join(', ')}, outside ${APPROVED_REGIONS.join(', ')}`);
    const undecided = regions.find(isUnknown);
    if (undecided) return needsReview(`a replica’s region is not known: ${undecided.reason}`);
    return pass(`every replica is in ${APPROVED_REGIONS.join(', ')}`);
  },
});
