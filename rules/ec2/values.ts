import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { rawAt } from '../legacy-values';

export { asBoolean, listOf, field, existing } from '../../lib/engine/facts';
export { rawAt, textOf, anyOf } from '../legacy-values';

/**
 * Small readers shared by the network-boundary rules (ec2, elasticloadbalancing,
 * apigateway, cloudfront, wafv2, networkfirewall, route53resolver).
 */

/**
 * Whether a property is set at all. A parameter or an unresolved reference still
 * puts a value there, so only an Fn::If that may yield AWS::NoValue leaves it undecided.
 */
export function isSet(resource: TemplateResource, path: string): boolean | Unknown {
  const value = resource.get(path);
  if (value === undefined || value === null || value === '') return false;
  if (!isUnknown(value)) return Array.isArray(value) ? value.length > 0 : true;
  return mayBeAbsent(rawAt(resource.raw.Properties, path)) ? value : true;
}

/** An Fn::If with an AWS::NoValue branch, at any depth of Fn::If nesting. */
function mayBeAbsent(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object') return false;
  const r = raw as Record<string, unknown>;
  if (r.Ref === 'AWS::NoValue') return true;
  const branches = r['Fn::If'];
  return Array.isArray(branches) && branches.slice(1).some(mayBeAbsent);
}
