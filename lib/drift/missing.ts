import { ResourceType } from '@aws-sdk/client-config-service';
import { ConfigItem } from '../engine/config-item';
import { Template } from '../engine/model';
import { ConfigScopes } from '../sources/config';
import { cloudFormationTags, DeclaredResource, declaredKey, DeclaredStacks, isGlobal, recordedType } from './declared';
import { Drift } from './model';
import { Absent, placeOf, UntaggedCounts, UntaggedPlace } from './untagged';

/** The types AWS Config can record, as the SDK lists them. */
export const CONFIG_TYPES: ReadonlySet<string> = new Set(Object.values(ResourceType));

export interface AbsentResult {
  /** Declared resources looked for where their stack is deployed, and not found there. */
  readonly absent: Absent[];
  /** Missing drift already decided: resources of a stack none of whose resources was found anywhere. */
  readonly unplaced: Drift[];
  readonly notLookedFor: number;
}

export interface MissingResult {
  readonly drift: Drift[];
  readonly notLookedFor: number;
}

/**
 * Declared resources that nothing deployed matches, in each account-region the
 * stack is deployed to (its template's environment, else where its resources
 * were found, else the one account-region read); IAM's are looked for in the
 * account. Only types the recorder there records are looked for (the types
 * Config can record, and any type an item was read of): an absent item of an
 * unrecorded type proves nothing. A conditional resource is not looked for, as
 * its condition is decided at deployment.
 */
export function absentResources(
  declared: DeclaredStacks,
  items: readonly ConfigItem[],
  matched: ReadonlyMap<ConfigItem, DeclaredResource>,
  scopes: ConfigScopes,
): AbsentResult {
  const found = new Set<string>();
  for (const [item, r] of matched)
    found.add(`${declaredKey(r.template, r.logicalId)}\u0000${placeOf(item.resourceType, item.accountId, item.awsRegion)}`);
  const read = new Set(items.map((i) => i.resourceType));
  const deployedTo = stackScopes(declared, items);
  const only = scopes.keys().length === 1 ? scopes.keys() : [];
  const absent: Absent[] = [];
  const unplaced: Drift[] = [];
  let notLookedFor = 0;
  for (const r of declared.resources) {
    const type = recordedType(r.raw.Type);
    if (type === undefined || !(CONFIG_TYPES.has(type) || read.has(type)) || r.raw.Condition !== undefined) {
      notLookedFor++;
      continue;
    }
    const t = r.template;
    const places: [string, string][] =
      t.account !== undefined && t.region !== undefined ? [[t.account, t.region]] : (deployedTo.get(t) ?? only);
    if (places.length === 0) {
      unplaced.push(missing(r, undefined, `no resource of stack ${t.stack} was found in any account-region read`));
      continue;
    }
    const looked = new Set<string>();
    for (const [account, region] of places) {
      const place = `${declaredKey(t, r.logicalId)}\u0000${placeOf(type, account, region)}`;
      if (looked.has(place)) continue; // an IAM resource is once per account, whichever region its stack is in
      looked.add(place);
      if (!scopes.scope(account, region).records(type)) notLookedFor++;
      else if (!found.has(place)) absent.push({ resource: r, type, account, region });
    }
  }
  return { absent, unplaced, notLookedFor };
}

/**
 * The absent resources as drift, counted against the untagged items of their
 * type there (see UntaggedCounts): each one where no such item is, each with a
 * note where CloudFormation tags the type, and of a type it cannot tag only the
 * surplus over the items, once per type and account-region.
 */
export function missingDrift(result: AbsentResult, counts: UntaggedCounts): MissingResult {
  const drift = [...result.unplaced];
  const surplus = new Set<UntaggedPlace>();
  for (const a of result.absent) {
    const p = counts.at(a.type, a.account, a.region)!;
    const where = `${a.account}/${p.region}`;
    const items = p.items.length;
    if (!items) drift.push(missing(a.resource, [a.account, p.region], `declared but not deployed in ${where}`));
    else if (!p.untaggable)
      drift.push(
        missing(
          a.resource,
          [a.account, p.region],
          `declared but not deployed in ${where}, unless it is one of the ${items} ${a.type} item(s) there without CloudFormation tags`,
        ),
      );
    else if (items < p.absent.length) surplus.add(p);
  }
  for (const p of surplus) drift.push(surplusDrift(p));
  return { drift, notLookedFor: result.notLookedFor };
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

/** More resources of an untaggable type declared than deployed: how many are missing, naming all it could be. */
function surplusDrift(p: UntaggedPlace): Drift {
  const resources = p.absent.map((a) => a.resource);
  const type = resources[0].raw.Type;
  const stacks = [...new Set(resources.map((r) => r.template.stack))];
  const templates = [...new Set(resources.map((r) => r.template.file))];
  const named = stacks
    .map(
      (s) =>
        `stack ${s}: ${resources
          .filter((r) => r.template.stack === s)
          .map((r) => r.logicalId)
          .join(', ')}`,
    )
    .join('; ');
  const n = resources.length;
  return {
    kind: 'missing',
    resource: {
      type,
      stack: stacks.length === 1 ? stacks[0] : undefined,
      account: p.account,
      region: p.region,
      template: templates.length === 1 ? templates[0] : undefined,
    },
    severity: 'error',
    message:
      `${type}: ${n - p.items.length} of ${n} declared not deployed in ${p.account}/${p.region}, which has ${p.items.length} ` +
      `${p.type} item(s) without CloudFormation tags; CloudFormation cannot tag the type, so which are missing is not decidable (${named})`,
  };
}

/** Where each checked stack is deployed, from the CloudFormation tags of the items read (IAM's say only the account). */
function stackScopes(declared: DeclaredStacks, items: readonly ConfigItem[]): Map<Template, [string, string][]> {
  const out = new Map<Template, [string, string][]>();
  for (const item of items) {
    const { stack } = cloudFormationTags(item);
    if (stack === undefined || isGlobal(item)) continue;
    for (const t of declared.stack(stack, item)) {
      const list = out.get(t) ?? out.set(t, []).get(t)!;
      if (!list.some(([a, r]) => a === item.accountId && r === item.awsRegion)) list.push([item.accountId, item.awsRegion]);
    }
  }
  return out;
}
