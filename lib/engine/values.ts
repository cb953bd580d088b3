import { AttributeRef, PartialString, ResourceRef } from './intrinsics';
import { TemplateResource } from './template-index';
import { Unknown, isUnknown } from './unknown';

/*
 * Readers for resolved CloudFormation values, shared by every rule. Templates write
 * booleans and numbers both bare and as strings, and a Ref or GetAtt of another
 * resource is a relation, not a literal: reading one as a scalar gives an Unknown.
 */

/** true/false for a boolean or its string form; undefined when absent; an Unknown for anything not known before deployment. */
export function asBoolean(value: unknown): boolean | undefined | Unknown {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return notLiteral(value);
}

/** A number or its numeric string; undefined when absent; an Unknown for anything not known before deployment. */
export function asNumber(value: unknown): number | undefined | Unknown {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return notLiteral(value);
}

/** A string; undefined when absent; an Unknown for anything not known before deployment. */
export function asString(value: unknown): string | undefined | Unknown {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return notLiteral(value);
}

/** A list property as a list: absent is empty, a single value is a list of one, an Unknown stays Unknown. */
export function listOf(value: unknown): unknown[] | Unknown {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return value;
  return Array.isArray(value) ? value : [value];
}

/** The literal text of a value: a string, a number, or a PartialString's text with `${…}` for what is unknown. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof PartialString) return value.text;
  return undefined;
}

/** A property of a resolved list item, tolerating unknown items. */
export function field(item: unknown, key: string): unknown {
  if (isUnknown(item)) return item;
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
}

/** Resources that exist, or may exist, at deployment (a false Condition removes them). */
export function existing(
  resources: readonly TemplateResource[],
  index: { exists(r: TemplateResource): boolean | Unknown },
): TemplateResource[] {
  return resources.filter((r) => index.exists(r) !== false);
}

/** True when any is true, else the first Unknown (it might have been true), else false. */
export function anyOf(...values: Array<boolean | Unknown>): boolean | Unknown {
  if (values.includes(true)) return true;
  return values.find((v): v is Unknown => isUnknown(v)) ?? false;
}

/** The raw (unresolved) value at a dotted path, stopping at the first intrinsic on the way. */
export function rawAt(root: unknown, path: string): unknown {
  let current = root;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    const keys = Object.keys(current);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) return current;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

function notLiteral(value: unknown): Unknown {
  if (value instanceof ResourceRef || value instanceof AttributeRef) {
    return new Unknown(`the value comes from ${value.ref}, which is only known after deployment`);
  }
  return new Unknown('the value is not a literal');
}
