import { Maybe } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { classicListeners, classicListenersOfItem, isSecureClassic } from './classic';
import { CLASSIC } from './load-balancer';

interface Facts {
  readonly protocols: Array<Maybe<string>> | Unknown;
}

export const ElbClassicTlsListenersOnly = defineRule<Facts>({
  id: 'ElbClassicTlsListenersOnly',
  title: 'Classic Load Balancers listen only on HTTPS or SSL',
  description: 'An HTTP or TCP listener on a Classic Load Balancer carries client traffic unencrypted across the internet.',
  severity: 'error',
  controls: { ncscCsp: ['1'], tenSteps: ['data-security'], internetFirst: ['IF-1'] },
  configRule: 'ELB_TLS_HTTPS_LISTENERS_ONLY',
  remediation: 'Use HTTPS or SSL listeners with an ACM certificate, or better, move to an Application Load Balancer.',
  template: {
    resourceTypes: [CLASSIC],
    facts(lb) {
      const listeners = classicListeners(lb);
      return { protocols: isUnknown(listeners) ? listeners : listeners.map((l) => l.protocol) };
    },
  },
  configItem: {
    resourceTypes: [CLASSIC],
    facts(item) {
      const listeners = classicListenersOfItem(item);
      return { protocols: isUnknown(listeners) ? listeners : listeners.map((l) => l.protocol) };
    },
  },
  evaluate({ protocols }) {
    if (isUnknown(protocols)) return needsReview(`listeners are not known: ${protocols.reason}`);
    if (protocols.length === 0) return notApplicable('the load balancer has no listeners');
    const plain = protocols.filter((p) => isSecureClassic(p) === false);
    if (plain.length) return fail(`listeners use ${[...new Set(plain.map((p) => p ?? 'no protocol'))].join(', ')}`);
    const undecided = protocols.find(isUnknown);
    if (undecided) return needsReview(`a listener protocol is not known: ${undecided.reason}`);
    return pass('every listener uses HTTPS or SSL');
  },
});
