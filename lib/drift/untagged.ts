import { ConfigItem } from '../engine/config-item';
import { GLOBAL_TYPES } from '../sources/config/recording';
import { DeclaredResource } from './declared';
import { UNTAGGABLE_TYPES } from './untaggable-types';

/** A declared resource that no deployed item matched, in one account and region (`global` for IAM's types). */
export interface Absent {
  readonly resource: DeclaredResource;
  /** The type Config records it as. */
  readonly type: string;
  readonly account: string;
  readonly region: string;
}

/** In one account-region, the declared resources of a type not found there, and its items without CloudFormation tags. */
export interface UntaggedPlace {
  readonly type: string;
  readonly account: string;
  readonly region: string;
  readonly absent: Absent[];
  readonly items: ConfigItem[];
  /** CloudFormation cannot tag the type: any of the items may be any of the absent resources. */
  readonly untaggable: boolean;
}

export function placeOf(type: string, account: string, region: string): string {
  return `${type}\u0000${account}/${GLOBAL_TYPES.has(type) ? 'global' : region}`;
}

/**
 * Declared resources not found and untagged items, counted against each other
 * per type and account-region. Of a type CloudFormation cannot tag, N absent
 * resources and M untagged items leave min(N, M) items that may be any of
 * them: which is which is not decidable, so those are neither missing nor
 * unmanaged but counted as not attributable. Only a surplus on either side is
 * drift. Of a type it tags, an untagged item was imported or created outside
 * the stack, so both sides stay drift, each naming the other as a possibility.
 */
export class UntaggedCounts {
  private readonly places = new Map<string, UntaggedPlace>();

  constructor(absent: readonly Absent[], untagged: readonly ConfigItem[]) {
    for (const a of absent) this.place(a.type, a.account, a.region).absent.push(a);
    for (const item of untagged) this.place(item.resourceType, item.accountId, item.awsRegion).items.push(item);
  }

  at(type: string, account: string, region: string): UntaggedPlace | undefined {
    return this.places.get(placeOf(type, account, region));
  }

  /** Untagged items of types CloudFormation cannot tag, each possibly one of as many absent resources, or more. */
  get notAttributable(): number {
    let n = 0;
    for (const p of this.places.values()) if (p.untaggable && p.items.length <= p.absent.length) n += p.items.length;
    return n;
  }

  private place(type: string, account: string, region: string): UntaggedPlace {
    const key = placeOf(type, account, region);
    let p = this.places.get(key);
    if (!p) {
      p = {
        type,
        account,
        region: GLOBAL_TYPES.has(type) ? 'global' : region,
        absent: [],
        items: [],
        untaggable: UNTAGGABLE_TYPES.has(type),
      };
      this.places.set(key, p);
    }
    return p;
  }
}
