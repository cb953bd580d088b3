import { Maybe, Tri, asBoolean } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';
import { isClusterMember, unlessClusterMember } from './engine';
import { isClusterMemberItem, value } from './item';

interface Facts {
  /** Aurora members get their availability from the cluster's instances instead. */
  readonly clusterMember: Tri;
  readonly multiAz: Maybe<boolean>;
}

export const RdsInstanceMultiAz = defineRule<Facts>({
  id: 'RdsInstanceMultiAz',
  title: 'RDS DB instances run Multi-AZ',
  description:
    'A single-AZ instance is unavailable for the whole of an Availability Zone outage or a storage failure, and restores from backup lose recent writes.',
  severity: 'warning',
  controls: { ncscCsp: ['2.5'], tenSteps: ['architecture-and-configuration'] },
  configRule: 'RDS_MULTI_AZ_SUPPORT',
  remediation: 'Set MultiAZ: true (CDK: multiAz: true).',
  template: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ clusterMember: isClusterMember(db), multiAz: asBoolean(db.get('MultiAZ')) }),
  },
  configItem: {
    resourceTypes: ['AWS::RDS::DBInstance'],
    facts: (db) => ({ clusterMember: isClusterMemberItem(db), multiAz: asBoolean(value(db, 'multiAZ')) }),
  },
  evaluate(facts) {
    const { multiAz } = facts;
    return unlessClusterMember(facts, 'an Aurora instance is made highly available by the cluster’s other instances', () => {
      if (isUnknown(multiAz)) return needsReview(`whether the instance is Multi-AZ is not known: ${multiAz.reason}`);
      if (multiAz === true) return pass('the instance is Multi-AZ');
      return fail(multiAz === false ? 'Multi-AZ is off' : 'Multi-AZ is not set, so the instance runs in one Availability Zone');
    });
  },
});
