import { field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ALLOWED_ELB_TLS_POLICIES, ELB_DEFAULT_TLS_POLICY } from './ElbListenerTlsPolicy';

const SECURE = ['HTTPS', 'SSL'];

interface ListenerFact {
  readonly port: unknown;
  /** Reference-Security-Policy of each SSL negotiation policy applied to the listener ('custom' when it lists protocols itself). */
  readonly negotiation: unknown[];
}

interface Facts {
  readonly listeners: ListenerFact[] | Unknown;
}

export const ElbClassicTlsPolicy = defineRule<Facts>({
  id: 'ElbClassicTlsPolicy',
  title: 'Classic Load Balancer TLS listeners use a predefined TLS 1.2 policy',
  description:
    'A Classic Load Balancer HTTPS or SSL listener without a TLS 1.2 negotiation policy falls back to ELBSecurityPolicy-2016-08 and accepts TLS 1.0; custom policies drift as ciphers age.',
  severity: 'error',
  controls: {
    ncscCsp: ['1'],
    tenSteps: ['architecture-and-configuration', 'data-security'],
    cyberEssentials: ['secure-configuration'],
    internetFirst: ['IF-1'],
  },
  configRule: 'ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK',
  remediation:
    'Add a Policies entry of PolicyType SSLNegotiationPolicyType with attribute Reference-Security-Policy = ELBSecurityPolicy-TLS-1-2-2017-01 and name it in every HTTPS/SSL listener’s PolicyNames.',
  template: {
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    facts(lb) {
      const listeners = listOf(lb.get('Listeners'));
      const policies = listOf(lb.get('Policies'));
      if (isUnknown(listeners)) return { listeners };
      if (isUnknown(policies)) return { listeners: policies };
      const out: ListenerFact[] = [];
      for (const l of listeners) {
        const protocol = field(l, 'Protocol');
        if (isUnknown(protocol)) return { listeners: protocol };
        if (!SECURE.includes(String(protocol).toUpperCase())) continue;
        const port = field(l, 'LoadBalancerPort');
        const names = listOf(field(l, 'PolicyNames'));
        if (isUnknown(names)) return { listeners: names };
        // A policy applies to a listener named in its PolicyNames, or through the policy's LoadBalancerPorts.
        const applied = policies.filter((p) => {
          const ports = listOf(field(p, 'LoadBalancerPorts'));
          return names.includes(field(p, 'PolicyName')) || (!isUnknown(ports) && ports.some((x) => String(x) === String(port)));
        });
        const negotiation = applied.filter((p) => field(p, 'PolicyType') === 'SSLNegotiationPolicyType').map(referencePolicy);
        out.push({ port, negotiation });
      }
      return { listeners: out };
    },
  },
  evaluate({ listeners }) {
    if (isUnknown(listeners)) return needsReview(`listeners or policies are not known: ${listeners.reason}`);
    if (listeners.length === 0) return notApplicable('no HTTPS or SSL listener');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const { port, negotiation } of listeners) {
      if (negotiation.length === 0) {
        problems.push(`listener ${String(port)} has no negotiation policy, so ${ELB_DEFAULT_TLS_POLICY} (TLS 1.0) applies`);
        continue;
      }
      const unknownPolicy = negotiation.find(isUnknown) as Unknown | undefined;
      if (unknownPolicy) undecided ??= unknownPolicy;
      else if (!negotiation.every((p) => ALLOWED_ELB_TLS_POLICIES.includes(String(p)))) {
        problems.push(`listener ${String(port)} uses ${negotiation.map(String).join(', ')}`);
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`a negotiation policy is not known: ${undecided.reason}`);
    return pass('every HTTPS and SSL listener uses a predefined TLS 1.2 policy');
  },
});

/** The predefined policy an SSL negotiation policy references, or 'a custom policy' when it sets protocols itself. */
function referencePolicy(policy: unknown): unknown {
  const attributes = listOf(field(policy, 'Attributes'));
  if (isUnknown(attributes)) return attributes;
  const reference = attributes.find((a) => field(a, 'Name') === 'Reference-Security-Policy');
  return reference === undefined ? 'a custom policy' : field(reference, 'Value');
}
