import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isClusterMember } from './engine';
import { asBoolean } from './values';

interface Facts {
  /** Aurora members get their availability from the cluster's instances instead. */
  readonly clusterMember: boolean;
  readonly multiAz: boolean | undefined | Unknown;
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
    facts: (db) =>
      isClusterMember(db)
        ? { clusterMember: true, multiAz: undefined }
        : { clusterMember: false, multiAz: asBoolean(db.get('MultiAZ')) },
  },
  evaluate({ clusterMember, multiAz }) {
    if (clusterMember) return notApplicable('an Aurora instance is made highly available by the cluster’s other instances');
    if (isUnknown(multiAz)) return needsReview(`MultiAZ is not known: ${multiAz.reason}`);
    if (multiAz === true) return pass('MultiAZ is true');
    return fail(multiAz === false ? 'MultiAZ is false' : 'MultiAZ is not set, so the instance runs in one Availability Zone');
  },
});
