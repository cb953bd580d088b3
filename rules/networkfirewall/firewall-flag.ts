import { asBoolean } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

/** A firewall protection flag that defaults to false. */
export function flagOn(value: unknown, property: string, consequence: string): Verdict {
  const on = asBoolean(value);
  if (isUnknown(on)) return needsReview(`${property} is not known: ${on.reason}`);
  if (on) return pass(`${property} is on`);
  return fail(`${property} is ${value === undefined ? 'not set (default false)' : 'false'}, so ${consequence}`);
}
