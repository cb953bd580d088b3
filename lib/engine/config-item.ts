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
 * The scope an adapter sees: only the types it declared it looks up. Any other
 * lookup is reported and answered as if the type were not recorded.
 */
export function declaredOnly(scope: ConfigScope, declared: readonly string[], undeclared: (type: string) => void): ConfigScope {
  const allowed = (type: string) => declared.includes(type) || (undeclared(type), false);
  return {
    accountId: scope.accountId,
    region: scope.region,
    ofType: (type) => (allowed(type) ? scope.ofType(type) : []),
    get: (type, id) => (allowed(type) ? scope.get(type, id) : undefined),
    records: (type) => allowed(type) && scope.records(type),
  };
}
