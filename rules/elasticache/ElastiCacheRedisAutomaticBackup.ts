import { Maybe, asNumber, asString } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

/** The AWS Config rule's default minimum. */
export const MIN_SNAPSHOT_RETENTION_DAYS = 15;

interface Facts {
  /** The cache engine: `redis`, `valkey` or `memcached`. */
  readonly engine: Maybe<string>;
  /** Days automatic snapshots are kept; 0 turns them off. */
  readonly retentionDays: Maybe<number>;
}

export const ElastiCacheRedisAutomaticBackup = defineRule<Facts>({
  id: 'ElastiCacheRedisAutomaticBackup',
  title: `ElastiCache Redis and Valkey clusters keep automatic backups for ${MIN_SNAPSHOT_RETENTION_DAYS} days`,
  description:
    'When Redis is a system of record (sessions, queues, counters), a node failure or a FLUSHALL without snapshots loses the data for good.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['data-security'] },
  configRule: 'ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK',
  remediation: `Set SnapshotRetentionLimit to ${MIN_SNAPSHOT_RETENTION_DAYS} or more, with a SnapshotWindow outside peak hours.`,
  template: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    facts: (cache) => ({
      // A replication group without Engine is Redis.
      engine: asString(cache.get('Engine')) ?? (cache.type === 'AWS::ElastiCache::ReplicationGroup' ? 'redis' : undefined),
      retentionDays: asNumber(cache.get('SnapshotRetentionLimit')),
    }),
  },
  evaluate({ engine, retentionDays }) {
    if (isUnknown(engine)) return needsReview(`the cache engine is not known: ${engine.reason}`);
    if (engine?.toLowerCase() === 'memcached')
      return notApplicable('Memcached has no snapshots', isUnknown(retentionDays) ? [retentionDays] : []);
    if (isUnknown(retentionDays)) return needsReview(`the snapshot retention period is not known: ${retentionDays.reason}`);
    // The retention period defaults to 0: no automatic backups.
    if (!retentionDays) return fail('the snapshot retention period is not set or 0, so automatic backups are off');
    if (retentionDays < MIN_SNAPSHOT_RETENTION_DAYS)
      return fail(`snapshots are kept for ${retentionDays} days, below the ${MIN_SNAPSHOT_RETENTION_DAYS}-day minimum`);
    return pass(`automatic backups are kept for ${retentionDays} days`);
  },
});
