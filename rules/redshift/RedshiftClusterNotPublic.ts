import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the cluster has a public endpoint. */
  readonly publiclyAccessible: Maybe<boolean>;
}

export const RedshiftClusterNotPublic = defineRule<Facts>({
  id: 'RedshiftClusterNotPublic',
  title: 'Redshift clusters are not publicly accessible',
  description:
    'A publicly accessible cluster gets a public IP address, so its endpoint faces the internet and only the security group stands between the warehouse and attackers.',
  severity: 'error',
  controls: {
    ncscCsp: ['2', '11'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK',
  remediation:
    'Set PubliclyAccessible: false and reach the cluster through private subnets, a VPN or Direct Connect (CDK: publiclyAccessible: false).',
  template: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: (cluster) => ({ publiclyAccessible: asBoolean(cluster.get('PubliclyAccessible')) }),
  },
  configItem: {
    resourceTypes: ['AWS::Redshift::Cluster'],
    facts: ({ configuration: c }) => ({ publiclyAccessible: asBoolean(recorded(c, 'publiclyAccessible')) }),
  },
  evaluate({ publiclyAccessible }) {
    if (isUnknown(publiclyAccessible))
      return needsReview(`whether the cluster is publicly accessible is not known: ${publiclyAccessible.reason}`);
    // Absent means false: clusters are private unless asked otherwise.
    if (publiclyAccessible === true) return fail('the cluster is publicly accessible, so it has a public endpoint');
    return pass('the cluster is not publicly accessible');
  },
});
