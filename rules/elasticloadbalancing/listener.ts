import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, Tri, asString, existing, field, knownPrefix, listOf } from '../../lib/engine/facts';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** What an HTTP listener does with a request: redirect to HTTPS, forward it, or something else. */
export type ActionKind = 'redirect-https' | 'redirect-http' | 'forward' | 'fixed-response' | 'other';

export function actionKinds(actions: unknown): ActionKind[] | Unknown {
  const list = listOf(actions);
  if (isUnknown(list)) return list;
  const kinds: ActionKind[] = [];
  for (const a of list) {
    const type = field(a, 'Type');
    if (isUnknown(type)) return type;
    if (type === 'redirect') {
      const protocol = field(field(a, 'RedirectConfig'), 'Protocol');
      if (isUnknown(protocol)) return protocol;
      // RedirectConfig.Protocol defaults to #{protocol}, i.e. the request's own protocol.
      kinds.push(protocol === 'HTTPS' ? 'redirect-https' : 'redirect-http');
    } else if (type === 'forward' || type === 'fixed-response') kinds.push(type);
    else kinds.push('other');
  }
  return kinds;
}

/** Listener rules attached to a listener. */
export function listenerRules(listener: TemplateResource, index: TemplateIndex): TemplateResource[] {
  return existing(index.referrers(listener, 'AWS::ElasticLoadBalancingV2::ListenerRule', 'ListenerArn'), index);
}

/** Whether a certificate reference is an ACM certificate: a reference to one, or an ARN in the acm namespace. */
export function isAcmCertificate(value: unknown, index: TemplateIndex): Tri {
  const target = index.target(value);
  if (target) return target.type === 'AWS::CertificateManager::Certificate';
  return isAcmArn(value);
}

/** Whether a certificate ARN is in the acm namespace; the service segment decides, so a built ARN whose known prefix reaches past it is enough. */
export function isAcmArn(value: unknown): Tri {
  const service = /^arn:[^:$]*:([a-z0-9-]+):/.exec(knownPrefix(value) ?? '')?.[1];
  if (service) return service === 'acm';
  if (isUnknown(value)) return value;
  if (value === undefined || value === null) return new Unknown('a certificate is not named');
  return new Unknown(`certificate ${String(value)} is not an ARN`);
}

/** The protocol of an ELBv2 listener item; Gateway Load Balancer listeners have none, any other listener always records one. */
export function listenerProtocolOfItem(item: ConfigItem): Maybe<string> {
  const protocol = item.configuration.Protocol;
  if (protocol !== undefined && protocol !== null) return asString(protocol);
  const lb = asString(item.configuration.LoadBalancerArn);
  if (typeof lb === 'string' && lb.includes(':loadbalancer/gwy/')) return undefined;
  return new Unknown('the configuration item does not record the listener protocol');
}

/** Listener rules are a separate resource Config does not record, so an item cannot show them. */
export const UNRECORDED_LISTENER_RULES = new Unknown(
  'listener rules (AWS::ElasticLoadBalancingV2::ListenerRule) are not recorded by AWS Config',
);
