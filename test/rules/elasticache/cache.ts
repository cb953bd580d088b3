import { Template } from '../../../lib/engine/model';
import { PARAMETERS, template } from '../harness';

export const REPLICATION_GROUP = 'AWS::ElastiCache::ReplicationGroup';
export const CACHE_CLUSTER = 'AWS::ElastiCache::CacheCluster';

/** A template with one cache resource called Cache. */
export function cache(props: Record<string, unknown>, type = REPLICATION_GROUP): Template {
  const base =
    type === REPLICATION_GROUP
      ? { ReplicationGroupDescription: 'sessions', CacheNodeType: 'cache.t4g.small' }
      : { CacheNodeType: 'cache.t4g.small', NumCacheNodes: 1 };
  return template({ Parameters: PARAMETERS, Resources: { Cache: { Type: type, Properties: { ...base, ...props } } } });
}
