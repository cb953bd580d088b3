import { ConfigItem } from '../../engine/config-item';
import { Coverage, CoverageGap } from '../../engine/model';

export type { Coverage, CoverageGap };

export interface CoverageStats {
  /** Items returned for evaluation. */
  items: number;
  /** API pages or snapshot files read. */
  pages: number;
  /** Throttled attempts, retried or not. */
  throttles: number;
  deleted: number;
  notRecorded: number;
}

/** What a read from AWS Config could not read, with its counts. */
export interface ReadCoverage extends Coverage {
  readonly stats: Readonly<CoverageStats>;
}

/**
 * A read from AWS Config: the items to evaluate, then what could not be read.
 * `coverage()` is final once `items` has been iterated to the end.
 */
export interface ConfigRead {
  readonly items: AsyncIterable<ConfigItem>;
  coverage(): ReadCoverage;
  /** What each account-region's recorder records, where the source knows it (`account/region` keys). */
  recording(): ReadonlyMap<string, RecordedTypes>;
}

/** A recorder's recording group reduced to what `ConfigScope.records` needs. */
export interface RecordedTypes {
  readonly allSupported: boolean;
  readonly types: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
  readonly includesGlobal: boolean;
}

export type ProgressListener = (stats: Readonly<CoverageStats>) => void;

/** Collects gaps and counters while a read runs; one per read. */
export class CoverageLog {
  readonly stats: CoverageStats = { items: 0, pages: 0, throttles: 0, deleted: 0, notRecorded: 0 };
  private readonly gaps = new Map<string, CoverageGap>();

  constructor(private readonly onProgress?: ProgressListener) {}

  gap(gap: CoverageGap): void {
    // one gap per scope and reason: a shard that fails on every page is still one gap
    const key = [gap.account, gap.region, gap.resourceType ?? '', gap.reason].join('\u0000');
    if (!this.gaps.has(key)) this.gaps.set(key, gap);
  }

  count(field: keyof CoverageStats, n = 1): void {
    this.stats[field] += n;
    if (field === 'pages' || field === 'throttles') this.onProgress?.(this.stats);
  }

  result(): ReadCoverage {
    const gaps = [...this.gaps.values()].sort(
      (a, b) =>
        a.account.localeCompare(b.account) ||
        a.region.localeCompare(b.region) ||
        (a.resourceType ?? '').localeCompare(b.resourceType ?? ''),
    );
    return { complete: gaps.length === 0, gaps, stats: { ...this.stats } };
  }
}
