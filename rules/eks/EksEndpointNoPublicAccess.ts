import ipaddr from 'ipaddr.js';

import { Maybe, asBoolean, asString, listOf, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { valueAt } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  readonly publicAccess: Maybe<boolean>;
  readonly publicCidrs: Maybe<string>[] | Unknown;
}

/** A range that holds every address: `0.0.0.0/0`, `::/0` in any spelling (`0:0::0/0`, `::0/0`). */
export function isWholeInternet(cidr: string): boolean {
  try {
    return ipaddr.parseCIDR(cidr.trim())[1] === 0;
  } catch {
    return false;
  }
}

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
    facts(cluster) {
      const cidrs = listOf(cluster.get('ResourcesVpcConfig.PublicAccessCidrs'));
      return {
        publicAccess: asBoolean(cluster.get('ResourcesVpcConfig.EndpointPublicAccess')),
        publicCidrs: isUnknown(cidrs) ? cidrs : cidrs.map(asString),
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EKS::Cluster'],
    facts(cluster) {
      const vpc = recorded(cluster.configuration, 'ResourcesVpcConfig');
      const cidrs = listOf(valueAt(vpc, 'PublicAccessCidrs'));
      return {
        publicAccess: asBoolean(isUnknown(vpc) ? vpc : recorded(vpc as Record<string, unknown>, 'EndpointPublicAccess')),
        publicCidrs: isUnknown(cidrs) ? cidrs : cidrs.map(asString),
      };
    },
  },
  evaluate({ publicAccess, publicCidrs: cidrs }) {
    if (isUnknown(publicAccess)) return needsReview(`whether the API endpoint is public is not known: ${publicAccess.reason}`);
    // EndpointPublicAccess defaults to true.
    if (publicAccess === false) return pass('the API endpoint is private', isUnknown(cidrs) ? [cidrs] : cidrs.filter(isUnknown));
    if (isUnknown(cidrs)) return needsReview(`the public access ranges are not known: ${cidrs.reason}`);
    // PublicAccessCidrs defaults to 0.0.0.0/0.
    if (cidrs.length === 0) return fail('the API endpoint is public to 0.0.0.0/0 (no public access range is set)');
    const world = cidrs.filter((c): c is string => typeof c === 'string' && isWholeInternet(c));
    if (world.length) return fail(`the API endpoint is public to ${world.join(', ')}`);
    const unknownCidr = cidrs.find(isUnknown);
    if (unknownCidr) return needsReview(`a public access range is not known: ${unknownCidr.reason}`);
    return pass(`the public API endpoint is limited to ${cidrs.join(', ')}`);
  },
});
