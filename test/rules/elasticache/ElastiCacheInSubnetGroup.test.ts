import { ElastiCacheInSubnetGroup as rule } from '../../../rules/elasticache/ElastiCacheInSubnetGroup';
import { PARAM, statusOf } from '../harness';
import { CACHE_CLUSTER, cache } from './cache';

describe('ElastiCacheInSubnetGroup', () => {
  it('passes with a subnet group', () =>
    expect(statusOf(rule, 'Cache', cache({ CacheSubnetGroupName: 'private-cache' }))).toBe('COMPLIANT'));
  it('fails when a replication group has none', () => expect(statusOf(rule, 'Cache', cache({}))).toBe('NON_COMPLIANT'));
  it('fails when a cache cluster has none', () =>
    expect(statusOf(rule, 'Cache', cache({ Engine: 'memcached' }, CACHE_CLUSTER))).toBe('NON_COMPLIANT'));
  // A String parameter may be empty, and then the cluster goes in the default VPC.
  it('needs review with a subnet group given as a parameter that may be empty', () =>
    expect(statusOf(rule, 'Cache', cache({ CacheSubnetGroupName: PARAM }))).toBe('INSUFFICIENT_DATA'));
  it('fails by cases when the subnet group depends on an undecidable condition', () => {
    const t = cache({ CacheSubnetGroupName: { 'Fn::If': ['Private', 'private-cache', { Ref: 'AWS::NoValue' }] } });
    expect(
      statusOf(rule, 'Cache', { ...t, body: { ...t.body, Conditions: { Private: { 'Fn::Equals': [PARAM, 'yes'] } } } }),
    ).toBe('NON_COMPLIANT');
  });
});
