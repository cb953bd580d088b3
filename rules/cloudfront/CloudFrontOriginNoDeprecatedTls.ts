import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { originsOf } from './distribution';

const DEPRECATED = ['SSLv3', 'TLSv1', 'TLSv1.1'];
/** What CloudFormation sends when OriginSSLProtocols is absent. */
export const CFN_DEFAULT_ORIGIN_PROTOCOLS = ['TLSv1', 'SSLv3'];

interface Facts {
  /** For each custom origin that may use HTTPS: its id and OriginSSLProtocols. */
  readonly origins: Array<{ readonly id: unknown; readonly protocols: unknown }> | Unknown;
}

export const CloudFrontOriginNoDeprecatedTls = defineRule<Facts>({
  id: 'CloudFrontOriginNoDeprecatedTls',
  title: 'CloudFront offers only TLS 1.2 to custom origins',
  description:
    'OriginSSLProtocols lists what CloudFront will negotiate with the origin; SSLv3, TLS 1.0 and 1.1 are broken or deprecated, and CloudFormation’s default offers SSLv3 and TLS 1.0.',
  severity: 'error',
  controls: { ncscCsp: ['1', '11'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  configRule: 'CLOUDFRONT_NO_DEPRECATED_SSL_PROTOCOLS',
  remediation: 'Set CustomOriginConfig.OriginSSLProtocols to ["TLSv1.2"] (CDK’s HttpOrigin default).',
  template: {
    resourceTypes: ['AWS::CloudFront::Distribution'],
    facts(distribution) {
      const origins = originsOf(distribution);
      if (isUnknown(origins)) return { origins };
      const out: Array<{ id: unknown; protocols: unknown }> = [];
      for (const o of origins) {
        const custom = field(o, 'CustomOriginConfig');
        if (custom === undefined) continue;
        if (field(custom, 'OriginProtocolPolicy') === 'http-only') continue;
        out.push({ id: field(o, 'Id'), protocols: field(custom, 'OriginSSLProtocols') });
      }
      return { origins: out };
    },
  },
  evaluate({ origins }) {
    if (isUnknown(origins)) return needsReview(`origins are not known: ${origins.reason}`);
    if (origins.length === 0) return notApplicable('no custom origin is reached over HTTPS');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const o of origins) {
      const protocols = o.protocols === undefined ? CFN_DEFAULT_ORIGIN_PROTOCOLS : listOf(o.protocols);
      if (isUnknown(protocols)) {
        undecided ??= protocols;
        continue;
      }
      const weak = protocols.filter((p) => DEPRECATED.includes(String(p)));
      if (weak.length)
        problems.push(
          `origin ${String(o.id)} offers ${weak.join(', ')}${o.protocols === undefined ? ' (the CloudFormation default)' : ''}`,
        );
      else undecided ??= protocols.find(isUnknown) as Unknown | undefined;
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`OriginSSLProtocols is not known: ${undecided.reason}`);
    return pass('custom origins are offered TLS 1.2 only');
  },
});
