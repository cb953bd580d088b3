import { Maybe, asString, field, isSet, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { membersOf } from './engine';
import { value } from './item';

interface Facts {
  /** Multi-AZ DB clusters (DBClusterInstanceClass) always run three instances in three AZs; Serverless v1 is managed by AWS. */
  readonly kind: 'aurora' | 'multi-az-db-cluster' | 'serverless-v1' | Unknown;
  /** Availability Zone of each member instance in the template (undefined where RDS chooses). */
  readonly memberZones: Maybe<string>[];
}

export const RdsClusterMultiAz = defineRule<Facts>({
  id: 'RdsClusterMultiAz',
  title: 'Aurora clusters have instances in more than one Availability Zone',
  description:
    'An Aurora cluster with a single instance has no failover target: an instance or Availability Zone failure stops the database until a new instance is created.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'RDS_CLUSTER_MULTI_AZ_ENABLED',
  remediation:
    'Add at least one reader instance to the cluster, in another Availability Zone (CDK: readers: [ClusterInstance.provisioned(...)]).',
  template: {
    resourceTypes: ['AWS::RDS::DBCluster'],
    facts(cluster, { index }) {
      const mode = asString(cluster.get('EngineMode'));
      if (isUnknown(mode)) return { kind: mode, memberZones: [] };
      if (mode?.toLowerCase() === 'serverless') return { kind: 'serverless-v1', memberZones: [] };
      const instanceClass = isSet(cluster.get('DBClusterInstanceClass'));
      if (isUnknown(instanceClass)) return { kind: instanceClass, memberZones: [] };
      if (instanceClass) return { kind: 'multi-az-db-cluster', memberZones: [] };
      return { kind: 'aurora', memberZones: membersOf(cluster, index).map((i) => asString(i.get('AvailabilityZone'))) };
    },
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBCluster'],
    looksUp: ['AWS::RDS::DBInstance'],
    facts(cluster, scope) {
      const mode = asString(value(cluster, 'engineMode'));
      if (isUnknown(mode)) return { kind: mode, memberZones: [] };
      if (mode?.toLowerCase() === 'serverless') return { kind: 'serverless-v1', memberZones: [] };
      if (isSet(cluster.configuration.dbclusterInstanceClass) === true) return { kind: 'multi-az-db-cluster', memberZones: [] };
      const members = listOf(value(cluster, 'dbclusterMembers'));
      if (isUnknown(members)) return { kind: members, memberZones: [] };
      return {
        kind: 'aurora',
        memberZones: members.map((m): Maybe<string> => {
          const id = asString(field(m, 'dbinstanceIdentifier'));
          if (typeof id !== 'string') return id ?? new Unknown('a cluster member records no instance identifier');
          if (!scope.records('AWS::RDS::DBInstance'))
            return new Unknown('DB instances are not recorded, so their zones are not known');
          const instance = scope.get('AWS::RDS::DBInstance', id);
          return instance ? asString(value(instance, 'availabilityZone')) : new Unknown(`DB instance ${id} is not recorded here`);
        }),
      };
    },
  },
  evaluate({ kind, memberZones }) {
    if (isUnknown(kind)) return needsReview(`the kind of cluster is not known: ${kind.reason}`);
    if (kind === 'serverless-v1') return notApplicable('Aurora Serverless v1 capacity is placed by AWS');
    if (kind === 'multi-az-db-cluster') return pass('a Multi-AZ DB cluster runs instances in three Availability Zones');
    if (memberZones.length === 0) return needsReview('the cluster’s instances are not among the checked resources');
    if (memberZones.length === 1)
      return fail('the cluster has a single instance, so there is no failover target in another Availability Zone');
    const undecided = memberZones.filter(isUnknown);
    const zones = new Set(memberZones.filter((z) => typeof z === 'string'));
    // Two known, different zones decide whatever the others are.
    if (zones.size > 1) return pass(`the cluster has instances in ${zones.size} Availability Zones`, undecided);
    if (undecided.length) return needsReview(`an instance’s Availability Zone is not known: ${undecided[0].reason}`);
    const pinned = memberZones.filter((z) => typeof z === 'string');
    if (pinned.length === memberZones.length && new Set(pinned).size === 1) {
      return fail(`all ${memberZones.length} instances are pinned to ${String(pinned[0])}`);
    }
    return pass(`the cluster has ${memberZones.length} instances for failover`);
  },
});
