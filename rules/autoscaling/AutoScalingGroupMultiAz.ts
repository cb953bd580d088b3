import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { Undecided, isUndecided, listOf, undecided } from '../iam/values';
import { spread, zoneOf } from './zones';

interface Facts {
  /** Zones of the group's subnets or AvailabilityZones; `all` for Fn::GetAZs (every zone of the region). */
  readonly zones: (string | Undecided)[] | 'all' | Undecided;
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
      if (isUnknown(subnets)) return { zones: undecided(subnets) };
      if (subnets.length) return { zones: subnets.map((s) => zoneOf(s, index)) };
      const zones = listOf(group.get('AvailabilityZones'));
      if (isUnknown(zones)) return { zones: undecided(zones) };
      return { zones: zones.map((z) => (typeof z === 'string' ? z : undecided(isUnknown(z) ? z : 'a zone is not a string'))) };
    },
  },
  evaluate({ zones }) {
    if (zones === 'all') return pass('the group uses every Availability Zone of the region');
    if (isUndecided(zones)) return needsReview(`the group's subnets are not known: ${zones.undecided}`);
    const { known, undecided: open } = spread(zones);
    if (known.length >= 2) return pass(`the group spans ${known.length} Availability Zones`);
    if (open) return needsReview(open);
    if (known.length === 0) return needsReview('neither VPCZoneIdentifier nor AvailabilityZones is set');
    return fail(`the group uses one Availability Zone (${known[0]})`);
  },
});
