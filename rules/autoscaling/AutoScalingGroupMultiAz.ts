import { Maybe, asString, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

import { spread, zoneOf } from './zones';

interface Facts {
  /** Zones of the group's subnets or Availability Zones; `all` for Fn::GetAZs (every zone of the region). */
  readonly zones: Maybe<string>[] | 'all' | Unknown;
}

export const AutoScalingGroupMultiAz = defineRule<Facts>({
  id: 'AutoScalingGroupMultiAz',
  title: 'Auto Scaling groups span at least two Availability Zones',
  description: 'A group confined to one zone loses all its capacity when that zone fails.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'AUTOSCALING_MULTIPLE_AZ',
  remediation: 'Give VPCZoneIdentifier subnets in two or more zones (CDK: vpcSubnets spanning the VPC’s zones).',
  template: {
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    facts(group, { index }) {
      const raw = group.raw.Properties?.AvailabilityZones;
      if (raw && typeof raw === 'object' && !Array.isArray(raw) && 'Fn::GetAZs' in raw) return { zones: 'all' };
      const subnets = listOf(group.get('VPCZoneIdentifier'));
      if (isUnknown(subnets)) return { zones: subnets };
      if (subnets.length) return { zones: subnets.map((s) => zoneOf(s, index)) };
      const zones = listOf(group.get('AvailabilityZones'));
      return { zones: isUnknown(zones) ? zones : zones.map(asString) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    // The service reports the zones the group actually uses, whether it was given subnets or zones.
    facts(group) {
      const zones = listOf(recorded(group.configuration, 'availabilityZones'));
      return { zones: isUnknown(zones) ? zones : zones.map(asString) };
    },
  },
  evaluate({ zones }) {
    if (zones === 'all') return pass('the group uses every Availability Zone of the region');
    if (isUnknown(zones)) return needsReview(`the group's subnets are not known: ${zones.reason}`);
    const { known, open } = spread(zones);
    // Two known zones are enough, whatever the other subnets are.
    if (known.length >= 2) return pass(`the group spans ${known.length} Availability Zones`, zones.filter(isUnknown));
    if (open) return needsReview(open.reason);
    if (known.length === 0) return needsReview('the group names neither subnets nor Availability Zones');
    return fail(`the group uses one Availability Zone (${known[0]})`);
  },
});
