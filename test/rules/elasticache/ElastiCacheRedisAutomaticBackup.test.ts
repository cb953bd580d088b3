import { ElastiCacheRedisAutomaticBackup as rule } from '../../../rules/elasticache/ElastiCacheRedisAutomaticBackup';
import { PARAM, statusOf } from '../harness';
import { CACHE_CLUSTER, cache } from './cache';

describe('ElastiCacheRedisAutomaticBackup', () => {
  it('passes with 15 days on a replication group', () =>
    expect(statusOf(rule, 'Cache', cache({ SnapshotRetentionLimit: 15 }))).toBe('COMPLIANT'));
  it('passes with 35 days on a Redis cache cluster', () =>
    expect(statusOf(rule, 'Cache', cache({ Engine: 'redis', SnapshotRetentionLimit: '35' }, CACHE_CLUSTER))).toBe('COMPLIANT'));
  it('fails when snapshots are off', () => expect(statusOf(rule, 'Cache', cache({}))).toBe('NON_COMPLIANT'));
  it('fails when retention is too short', () =>
    expect(statusOf(rule, 'Cache', cache({ SnapshotRetentionLimit: 4 }))).toBe('NON_COMPLIANT'));
  it('is not applicable to Memcached', () =>
    expect(statusOf(rule, 'Cache', cache({ Engine: 'memcached' }, CACHE_CLUSTER))).toBe('NOT_APPLICABLE'));
  it('needs review when retention is a parameter', () =>
    expect(statusOf(rule, 'Cache', cache({ SnapshotRetentionLimit: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
