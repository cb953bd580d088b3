import { ConfigItem } from '../engine/config-item';
import { ConfigRead, ConfigScopes, ReadCoverage } from '../sources/config';

/** What runs, as AWS Config recorded it: each resource once, indexed per account-region. */
export interface Deployed {
  readonly items: readonly ConfigItem[];
  readonly scopes: ConfigScopes;
  readonly coverage: ReadCoverage;
  /** Copies of a resource seen in more than one region, dropped. */
  readonly merged: number;
}

/**
 * Reads a source to the end. A multi-region trail (and any resource Config
 * records in every region under one ARN) is one resource: the copy recorded in
 * the region its ARN names is kept, so it matches its stack there.
 */
export async function readDeployed(read: ConfigRead): Promise<Deployed> {
  const byKey = new Map<string, ConfigItem>();
  let merged = 0;
  for await (const item of read.items) {
    const key = item.arn
      ? `${item.resourceType}\u0000${item.arn}`
      : `${item.resourceType}\u0000${item.accountId}/${item.awsRegion}/${item.resourceId}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, item);
      continue;
    }
    merged++;
    if (homeRegion(item) === item.awsRegion && homeRegion(seen) !== seen.awsRegion) byKey.set(key, item);
  }
  const items = [...byKey.values()];
  const scopes = new ConfigScopes(read.recording());
  for (const item of items) scopes.add(item);
  return { items, scopes, coverage: read.coverage(), merged };
}

/** The region field of an ARN (`arn:aws:cloudtrail:eu-west-2:…`); empty for global ARNs. */
function homeRegion(item: ConfigItem): string | undefined {
  return item.arn?.split(':')[3];
}
