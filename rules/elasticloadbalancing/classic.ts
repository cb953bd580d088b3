import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asNumber, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** HTTPS and SSL: the Classic Load Balancer protocols that terminate TLS. */
export const SECURE_CLASSIC = ['HTTPS', 'SSL'];

/** One Classic Load Balancer listener, as a template declares it or as Config records it. */
export interface ClassicListener {
  readonly protocol: Maybe<string>;
  readonly port: Maybe<number>;
  /** The server certificate (ARN) of an HTTPS or SSL listener. */
  readonly certificate: unknown;
  /** Names of the policies applied to the listener. */
  readonly policyNames: unknown[] | Unknown;
}

export function classicListeners(lb: TemplateResource): ClassicListener[] | Unknown {
  const listeners = listOf(lb.get('Listeners'));
  if (isUnknown(listeners)) return listeners;
  return listeners.map((l) => ({
    protocol: asString(field(l, 'Protocol')),
    port: asNumber(field(l, 'LoadBalancerPort')),
    certificate: field(l, 'SSLCertificateId'),
    policyNames: listOf(field(l, 'PolicyNames')),
  }));
}

/** The listeners of a Classic Load Balancer item (`listenerDescriptions`, the DescribeLoadBalancers shape). */
export function classicListenersOfItem(item: ConfigItem): ClassicListener[] | Unknown {
  const descriptions = listOf(recorded(item.configuration, 'listenerDescriptions'));
  if (isUnknown(descriptions)) return descriptions;
  return descriptions.map((d) => {
    const l = field(d, 'listener');
    return {
      protocol: asString(field(l, 'protocol')),
      port: asNumber(field(l, 'loadBalancerPort')),
      certificate: field(l, 'sslcertificateId'),
      policyNames: listOf(field(d, 'policyNames')),
    };
  });
}

/** Whether a listener protocol terminates TLS (HTTPS or SSL, in any case). */
export function isSecureClassic(protocol: Maybe<string>): boolean | Unknown {
  if (isUnknown(protocol)) return protocol;
  return SECURE_CLASSIC.includes(String(protocol).toUpperCase());
}
