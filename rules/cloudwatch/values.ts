import { Unknown, isUnknown } from '../../lib/engine/unknown';

/*
 * Small readers for CloudFormation scalars, shared by the detection, logging and
 * data-store rules: templates write booleans and numbers both bare and as strings.
 */

/** true/false for a boolean or its string form; undefined when absent or not a boolean; an Unknown passes through. */
export function asBoolean(value: unknown): boolean | undefined | Unknown {
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

/** A number or its string form; undefined when absent or not numeric; an Unknown passes through. */
export function asNumber(value: unknown): number | undefined | Unknown {
  if (isUnknown(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

/**
 * Whether a property is set, for rules that only ask "is there a key / an ARN / a log group".
 * A value the template cannot resolve (a parameter, an import, an attribute of an undeclared
 * resource) is still a value, so it counts as set; only an Fn::If on an undecidable condition
 * may turn into AWS::NoValue, so that stays Unknown.
 */
export function isPresent(value: unknown): boolean | Unknown {
  if (value === undefined || value === null) return false;
  if (isUnknown(value)) return /^(Fn::If|condition)/.test(value.reason) ? value : true;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Whether any of the values is true: true on the first definite true, else the
 * first Unknown (it might have been true), else false.
 */
export function anyTrue(values: readonly (boolean | Unknown)[]): boolean | Unknown {
  if (values.includes(true)) return true;
  return values.find(isUnknown) ?? false;
}
