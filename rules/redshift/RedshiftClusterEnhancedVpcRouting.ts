import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether COPY and UNLOAD traffic is routed through the VPC. */
  readonly enhancedVpcRouting: Maybe<boolean>;
}

export const RedshiftClusterEnhancedVpcRouting = defineRule<Facts>({
  id: 'RedshiftClusterEnhancedVpcRouting',
  title: 'Redshift clusters use enhanced VPC routing',
  description:
    'Enhanced VPC routing sends COPY and UNLOAD traffic through the VPC, so security groups, VPC endpoint policies and flow logs see data leaving the warehouse.',
  severity: 'warning',
  controls: { ncscCsp: ['11', '13.1'], tenSteps: ['architecture-and-configuration'], cyberEssentials: ['firewalls'] },
  configRule: 'REDSHIFT_ENHANCED_VPC_ROUTING_ENABLED',
  remediation: 'Set EnhancedVpcRouting: true and provide an S3 gateway endpoint or NAT route (CDK: enhancedVpcRouting: true).',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster) => ({ enhancedVpcRouting: asBoolean(cluster.get('EnhancedVpcRouting')) }),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: ({ configuration: c }) => ({ enhancedVpcRouting: asBoolean(recorded(c, 'enhancedVpcRouting')) }),
  },
  evaluate({ enhancedVpcRouting }) {
    if (isUnknown(enhancedVpcRouting))
      return needsReview(`whether enhanced VPC routing is on is not known: ${enhancedVpcRouting.reason}`);
    if (enhancedVpcRouting === true) return pass('COPY and UNLOAD traffic stays in the VPC');
    return fail(
      enhancedVpcRouting === undefined
        ? 'enhanced VPC routing is not set, so COPY and UNLOAD traffic bypasses the VPC'
        : 'enhanced VPC routing is off, so COPY and UNLOAD traffic bypasses the VPC',
    );
  },
});
