import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { behaviorsOf } from './distribution';

interface Facts {
  /** ViewerProtocolPolicy of the default and every other cache behaviour. */
  readonly viewerPolicies: unknown[] | Unknown;
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
  template: {
    resourceTypes: ['AWS::CloudFront::Distribution'],
    facts(distribution) {
      const behaviors = behaviorsOf(distribution);
      return { viewerPolicies: isUnknown(behaviors) ? behaviors : behaviors.map((b) => b.viewer) };
    },
  },
  evaluate({ viewerPolicies }) {
    if (isUnknown(viewerPolicies)) return needsReview(`cache behaviours are not known: ${viewerPolicies.reason}`);
    if (viewerPolicies.length === 0) return notApplicable('no cache behaviour is defined');
    const allowAll = viewerPolicies.filter((p) => p === 'allow-all').length;
    if (allowAll) return fail(`${allowAll} cache behaviour${allowAll > 1 ? 's allow' : ' allows'} viewers to use HTTP`);
    const undecided = viewerPolicies.find(isUnknown) as Unknown | undefined;
    if (undecided) return needsReview(`ViewerProtocolPolicy is not known: ${undecided.reason}`);
    return pass('every cache behaviour requires HTTPS');
  },
});
