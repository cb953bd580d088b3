import { listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** How many subnets the function is placed in (their ids may be unknown until deployment); Unknown when the list itself is. */
  readonly subnets: number | Unknown;
}

export const LambdaInsideVpc = defineRule<Facts>({
  id: 'LambdaInsideVpc',
  title: 'Lambda functions run inside a VPC',
  description:
    'A function outside a VPC reaches the internet and AWS APIs directly, bypassing the boundary firewall and egress controls that Internet First expects around services handling private data.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'LAMBDA_INSIDE_VPC',
  remediation:
    'Set VpcConfig with private subnets and a security group (CDK: vpc, vpcSubnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }).',
  template: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts(fn) {
      // Only the count matters: imported subnet ids still place the function in a VPC.
      const list = listOf(fn.get('VpcConfig.SubnetIds'));
      return { subnets: isUnknown(list) ? list : list.length };
    },
  },
  configItem: {
    resourceTypes: ['AWS::Lambda::Function'],
    facts(item) {
      const list = listOf(valueAt(item.configuration, 'vpcConfig.subnetIds'));
      return { subnets: isUnknown(list) ? list : list.length };
    },
  },
  evaluate({ subnets }) {
    if (isUnknown(subnets)) return needsReview(`the function's subnets are not known: ${subnets.reason}`);
    if (subnets > 0) return pass(`runs in ${subnets} VPC ${subnets === 1 ? 'subnet' : 'subnets'}`);
    return fail('the function is attached to no subnet, so it runs outside any VPC');
  },
});
