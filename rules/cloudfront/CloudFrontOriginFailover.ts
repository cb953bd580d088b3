import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Member count of each origin group (Members.Quantity, or the length of Members.Items). */
  readonly groupSizes: unknown[] | Unknown;
}

export const CloudFrontOriginFailover = defineRule<Facts>({
  id: 'CloudFrontOriginFailover',
  title: 'CloudFront distributions fail over between origins',
  description:
    'An origin group with a primary and a secondary origin keeps the service answering when one origin or its region is down.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'CLOUDFRONT_ORIGIN_FAILOVER_ENABLED',
  remediation:
    'Add an origin group with two members and failover status codes, and point the cache behaviours at it (CDK: new origins.OriginGroup({ primaryOrigin, fallbackOrigin })).',
  template: {
    resourceTypes: ['AWS::CloudFront::Distribution'],
    facts(distribution) {
      const groups = distribution.get('DistributionConfig.OriginGroups');
      if (isUnknown(groups)) return { groupSizes: groups };
      const items = listOf(field(groups, 'Items'));
      if (isUnknown(items)) return { groupSizes: items };
      return {
        groupSizes: items.map((g) => {
          const members = field(g, 'Members');
          const quantity = field(members, 'Quantity');
          if (quantity !== undefined) return quantity;
          const list = listOf(field(members, 'Items'));
          return isUnknown(list) ? list : list.length;
        }),
      };
    },
  },
  evaluate({ groupSizes }) {
    if (isUnknown(groupSizes)) return needsReview(`origin groups are not known: ${groupSizes.reason}`);
    if (groupSizes.some((n) => !isUnknown(n) && Number(n) >= 2)) return pass('an origin group fails over between two origins');
    const undecided = groupSizes.find(isUnknown) as Unknown | undefined;
    if (undecided) return needsReview(`an origin group is not known: ${undecided.reason}`);
    return fail(groupSizes.length ? 'no origin group has two members' : 'the distribution has no origin group');
  },
});
