import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asString, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { ALLOWED_ELB_TLS_POLICIES, ELB_DEFAULT_TLS_POLICY } from './ElbListenerTlsPolicy';
import { ClassicListener, classicListeners, classicListenersOfItem, isSecureClassic } from './classic';
import { CLASSIC } from './load-balancer';

const NEGOTIATION = 'SSLNegotiationPolicyType';
const REFERENCE = 'Reference-Security-Policy';
const CUSTOM = 'a custom policy';

interface ListenerFact {
  readonly port: Maybe<number>;
  /** The predefined policy each SSL negotiation policy on the listener references ('a custom policy' when it lists protocols itself). */
  readonly negotiation: Array<Maybe<string>>;
}

interface Facts {
  /** Each HTTPS or SSL listener. */
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
    resourceTypes: [CLASSIC],
    facts: (lb) => ({ listeners: templateListeners(lb) }),
  },
  configItem: {
    resourceTypes: [CLASSIC],
    facts: (item) => ({ listeners: itemListeners(item) }),
  },
  evaluate({ listeners }) {
    if (isUnknown(listeners)) return needsReview(`listeners or policies are not known: ${listeners.reason}`);
    if (listeners.length === 0) return notApplicable('no HTTPS or SSL listener');
    const problems: string[] = [];
    let undecided: Unknown | undefined;
    for (const { port, negotiation } of listeners) {
      const name = `listener ${isUnknown(port) ? '?' : (port ?? '?')}`;
      if (negotiation.length === 0) {
        problems.push(`${name} has no negotiation policy, so ${ELB_DEFAULT_TLS_POLICY} (TLS 1.0) applies`);
        continue;
      }
      const unknownPolicy = negotiation.find(isUnknown);
      if (unknownPolicy) undecided ??= unknownPolicy;
      else if (!negotiation.every((p) => typeof p === 'string' && ALLOWED_ELB_TLS_POLICIES.includes(p))) {
        problems.push(`${name} uses ${negotiation.map((p) => (typeof p === 'string' ? p : CUSTOM)).join(', ')}`);
      }
    }
    if (problems.length) return fail(problems.join('; '));
    if (undecided) return needsReview(`a negotiation policy is not known: ${undecided.reason}`);
    return pass('every HTTPS and SSL listener uses a predefined TLS 1.2 policy');
  },
});

/** The TLS listeners of a list, or the Unknown that stops one being told apart. */
function secureListeners(listeners: ClassicListener[] | Unknown): ClassicListener[] | Unknown {
  if (isUnknown(listeners)) return listeners;
  const secure: ClassicListener[] = [];
  for (const l of listeners) {
    const s = isSecureClassic(l.protocol);
    if (isUnknown(s)) return s;
    if (s) secure.push(l);
  }
  return secure;
}

function templateListeners(lb: TemplateResource): ListenerFact[] | Unknown {
  const listeners = secureListeners(classicListeners(lb));
  const policies = listOf(lb.get('Policies'));
  if (isUnknown(listeners)) return listeners;
  if (isUnknown(policies)) return policies;
  const out: ListenerFact[] = [];
  for (const { port, policyNames: names } of listeners) {
    if (isUnknown(names)) return names;
    // A policy applies to a listener named in its PolicyNames, or through the policy's LoadBalancerPorts.
    const applied = policies.filter((p) => {
      const ports = listOf(field(p, 'LoadBalancerPorts'));
      return names.includes(field(p, 'PolicyName')) || (!isUnknown(ports) && ports.some((x) => String(x) === String(port)));
    });
    const negotiation = applied
      .filter((p) => field(p, 'PolicyType') === NEGOTIATION)
      .map((p) => {
        const attributes = listOf(field(p, 'Attributes'));
        if (isUnknown(attributes)) return attributes;
        const reference = attributes.find((a) => field(a, 'Name') === REFERENCE);
        return reference === undefined ? CUSTOM : asString(field(reference, 'Value'));
      });
    out.push({ port, negotiation });
  }
  return out;
}

/** From the item: the listener's policy names, looked up in the policies Config records beside it (`LoadBalancerPolicies`). */
function itemListeners(item: ConfigItem): ListenerFact[] | Unknown {
  const listeners = secureListeners(classicListenersOfItem(item));
  if (isUnknown(listeners)) return listeners;
  if (listeners.length === 0) return [];
  const recordedPolicies = item.supplementaryConfiguration.LoadBalancerPolicies;
  if (recordedPolicies === undefined) return new Unknown('the configuration item does not record the load balancer policies');
  const policies = listOf(recordedPolicies);
  if (isUnknown(policies)) return policies;
  const out: ListenerFact[] = [];
  for (const { port, policyNames: names } of listeners) {
    if (isUnknown(names)) return names;
    const negotiation: Array<Maybe<string>> = [];
    for (const name of names) {
      const policy = policies.find((p) => field(p, 'policyName') === name);
      if (policy === undefined) {
        negotiation.push(new Unknown(`policy ${String(name)} is not among the recorded load balancer policies`));
        continue;
      }
      if (field(policy, 'policyTypeName') !== NEGOTIATION) continue;
      const attributes = listOf(field(policy, 'policyAttributeDescriptions'));
      if (isUnknown(attributes)) return attributes;
      const reference = attributes.find((a) => field(a, 'attributeName') === REFERENCE);
      negotiation.push(reference === undefined ? CUSTOM : asString(field(reference, 'attributeValue')));
    }
    out.push({ port, negotiation });
  }
  return out;
}
