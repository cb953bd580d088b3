import { Maybe, asBoolean, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

import { ITEM_TYPE, OPENSEARCH } from './domain';

interface Facts {
  /** Whether the endpoint refuses plain HTTP. */
  readonly enforceHttps: Maybe<boolean>;
  /** The TLS security policy, e.g. `Policy-Min-TLS-1-2-PFS-2023-10`. */
  readonly tlsPolicy: Maybe<string>;
}

export const OpenSearchDomainHttpsRequired = defineRule<Facts>({
  id: 'OpenSearchDomainHttpsRequired',
  title: 'Search domains accept only HTTPS with TLS 1.2 or later',
  description:
    'Without EnforceHTTPS the endpoint also answers plain HTTP, and a TLS 1.0 policy keeps protocols the NCSC no longer accepts.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'] },
  configRule: 'OPENSEARCH_HTTPS_REQUIRED',
  remediation:
    'Set DomainEndpointOptions { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10 } (CDK: enforceHttps: true, tlsSecurityPolicy: TLSSecurityPolicy.TLS_1_2_PFS).',
  template: {
    resourceTypes: [OPENSEARCH],
    facts: (domain) => ({
      enforceHttps: asBoolean(domain.get('DomainEndpointOptions.EnforceHTTPS')),
      tlsPolicy: asString(domain.get('DomainEndpointOptions.TLSSecurityPolicy')),
    }),
  },
  configItem: {
    resourceTypes: [ITEM_TYPE[OPENSEARCH]],
    facts: ({ configuration: c }) => ({
      enforceHttps: asBoolean(recorded(c, 'DomainEndpointOptions.EnforceHTTPS', { nullIsUnknown: true })),
      tlsPolicy: asString(recorded(c, 'DomainEndpointOptions.TLSSecurityPolicy', { nullIsUnknown: true })),
    }),
  },
  evaluate({ enforceHttps, tlsPolicy }) {
    if (isUnknown(enforceHttps)) return needsReview(`whether HTTPS is enforced is not known: ${enforceHttps.reason}`);
    if (enforceHttps !== true)
      return fail(
        enforceHttps === undefined ? 'HTTPS enforcement is not set, so plain HTTP is accepted' : 'HTTPS is not enforced',
      );
    if (isUnknown(tlsPolicy)) return needsReview(`the TLS security policy is not known: ${tlsPolicy.reason}`);
    // The service default has long been Policy-Min-TLS-1-0-2019-07, so the policy must be explicit.
    if (tlsPolicy === undefined) return fail('the TLS security policy is not set, so the domain may accept TLS 1.0');
    if (!tlsPolicy.startsWith('Policy-Min-TLS-1-2')) return fail(`TLS security policy ${tlsPolicy} accepts TLS older than 1.2`);
    return pass(`HTTPS is enforced with ${tlsPolicy}`);
  },
});
