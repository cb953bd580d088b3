import { Maybe, Tri } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { hasWebAclAssociation } from '../wafv2/association';
import { lbScheme, lbType } from './load-balancer';

interface Facts {
  readonly type: Maybe<string>;
  readonly scheme: Maybe<string>;
  /** Whether a WAF web ACL association names this load balancer; read only for internet-facing ALBs. */
  readonly webAcl?: Tri;
}

export const AlbWafEnabled = defineRule<Facts>({
  id: 'AlbWafEnabled',
  title: 'Internet-facing Application Load Balancers are protected by a WAF web ACL',
  description:
    'An internet-facing ALB without a web ACL passes every HTTP request to the application; Internet First expects context-based (layer 7) access control at the boundary.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'ALB_WAF_ENABLED',
  remediation:
    'Associate a WAFv2 web ACL with the load balancer (AWS::WAFv2::WebACLAssociation with ResourceArn: Ref of the load balancer).',
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    facts(lb, { index }) {
      const type = lbType(lb);
      const scheme = lbScheme(lb);
      // Only internet-facing ALBs need the association; reading it for others would only add noise.
      if (type !== 'application' || scheme !== 'internet-facing') return { type, scheme };
      return { type, scheme, webAcl: hasWebAclAssociation(lb, index) };
    },
  },
  evaluate({ type, scheme, webAcl }) {
    if (isUnknown(type)) return needsReview(`the load balancer type is not known: ${type.reason}`);
    if (type !== 'application') return notApplicable(`a ${type ?? 'typeless'} load balancer cannot take a web ACL`);
    if (isUnknown(scheme)) return needsReview(`whether the load balancer is internet-facing is not known: ${scheme.reason}`);
    if (scheme !== 'internet-facing') return notApplicable('the load balancer is internal');
    if (isUnknown(webAcl)) return needsReview(`whether a web ACL is associated is not known: ${webAcl.reason}`);
    return webAcl
      ? pass('a WAF web ACL is associated')
      : fail('no WAF web ACL is associated with this internet-facing load balancer');
  },
});
