import { ResourceType } from '@aws-sdk/client-config-service';
import { ConfigItem } from '../engine/config-item';
import { Template } from '../engine/model';
import { ConfigScopes } from '../sources/config';
import { GLOBAL_TYPES } from '../sources/config/recording';
import { cloudFormationTags, DeclaredResource, declaredKey, DeclaredStacks } from './declared';
import { Unclaimed } from './matching';
import { Drift } from './model';

/** The types AWS Config can record, as the SDK lists them. */
export const CONFIG_TYPES: ReadonlySet<string> = new Set(Object.values(ResourceType));
/** Same type name, another thing: CloudFormation's AWS::IAM::Policy is an inline policy, Config's a managed one. */
const DIFFERENT_THING = new Set(['AWS::IAM::Policy']);

export interface MissingResult {
  readonly drift: Drift[];
  readonly notLookedFor: number;
}

/**
 * Declared resources that nothing deployed matches, in each account-region the
 * stack is deployed to (its template's environment, else where its resources
 * were found, else the one account-region read). Only types the recorder there
 * records are looked for: an absent item of an unrecorded type proves nothing.
 * A conditional resource is not looked for, as its condition is decided at deployment.
 */
export function missingDrift(
  declared: DeclaredStacks,
  items: readonly ConfigItem[],
  matched: ReadonlyMap<ConfigItem, DeclaredResource>,
  unclaimed: ReadonlyMap<ConfigItem, Unclaimed>,
  scopes: ConfigScopes,
): MissingResult {
  const found = new Set<string>();
  for (const [item, r] of matched)
    found.add(placeKey(declaredKey(r.template, r.logicalId), r.raw.Type, item.accountId, item.awsRegion));
  const deployedTo = stackScopes(declared, items);
  const untagged = new Map<string, number>();
  for (const [item, why] of unclaimed) {
    if (why !== 'untagged') continue;
    const key = `${item.resourceType}\u0000${item.accountId}/${item.awsRegion}`;
    untagged.set(key, (untagged.get(key) ?? 0) + 1);
  }
  const only = scopes.keys().length === 1 ? scopes.keys() : [];
  const drift: Drift[] = [];
  let notLookedFor = 0;
  for (const r of declared.resources) {
    const type = r.raw.Type;
    if (!CONFIG_TYPES.has(type) || DIFFERENT_THING.has(type) || r.raw.Condition !== undefined) {
      notLookedFor++;
      continue;
    }
    const t = r.template;
    const places: [string, string][] =
      t.account !== undefined && t.region !== undefined ? [[t.account, t.region]] : (deployedTo.get(t) ?? only);
    if (places.length === 0) {
      drift.push(missing(r, undefined, `no resource of stack ${t.stack} was found in any account-region read`));
      continue;
    }
    for (const [account, region] of places) {
      if (!scopes.scope(account, region).records(type)) {
        notLookedFor++;
        continue;
      }
      if (found.has(placeKey(declaredKey(t, r.logicalId), type, account, region))) continue;
      const others = untagged.get(`${type}\u0000${account}/${region}`);
      const note = others ? ` (or deployed without its CloudFormation tags: ${others} untagged ${type} item(s) there)` : '';
      drift.push(missing(r, [account, region], `declared but not deployed in ${account}/${region}${note}`));
    }
  }
  return { drift, notLookedFor };
}

function missing(r: DeclaredResource, place: [string, string] | undefined, why: string): Drift {
  return {
    kind: 'missing',
    resource: {
      type: r.raw.Type,
      stack: r.template.stack,
      logicalId: r.logicalId,
      account: place?.[0],
      region: place?.[1],
      template: r.template.file,
    },
    severity: 'error',
    message: `${r.raw.Type} ${r.logicalId} (stack ${r.template.stack}): ${why}`,
  };
}

function placeKey(resource: string, type: string, account: string, region: string): string {
  return `${resource}\u0000${account}/${GLOBAL_TYPES.has(type) ? 'global' : region}`;
}

/** Where each checked stack is deployed, from the CloudFormation tags of the items read. */
function stackScopes(declared: DeclaredStacks, items: readonly ConfigItem[]): Map<Template, [string, string][]> {
  const out = new Map<Template, [string, string][]>();
  for (const item of items) {
    const { stack } = cloudFormationTags(item);
    if (stack === undefined || GLOBAL_TYPES.has(item.resourceType)) continue;
    for (const t of declared.stack(stack, item)) {
      const list = out.get(t) ?? out.set(t, []).get(t)!;
      if (!list.some(([a, r]) => a === item.accountId && r === item.awsRegion)) list.push([item.accountId, item.awsRegion]);
    }
  }
  return out;
}
