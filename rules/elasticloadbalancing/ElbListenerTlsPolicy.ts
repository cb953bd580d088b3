import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

/** Predefined ELBv2 policies that accept TLS 1.2 and above only. */
export const ALLOWED_ELB_TLS_POLICIES = [
  'ELBSecurityPolicy-TLS-1-2-2017-01',
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06',
  'ELBSecurityPolicy-FS-1-2-2019-08',
  'ELBSecurityPolicy-FS-1-2-Res-2019-08',
  'ELBSecurityPolicy-FS-1-2-Res-2020-10',
];
/** The TLS 1.3 family whose minimum is 1.2 or 1.3 (TLS13-1-0 and TLS13-1-1 still accept older versions). */
const TLS13_FAMILY = /^ELBSecurityPolicy-TLS13-1-[23]-/;
/** What ELBv2 applies to an HTTPS or TLS listener without SslPolicy; it accepts TLS 1.0. */
export const ELB_DEFAULT_TLS_POLICY = 'ELBSecurityPolicy-2016-08';

interface Facts {
  readonly protocol: unknown;
  readonly sslPolicy: unknown;
}

export const ElbListenerTlsPolicy = defineRule<Facts>({
  id: 'ElbListenerTlsPolicy',
  title: 'HTTPS and TLS listeners use a TLS 1.2+ security policy',
  description:
    'TLS 1.0 and 1.1 are deprecated and their cipher suites weak; a listener policy that still accepts them lets a client (or an attacker in the middle) downgrade the connection.',
  severity: 'error',
  controls: {
    ncscCsp: ['1'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Set SslPolicy to ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS 1.2+ policy) (CDK: sslPolicy: SslPolicy.RECOMMENDED_TLS).',
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    facts: (listener) => ({ protocol: listener.get('Protocol'), sslPolicy: listener.get('SslPolicy') }),
  },
  evaluate({ protocol, sslPolicy }) {
    if (isUnknown(protocol)) return needsReview(`Protocol is not known: ${protocol.reason}`);
    if (protocol !== 'HTTPS' && protocol !== 'TLS')
      return notApplicable(`the listener protocol is ${String(protocol ?? 'not set')}`);
    if (isUnknown(sslPolicy)) return needsReview(`SslPolicy is not known: ${sslPolicy.reason}`);
    const policy = String(sslPolicy ?? ELB_DEFAULT_TLS_POLICY);
    if (ALLOWED_ELB_TLS_POLICIES.includes(policy) || TLS13_FAMILY.test(policy))
      return pass(`SslPolicy ${policy} accepts TLS 1.2 and above only`);
    return fail(
      sslPolicy === undefined
        ? `SslPolicy is not set, so ${ELB_DEFAULT_TLS_POLICY} (which accepts TLS 1.0) applies`
        : `SslPolicy ${policy} is not on the TLS 1.2+ allow-list`,
    );
  },
});
