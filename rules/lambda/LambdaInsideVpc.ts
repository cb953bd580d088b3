import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { listOf } from '../iam/values';

interface Facts {
  readonly subnets: unknown;
}

export const LambdaInsideVpc = defineRule<Facts>({
  id: 'LambdaInsideVpc',
  title: 'Lambda functions run inside a VPC',
  description:
    'A function outside a VPC reaches the internet and AWS APIs directly, bypassing the boundary firewall and egress controls that Internet First expects around services handling private data.',
  severity: 'warning',
  resourceTypes: ['AWS::Lambda::Function'],
  controls: { ncscCsp: ['11'], tenSteps: ['architecture-and-configuration'], cyberEssentials: ['firewalls'], internetFirst: ['IF-1'] },
  configRule: 'LAMBDA_INSIDE_VPC',
  remediation: 'Set VpcConfig with private subnets and a security group (CDK: vpc, vpcSubnets: { subnetType: SubnetType.PRIVATE_WITH_EGRESS }).',
  fromTemplate: (fn) => ({ subnets: fn.get('VpcConfig.SubnetIds') }),
  evaluate({ subnets }) {
    const list = listOf(subnets);
    if (isUnknown(list)) return needsReview(`VpcConfig.SubnetIds is not known: ${list.reason}`);
    if (list.length > 0) return pass(`runs in ${list.length} VPC ${list.length === 1 ? 'subnet' : 'subnets'}`);
    return fail('VpcConfig is not set, so the function runs outside any VPC');
  },
});
