import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { anyOf } from '../legacy-values';

export { asBoolean, asNumber } from '../../lib/engine/facts';

/** Whether any of the values is true: true on a definite true, else the first Unknown, else false. */
export const anyTrue = (values: readonly (boolean | Unknown)[]): boolean | Unknown => anyOf(...values);

/*
 * Small readers for CloudFormation scalars, shared by the detection, logging and
 * data-store rules: templates write booleans and numbers both bare and as strings.
 */

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
