import { Maybe } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem, originGroupSizes } from './distribution';

interface Facts {
  /** Member count of each origin group. */
  readonly groupSizes: Array<Maybe<number>> | Unknown;
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
  template: { resourceTypes: [DISTRIBUTION], facts: (d) => ({ groupSizes: originGroupSizes(configOf(d)) }) },
  configItem: { resourceTypes: [DISTRIBUTION], facts: (item) => ({ groupSizes: originGroupSizes(configOfItem(item)) }) },
  evaluate({ groupSizes }) {
    if (isUnknown(groupSizes)) return needsReview(`origin groups are not known: ${groupSizes.reason}`);
    if (groupSizes.some((n) => typeof n === 'number' && n >= 2))
      return pass('an origin group fails over between two origins', groupSizes.filter(isUnknown));
    const undecided = groupSizes.find(isUnknown);
    if (undecided) return needsReview(`an origin group is not known: ${undecided.reason}`);
    return fail(groupSizes.length ? 'no origin group has two members' : 'the distribution has no origin group');
  },
});
