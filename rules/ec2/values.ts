import { PartialString } from '../../lib/engine/intrinsics';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

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

/** The raw (unresolved) value at a dotted path, stopping at the first intrinsic on the way. */
export function rawAt(root: unknown, path: string): unknown {
  let current = root;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (isIntrinsic(current)) return current;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

function isIntrinsic(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** An Fn::If with an AWS::NoValue branch, at any depth of Fn::If nesting. */
function mayBeAbsent(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object') return false;
  const r = raw as Record<string, unknown>;
  if (r.Ref === 'AWS::NoValue') return true;
  const branches = r['Fn::If'];
  return Array.isArray(branches) && branches.slice(1).some(mayBeAbsent);
}

/** CloudFormation booleans arrive as true/false or "true"/"false"; anything else is not a boolean. */
export function asBoolean(value: unknown): boolean | undefined | Unknown {
  if (isUnknown(value)) return value;
  if (value === true || value === false) return value;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}

/** The literal text of a value: the string itself, or a PartialString's text with `${…}` placeholders. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof PartialString) return value.text;
  return undefined;
}

/** A list property as a list: absent is empty, an Unknown stays Unknown. */
export function listOf(value: unknown): unknown[] | Unknown {
  if (isUnknown(value)) return value;
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Property of a plain object from a resolved list item, tolerating unknown items. */
export function field(item: unknown, key: string): unknown {
  if (isUnknown(item)) return item;
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
}

/** Resources of a type that exist (or may exist) in the resource's template. */
export function existing(resources: readonly TemplateResource[], index: { exists(r: TemplateResource): boolean | Unknown }): TemplateResource[] {
  return resources.filter((r) => index.exists(r) !== false);
}

/** True when any is true, else an Unknown when any is unknown, else false. */
export function anyOf(...values: Array<boolean | Unknown>): boolean | Unknown {
  if (values.includes(true)) return true;
  return values.find((v): v is Unknown => isUnknown(v)) ?? false;
}
