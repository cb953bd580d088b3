import { ElastiCacheAutoMinorVersionUpgrade } from '../../../rules/elasticache/ElastiCacheAutoMinorVersionUpgrade';
import { ElastiCacheInSubnetGroup } from '../../../rules/elasticache/ElastiCacheInSubnetGroup';
import { ElastiCacheRedisAutomaticBackup } from '../../../rules/elasticache/ElastiCacheRedisAutomaticBackup';
import { ElastiCacheReplicationGroupAutoFailover } from '../../../rules/elasticache/ElastiCacheReplicationGroupAutoFailover';
import { ElastiCacheReplicationGroupEncryptedAtRest } from '../../../rules/elasticache/ElastiCacheReplicationGroupEncryptedAtRest';
import { ElastiCacheReplicationGroupEncryptedInTransit } from '../../../rules/elasticache/ElastiCacheReplicationGroupEncryptedInTransit';
import { U, decisionTables } from '../decision-table';

decisionTables([
  [
    ElastiCacheReplicationGroupEncryptedAtRest,
    [
      ['on', { atRest: true }, 'COMPLIANT'],
      ['off', { atRest: false }, 'NON_COMPLIANT'],
      ['unset', { atRest: undefined }, 'NON_COMPLIANT'],
      ['unknown', { atRest: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElastiCacheReplicationGroupEncryptedInTransit,
    [
      ['required', { inTransit: true, mode: 'required' }, 'COMPLIANT'],
      ['on, mode unset', { inTransit: true, mode: undefined }, 'COMPLIANT'],
      ['preferred', { inTransit: true, mode: 'preferred' }, 'NON_COMPLIANT'],
      ['off', { inTransit: false, mode: U }, 'NON_COMPLIANT'],
      ['unset', { inTransit: undefined, mode: undefined }, 'NON_COMPLIANT'],
      ['mode unknown', { inTransit: true, mode: U }, 'INSUFFICIENT_DATA'],
      ['unknown', { inTransit: U, mode: 'required' }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElastiCacheRedisAutomaticBackup,
    [
      ['redis, 15 days', { engine: 'redis', retentionDays: 15 }, 'COMPLIANT'],
      ['valkey, 35 days', { engine: 'valkey', retentionDays: 35 }, 'COMPLIANT'],
      ['redis, 7 days', { engine: 'redis', retentionDays: 7 }, 'NON_COMPLIANT'],
      ['redis, off', { engine: 'redis', retentionDays: undefined }, 'NON_COMPLIANT'],
      ['memcached', { engine: 'memcached', retentionDays: undefined }, 'NOT_APPLICABLE'],
      ['memcached, retention unknown', { engine: 'memcached', retentionDays: U }, 'NOT_APPLICABLE'],
      ['engine unknown', { engine: U, retentionDays: 15 }, 'INSUFFICIENT_DATA'],
      ['retention unknown', { engine: 'redis', retentionDays: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElastiCacheReplicationGroupAutoFailover,
    [
      ['on', { autoFailover: true }, 'COMPLIANT'],
      ['off', { autoFailover: false }, 'NON_COMPLIANT'],
      ['unset', { autoFailover: undefined }, 'NON_COMPLIANT'],
      ['unknown', { autoFailover: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElastiCacheInSubnetGroup,
    [
      ['chosen', { subnetGroup: true }, 'COMPLIANT'],
      ['default', { subnetGroup: false }, 'NON_COMPLIANT'],
      ['unknown', { subnetGroup: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
  [
    ElastiCacheAutoMinorVersionUpgrade,
    [
      ['on', { autoUpgrade: true }, 'COMPLIANT'],
      ['unset (on by default)', { autoUpgrade: undefined }, 'COMPLIANT'],
      ['off', { autoUpgrade: false }, 'NON_COMPLIANT'],
      ['unknown', { autoUpgrade: U }, 'INSUFFICIENT_DATA'],
    ],
  ],
]);
