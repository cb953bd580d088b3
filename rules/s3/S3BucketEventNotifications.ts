import { Maybe, isSet } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

interface Facts {
  /** Whether NotificationConfiguration sends events anywhere (Lambda, SQS, SNS or EventBridge). */
  readonly notifications: Maybe<boolean>;
  /** Logical ids of GuardDuty Malware Protection plans that scan the bucket. */
  readonly malwareProtectionPlans: string[];
}

export const S3BucketEventNotifications = defineRule<Facts>({
  id: 'S3BucketEventNotifications',
  title: 'S3 buckets send object events to a scanning or processing pipeline',
  description:
    'Files uploaded by patients and partners can carry malware; object-created events (or GuardDuty Malware Protection for S3) let every new object be scanned before anyone opens it.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11', '5.2'],
    tenSteps: ['data-security', 'logging-and-monitoring'],
    cyberEssentials: ['malware-protection'],
  },
  configRule: 'S3_EVENT_NOTIFICATIONS_ENABLED',
  remediation:
    'Enable GuardDuty Malware Protection for S3 on the bucket, or send s3:ObjectCreated:* events to a scanning function or queue (CDK: bucket.addEventNotification, or EventBridge: eventBridgeEnabled: true).',
  template: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket, { index }) {
      const malwareProtectionPlans = index
        .ofType('AWS::GuardDuty::MalwareProtectionPlan')
        .filter((p) => index.exists(p) !== false && index.target(p.get('ProtectedResource.S3Bucket.BucketName')) === bucket)
        .map((p) => p.logicalId);
      if (malwareProtectionPlans.length) return { notifications: undefined, malwareProtectionPlans };
      // CDK's addEventNotification writes the configuration through a custom resource rather than on the bucket.
      const viaCustomResource = index
        .referrers(bucket, 'Custom::S3BucketNotifications', 'BucketName')
        .filter((r) => index.exists(r) !== false)
        .map((r) => r.get('NotificationConfiguration'));
      const configs = [bucket.get('NotificationConfiguration'), ...viaCustomResource];
      if (configs.some((c) => sendsEvents(c) === true)) return { notifications: true, malwareProtectionPlans };
      return { notifications: configs.find(isUnknown) ?? false, malwareProtectionPlans };
    },
  },
  evaluate({ notifications, malwareProtectionPlans }) {
    if (malwareProtectionPlans.length)
      return pass(`GuardDuty Malware Protection scans the bucket (${malwareProtectionPlans.join(', ')})`);
    if (isUnknown(notifications)) return needsReview(`NotificationConfiguration is not known: ${notifications.reason}`);
    if (notifications) return pass('object events are sent to a notification target');
    return fail('no event notification or GuardDuty Malware Protection plan covers new objects');
  },
});

function sendsEvents(config: unknown): boolean | Unknown {
  if (isUnknown(config)) return config;
  const c = (config ?? {}) as Record<string, unknown>;
  return ['LambdaConfigurations', 'QueueConfigurations', 'TopicConfigurations', 'EventBridgeConfiguration'].some((k) =>
    isSet(c[k]),
  );
}
