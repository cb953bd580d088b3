import { ConfigItem, ConfigScope } from '../engine/config-item';
import { CoverageGap } from '../engine/model';
import { Rule, Verdict, decide, needsReview } from '../engine/rule';
import { RecordedTypes } from '../sources/config/coverage';
import { ConfigScopes } from '../sources/config/scope';

/** The current items of some types in one account-region, read from Config, and what could not be read. */
export interface ItemsRead {
  readonly items: readonly ConfigItem[];
  readonly recording: ReadonlyMap<string, RecordedTypes>;
  readonly gaps: readonly CoverageGap[];
}

export type ItemReader = (resourceTypes: readonly string[]) => Promise<ItemsRead>;

/** Rounds of reading before a rule that keeps asking for new types is left undecided. */
const MAX_ROUNDS = 4;

/**
 * The items one invocation has read so far. A rule's adapter is synchronous and
 * names the types it needs only by asking its scope, so a rule is run against
 * what has been read, the types it asked for and did not get are read (with the
 * Config API, as the scanner reads them), and it runs again until it asks for
 * nothing new. Until a type is read, the scope says it is not recorded, so the
 * rule cannot pass on its absence.
 */
export class Session {
  private readonly read = new Set<string>();
  private readonly gaps: CoverageGap[] = [];
  private readonly recording = new Map<string, RecordedTypes>();
  private scopes = new ConfigScopes();
  private readonly items: ConfigItem[] = [];

  constructor(
    readonly accountId: string,
    readonly region: string,
    private readonly reader: ItemReader,
  ) {}

  /** An item known to be current (the one the event carries), visible to relations before any read. */
  add(item: ConfigItem): void {
    this.items.push(item);
    this.scopes.add(item);
  }

  /** What Config could not read during this invocation. */
  unread(): readonly CoverageGap[] {
    return this.gaps;
  }

  /** Current items of the types, read once per invocation. */
  async ofTypes(types: readonly string[]): Promise<ConfigItem[]> {
    await this.ensure(types);
    const scope = this.scopes.scope(this.accountId, this.region);
    return types.flatMap((t) => [...scope.ofType(t)]);
  }

  /** The verdicts of one rule on each subject, with every type its adapter asked for read first. */
  async verdicts(rule: Rule, subjects: readonly ConfigItem[]): Promise<Verdict[]> {
    const adapter = rule.adapters.configItem;
    if (!adapter) return subjects.map(() => needsReview(`${rule.id} has no AWS Config adapter`));
    for (let round = 0; ; round++) {
      const asked = new Set<string>();
      const scope = this.tracking(asked);
      const verdicts = subjects.map((s) => decide(rule, () => adapter.facts(s, scope)));
      const missing = [...asked].filter((t) => !this.read.has(t));
      if (missing.length === 0) return verdicts.map((v) => this.withGaps(v, [...asked]));
      if (round + 1 >= MAX_ROUNDS)
        return subjects.map(() => needsReview(`the rule kept asking for more resource types (${missing.join(', ')})`));
      await this.ensure(missing);
    }
  }

  private async ensure(types: readonly string[]): Promise<void> {
    const missing = [...new Set(types)].filter((t) => !this.read.has(t));
    if (missing.length === 0) return;
    const got = await this.reader(missing);
    for (const t of missing) this.read.add(t);
    for (const [k, v] of got.recording) this.recording.set(k, v);
    this.gaps.push(...got.gaps);
    // the scope index is rebuilt with the recorders now known; an item already held is not added twice
    const held = new Set(this.items.map(key));
    for (const item of got.items) if (!held.has(key(item))) this.items.push(item);
    this.scopes = new ConfigScopes(this.recording);
    for (const item of this.items) this.scopes.add(item);
  }

  /** This account-region's scope, noting every type asked for; a type not read yet counts as not recorded. */
  private tracking(asked: Set<string>): ConfigScope {
    const scope = this.scopes.scope(this.accountId, this.region);
    const readYet = (type: string) => this.read.has(type);
    return {
      accountId: this.accountId,
      region: this.region,
      ofType: (type) => (asked.add(type), readYet(type) ? scope.ofType(type) : []),
      get: (type, idOrName) => (asked.add(type), readYet(type) ? scope.get(type, idOrName) : undefined),
      records: (type) => (asked.add(type), readYet(type) && scope.records(type)),
    };
  }

  /**
   * A verdict that rests on items of a type Config could not fully read is no
   * verdict: a pass may miss what was not read, and a failure may be about an
   * absence that is only the read's.
   */
  private withGaps(verdict: Verdict, types: readonly string[]): Verdict {
    if (verdict.status === 'INSUFFICIENT_DATA') return verdict;
    if (types.length === 0) return verdict;
    const gap = this.gaps.find((g) => g.resourceType === undefined || types.includes(g.resourceType));
    if (!gap) return verdict;
    return needsReview(
      `cannot decide: ${gap.resourceType ?? 'Config'} could not be read (${gap.reason}${gap.action ? `; needs ${gap.action}` : ''})`,
    );
  }
}

const key = (i: ConfigItem) => `${i.resourceType}\u0000${i.resourceId}`;
