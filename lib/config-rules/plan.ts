import { Rule } from '../engine/rule';
import { ACCOUNT_TYPE } from '../engine/template-index';

/** One Palisade rule deployed as an AWS Config custom rule. */
export interface CustomRulePlan {
  readonly ruleId: string;
  /** The Config rule's name: unique per account-region, at most 64 characters (the organisation rule's limit). */
  readonly name: string;
  /** Resource types whose changes trigger it (the account pseudo-type left out). */
  readonly resourceTypes: readonly string[];
  /** Account-wide (`AWS::::Account`): evaluated on a schedule, since no item change stands for the account. */
  readonly periodic: boolean;
  readonly description: string;
}

/**
 * The rules that need our own Config rule: those that read a configuration item and
 * mirror no managed rule (a rule with a `configRule` is deployed by the conformance pack).
 */
export function customRulePlans(catalogue: readonly Rule[]): CustomRulePlan[] {
  return catalogue
    .filter((r) => r.adapters.configItem && !r.configRule)
    .map((r) => {
      const types = r.adapters.configItem!.resourceTypes;
      return {
        ruleId: r.id,
        name: configRuleName(r.id),
        resourceTypes: types.filter((t) => t !== ACCOUNT_TYPE),
        periodic: types.includes(ACCOUNT_TYPE),
        description: `Palisade ${r.id}: ${r.title}`.slice(0, 256),
      };
    });
}

function configRuleName(ruleId: string): string {
  const name = `palisade-${ruleId}`;
  if (name.length <= 64) return name;
  let h = 5381;
  for (let i = 0; i < ruleId.length; i++) h = ((h << 5) + h + ruleId.charCodeAt(i)) | 0;
  const suffix = (h >>> 0).toString(36);
  return `${name.slice(0, 63 - suffix.length)}-${suffix}`;
}
