import { Maybe, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether minor engine versions are applied automatically. */
  readonly autoUpgrade: Maybe<boolean>;
}

export const ElastiCacheAutoMinorVersionUpgrade = defineRule<Facts>({
  id: 'ElastiCacheAutoMinorVersionUpgrade',
  title: 'ElastiCache clusters take minor version upgrades automatically',
  description:
    'Minor engine versions carry security fixes; Cyber Essentials expects them applied within 14 days, which manual upgrades rarely achieve.',
  severity: 'warning',
  controls: { ncscCsp: ['5.1'], tenSteps: ['vulnerability-management'], cyberEssentials: ['security-update-management'] },
  configRule: 'ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK',
  remediation: 'Leave AutoMinorVersionUpgrade unset or true, with a PreferredMaintenanceWindow outside peak hours.',
  template: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    facts: (cache) => ({ autoUpgrade: asBoolean(cache.get('AutoMinorVersionUpgrade')) }),
  },
  evaluate({ autoUpgrade }) {
    if (isUnknown(autoUpgrade))
      return needsReview(`whether minor versions are applied automatically is not known: ${autoUpgrade.reason}`);
    // AutoMinorVersionUpgrade defaults to true.
    return autoUpgrade === false
      ? fail('automatic minor version upgrades are off')
      : pass('minor version upgrades are applied automatically');
  },
});
