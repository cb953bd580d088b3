import { Maybe, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { zoneOfSubnet } from '../ec2/network';

import { V2, lbType, lbTypeOfItem } from './load-balancer';

interface Facts {
  readonly type: Maybe<string>;
  /** The availability zone of each of the load balancer's subnets; read only for application and network load balancers. */
  readonly zones?: Array<string | Unknown> | Unknown;
}

export const ElbV2MultipleAz = defineRule<Facts>({
  id: 'ElbV2MultipleAz',
  title: 'Application and Network Load Balancers span at least two availability zones',
  description: 'A load balancer with nodes in a single AZ takes the whole service down with that AZ.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'ELBV2_MULTIPLE_AZ',
  remediation:
    'Give the load balancer subnets (Subnets or SubnetMappings) in at least two availability zones (CDK: vpcSubnets spanning two or more AZs).',
  template: {
    resourceTypes: [V2],
    facts(lb, { index }) {
      const type = lbType(lb);
      if (type === 'gateway') return { type };
      const subnets = listOf(lb.get('Subnets'));
      const mappings = listOf(lb.get('SubnetMappings'));
      if (isUnknown(subnets)) return { type, zones: subnets };
      if (isUnknown(mappings)) return { type, zones: mappings };
      const ids = [...subnets, ...mappings.map((m) => field(m, 'SubnetId'))];
      return { type, zones: ids.map((id) => zoneOfSubnet(id, index)) };
    },
  },
  configItem: {
    resourceTypes: [V2],
    facts(item) {
      const type = lbTypeOfItem(item);
      if (type === 'gateway') return { type };
      const zones = listOf(recorded(item.configuration, 'availabilityZones'));
      if (isUnknown(zones)) return { type, zones };
      return {
        type,
        zones: zones.map((z) => asString(field(z, 'zoneName')) ?? new Unknown('a zone of the load balancer has no name')),
      };
    },
  },
  evaluate({ type, zones = [] }) {
    if (isUnknown(type)) return needsReview(`the load balancer type is not known: ${type.reason}`);
    if (type === 'gateway') return notApplicable('Gateway Load Balancers follow the appliance subnets');
    if (isUnknown(zones)) return needsReview(`the load balancer’s subnets are not known: ${zones.reason}`);
    const known = new Set(zones.filter((z): z is string => typeof z === 'string'));
    if (known.size >= 2) return pass(`nodes in ${known.size} availability zones`, zones.filter(isUnknown));
    const undecided = zones.find(isUnknown);
    if (undecided) return needsReview(`a subnet’s availability zone is not known: ${undecided.reason}`);
    return fail(
      known.size ? `all subnets are in one availability zone (${[...known][0]})` : 'the load balancer names no subnets',
    );
  },
});
