import { Maybe, asString, listOf } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

export const FORWARD_TO_STATEFUL = 'aws:forward_to_sfe';

/** A list of action names, each read through the kit; a list that is not one stays Unknown. */
export function actionNames(value: unknown): Array<Maybe<string>> | Unknown {
  const list = listOf(value);
  return isUnknown(list) ? list : list.map(asString);
}

/** Shared decision for the full-packet and fragment default actions of a firewall policy; `label` names the packets. */
export function forwardsToStateful(actions: Array<Maybe<string>> | Unknown, label: string): Verdict {
  if (isUnknown(actions)) return needsReview(`the default action for ${label} is not known: ${actions.reason}`);
  const unknownAction = actions.find(isUnknown);
  if (unknownAction) return needsReview(`the default action for ${label} is not known: ${unknownAction.reason}`);
  if (actions.includes(FORWARD_TO_STATEFUL)) return pass(`${label} no stateless rule matched go to the stateful engine`);
  if (actions.length === 0) return fail(`no default action is set for ${label}`);
  const bypass = actions.includes('aws:pass') ? ', so unmatched traffic passes without stateful inspection' : '';
  return fail(`the default action for ${label} is ${actions.map(String).join(', ')} instead of ${FORWARD_TO_STATEFUL}${bypass}`);
}
