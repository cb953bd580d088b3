import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** TLS_1_2, and the enhanced policies whose floor is TLS 1.2 or 1.3. */
const ALLOWED = /^(TLS_1_2|SecurityPolicy_TLS1[23]_.*)$/;

interface Facts {
  /** SecurityPolicy of the domain (REST) or of each domain name configuration (v2). */
  readonly policies: Array<Maybe<string>> | Unknown;
}

export const ApiGatewayDomainTls12 = defineRule<Facts>({
  id: 'ApiGatewayDomainTls12',
  title: 'API Gateway custom domains require TLS 1.2 or above',
  description:
    'A custom domain on the TLS_1_0 policy still negotiates TLS 1.0 with any client that asks, including one forcing a downgrade; the policy should pin TLS 1.2 as the floor.',
  severity: 'error',
  controls: {
    ncscCsp: ['1'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Set SecurityPolicy: TLS_1_2 (or an enhanced SecurityPolicy_TLS13_… policy) (CDK: securityPolicy: SecurityPolicy.TLS_1_2).',
  template: {
    resourceTypes: ['AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName'],
    facts(domain) {
      if (domain.type === 'AWS::ApiGateway::DomainName') return { policies: [asString(domain.get('SecurityPolicy'))] };
      const configs = listOf(domain.get('DomainNameConfigurations'));
      return { policies: isUnknown(configs) ? configs : configs.map((c) => asString(field(c, 'SecurityPolicy'))) };
    },
  },
  evaluate({ policies }) {
    if (isUnknown(policies)) return needsReview(`the domain configuration is not known: ${policies.reason}`);
    const weak = policies.filter((p) => !isUnknown(p) && !ALLOWED.test(p ?? ''));
    // Without SecurityPolicy the domain does not pin TLS 1.2: API Gateway’s legacy default accepts TLS 1.0.
    if (weak.length)
      return fail(
        weak.map((p) => (p === undefined ? 'no security policy is set' : `the security policy is ${String(p)}`)).join('; '),
      );
    const undecided = policies.find(isUnknown);
    if (undecided) return needsReview(`the security policy is not known: ${undecided.reason}`);
    return pass('the domain requires TLS 1.2 or above');
  },
});
