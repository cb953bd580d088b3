import { AttributeRef, ParameterValue, PartialString, ResourceRef } from './intrinsics';
import { TemplateIndex, TemplateResource } from './template-index';
import { Unknown, isUnknown } from './unknown';

/*
 * The fact kit: the one way rules read values, for every source. A value is known,
 * absent (undefined) or an Unknown carrying its reason; truth is three-valued
 * (true, false, Unknown). Templates write booleans and numbers bare and as
 * strings; a Ref or GetAtt of another resource is a relation, not a literal; a
 * string with an unknown part is unknown, never its literal text.
 */

/** Three-valued truth: true, false, or an Unknown that might be either. */
export type Tri = boolean | Unknown;

/** A value that is known, absent (undefined), or not known before deployment. */
export type Maybe<T> = T | undefined | Unknown;

/** true/false for a boolean or its string form; undefined when absent; an Unknown for anything not known before deployment. */
export function asBoolean(value: unknown): Maybe<boolean> {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return notLiteral(value);
}

/** A number or its numeric string; undefined when absent; an Unknown for anything not known before deployment. */
export function asNumber(value: unknown): Maybe<number> {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return notLiteral(value);
}

/** A string; undefined when absent; an Unknown for anything not known before deployment, a string with an unknown part included. */
export function asString(value: unknown): Maybe<string> {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return notLiteral(value);
}

/**
 * The text a value certainly starts with: the whole of a literal string, the literal
 * part of a string built with Fn::Sub or Fn::Join before its first unknown part.
 * For rules where a prefix alone decides (`arn:aws:iam::aws:policy/` is AWS-managed).
 */
export function knownPrefix(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof PartialString) {
    const i = value.text.indexOf('${');
    return i < 0 ? value.text : value.text.slice(0, i);
  }
  return undefined;
}

/** The text a value certainly ends with: the whole of a literal string, or the literal tail of a string with unknown parts. */
export function knownSuffix(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof PartialString) {
    const i = value.text.lastIndexOf('}');
    return i < 0 ? value.text : value.text.slice(i + 1);
  }
  return undefined;
}

/**
 * A list property as a list: absent is empty; an Unknown stays Unknown; anything
 * that is not a list (CloudFormation would refuse it) is read as unknown by every
 * rule alike, never as a list of one or of none.
 */
export function listOf(value: unknown): unknown[] | Unknown {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) return value;
  return new Unknown(`a list was expected but the template gives ${describeShape(value)}`);
}

/** A property of a resolved list item or object; an Unknown item gives its Unknown. */
export function field(item: unknown, key: string): unknown {
  if (isUnknown(item)) return item;
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>)[key] : undefined;
}

/**
 * Whether a property has a value at all. A relation to another resource always has
 * one; a string with literal text does; a parameter does when its declaration rules
 * out the empty string; anything else not known before deployment may be empty.
 * (An Fn::If that may give AWS::NoValue is decided by cases before it gets here.)
 */
export function isSet(value: unknown): Tri {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof ResourceRef || value instanceof AttributeRef) return true;
  if (value instanceof PartialString) return value.text.replace(/\$\{[^}]*\}/g, '') !== '' || value.refs.length > 0 || value;
  if (value instanceof ParameterValue) return value.nonEmpty || value;
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Whether a resource property has a value (see isSet). */
export function hasProperty(resource: TemplateResource, path: string): Tri {
  return isSet(resource.get(path));
}

/** Three-valued and: false when any is false, else the first Unknown, else true. */
export function and(...values: readonly Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.find(isUnknown) ?? true;
}

/** Three-valued or: true when any is true, else the first Unknown, else false. */
export function or(...values: readonly Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.find(isUnknown) ?? false;
}

export function not(value: Tri): Tri {
  return isUnknown(value) ? value : !value;
}

/** Whether some item passes: true on a definite pass, else the first Unknown, else false. */
export function some<T>(items: readonly T[] | Unknown, test: (item: T) => Tri): Tri {
  if (isUnknown(items)) return items;
  let open: Unknown | undefined;
  for (const item of items) {
    const t = test(item);
    if (t === true) return true;
    if (isUnknown(t)) open ??= t;
  }
  return open ?? false;
}

/** Whether every item passes: false on a definite failure, else the first Unknown, else true. */
export function every<T>(items: readonly T[] | Unknown, test: (item: T) => Tri): Tri {
  if (isUnknown(items)) return items;
  let open: Unknown | undefined;
  for (const item of items) {
    const t = test(item);
    if (t === false) return false;
    if (isUnknown(t)) open ??= t;
  }
  return open ?? true;
}

/** Three-valued equality of a value read from a template with a literal. */
export function equals(value: unknown, literal: string | number | boolean): Tri {
  if (isUnknown(value)) return value;
  return value === literal || (value !== undefined && value !== null && String(value) === String(literal));
}

/** Resources that exist, or may exist, at deployment (a false Condition removes them). */
export function existing(
  resources: readonly TemplateResource[],
  index: { exists(r: TemplateResource): Tri },
): TemplateResource[] {
  return resources.filter((r) => index.exists(r) !== false);
}

/**
 * The resource of a type that a property points at: by Ref/GetAtt, or by a literal
 * name matched against `nameProperty` of resources in the same template. Undefined
 * when the property is absent, an Unknown when it points outside the template.
 */
export function relatedResource(
  value: unknown,
  index: TemplateIndex,
  type: string,
  nameProperty: string,
): TemplateResource | undefined | Unknown {
  if (value === undefined || value === null || value === '') return undefined;
  const target = index.target(value);
  if (target) return target.type === type ? target : new Unknown(`${target.logicalId} is a ${target.type}, not a ${type}`);
  if (isUnknown(value)) return value;
  if (typeof value === 'string') {
    const found = index.withLiteral(type, nameProperty, value)[0];
    return found ?? new Unknown(`${value} is not defined in the checked templates`);
  }
  return new Unknown(`the ${type} is not known until deployment`);
}

function describeShape(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function notLiteral(value: unknown): Unknown {
  if (value instanceof ResourceRef || value instanceof AttributeRef) {
    return new Unknown(`the value comes from ${value.ref}, which is only known after deployment`);
  }
  return new Unknown('the value is not a literal');
}

/**
 * A configuration value AWS Config records for the type, by key or dotted path
 * (`firewall.deleteProtection`): absent means the item does not say, so Unknown,
 * never the service default. A null on the way is the service's own "none", unless
 * `nullIsUnknown` says that for this value a null cannot be told from not recorded.
 */
export function recorded(
  configuration: Readonly<Record<string, unknown>>,
  path: string,
  options: { readonly nullIsUnknown?: boolean } = {},
): unknown {
  let value: unknown = configuration;
  for (const key of path.split('.')) {
    if (value === null) return options.nullIsUnknown ? new Unknown(`the configuration item does not record ${path}`) : null;
    value = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
    if (value === undefined) return new Unknown(`the configuration item does not record ${path}`);
  }
  return value === null && options.nullIsUnknown ? new Unknown(`the configuration item does not record ${path}`) : value;
}
