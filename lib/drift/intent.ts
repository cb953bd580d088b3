import { ConfigItem } from '../engine/config-item';
import { Status } from '../engine/model';
import { decide, Rule } from '../engine/rule';
import { ConfigScopes } from '../sources/config';
import { differingFacts, FactDifference } from './compare';
import { DeclaredResource } from './declared';
import { Drift } from './model';
import { sideKey, TemplateSide } from './template-facts';

export interface IntentResult {
  readonly drift: Drift[];
  readonly compared: number;
  readonly notComparable: number;
}

const RANK: Record<Status, number> = { COMPLIANT: 0, NOT_APPLICABLE: 0, INSUFFICIENT_DATA: 1, NON_COMPLIANT: 2 };

/**
 * For every deployed item matched to a declared resource and every rule that
 * reads both, the verdict from the template's facts against the verdict from
 * the item's: a change is intent drift, with the facts that explain it. A value
 * the template leaves to its default is judged as the rule judges that default,
 * so it drifts only when the deployed value is judged otherwise. A pair where
 * either side cannot be decided (INSUFFICIENT_DATA) is counted, not compared.
 */
export function intentDrift(
  rules: readonly Rule[],
  matched: ReadonlyMap<ConfigItem, DeclaredResource>,
  sides: ReadonlyMap<string, TemplateSide>,
  scopes: ConfigScopes,
): IntentResult {
  const drift: Drift[] = [];
  let compared = 0;
  let notComparable = 0;
  for (const [item, resource] of matched) {
    for (const rule of rules) {
      const itemAdapter = rule.adapters.configItem!;
      if (!itemAdapter.resourceTypes.includes(item.resourceType)) continue;
      const side = sides.get(sideKey(resource.template, resource.logicalId, rule.id));
      // not evaluated on the template side: a rule for another type, or a resource its condition leaves out
      if (!side?.finding) continue;
      let deployedFacts: unknown;
      const deployed = decide(
        rule,
        () => (deployedFacts = itemAdapter.facts(item, scopes.scope(item.accountId, item.awsRegion))),
      );
      const template = side.finding;
      if (template.status === 'INSUFFICIENT_DATA' || deployed.status === 'INSUFFICIENT_DATA') {
        notComparable++;
        continue;
      }
      compared++;
      if (template.status === deployed.status) continue;
      const difference: FactDifference =
        side.reads.length === 1
          ? differingFacts(rule, side.reads[0], deployedFacts, deployed.status)
          : { facts: [], template: 'facts that depend on the template’s conditions', deployed: 'as recorded' };
      drift.push({
        kind: 'intent',
        resource: {
          type: item.resourceType,
          arn: item.arn,
          resourceId: item.resourceId,
          stack: resource.template.stack,
          logicalId: resource.logicalId,
          template: resource.template.file,
          account: item.accountId,
          region: item.awsRegion,
        },
        ruleId: rule.id,
        // drift towards compliance still needs the template changed, or the next deployment undoes it
        severity: RANK[deployed.status] > RANK[template.status] ? rule.severity : 'warning',
        message: `template: ${difference.template}; deployed: ${difference.deployed} — ${rule.id} ${template.status} → ${deployed.status}`,
        facts: difference.facts,
        template: { value: difference.template, status: template.status, message: template.message },
        deployed: { value: difference.deployed, status: deployed.status, message: deployed.message },
      });
    }
  }
  return { drift, compared, notComparable };
}
