import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { DISTRIBUTION, configOf, configOfItem, originsOf } from './distribution';

const DEPRECATED = ['SSLv3', 'TLSv1', 'TLSv1.1'];
/** What CloudFormation sends when OriginSSLProtocols is absent. */
export const CFN_DEFAULT_ORIGIN_PROTOCOLS = ['TLSv1', 'SSLv3'];

interface Facts {
  /** For each custom origin that may use HTTPS: its id and the protocols offered to it (absent: the CloudFormation default). */
  readonly origins: Array<{ readonly id: Maybe<string>; readonly protocols?: Array<Maybe<string>> | Unknown }> | Unknown;
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
  template: { resourceTypes: [DISTRIBUTION], facts: (d) => factsOf(configOf(d)) },
  configItem: { resourceTypes: [DISTRIBUTION], facts: (item) => factsOf(configOfItem(item)) },
  evaluate({ origins }) {
    if (isUnknown(origins)) return needsReview(`origins are not known: ${origins.reason}`);
    if (origins.length === 0) return notApplicable('no custom origin is reached over HTTPS');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const o of origins) {
      const protocols = o.protocols ?? CFN_DEFAULT_ORIGIN_PROTOCOLS;
      if (isUnknown(protocols)) {
        undecided ??= protocols;
        continue;
      }
      const weak = protocols.filter((p): p is string => typeof p === 'string' && DEPRECATED.includes(p));
      if (weak.length)
        problems.push(
          `origin ${o.id ?? '(no id)'} offers ${weak.join(', ')}${o.protocols === undefined ? ' (the CloudFormation default)' : ''}`,
        );
      else undecided ??= protocols.find(isUnknown);
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`the protocols offered to an origin are not known: ${undecided.reason}`);
    return pass('custom origins are offered TLS 1.2 only');
  },
});

function factsOf(config: unknown): Facts {
  const origins = originsOf(config);
  if (isUnknown(origins)) return { origins };
  const out: Array<{ id: Maybe<string>; protocols?: Array<Maybe<string>> | Unknown }> = [];
  for (const o of origins) {
    const custom = field(o, 'CustomOriginConfig');
    if (custom === undefined) continue;
    if (field(custom, 'OriginProtocolPolicy') === 'http-only') continue;
    const listed = field(custom, 'OriginSSLProtocols');
    const protocols = listOf(listed);
    out.push({
      id: asString(field(o, 'Id')),
      protocols: listed === undefined ? undefined : isUnknown(protocols) ? protocols : protocols.map(asString),
    });
  }
  return { origins: out };
}
