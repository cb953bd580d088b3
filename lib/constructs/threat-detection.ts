import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { DETECTION_DEFAULTS } from './defaults';
import { InternetFirstNetwork } from './internet-first-network';
import { denyEventsFromOtherAccounts, invalidProp, isKnown, warnWeakened } from './support';

/** GuardDuty protection features as CloudFormation names them. */
export const GUARDDUTY_FEATURES = [
  'S3_DATA_EVENTS',
  'EKS_AUDIT_LOGS',
  'EBS_MALWARE_PROTECTION',
  'RDS_LOGIN_EVENTS',
  'EKS_RUNTIME_MONITORING',
  'LAMBDA_NETWORK_LOGS',
  'RUNTIME_MONITORING',
] as const;

export interface ThreatDetectionProps {
  /** Network whose flow and firewall logs are watched. @default - GuardDuty only */
  readonly network?: InternetFirstNetwork;
  /**
   * Create the account's GuardDuty detector. Set false where the organisation's
   * delegated administrator already runs one; findings are still routed.
   * @default true
   */
  readonly createDetector?: boolean;
  /** GuardDuty protection features to turn on. Leaving defaults out emits `@palisade/threat-detection:features-reduced`. @default S3, EKS audit logs, EBS malware, RDS login, Lambda network, runtime monitoring */
  readonly guardDutyFeatures?: string[];
  /** Lowest GuardDuty severity routed to the topic (1.0 to 8.9). Above 4.0 emits `@palisade/threat-detection:medium-findings-dropped`. @default 4 (medium) */
  readonly minimumSeverity?: number;
  /** Rejected flows per five minutes that raise the network alarm. @default 1000 */
  readonly rejectedFlowsThreshold?: number;
  /** Key of the topic. @default - a new DataKey (child `Key`) */
  readonly encryptionKey?: kms.IKey;
  /** Email addresses subscribed to the topic. @default - none */
  readonly emails?: string[];
  /** HTTPS endpoints subscribed to the topic (a SIEM, an incident tool). @default - none */
  readonly httpsEndpoints?: string[];
}

/**
 * Detection and reporting of anomalous traffic (Internet First): a GuardDuty
 * detector, an EventBridge rule sending findings of medium severity or more to a
 * KMS-encrypted, TLS-only SNS topic, and, given a network, metric filters and
 * alarms on its firewall alerts and rejected flows that notify the same topic
 * (Network Firewall writes alerts to logs, not to EventBridge).
 */
