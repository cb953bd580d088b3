import { ElastiCacheReplicationGroupEncryptedAtRest as rule } from '../../../rules/elasticache/ElastiCacheReplicationGroupEncryptedAtRest';
import { PARAM, statusOf } from '../harness';
import { cache } from './cache';

describe('ElastiCacheReplicationGroupEncryptedAtRest', () => {
  it('passes when enabled', () => expect(statusOf(rule, 'Cache', cache({ AtRestEncryptionEnabled: true }))).toBe('COMPLIANT'));
  it('fails when absent', () => expect(statusOf(rule, 'Cache', cache({}))).toBe('NON_COMPLIANT'));
  it('fails when false', () => expect(statusOf(rule, 'Cache', cache({ AtRestEncryptionEnabled: false }))).toBe('NON_COMPLIANT'));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Cache', cache({ AtRestEncryptionEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
