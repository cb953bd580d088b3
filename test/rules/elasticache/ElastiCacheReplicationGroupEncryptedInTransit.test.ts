import { ElastiCacheReplicationGroupEncryptedInTransit as rule } from '../../../rules/elasticache/ElastiCacheReplicationGroupEncryptedInTransit';
import { PARAM, statusOf } from '../harness';
import { cache } from './cache';

describe('ElastiCacheReplicationGroupEncryptedInTransit', () => {
  it('passes when enabled', () => expect(statusOf(rule, 'Cache', cache({ TransitEncryptionEnabled: 'true' }))).toBe('COMPLIANT'));
  it('passes in required mode', () =>
    expect(statusOf(rule, 'Cache', cache({ TransitEncryptionEnabled: true, TransitEncryptionMode: 'required' }))).toBe(
      'COMPLIANT',
    ));
  it('fails when absent', () => expect(statusOf(rule, 'Cache', cache({}))).toBe('NON_COMPLIANT'));
  it('fails when the transit mode is preferred', () =>
    expect(statusOf(rule, 'Cache', cache({ TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' }))).toBe(
      'NON_COMPLIANT',
    ));
  it('needs review when a parameter', () =>
    expect(statusOf(rule, 'Cache', cache({ TransitEncryptionEnabled: PARAM }))).toBe('INSUFFICIENT_DATA'));
});
