import { Tri, isSet } from '../../lib/engine/facts';
import { Rule, defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { ITEM_TYPE, itemValue } from './domain';

export interface VpcFacts {
  /** Whether the domain is placed in VPC subnets. */
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
    configItem: {
      resourceTypes: [ITEM_TYPE[type]],
      // As AWS Config's own rule reads it: a domain outside a VPC has no VPC options at all.
      facts: ({ configuration }) => ({ subnets: isSet(itemValue(configuration, type, 'VPCOptions.SubnetIds')) }),
    },
    evaluate({ subnets }) {
      if (isUnknown(subnets)) return needsReview(`the domain’s subnets are not known: ${subnets.reason}`);
      return subnets ? pass('the domain runs in a VPC') : fail('the domain is in no VPC subnets, so it has a public endpoint');
    },
  });
}
