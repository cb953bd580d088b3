import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/*
 * Readers for CloudFormation scalars, shared by the data-store rules (rds, s3,
 * dynamodb, efs, kms, secretsmanager, backup, docdb, neptune, msk, dms, transfer).
 * Templates write booleans and numbers both bare and as strings, and a Ref or
 * GetAtt of another resource is a relation, not a literal.
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

/** A list property as a list: absent is empty, an Unknown stays Unknown. */
export function asList(value: unknown): unknown[] | Unknown {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return value;
  return Array.isArray(value) ? value : [value];
}

/** The literal text of a value: the string itself, or a PartialString's text with `${…}` for what is not known. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof PartialString) return value.text;
  return undefined;
}

/** Whether a value is there at all: a Ref, a parameter or an unresolved intrinsic still counts as set. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function notLiteral(value: unknown): Unknown {
  if (value instanceof ResourceRef || value instanceof AttributeRef) {
    return new Unknown(`the value comes from ${value.ref}, which is only known after deployment`);
  }
  return new Unknown('the value is not a literal');
}

/**
 * The resources of a type that a property points at: by Ref/GetAtt, or by a literal
 * name matched against `nameProperty` of resources in the same template.
 * Returns undefined when the property is absent, an Unknown when it points outside the template.
 */
export function related(
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
    return found ?? new Unknown(`${value} is not defined in this template`);
  }
  return new Unknown(`the ${type} is not known until deployment`);
}

/** Resources that exist, or may exist, at deployment (a false Condition removes them). */
export function existing(resources: readonly TemplateResource[], index: TemplateIndex): TemplateResource[] {
  return resources.filter((r) => index.exists(r) !== false);
}

/**
 * Whether a value not known before deployment still names one specific thing: a
 * reference to a resource, a pseudo parameter (the account, region or partition),
 * or a string with literal text around its unknown parts. A bare parameter or
 * import could be anything, `*` included.
 */
export function namesSomethingSpecific(value: unknown): boolean {
  if (value instanceof ResourceRef || value instanceof AttributeRef) return true;
  if (!(value instanceof PartialString)) return false;
  const placeholders = [...value.text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
  if (value.text.replace(/\$\{[^}]*\}/g, '').trim() !== '') return true;
  return placeholders.length > 0 && placeholders.every((p) => p.startsWith('AWS::') || value.refs.includes(p));
}
