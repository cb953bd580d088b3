import { AttributeRef, PartialString, ResourceRef } from '../../lib/engine/intrinsics';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
export { asBoolean, asNumber, asString, listOf as asList, existing } from '../../lib/engine/facts';
export { textOf } from '../legacy-values';

/*
 * Readers for CloudFormation scalars, shared by the data-store rules (rds, s3,
 * dynamodb, efs, kms, secretsmanager, backup, docdb, neptune, msk, dms, transfer).
 * Templates write booleans and numbers both bare and as strings, and a Ref or
 * GetAtt of another resource is a relation, not a literal.
 */

/** Whether a value is there at all: a Ref, a parameter or an unresolved intrinsic still counts as set. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
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
