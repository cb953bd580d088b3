import { Maybe } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, behaviorsOf, configOf, configOfItem } from './distribution';

interface Facts {
  /** Viewer protocol policy of the default and every other cache behaviour. */
  readonly viewerPolicies: Array<Maybe<string>> | Unknown;
}

function factsOf(config: unknown): Facts {
  const behaviors = behaviorsOf(config);
  return { viewerPolicies: isUnknown(behaviors) ? behaviors : behaviors.map((b) => b.viewer) };
}

export const CloudFrontViewerHttps = defineRule<Facts>({
  id: 'CloudFrontViewerHttps',
  title: 'CloudFront distributions serve viewers over HTTPS only',
  description: 'A cache behaviour with allow-all serves content, cookies and tokens to browsers over plain HTTP.',
  severity: 'error',
  controls: { ncscCsp: ['1', '11'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  configRule: 'CLOUDFRONT_VIEWER_POLICY_HTTPS',
  remediation:
    'Set ViewerProtocolPolicy to redirect-to-https or https-only on every cache behaviour (CDK: viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS).',
  template: { resourceTypes: [DISTRIBUTION], facts: (d) => factsOf(configOf(d)) },
  configItem: { resourceTypes: [DISTRIBUTION], facts: (item) => factsOf(configOfItem(item)) },
  evaluate({ viewerPolicies }) {
    if (isUnknown(viewerPolicies)) return needsReview(`cache behaviours are not known: ${viewerPolicies.reason}`);
    if (viewerPolicies.length === 0) return notApplicable('no cache behaviour is defined');
    const allowAll = viewerPolicies.filter((p) => p === 'allow-all').length;
    if (allowAll) return fail(`${allowAll} cache behaviour${allowAll > 1 ? 's allow' : ' allows'} viewers to use HTTP`);
    const undecided = viewerPolicies.find(isUnknown);
    if (undecided) return needsReview(`a viewer protocol policy is not known: ${undecided.reason}`);
    return pass('every cache behaviour requires HTTPS');
  },
});
