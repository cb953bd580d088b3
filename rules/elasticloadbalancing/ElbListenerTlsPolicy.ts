import { Maybe, asString, recorded } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

import { listenerProtocolOfItem } from './listener';

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';

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

const terminatesTls = (protocol: Maybe<string>) => protocol === 'HTTPS' || protocol === 'TLS';

interface Facts {
  readonly protocol: Maybe<string>;
  /** The security policy of an HTTPS or TLS listener; absent is the ELBv2 default. */
  readonly sslPolicy?: Maybe<string>;
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
    resourceTypes: [LISTENER],
    facts(listener) {
      const protocol = asString(listener.get('Protocol'));
      return terminatesTls(protocol) ? { protocol, sslPolicy: asString(listener.get('SslPolicy')) } : { protocol };
    },
  },
  configItem: {
    resourceTypes: [LISTENER],
    facts(item) {
      const protocol = listenerProtocolOfItem(item);
      // A deployed HTTPS or TLS listener always has a policy, so the item must record it.
      return terminatesTls(protocol)
        ? { protocol, sslPolicy: asString(recorded(item.configuration, 'SslPolicy')) }
        : { protocol };
    },
  },
  evaluate({ protocol, sslPolicy }) {
    if (isUnknown(protocol)) return needsReview(`the listener protocol is not known: ${protocol.reason}`);
    if (!terminatesTls(protocol)) return notApplicable(`the listener protocol is ${protocol ?? 'not set'}`);
    if (isUnknown(sslPolicy)) return needsReview(`the security policy is not known: ${sslPolicy.reason}`);
    const policy = sslPolicy ?? ELB_DEFAULT_TLS_POLICY;
    if (ALLOWED_ELB_TLS_POLICIES.includes(policy) || TLS13_FAMILY.test(policy))
      return pass(`security policy ${policy} accepts TLS 1.2 and above only`);
    return fail(
      sslPolicy === undefined
        ? `no security policy is set, so ${ELB_DEFAULT_TLS_POLICY} (which accepts TLS 1.0) applies`
        : `security policy ${policy} is not on the TLS 1.2+ allow-list`,
    );
  },
});
