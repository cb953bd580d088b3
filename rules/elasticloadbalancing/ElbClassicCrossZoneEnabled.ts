import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { CLASSIC, classicAttributeOfItem } from './load-balancer';

interface Facts {
  /** Absent is the default (off). */
  readonly crossZone: Maybe<boolean>;
}

export const ElbClassicCrossZoneEnabled = defineRule<Facts>({
  id: 'ElbClassicCrossZoneEnabled',
  title: 'Classic Load Balancers balance across availability zones',
  description:
    'Without cross-zone load balancing a Classic Load Balancer node only uses targets in its own AZ, so losing targets in one AZ drops a share of requests.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED',
  remediation:
    'Set CrossZone: true (CDK: crossZone: true), or move to an Application Load Balancer, which always balances across zones.',
  template: {
    resourceTypes: [CLASSIC],
    facts: (lb) => ({ crossZone: asBoolean(lb.get('CrossZone')) }),
  },
  configItem: {
    resourceTypes: [CLASSIC],
    facts: (item) => ({ crossZone: classicAttributeOfItem(item, 'crossZoneLoadBalancing') }),
  },
  evaluate({ crossZone: on }) {
    if (isUnknown(on)) return needsReview(`whether cross-zone load balancing is on is not known: ${on.reason}`);
    if (on) return pass('cross-zone load balancing is on');
    return fail(`cross-zone load balancing is off${on === undefined ? ' (the default)' : ''}`);
  },
});
