import { Rule } from '../../lib/engine/rule';
import { ElastiCacheAutoMinorVersionUpgrade } from './ElastiCacheAutoMinorVersionUpgrade';
import { ElastiCacheInSubnetGroup } from './ElastiCacheInSubnetGroup';
import { ElastiCacheRedisAutomaticBackup } from './ElastiCacheRedisAutomaticBackup';
import { ElastiCacheReplicationGroupAutoFailover } from './ElastiCacheReplicationGroupAutoFailover';
import { ElastiCacheReplicationGroupEncryptedAtRest } from './ElastiCacheReplicationGroupEncryptedAtRest';
import { ElastiCacheReplicationGroupEncryptedInTransit } from './ElastiCacheReplicationGroupEncryptedInTransit';

export const rules: Rule[] = [
  ElastiCacheReplicationGroupEncryptedAtRest,
  ElastiCacheReplicationGroupEncryptedInTransit,
  ElastiCacheRedisAutomaticBackup,
  ElastiCacheReplicationGroupAutoFailover,
  ElastiCacheInSubnetGroup,
  ElastiCacheAutoMinorVersionUpgrade,
];
