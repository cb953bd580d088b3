import { ConfigItem } from '../engine/config-item';
import { AttributeRef, PartialString, ResourceRef, Resolver } from '../engine/intrinsics';
import { isUnknown } from '../engine/unknown';
import { DeclaredResource, declaredKey, DeclaredStacks, deploysTo, isGlobal, recordedType } from './declared';
import { Matching } from './matching';
import { UNTAGGABLE_TYPES } from './untaggable-types';

/** A declared value that only deployment decides, or that no matched item tells. */
const UNRESOLVED = Symbol('unresolved');

/** The declared resources of one type that no item matched in one account-region, and its untagged items there. */
interface Group {
  /** The account-region, as `placed` writes it. */
  readonly place: string;
  /** One of its items, whose account and region resolve the pseudo parameters. */
  readonly at: ConfigItem;
  items: ConfigItem[];
  candidates: DeclaredResource[];
}

/**
 * Matches untagged items of types CloudFormation cannot tag to declared
 * resources by what they refer to: a declared resource is the item whose
 * recorded configuration holds, under the same property names, the same
 * literal values and, where it refers to another declared resource (Ref,
 * Fn::GetAtt Arn), the resource id or ARN of the item matched to that one. A
 * pair is matched only where every property both sides state agrees, and the
 * resource fits that item alone and the item that resource alone. A group
 * waits while one of its resources refers to a resource still to be matched
 * this way, so references resolve in dependency order. The rest is left to
 * the count (UntaggedCounts).
 */
export function matchByReferences(matching: Matching, declared: DeclaredStacks): Matching {
  const matched = new Map(matching.matched);
  const unclaimed = new Map(matching.unclaimed);
  const found = new Map<string, ConfigItem>();
  for (const [item, r] of matched) found.set(placed(r, item), item);
  const groups = untaggedGroups(unclaimed, declared, found);
  // Still to be matched beside the items of a group: in its account-region, or its account for IAM's types.
  const pending = (r: DeclaredResource, at: Group) =>
    groups.some(
      (g) => (g.place === at.place || g.place === `${at.at.accountId}/global`) && g.items.length > 0 && g.candidates.includes(r),
    );
  for (let progress = true; progress;) {
    progress = false;
    for (const g of groups) {
      if (!g.items.length || !g.candidates.length) continue;
      const refs = new References(declared, found, g.at);
      if (g.candidates.some((r) => refs.targets(r).some((t) => pending(t, g)))) continue;
      const fits = g.candidates.map((r) => g.items.filter((item) => fitsItem(refs.properties(r), item)));
      g.candidates.forEach((r, i) => {
        const [item] = fits[i];
        if (fits[i].length !== 1 || fits.filter((f) => f.includes(item)).length !== 1) return;
        matched.set(item, r);
        unclaimed.delete(item);
        found.set(placed(r, item), item);
        progress = true;
      });
      g.items = g.items.filter((item) => unclaimed.has(item));
      g.candidates = g.candidates.filter((r) => !found.has(placed(r, g.at)));
    }
  }
  return { ...matching, matched, unclaimed };
}

/** Where an item is: its account and region (`global` for IAM's types). */
function placeOfItem(item: ConfigItem): string {
  return `${item.accountId}/${isGlobal(item) ? 'global' : item.awsRegion}`;
}

/** A declared resource where an item is. */
function placed(r: DeclaredResource, item: ConfigItem): string {
  return `${declaredKey(r.template, r.logicalId)}\u0000${placeOfItem(item)}`;
}

/** Untagged items of untaggable types by type and account-region, with the declared resources of that type not found there. */
function untaggedGroups(
  unclaimed: ReadonlyMap<ConfigItem, string>,
  declared: DeclaredStacks,
  found: ReadonlyMap<string, ConfigItem>,
): Group[] {
  const groups = new Map<string, Group>();
  for (const [item, why] of unclaimed) {
    if (why !== 'untagged' || !UNTAGGABLE_TYPES.has(item.resourceType)) continue;
    const place = placeOfItem(item);
    const key = `${item.resourceType}\u0000${place}`;
    let g = groups.get(key);
    if (!g) {
      const candidates = declared.resources.filter(
        (r) => recordedType(r.raw.Type) === item.resourceType && deploysTo(r.template, item) && !found.has(placed(r, item)),
      );
      groups.set(key, (g = { place, at: item, items: [], candidates }));
    }
    g.items.push(item);
  }
  return [...groups.values()];
}

