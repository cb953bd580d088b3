import { Tri, field, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem } from './distribution';

interface Facts {
  readonly webAcl: Tri;
}

export const CloudFrontWafAssociated = defineRule<Facts>({
  id: 'CloudFrontWafAssociated',
  title: 'CloudFront distributions are protected by a WAF web ACL',
  description:
    'A distribution is the internet edge of the service; without a web ACL every request reaches the cache and origin unfiltered, with no layer 7 access control.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'CLOUDFRONT_ASSOCIATED_WITH_WAF',
  remediation:
    'Set DistributionConfig.WebACLId to the Arn of a CLOUDFRONT-scope WAFv2 web ACL (created in us-east-1) (CDK: webAclId).',
  template: {
    resourceTypes: [DISTRIBUTION],
    facts: (d) => ({ webAcl: isSet(field(configOf(d), 'WebACLId')) }),
  },
  configItem: {
    resourceTypes: [DISTRIBUTION],
    facts: (item) => ({ webAcl: isSet(field(configOfItem(item), 'WebACLId')) }),
  },
  evaluate({ webAcl }) {
    if (isUnknown(webAcl)) return needsReview(`whether a web ACL is associated is not known: ${webAcl.reason}`);
    return webAcl ? pass('a WAF web ACL is associated') : fail('no WAF web ACL is associated with the distribution');
  },
});
