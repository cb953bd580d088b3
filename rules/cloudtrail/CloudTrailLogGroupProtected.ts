import { Maybe, Tri, asNumber, isSet } from '../../lib/engine/facts';
import { Verdict, defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { retentionVerdict } from '../logs/retention';
import { trailLogGroup } from './trail-log-group';

interface Facts {
  /** Why the relation cannot be checked here, when it cannot. */
  readonly skip?: string;
  readonly unknownGroup?: Unknown;
  readonly group?: string;
  readonly kmsKey?: Tri;
  readonly retentionInDays?: Maybe<number>;
}

export const CloudTrailLogGroupProtected = defineRule<Facts>({
  id: 'CloudTrailLogGroupProtected',
  title: 'The log group a trail delivers to is KMS-encrypted and keeps logs long enough',
  description:
    'The CloudWatch copy of the audit trail is as sensitive as the trail itself: it needs its own KMS key and a retention of at least a year, or the copy alarms read from becomes the weak point.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1', '2.3'], tenSteps: ['logging-and-monitoring', 'data-security'] },
  remediation:
    'On the AWS::Logs::LogGroup named by CloudWatchLogsLogGroupArn, set KmsKeyId to a customer-managed key and RetentionInDays to at least 365 (CDK: pass cloudWatchLogGroup: new logs.LogGroup(..., { encryptionKey, retention }) to the Trail).',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts(trail, context) {
      const target = trailLogGroup(trail, context);
      switch (target.kind) {
        case 'none':
          return { skip: 'the trail does not deliver to CloudWatch Logs (see CloudTrailCloudWatchLogsEnabled)' };
        case 'outside':
          return { skip: `log group ${target.name} is not defined in the checked templates` };
        case 'unknown':
          return { unknownGroup: target.reason };
        case 'defined':
          return {
            group: target.group.logicalId,
            kmsKey: isSet(target.group.get('KmsKeyId')),
            retentionInDays: asNumber(target.group.get('RetentionInDays')),
          };
      }
    },
  },
  evaluate({ skip, unknownGroup, group, kmsKey, retentionInDays }) {
    if (skip) return notApplicable(skip);
    if (unknownGroup) return needsReview(`the trail’s log group is not known: ${unknownGroup.reason}`);
    const problems: string[] = [];
    if (isUnknown(kmsKey)) return needsReview(`KmsKeyId of log group ${group} is not known: ${kmsKey.reason}`);
    if (!kmsKey) problems.push('has no KmsKeyId');
    const retention: Verdict = retentionVerdict(retentionInDays);
    if (retention.status === 'INSUFFICIENT_DATA') return needsReview(`log group ${group}: ${retention.message}`);
    if (retention.status === 'NON_COMPLIANT') problems.push(retention.message);
    if (problems.length) return fail(`log group ${group} ${problems.join('; ')}`);
    return pass(`log group ${group} is KMS-encrypted and ${retention.message}`);
  },
});
