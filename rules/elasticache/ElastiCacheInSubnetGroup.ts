import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isPresent } from '../cloudwatch/values';

interface Facts {
  readonly subnetGroup: boolean | Unknown;
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
    facts: (cache) => ({ subnetGroup: isPresent(cache.get('CacheSubnetGroupName')) }),
  },
  evaluate({ subnetGroup }) {
    if (isUnknown(subnetGroup)) return needsReview(`CacheSubnetGroupName is not known: ${subnetGroup.reason}`);
    return subnetGroup
      ? pass('the cluster runs in a chosen subnet group')
      : fail('CacheSubnetGroupName is not set, so the default subnet group is used');
  },
});
