import { asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** Viewer security policies whose floor is TLS 1.2 with modern ciphers. */
export const ALLOWED_CLOUDFRONT_POLICIES = ['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];

interface Facts {
  readonly viewerCertificate: unknown;
  readonly defaultCertificate: unknown;
  readonly minimumProtocolVersion: unknown;
}

export const CloudFrontMinimumTls12 = defineRule<Facts>({
  id: 'CloudFrontMinimumTls12',
  title: 'CloudFront distributions require TLSv1.2_2021 or newer from viewers',
  description:
    'Older CloudFront security policies accept TLS 1.0/1.1 or weak ciphers; the default *.cloudfront.net certificate is fixed at TLSv1, so a custom certificate with a modern policy is needed.',
  severity: 'error',
  controls: {
    ncscCsp: ['1', '11'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'CLOUDFRONT_SECURITY_POLICY_CHECK',
  remediation:
    'Use an ACM certificate (us-east-1) with SslSupportMethod sni-only and MinimumProtocolVersion TLSv1.2_2021 or newer (CDK: certificate and minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021).',
  template: {
    resourceTypes: ['AWS::CloudFront::Distribution'],
    facts: (d) => ({
      viewerCertificate: d.get('DistributionConfig.ViewerCertificate'),
      defaultCertificate: d.get('DistributionConfig.ViewerCertificate.CloudFrontDefaultCertificate'),
      minimumProtocolVersion: d.get('DistributionConfig.ViewerCertificate.MinimumProtocolVersion'),
    }),
  },
  evaluate({ viewerCertificate, defaultCertificate, minimumProtocolVersion }) {
    for (const v of [viewerCertificate, defaultCertificate, minimumProtocolVersion]) {
      if (isUnknown(v)) return needsReview(`the viewer certificate is not known: ${(v as Unknown).reason}`);
    }
    if (viewerCertificate === undefined || asBoolean(defaultCertificate) === true) {
      return fail('the distribution uses the default CloudFront certificate, whose security policy is fixed at TLSv1');
    }
    // MinimumProtocolVersion defaults to TLSv1 with a custom certificate.
    const policy = String(minimumProtocolVersion ?? 'TLSv1');
    if (ALLOWED_CLOUDFRONT_POLICIES.includes(policy)) return pass(`MinimumProtocolVersion is ${policy}`);
    return fail(`MinimumProtocolVersion is ${minimumProtocolVersion === undefined ? 'not set (TLSv1)' : policy}`);
  },
});
