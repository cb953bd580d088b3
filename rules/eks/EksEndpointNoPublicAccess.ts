import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { listOf } from '../iam/values';

interface Facts {
  readonly publicAccess: unknown;
  readonly publicCidrs: unknown;
}

const WORLD = ['0.0.0.0/0', '::/0'];

export const EksEndpointNoPublicAccess = defineRule<Facts>({
  id: 'EksEndpointNoPublicAccess',
  title: 'EKS API endpoints are private, or public only to named networks',
  description:
    'A public Kubernetes API endpoint open to 0.0.0.0/0 exposes cluster administration to the internet, one stolen kubeconfig or API flaw away from compromise.',
  severity: 'error',
  controls: {
    ncscCsp: ['11', '12'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  // AWS Config's rule fails any public endpoint; this rule also accepts a public endpoint limited to named CIDRs
  // (NET-17), so a cluster can differ from Config's verdict in that one case.
  configRule: 'EKS_ENDPOINT_NO_PUBLIC_ACCESS',
  remediation:
    'Set ResourcesVpcConfig.EndpointPublicAccess: false and EndpointPrivateAccess: true (CDK: endpointAccess: EndpointAccess.PRIVATE), or restrict PublicAccessCidrs to your administration networks.',
  template: {
    resourceTypes: ['AWS::EKS::Cluster'],
    facts: (cluster) => ({
      publicAccess: cluster.get('ResourcesVpcConfig.EndpointPublicAccess'),
      publicCidrs: cluster.get('ResourcesVpcConfig.PublicAccessCidrs'),
    }),
  },
  evaluate({ publicAccess, publicCidrs }) {
    if (isUnknown(publicAccess)) return needsReview(`EndpointPublicAccess is not known: ${publicAccess.reason}`);
    // EndpointPublicAccess defaults to true.
    if (publicAccess === false || publicAccess === 'false') return pass('the API endpoint is private');
    const cidrs = listOf(publicCidrs);
    if (isUnknown(cidrs)) return needsReview(`PublicAccessCidrs is not known: ${cidrs.reason}`);
    // PublicAccessCidrs defaults to 0.0.0.0/0.
    if (cidrs.length === 0) return fail('the API endpoint is public to 0.0.0.0/0 (PublicAccessCidrs is not set)');
    const world = cidrs.filter((c) => typeof c === 'string' && WORLD.includes(c));
    if (world.length) return fail(`the API endpoint is public to ${world.join(', ')}`);
    const unknownCidr = cidrs.find(isUnknown);
    if (unknownCidr && isUnknown(unknownCidr)) return needsReview(`a public access CIDR is not known: ${unknownCidr.reason}`);
    return pass(`the public API endpoint is limited to ${cidrs.join(', ')}`);
  },
});
