import { Tri, existing, field, knownPrefix, listOf } from '../../lib/engine/facts';
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
  // The service segment decides, so a built ARN whose known prefix reaches past it is enough.
  const service = /^arn:[^:$]*:([a-z0-9-]+):/.exec(knownPrefix(value) ?? '')?.[1];
  if (service) return service === 'acm';
  if (isUnknown(value)) return value;
  return new Unknown(`certificate ${String(value)} is not an ARN`);
}
