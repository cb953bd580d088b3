import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether a subnet group is chosen. */
  readonly subnetGroup: Tri;
}

export const ElastiCacheInSubnetGroup = defineRule<Facts>({
  id: 'ElastiCacheInSubnetGroup',
  title: 'ElastiCache clusters run in a chosen subnet group',
  description:
    'Without a subnet group, nodes land in the default subnet group of the default VPC, outside the designed network and its boundary controls.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'ELASTICACHE_SUBNET_GROUP_CHECK',
  remediation: 'Create an AWS::ElastiCache::SubnetGroup over private subnets and set CacheSubnetGroupName to it.',
  template: {
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    facts: (cache) => ({ subnetGroup: isSet(cache.get('CacheSubnetGroupName')) }),
  },
  evaluate({ subnetGroup }) {
    if (isUnknown(subnetGroup)) return needsReview(`the subnet group is not known: ${subnetGroup.reason}`);
    return subnetGroup
      ? pass('the cluster runs in a chosen subnet group')
      : fail('no subnet group is chosen, so the default subnet group is used');
  },
});
