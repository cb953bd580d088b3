import { Maybe, asBoolean, asString, field } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem } from './distribution';

/** Viewer security policies whose floor is TLS 1.2 with modern ciphers. */
export const ALLOWED_CLOUDFRONT_POLICIES = ['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025'];

interface Facts {
  /** The default *.cloudfront.net certificate, or a custom one. */
  readonly certificate: 'default' | 'custom' | Unknown;
  /** The viewer security policy of a custom certificate; absent is TLSv1. */
  readonly minimumProtocolVersion?: Maybe<string>;
}

function factsOf(config: unknown): Facts {
  const viewer = field(config, 'ViewerCertificate');
  if (isUnknown(viewer)) return { certificate: viewer };
  if (viewer === undefined) return { certificate: 'default' };
  const isDefault = asBoolean(field(viewer, 'CloudFrontDefaultCertificate'));
  if (isUnknown(isDefault)) return { certificate: isDefault };
  if (isDefault) return { certificate: 'default' };
  return { certificate: 'custom', minimumProtocolVersion: asString(field(viewer, 'MinimumProtocolVersion')) };
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
  template: { resourceTypes: [DISTRIBUTION], facts: (d) => factsOf(configOf(d)) },
  configItem: { resourceTypes: [DISTRIBUTION], facts: (item) => factsOf(configOfItem(item)) },
  evaluate({ certificate, minimumProtocolVersion: policy }) {
    if (isUnknown(certificate)) return needsReview(`the viewer certificate is not known: ${certificate.reason}`);
    if (certificate === 'default')
      return fail('the distribution uses the default CloudFront certificate, whose security policy is fixed at TLSv1');
    if (isUnknown(policy)) return needsReview(`the viewer security policy is not known: ${policy.reason}`);
    // The security policy defaults to TLSv1 with a custom certificate.
    if (policy !== undefined && ALLOWED_CLOUDFRONT_POLICIES.includes(policy))
      return pass(`the viewer security policy is ${policy}`);
    return fail(`the viewer security policy is ${policy ?? 'not set (TLSv1)'}`);
  },
});