/** Declared properties as they would be deployed beside one item: intrinsics resolved, references through the matched items. */
class References {
  private readonly resolvers = new Map<DeclaredResource['template'], Resolver>();

  constructor(
    private readonly declared: DeclaredStacks,
    private readonly found: ReadonlyMap<string, ConfigItem>,
    private readonly at: ConfigItem,
  ) {}

  /** The declared resources a resource's properties refer to. */
  targets(r: DeclaredResource): DeclaredResource[] {
    const names = new Set<string>();
    const walk = (v: unknown): void => {
      if (v instanceof ResourceRef || v instanceof AttributeRef) {
        if (!v.template) names.add(v.ref);
      } else if (v instanceof PartialString) v.refs.forEach((n) => names.add(n));
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(this.resolver(r).resolve(r.raw.Properties ?? {}));
    return this.declared.resources.filter((t) => t.template === r.template && names.has(t.logicalId));
  }

  /** Each property's value, or UNRESOLVED where deployment decides it or no matched item tells it. */
  properties(r: DeclaredResource): Record<string, unknown> {
    const resolved = this.resolver(r).resolve(r.raw.Properties ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(resolved ?? {}).map(([k, v]) => [k, this.value(r, v)]));
  }

  private value(r: DeclaredResource, v: unknown): unknown {
    if (v instanceof ResourceRef || v instanceof AttributeRef) {
      const target = this.declared.resources.find((t) => t.template === r.template && t.logicalId === v.ref);
      const item = v.template === undefined && target ? this.itemOf(target) : undefined;
      const value = v instanceof ResourceRef ? item?.resourceId : v.attr === 'Arn' ? item?.arn : undefined;
      return value ?? UNRESOLVED;
    }
    if (isUnknown(v)) return UNRESOLVED;
    if (!v || typeof v !== 'object') return v;
    const entries = Object.entries(v).map(([k, e]) => [k, this.value(r, e)] as const);
    if (entries.some(([, e]) => e === UNRESOLVED)) return UNRESOLVED;
    return Array.isArray(v) ? entries.map(([, e]) => e) : Object.fromEntries(entries);
  }

  /** The item matched to a declared resource in this item's account and region, or its account for IAM's types. */
  private itemOf(r: DeclaredResource): ConfigItem | undefined {
    const key = declaredKey(r.template, r.logicalId);
    return (
      this.found.get(`${key}\u0000${this.at.accountId}/${this.at.awsRegion}`) ??
      this.found.get(`${key}\u0000${this.at.accountId}/global`)
    );
  }

  /** A resolver whose pseudo parameters (region, account, partition) are those of the item's place. */
  private resolver(r: DeclaredResource): Resolver {
    let resolver = this.resolvers.get(r.template);
    if (!resolver) {
      const region = isGlobal(this.at) ? r.template.region : this.at.awsRegion;
      resolver = new Resolver({ ...r.template, account: this.at.accountId, region });
      this.resolvers.set(r.template, resolver);
    }
    return resolver;
  }
}

/**
 * Whether an item's recorded configuration agrees with every resolved declared
 * property it records, and records at least one. Names match whichever case
 * their first letter has (Config records some types in lowerCamelCase).
 */
function fitsItem(properties: Record<string, unknown>, item: ConfigItem): boolean {
  let compared = 0;
  for (const [key, declared] of Object.entries(properties)) {
    const deployed = field(item.configuration, key);
    if (declared === UNRESOLVED || declared === undefined || deployed === undefined || deployed === null) continue;
    if (!same(declared, deployed)) return false;
    compared++;
  }
  return compared > 0;
}

function field(value: unknown, key: string): unknown {
  if (!value || typeof value !== 'object') return undefined;
  const obj = value as Record<string, unknown>;
  for (const k of [key, key[0].toLowerCase() + key.slice(1), key[0].toUpperCase() + key.slice(1)])
    if (Object.hasOwn(obj, k)) return obj[k];
  return undefined;
}

/** Declared and recorded values agree: scalars as strings, lists item by item, objects on every declared key. */
function same(declared: unknown, deployed: unknown): boolean {
  if (Array.isArray(declared))
    return Array.isArray(deployed) && deployed.length === declared.length && declared.every((d, i) => same(d, deployed[i]));
  if (declared && typeof declared === 'object')
    return (
      !!deployed &&
      typeof deployed === 'object' &&
      !Array.isArray(deployed) &&
      Object.entries(declared).every(([k, d]) => same(d, field(deployed, k)))
    );
  return deployed !== undefined && deployed !== null && typeof deployed !== 'object' && String(declared) === String(deployed);
}
