import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, asBoolean, recorded } from '../../lib/engine/facts';
import { Verdict, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

/** A firewall protection flag that defaults to false; `label` names it in the domain's words. */
export function flagOn(value: Maybe<boolean>, label: string, consequence: string): Verdict {
  if (isUnknown(value)) return needsReview(`whether ${label} is on is not known: ${value.reason}`);
  if (value) return pass(`${label} is on`);
  return fail(`${label} is off${value === undefined ? ' (the default)' : ''}, so ${consequence}`);
}

/** A flag of the firewall as Config records it (`configuration.firewall.<key>`). */
export function firewallFlagOfItem(item: ConfigItem, key: string): Maybe<boolean> {
  return asBoolean(recorded(item.configuration, `firewall.${key}`));
}
