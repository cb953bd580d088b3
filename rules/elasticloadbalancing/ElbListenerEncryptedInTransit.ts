import { Maybe, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { listenerProtocolOfItem } from './listener';

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const ENCRYPTED = ['HTTPS', 'TLS'];

interface Facts {
  /** Absent for Gateway Load Balancer listeners. */
  readonly protocol: Maybe<string>;
}

/*
 * HTTP listeners are AlbHttpListenerRedirectsToHttps's concern (an HTTP listener
 * that only redirects is fine); this rule covers every other protocol. Gateway
 * Load Balancer listeners have no protocol (GENEVE) and carry no application data
 * of their own.
 */
export const ElbListenerEncryptedInTransit = defineRule<Facts>({
  id: 'ElbListenerEncryptedInTransit',
  title: 'Load balancer listeners terminate TLS',
  description:
    'A TCP or UDP listener passes whatever the client sends; unless TLS is terminated at the listener, the load balancer cannot guarantee that traffic from the internet is encrypted.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  remediation:
    'Use HTTPS (ALB) or TLS (NLB) listeners with an ACM certificate; if TLS is deliberately passed through to targets, acknowledge this finding with the reason.',
  template: {
    resourceTypes: [LISTENER],
    facts: (listener) => ({ protocol: asString(listener.get('Protocol')) }),
  },
  configItem: {
    resourceTypes: [LISTENER],
    facts: (item) => ({ protocol: listenerProtocolOfItem(item) }),
  },
  evaluate({ protocol }) {
    if (isUnknown(protocol)) return needsReview(`the listener protocol is not known: ${protocol.reason}`);
    if (protocol === undefined || protocol === 'GENEVE')
      return notApplicable('a Gateway Load Balancer listener carries no protocol of its own');
    if (protocol === 'HTTP') return notApplicable('HTTP listeners are checked for redirection to HTTPS');
    if (ENCRYPTED.includes(protocol)) return pass(`the listener terminates ${protocol}`);
    return fail(`the listener protocol is ${protocol}, so traffic is not encrypted at the load balancer`);
  },
});
