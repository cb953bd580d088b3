import { ElastiCacheReplicationGroupAutoFailover as rule } from '../../../rules/elasticache/ElastiCacheReplicationGroupAutoFailover';
import { PARAM, statusOf } from '../harness';
import { cache } from './cache';

describe('ElastiCacheReplicationGroupAutoFailover', () => {
  it('passes when enabled', () =>
    expect(statusOf(rule, 'Cache', cache({ AutomaticFailoverEnabled: true, MultiAZEnabled: true }))).toBe('COMPLIANT'));
  it('fails when absent', () => expect(statusOf(rule, 'Cache', cache({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () =>
    expect(statusOf(rule, 'Cache', cache({ AutomaticFailoverEnabled: 'false' }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Cache', cache({ AutomaticFailoverEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
