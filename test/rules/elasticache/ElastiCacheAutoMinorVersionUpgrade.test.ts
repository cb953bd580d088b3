import { ElastiCacheAutoMinorVersionUpgrade as rule } from '../../../rules/elasticache/ElastiCacheAutoMinorVersionUpgrade';
import { PARAM, statusOf } from '../harness';
import { CACHE_CLUSTER, cache } from './cache';

describe('ElastiCacheAutoMinorVersionUpgrade', () => {
  it('passes by default', () => expect(statusOf(rule, 'Cache', cache({}))).toBe('COMPLIANT'));
  it('fails when turned off on a cache cluster', () =>
    expect(statusOf(rule, 'Cache', cache({ Engine: 'redis', AutoMinorVersionUpgrade: false }, CACHE_CLUSTER))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Cache', cache({ AutoMinorVersionUpgrade: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
