import { ConfigItem, ConfigScope } from '../../engine/config-item';
import { RecordedTypes } from './coverage';
import { GLOBAL_TYPES, records } from './recording';

/**
 * The items of a read, indexed once per account-region so relation and
 * account-wide rules look things up instead of scanning. Global (IAM) items
 * belong to every region of their account.
 */
export class ConfigScopes {
  private readonly regions = new Map<string, ScopeIndex>();
  private readonly globals = new Map<string, ScopeIndex>();

  /** `recording` from `ConfigRead.recording()`; without it a type counts as recorded where items of it were seen. */
  constructor(private readonly recording: ReadonlyMap<string, RecordedTypes> = new Map()) {}

  add(item: ConfigItem): void {
    const global = GLOBAL_TYPES.has(item.resourceType) || item.awsRegion === 'global';
    const map = global ? this.globals : this.regions;
    const key = global ? item.accountId : `${item.accountId}/${item.awsRegion}`;
    (map.get(key) ?? map.set(key, new ScopeIndex()).get(key)!).add(item);
  }

  /** The scope of one account-region. */
  scope(accountId: string, region: string): ConfigScope {
    const local = this.regions.get(`${accountId}/${region}`);
    const global = this.globals.get(accountId);
    const recorded = this.recording.get(`${accountId}/${region}`);
    const anywhere = [...this.recording.entries()].filter(([k]) => k.startsWith(`${accountId}/`)).map(([, r]) => r);
    return {
      accountId,
      region,
      ofType: (type) => (GLOBAL_TYPES.has(type) ? global : local)?.ofType(type) ?? [],
      get: (type, idOrName) => (GLOBAL_TYPES.has(type) ? global : local)?.get(type, idOrName) ?? global?.get(type, idOrName),
      records: (type) => {
        // a global type is recorded for the account when any of its scanned regions records it
        if (GLOBAL_TYPES.has(type) && anywhere.some((r) => records(r, type))) return true;
        if (recorded) return records(recorded, type);
        return ((GLOBAL_TYPES.has(type) ? global : local)?.ofType(type).length ?? 0) > 0;
      },
    };
  }

  /** Every account-region that holds items, as `[accountId, region]`. */
  keys(): [string, string][] {
    return [...this.regions.keys()].map((k) => k.split('/') as [string, string]);
  }
}

class ScopeIndex {
  private readonly byType = new Map<string, ConfigItem[]>();
  private readonly byKey = new Map<string, ConfigItem>();

  add(item: ConfigItem): void {
    (this.byType.get(item.resourceType) ?? this.byType.set(item.resourceType, []).get(item.resourceType)!).push(item);
    this.byKey.set(`${item.resourceType}\u0000${item.resourceId}`, item);
    if (item.resourceName && !this.byKey.has(`${item.resourceType}\u0000${item.resourceName}`)) {
      this.byKey.set(`${item.resourceType}\u0000${item.resourceName}`, item);
    }
  }

  ofType(type: string): readonly ConfigItem[] {
    return this.byType.get(type) ?? [];
  }

  get(type: string, idOrName: string): ConfigItem | undefined {
    return this.byKey.get(`${type}\u0000${idOrName}`);
  }
}
