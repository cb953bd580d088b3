import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether a replica is promoted automatically when the primary fails. */
  readonly autoFailover: Maybe<boolean>;
}

export const ElastiCacheReplicationGroupAutoFailover = defineRule<Facts>({
  id: 'ElastiCacheReplicationGroupAutoFailover',
  title: 'ElastiCache replication groups fail over automatically',
  description:
    'Without automatic failover a primary node or AZ failure takes the cache down until someone promotes a replica by hand.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'ELASTICACHE_REPL_GRP_AUTO_FAILOVER_ENABLED',
  remediation:
    'Set AutomaticFailoverEnabled: true and MultiAZEnabled: true, with at least one replica in another Availability Zone.',
  template: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    facts: (group) => ({ autoFailover: asBoolean(group.get('AutomaticFailoverEnabled')) }),
  },
  evaluate({ autoFailover }) {
    if (isUnknown(autoFailover)) return needsReview(`whether failover is automatic is not known: ${autoFailover.reason}`);
    if (autoFailover === true) return pass('automatic failover is enabled');
    return fail(
      autoFailover === undefined
        ? 'automatic failover is not set, so failover is manual'
        : 'automatic failover is off, so failover is manual',
    );
  },
});
