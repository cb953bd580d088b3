import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { spread, zoneOf } from '../autoscaling/zones';
import { Undecided, isUndecided, listOf, undecided } from '../iam/values';

interface Facts {
  /** The zone of each subnet, undecided where not known; undecided as a whole when the subnet list is not known. */
  readonly zones: (string | Undecided)[] | Undecided;
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
      return { zones: isUnknown(list) ? undecided(list) : list.map((s) => zoneOf(s, index)) };
    },
  },
  evaluate({ zones }) {
    if (isUndecided(zones)) return needsReview(`VpcConfig.SubnetIds is not known: ${zones.undecided}`);
    if (zones.length === 0) return notApplicable('the function is not attached to a VPC');
    const { known, undecided: open } = spread(zones);
    if (known.length >= 2) return pass(`subnets span ${known.length} Availability Zones`);
    if (open) return needsReview(open);
    return fail(`every subnet is in one Availability Zone (${known[0]})`);
  },
});
