import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asBoolean, asString, field, listOf, recorded } from '../../lib/engine/facts';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

export const CLASSIC = 'AWS::ElasticLoadBalancing::LoadBalancer';
export const V2 = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

/**
 * The value of one LoadBalancerAttributes key (the last entry wins, as in the
 * API): undefined when absent, an Unknown when the list or a key cannot be read.
 */
export function attribute(lb: TemplateResource, key: string): Maybe<string> {
  return attributeIn(listOf(lb.get('LoadBalancerAttributes')), key, 'Key', 'Value');
}

/**
 * The same attribute of an ELBv2 load balancer item, from the attributes Config
 * records beside it (`supplementaryConfiguration.LoadBalancerAttributes`, key/value
 * pairs). A key the item does not list did not exist when it was captured, so
 * the service default applies; a missing list is unknown.
 */
export function attributeOfItem(item: ConfigItem, key: string): Maybe<string> {
  const list = item.supplementaryConfiguration.LoadBalancerAttributes;
  if (list === undefined) return new Unknown('the configuration item does not record the load balancer attributes');
  return attributeIn(listOf(list), key, 'key', 'value');
}

function attributeIn(attributes: unknown[] | Unknown, key: string, keyField: string, valueField: string): Maybe<string> {
  if (isUnknown(attributes)) return attributes;
  let value: Maybe<string>;
  for (const a of attributes) {
    const k = field(a, keyField);
    if (isUnknown(k)) return new Unknown(`a load balancer attribute key is not known: ${k.reason}`);
    if (k === key) value = asString(field(a, valueField));
  }
  return value;
}

/** ELBv2 Type, defaulting to application as CloudFormation does. */
export function lbType(lb: TemplateResource): Maybe<string> {
  return asString(lb.get('Type') ?? 'application');
}

/** ELBv2 and classic Scheme, defaulting to internet-facing as CloudFormation does. */
export function lbScheme(lb: TemplateResource): Maybe<string> {
  return asString(lb.get('Scheme') ?? 'internet-facing');
}

/** ELBv2 type as Config records it (application, network, gateway). */
export function lbTypeOfItem(item: ConfigItem): Maybe<string> {
  return asString(recorded(item.configuration, 'type'));
}

/**
 * One attribute of a Classic Load Balancer item (`crossZoneLoadBalancing`,
 * `accessLog`), from `supplementaryConfiguration.LoadBalancerAttributes`, the
 * DescribeLoadBalancerAttributes shape: whether it is enabled.
 */
export function classicAttributeOfItem(item: ConfigItem, name: string): Maybe<boolean> {
  const attributes = item.supplementaryConfiguration.LoadBalancerAttributes;
  if (attributes === undefined) return new Unknown('the configuration item does not record the load balancer attributes');
  const enabled = field(field(attributes, name), 'enabled');
  return enabled === undefined ? new Unknown(`the configuration item does not record ${name}`) : asBoolean(enabled);
}
