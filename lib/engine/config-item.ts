/**
 * An AWS Config configuration item, normalised once by the source that read it
 * (snapshot file, SelectResourceConfig, BatchGet, GetResourceConfigHistory), so
 * that rule adapters see one shape whatever the API returned.
 */
export interface ConfigItem {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string;
  readonly arn?: string;
  readonly accountId: string;
  readonly awsRegion: string;
  readonly availabilityZone?: string;
  /** ISO-8601. */
  readonly captureTime?: string;
  readonly stateId?: string;
  /** `OK`, `ResourceDiscovered`, `ResourceNotRecorded`, `ResourceDeleted`, `ResourceDeletedNotRecorded`. */
  readonly status: string;
  /** The service's own description of the resource, always an object (a JSON string is parsed once). */
  readonly configuration: Readonly<Record<string, unknown>>;
  /** Supplementary values, each JSON-decoded where Config encoded it as a string (bucket policy, public access block …). */
  readonly supplementaryConfiguration: Readonly<Record<string, unknown>>;
  /** Tags as a plain map, whichever of Config's two shapes carried them. */
  readonly tags: Readonly<Record<string, string>>;
  readonly relationships: readonly ConfigRelationship[];
}

export interface ConfigRelationship {
  readonly resourceType: string;
  readonly resourceId?: string;
  readonly resourceName?: string;
  /** e.g. `Is attached to SecurityGroup`, `Contains Subnet`. */
  readonly relationshipName: string;
}

/** The account-region a configuration item was read in, for relations and account-wide checks. */
export interface ConfigScope {
  readonly accountId: string;
  readonly region: string;
  /** Current items of a type in this account-region (global types too, where the scan reads them). */
  ofType(type: string): readonly ConfigItem[];
  /** One item by type and resource id (or name), in this account-region. */
  get(type: string, idOrName: string): ConfigItem | undefined;
  /** Whether this account-region's recorder records the type: when it does not, an absent item proves nothing. */
  records(type: string): boolean;
}

/**
 * A type an adapter reads from its account-region. A plain type keeps its items
 * whole until the read ends; `keep` says what of each item the lookup needs (the
 * item, a projection of it, or nothing), so that a scan need not hold every bucket
 * of an estate in memory to find one by name.
 */
export type Lookup = string | { readonly type: string; readonly keep: (item: ConfigItem) => ConfigItem | undefined };

export const lookupType = (lookup: Lookup): string => (typeof lookup === 'string' ? lookup : lookup.type);

/** An item reduced to who and where it is: enough to find it by name and say its region. */
export function identityOf(item: ConfigItem): ConfigItem {
  const { resourceType, resourceId, resourceName, arn, accountId, awsRegion, status } = item;
  return {
    resourceType,
    resourceId,
    resourceName,
    arn,
    accountId,
    awsRegion,
    status,
    configuration: {},
    supplementaryConfiguration: {},
    tags: {},
    relationships: [],
  };
}

/**
 * What a run keeps of each item of a looked-up type: the whole item when any
 * lookup wants it whole, otherwise what the lookups' `keep` give (the first).
 */
export function keeperOf(lookups: readonly Lookup[]): (item: ConfigItem) => ConfigItem | undefined {
  if (lookups.some((l) => typeof l === 'string')) return (item) => item;
  const keeps = lookups.map((l) => (l as Exclude<Lookup, string>).keep);
  return (item) => {
    const kept = keeps.map((keep) => keep(item));
    return kept.includes(item) ? item : kept.find((k) => k !== undefined);
  };
}

const DECLARED = new WeakMap<readonly Lookup[], ReadonlySet<string>>();

/** An adapter's declared types, read once: a scan asks for them on every item that waits for its scope. */
function declaredTypes(declared: readonly Lookup[]): ReadonlySet<string> {
  let types = DECLARED.get(declared);
  if (!types) DECLARED.set(declared, (types = new Set(declared.map(lookupType))));
  return types;
}

/**
 * The scope an adapter sees: only the types it declared it looks up. Any other
 * lookup is reported and answered as if the type were not recorded.
 */
export function declaredOnly(scope: ConfigScope, declared: readonly Lookup[], undeclared: (type: string) => void): ConfigScope {
  const types = declaredTypes(declared);
  const allowed = (type: string) => types.has(type) || (undeclared(type), false);
  return {
    accountId: scope.accountId,
    region: scope.region,
    ofType: (type) => (allowed(type) ? scope.ofType(type) : []),
    get: (type, id) => (allowed(type) ? scope.get(type, id) : undefined),
    records: (type) => allowed(type) && scope.records(type),
  };
}
