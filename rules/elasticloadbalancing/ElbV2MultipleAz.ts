import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { zoneOfSubnet } from '../ec2/network';
import { lbType } from './load-balancer';

interface Facts {
  readonly type: unknown;
  /** The availability zone of each of the load balancer's subnets. */
  readonly zones: unknown[] | Unknown;
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
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    facts(lb, { index }) {
      const type = lbType(lb);
      if (type === 'gateway') return { type, zones: [] };
      const subnets = listOf(lb.get('Subnets'));
      const mappings = listOf(lb.get('SubnetMappings'));
      if (isUnknown(subnets)) return { type, zones: subnets };
      if (isUnknown(mappings)) return { type, zones: mappings };
      const ids = [...subnets, ...mappings.map((m) => field(m, 'SubnetId'))];
      return { type, zones: ids.map((id) => zoneOfSubnet(id, index)) };
    },
  },
  evaluate({ type, zones }) {
    if (isUnknown(type)) return needsReview(`Type is not known: ${type.reason}`);
    if (type === 'gateway') return notApplicable('Gateway Load Balancers follow the appliance subnets');
    if (isUnknown(zones)) return needsReview(`the load balancer’s subnets are not known: ${zones.reason}`);
    const known = new Set(zones.filter((z): z is string => typeof z === 'string'));
    if (known.size >= 2) return pass(`nodes in ${known.size} availability zones`);
    const undecided = zones.find(isUnknown) as Unknown | undefined;
    if (undecided) return needsReview(`a subnet’s availability zone is not known: ${undecided.reason}`);
    return fail(
      known.size ? `all subnets are in one availability zone (${[...known][0]})` : 'the load balancer names no subnets',
    );
  },
});
