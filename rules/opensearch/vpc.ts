import { Tri, isSet } from '../../lib/engine/facts';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

export interface VpcFacts {
  readonly subnets: Tri;
}

/** A domain is in a VPC when VPCOptions names subnets; otherwise its endpoint is public. */
export function domainInVpcRule(id: string, type: string, configRule: string): Rule<VpcFacts> {
  return defineRule<VpcFacts>({
    id,
    title: 'Search domains run inside a VPC',
    description:
      'A domain outside a VPC has a public endpoint guarded only by its access policy; inside a VPC it is reachable only through security groups, behind the Internet First boundary.',
    severity: 'error',
    controls: {
      ncscCsp: ['2', '11'],
      tenSteps: ['architecture-and-configuration', 'data-security'],
      cyberEssentials: ['firewalls'],
      internetFirst: ['IF-1'],
    },
    configRule,
    remediation:
      'Set VPCOptions { SubnetIds, SecurityGroupIds } with private subnets (CDK: vpc, vpcSubnets, securityGroups); moving a domain into a VPC needs a new domain.',
    template: {
      resourceTypes: [type],
      facts: (domain) => ({ subnets: isSet(domain.get('VPCOptions.SubnetIds')) }),
    },
    evaluate({ subnets }) {
      if (isUnknown(subnets)) return needsReview(`VPCOptions.SubnetIds is not known: ${subnets.reason}`);
      return subnets ? pass('the domain runs in a VPC') : fail('VPCOptions has no subnets, so the domain has a public endpoint');
    },
  });
}
