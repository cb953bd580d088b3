import { Tri, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether the trail names a CloudWatch Logs group to deliver to. */
  readonly logGroup: Tri;
}

export const CloudTrailCloudWatchLogsEnabled = defineRule<Facts>({
  id: 'CloudTrailCloudWatchLogsEnabled',
  title: 'CloudTrail delivers to CloudWatch Logs',
  description:
    'Delivery to CloudWatch Logs is what lets metric filters and alarms react to root use, failed sign-ins and security changes within minutes rather than at the next audit.',
  severity: 'warning',
  controls: { ncscCsp: ['13.1', '5.2'], tenSteps: ['logging-and-monitoring'], internetFirst: ['IF-2'] },
  configRule: 'CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED',
  remediation: 'Set CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn (CDK: sendToCloudWatchLogs: true).',
  template: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: (trail) => ({ logGroup: isSet(trail.get('CloudWatchLogsLogGroupArn')) }),
  },
  // CloudTrail leaves the log group out of a trail that does not deliver to CloudWatch Logs.
  configItem: {
    resourceTypes: ['AWS::CloudTrail::Trail'],
    facts: ({ configuration: c }) => ({ logGroup: isSet(c.cloudWatchLogsLogGroupArn) }),
  },
  evaluate({ logGroup }) {
    if (isUnknown(logGroup)) return needsReview(`the trail’s log group is not known: ${logGroup.reason}`);
    return logGroup === true
      ? pass('the trail delivers to CloudWatch Logs')
      : fail('the trail delivers to no CloudWatch Logs group, so no alarm can react to trail events');
  },
});
