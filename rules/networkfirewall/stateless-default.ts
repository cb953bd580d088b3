import { listOf } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

export const FORWARD_TO_STATEFUL = 'aws:forward_to_sfe';

/** Shared decision for the full-packet and fragment default actions of a firewall policy. */
export function forwardsToStateful(actions: unknown, property: string): Verdict {
  const list = listOf(actions);
  if (isUnknown(list)) return needsReview(`${property} is not known: ${list.reason}`);
  const unknownAction = list.find(isUnknown);
  if (unknownAction) return needsReview(`${property} is not known: ${unknownAction.reason}`);
  if (list.includes(FORWARD_TO_STATEFUL)) return pass(`${property} forwards to the stateful engine`);
  if (list.length === 0) return fail(`${property} is not set`);
  const bypass = list.includes('aws:pass') ? ', so unmatched traffic passes without stateful inspection' : '';
  return fail(`${property} is ${list.map(String).join(', ')} instead of ${FORWARD_TO_STATEFUL}${bypass}`);
}