export class ThreatDetection extends Construct {
  public readonly topic: sns.Topic;
  public readonly encryptionKey: kms.IKey;
  public readonly detector?: guardduty.CfnDetector;
  public readonly findingsRule: events.Rule;
  public readonly alarms: readonly cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: ThreatDetectionProps = {}) {
    super(scope, id);
    const severity = props.minimumSeverity ?? DETECTION_DEFAULTS.minimumSeverity;
    if (isKnown(severity) && (severity < 1 || severity > 8.9))
      invalidProp(this, 'minimumSeverity', severity, 'use a GuardDuty severity from 1.0 to 8.9');
    if (severity > DETECTION_DEFAULTS.minimumSeverity) {
      warnWeakened(
        this,
        'threat-detection',
        'medium-findings-dropped',
        `minimumSeverity is ${severity}: medium-severity GuardDuty findings are not reported`,
      );
    }
    const features = props.guardDutyFeatures ?? [...DETECTION_DEFAULTS.guardDutyFeatures];
    for (const f of features) {
      if (!(GUARDDUTY_FEATURES as readonly string[]).includes(f))
        invalidProp(this, 'guardDutyFeatures', f, `use ${GUARDDUTY_FEATURES.join(', ')}`);
    }
    if (features.includes('RUNTIME_MONITORING') && features.includes('EKS_RUNTIME_MONITORING')) {
      invalidProp(
        this,
        'guardDutyFeatures',
        features,
        'RUNTIME_MONITORING already covers EKS; list only one of it and EKS_RUNTIME_MONITORING',
      );
    }
    const missing = DETECTION_DEFAULTS.guardDutyFeatures.filter(
      (f) => !features.includes(f) && !(f === 'RUNTIME_MONITORING' && features.includes('EKS_RUNTIME_MONITORING')),
    );
    if (missing.length && props.createDetector !== false) {
      warnWeakened(this, 'threat-detection', 'features-reduced', `guardDutyFeatures leaves out ${missing.join(', ')}`);
    }
    for (const url of props.httpsEndpoints ?? []) {
      if (isKnown(url) && !/^https:\/\/[^\s/]+/.test(url))
        invalidProp(this, 'httpsEndpoints', url, 'use https:// URLs; notifications must not cross the internet in clear text');
    }
    for (const email of props.emails ?? []) {
      if (isKnown(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) invalidProp(this, 'emails', email, 'give email addresses');
    }

    if (props.createDetector ?? true) {
      this.detector = new guardduty.CfnDetector(this, 'Detector', {
        enable: true,
        findingPublishingFrequency: 'FIFTEEN_MINUTES',
        // Default features left out are declared DISABLED, so the template says what is off.
        features: [
          ...features.map((name) => ({
            name,
            status: 'ENABLED',
            additionalConfiguration:
              name === 'RUNTIME_MONITORING'
                ? ['ECS_FARGATE_AGENT_MANAGEMENT', 'EC2_AGENT_MANAGEMENT', 'EKS_ADDON_MANAGEMENT'].map((n) => ({
                    name: n,
                    status: 'ENABLED',
                  }))
                : name === 'EKS_RUNTIME_MONITORING'
                  ? [{ name: 'EKS_ADDON_MANAGEMENT', status: 'ENABLED' }]
                  : undefined,
          })),
          ...missing.map((name) => ({ name, status: 'DISABLED' })),
        ],
      });
    }

    this.encryptionKey =
      props.encryptionKey ?? new DataKey(this, 'Key', { description: `Security notifications of ${this.node.path}` });
    if (this.encryptionKey instanceof DataKey) {
      this.encryptionKey
        .allowServicePrincipal('events.amazonaws.com', { sourceAccountCondition: false })
        .allowServicePrincipal('cloudwatch.amazonaws.com', { sourceAccountCondition: false });
    }
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Security findings and network alerts',
      masterKey: this.encryptionKey,
      enforceSSL: true,
    });
    denyEventsFromOtherAccounts(this.topic);
    for (const email of props.emails ?? []) this.topic.addSubscription(new subs.EmailSubscription(email));
    for (const url of props.httpsEndpoints ?? [])
      this.topic.addSubscription(new subs.UrlSubscription(url, { protocol: sns.SubscriptionProtocol.HTTPS }));

    this.findingsRule = new events.Rule(this, 'GuardDutyFindings', {
      description: `GuardDuty findings of severity ${severity} or more`,
      eventPattern: {
        source: ['aws.guardduty'],
        detailType: ['GuardDuty Finding'],
        detail: { severity: [{ numeric: ['>=', severity] }] },
      },
      targets: [new eventTargets.SnsTopic(this.topic)],
    });

    const alarms: cloudwatch.Alarm[] = [];
    if (props.network) {
      const action = new cwActions.SnsAction(this.topic);
      const watch = (
        id: string,
        logGroup: logs.ILogGroup,
        pattern: logs.IFilterPattern,
        threshold: number,
        description: string,
      ) => {
        const filter = new logs.MetricFilter(this, `${id}Filter`, {
          logGroup,
          filterPattern: pattern,
          metricNamespace: 'Palisade/ThreatDetection',
          metricName: id,
          metricValue: '1',
        });
        const alarm = filter.metric({ statistic: 'Sum', period: Duration.minutes(5) }).createAlarm(this, `${id}Alarm`, {
          alarmDescription: description,
          threshold,
          evaluationPeriods: 1,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
        alarm.addAlarmAction(action);
        alarms.push(alarm);
      };
      watch(
        'FirewallAlerts',
        props.network.firewallAlertLogGroup,
        logs.FilterPattern.literal('{ $.event.event_type = "alert" }'),
        1,
        'Network Firewall raised an alert (a rule matched, or traffic fell to the default drop)',
      );
      const threshold = props.rejectedFlowsThreshold ?? DETECTION_DEFAULTS.rejectedFlowsThreshold;
      watch(
        'RejectedFlows',
        props.network.flowLogGroup,
        logs.FilterPattern.literal(
          '[version, account, eni, source, destination, srcport, destport, protocol, packets, bytes, windowstart, windowend, action="REJECT", flowlogstatus]',
        ),
        threshold,
        `More than ${threshold} flows rejected in five minutes (VPC flow logs): scanning or a misconfiguration`,
      );
    }
    this.alarms = alarms;
  }
}
