import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { spread, zoneInScope, zoneOf } from '../autoscaling/zones';

interface Facts {
  /** The zone of each subnet (an Unknown where not known), or an Unknown when the subnet list is not known. */
  readonly zones: (string | Unknown)[] | Unknown;
}

export const LambdaVpcMultiAz = defineRule<Facts>({
  id: 'LambdaVpcMultiAz',
  title: 'VPC-attached Lambda functions span at least two Availability Zones',
  description: 'A function whose subnets are all in one zone stops when that zone fails, though Lambda itself is multi-AZ.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'LAMBDA_VPC_MULTI_AZ_CHECK',
  remediation:
    'Give VpcConfig.SubnetIds subnets in two or more Availability Zones (CDK: vpcSubnets selecting a subnet group spread across zones).',
  template: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts(fn, { index }) {
      const list = listOf(fn.get('VpcConfig.SubnetIds'));
      return { zones: isUnknown(list) ? list : list.map((s) => zoneOf(s, index)) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::Lambda::Function'],
    looksUp: ['AWS::EC2::Subnet'],
    // As LambdaInsideVpc reads it: an item without vpcConfig is a function outside any VPC.
    facts(fn, scope) {
      const list = listOf(valueAt(fn.configuration, 'vpcConfig.subnetIds'));
      return { zones: isUnknown(list) ? list : list.map((s) => zoneInScope(s, scope)) };
    },
  },
  evaluate({ zones }) {
    if (isUnknown(zones)) return needsReview(`the function's subnets are not known: ${zones.reason}`);
    if (zones.length === 0) return notApplicable('the function is not attached to a VPC');
    const { known, open } = spread(zones);
    // Two known zones are enough, whatever the other subnets are.
    if (known.length >= 2) return pass(`subnets span ${known.length} Availability Zones`, zones.filter(isUnknown));
    if (open) return needsReview(open.reason);
    return fail(`every subnet is in one Availability Zone (${known[0]})`);
  },
});
