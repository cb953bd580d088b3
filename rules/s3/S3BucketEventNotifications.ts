import { Maybe, isSet, or, some } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { member, supplement } from './bucket-item';

interface Facts {
  /** Whether object events are sent anywhere (Lambda, SQS, SNS or EventBridge). */
  readonly notifications: Maybe<boolean>;
  /** The GuardDuty Malware Protection plans that scan the bucket; an Unknown when they cannot be looked up. */
  readonly malwareProtectionPlans: string[] | Unknown;
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
      return { notifications: or(...configs.map(sendsEvents)), malwareProtectionPlans };
    },
  },
  configItem: {
    resourceTypes: ['AWS::S3::Bucket'],
    facts(bucket) {
      const config = supplement(bucket, 'BucketNotificationConfiguration');
      const targets = member(config, 'configurations');
      const eventBridge = member(member(config, 'eventBridgeConfiguration'), 'eventBridgeEnabled');
      const sends = isUnknown(targets)
        ? targets
        : (targets !== null && typeof targets === 'object' && Object.keys(targets).length > 0) || eventBridge === true;
      return {
        notifications: isUnknown(config) ? config : sends,
        malwareProtectionPlans: new Unknown('AWS Config does not record GuardDuty Malware Protection plans'),
      };
    },
  },
  evaluate({ notifications, malwareProtectionPlans: plans }) {
    if (!isUnknown(plans) && plans.length) return pass(`GuardDuty Malware Protection scans the bucket (${plans.join(', ')})`);
    if (isUnknown(notifications)) return needsReview(`the event notifications are not known: ${notifications.reason}`);
    if (notifications) return pass('object events are sent to a notification target', unknownsIn(plans));
    if (isUnknown(plans))
      return needsReview(
        `no event notification is configured, and whether Malware Protection scans the bucket is not known: ${plans.reason}`,
      );
    return fail('no event notification or GuardDuty Malware Protection plan covers new objects');
  },
});

function sendsEvents(config: unknown): boolean | Unknown {
  if (isUnknown(config)) return config;
  const c = (config ?? {}) as Record<string, unknown>;
  return some(['LambdaConfigurations', 'QueueConfigurations', 'TopicConfigurations', 'EventBridgeConfiguration'], (k) =>
    isSet(c[k]),
  );
}
