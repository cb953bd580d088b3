import { Maybe, asString, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
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
  evaluate({ regions }) {
    if (isUnknown(regions)) return needsReview(`the replicas are not known: ${regions.reason}`);
    const outside = regions.filter((r): r is string => typeof r === 'string' && !APPROVED_REGIONS.includes(r));
    if (outside.length) return fail(`replicas in ${outside.join(', ')}, outside ${APPROVED_REGIONS.join(', ')}`);
    const undecided = regions.find(isUnknown);
    if (undecided) return needsReview(`a replica’s region is not known: ${undecided.reason}`);
    return pass(`every replica is in ${APPROVED_REGIONS.join(', ')}`);
  },
});
