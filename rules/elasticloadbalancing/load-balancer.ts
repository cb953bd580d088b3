import { field, listOf } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/**
 * The value of one LoadBalancerAttributes key (the last entry wins, as in the
 * API): undefined when absent, an Unknown when the list or a key cannot be read.
 */
export function attribute(lb: TemplateResource, key: string): unknown {
  const attributes = listOf(lb.get('LoadBalancerAttributes'));
  if (isUnknown(attributes)) return attributes;
  let value: unknown;
  for (const a of attributes) {
    const k = field(a, 'Key');
    if (isUnknown(k)) return new Unknown(`a load balancer attribute key is not known: ${k.reason}`);
    if (k === key) value = field(a, 'Value');
  }
  return value;
}

/** ELBv2 Type, defaulting to application as CloudFormation does. */
export function lbType(lb: TemplateResource): unknown {
  return lb.get('Type') ?? 'application';
}

/** ELBv2 and classic Scheme, defaulting to internet-facing as CloudFormation does. */
export function lbScheme(lb: TemplateResource): unknown {
  return lb.get('Scheme') ?? 'internet-facing';
}
