import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { AUDIT_DEFAULTS, LOG_DEFAULTS } from './defaults';
import { EncryptedBucket } from './encrypted-bucket';
import { ManagedPolicyRole } from './managed-policy-role';
import { invalidProp, warnWeakened } from './support';

export interface AuditTrailProps {
  /** Key for log files, the log bucket, the log group and the alarm topic. @default - a new DataKey (child `Key`) */
  readonly encryptionKey?: kms.IKey;
  /** Bucket for log files. @default - an EncryptedBucket with Object Lock (child `Bucket`) */
  readonly bucket?: s3.IBucket;
  /**
   * Object Lock (governance mode) retention of the default bucket's log files. Less
   * than a year emits `@palisade/audit-trail:short-object-lock`.
   * @default 365 days
   */
  readonly objectLockRetention?: Duration;
  /** Retention of the CloudWatch Logs copy. Less than a year emits `@palisade/audit-trail:short-log-retention`. @default one year */
  readonly logRetention?: logs.RetentionDays;
  /** Topic the alarms notify. @default - a new KMS-encrypted, TLS-only topic (child `Alarms`) */
  readonly alarmTopic?: sns.ITopic;
  /** Email addresses subscribed to the alarm topic. @default - none */
  readonly alarmEmails?: string[];
  /**
   * Record S3 object-level events (who read, wrote or deleted which object) in every
   * bucket but the trail's own. Turning it off emits `@palisade/audit-trail:no-s3-data-events`.
   * @default true
   */
  readonly s3DataEvents?: boolean;
  /** Trail of the whole AWS Organization (deploy in the management account). @default false */
  readonly isOrganizationTrail?: boolean;
}

/** One CIS/NCSC monitoring filter: CloudTrail events that someone must look at. */
interface Watch {
  readonly id: string;
  readonly description: string;
  readonly pattern: string;
}

const anyOf = (source: string | undefined, events: string[]) =>
  `{ ${source ? `($.eventSource = "${source}") && ` : ''}(${events.map((e) => `($.eventName = "${e}")`).join(' || ')}) }`;

/**
 * The events of the CIS AWS Foundations monitoring section (which NCSC's logging
 * and monitoring guidance points at), plus changes to Network Firewall, the
 * Internet First boundary.
 */
export const AUDIT_WATCHES: readonly Watch[] = [
  {
    id: 'RootAccountUsage',
    description: 'The root user was used',
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  {
    id: 'ConsoleSignInWithoutMfa',
    description: 'An IAM user signed in to the console without MFA',
    pattern:
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  {
    id: 'UnauthorizedApiCalls',
    description: 'API calls were refused for lack of permission',
    pattern:
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  {
    id: 'ConsoleAuthenticationFailures',
    description: 'Console sign-in failed',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.errorMessage = "Failed authentication") }',
  },
  {
    id: 'IamPolicyChanges',
    description: 'IAM policies changed',
    pattern: anyOf(undefined, [
      'DeleteGroupPolicy',
      'DeleteRolePolicy',
      'DeleteUserPolicy',
      'PutGroupPolicy',
      'PutRolePolicy',
      'PutUserPolicy',
      'CreatePolicy',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'SetDefaultPolicyVersion',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
    ]),
  },
  {
    id: 'CloudTrailChanges',
    description: 'A trail was created, changed, stopped or deleted',
    pattern: anyOf(undefined, ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging', 'PutEventSelectors']),
  },
  {
    id: 'KmsKeyDisabledOrScheduledForDeletion',
    description: 'A customer-managed key was disabled or scheduled for deletion',
    pattern: anyOf('kms.amazonaws.com', ['DisableKey', 'ScheduleKeyDeletion']),
  },
  {
    id: 'S3BucketPolicyChanges',
    description: 'A bucket policy, ACL, CORS, lifecycle or replication setting changed',
    pattern: anyOf('s3.amazonaws.com', [
      'PutBucketAcl',
      'PutBucketPolicy',
      'PutBucketCors',
      'PutBucketLifecycle',
      'PutBucketReplication',
      'DeleteBucketPolicy',
      'DeleteBucketCors',
      'DeleteBucketLifecycle',
      'DeleteBucketReplication',
    ]),
  },
  {
    id: 'ConfigChanges',
    description: 'AWS Config recording or delivery changed',
    pattern: anyOf('config.amazonaws.com', [
      'StopConfigurationRecorder',
      'DeleteDeliveryChannel',
      'PutDeliveryChannel',
      'PutConfigurationRecorder',
      'DeleteConfigurationRecorder',
    ]),
  },
  {
    id: 'SecurityGroupChanges',
    description: 'A security group changed',
    pattern: anyOf(undefined, [
      'AuthorizeSecurityGroupIngress',
      'AuthorizeSecurityGroupEgress',
      'RevokeSecurityGroupIngress',
      'RevokeSecurityGroupEgress',
      'CreateSecurityGroup',
      'DeleteSecurityGroup',
      'ModifySecurityGroupRules',
    ]),
  },
  {
    id: 'NetworkAclChanges',
    description: 'A network ACL changed',
    pattern: anyOf(undefined, [
      'CreateNetworkAcl',
      'CreateNetworkAclEntry',
      'DeleteNetworkAcl',
      'DeleteNetworkAclEntry',
      'ReplaceNetworkAclEntry',
      'ReplaceNetworkAclAssociation',
    ]),
  },
  {
    id: 'NetworkGatewayChanges',
    description: 'An internet or customer gateway changed',
    pattern: anyOf(undefined, [
      'CreateCustomerGateway',
      'DeleteCustomerGateway',
      'AttachInternetGateway',
      'CreateInternetGateway',
      'DeleteInternetGateway',
      'DetachInternetGateway',
    ]),
  },
  {
    id: 'RouteTableChanges',
    description: 'A route or route table changed',
    pattern: anyOf('ec2.amazonaws.com', [
      'CreateRoute',
      'CreateRouteTable',
      'ReplaceRoute',
      'ReplaceRouteTableAssociation',
      'DeleteRouteTable',
      'DeleteRoute',
      'DisassociateRouteTable',
      'AssociateRouteTable',
    ]),
  },
  {
    id: 'VpcChanges',
    description: 'A VPC or peering connection changed',
    pattern: anyOf(undefined, [
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
    ]),
  },
  {
    id: 'NetworkFirewallChanges',
    description: 'The Network Firewall, its policy, rules, subnets, protection or logging changed',
    pattern: anyOf('network-firewall.amazonaws.com', [
      'DeleteFirewall',
      'DeleteFirewallPolicy',
      'DeleteRuleGroup',
      'UpdateFirewallPolicy',
      'UpdateRuleGroup',
      'AssociateFirewallPolicy',
      'AssociateSubnets',
      'DisassociateSubnets',
      'UpdateFirewallDeleteProtection',
      'UpdateFirewallPolicyChangeProtection',
      'UpdateSubnetChangeProtection',
      'UpdateLoggingConfiguration',
    ]),
  },
];

export const AUDIT_METRIC_NAMESPACE = 'Palisade/AuditTrail';

/**
 * A multi-region CloudTrail trail with log file validation, KMS encryption, a copy in
 * CloudWatch Logs and a locked-down bucket (private, TLS-only, versioned, Object Lock),
 * plus a metric filter and an alarm for each event in `AUDIT_WATCHES`.
 */
export class AuditTrail extends Construct {
  public readonly trail: cloudtrail.Trail;
  public readonly encryptionKey: kms.IKey;
  public readonly bucket: s3.IBucket;
  public readonly logGroup: logs.LogGroup;
  public readonly alarmTopic: sns.ITopic;
  /** One alarm per watched event, by watch id. */
  public readonly alarms: Readonly<Record<string, cloudwatch.Alarm>>;

  constructor(scope: Construct, id: string, props: AuditTrailProps = {}) {
    super(scope, id);
    if (props.bucket && props.objectLockRetention) {
      invalidProp(
        this,
        'objectLockRetention',
        props.objectLockRetention,
        'it applies only to the bucket this construct creates; set Object Lock on your own bucket',
      );
    }
    const lockDays = (props.objectLockRetention ?? AUDIT_DEFAULTS.objectLockRetention).toDays();
    if (!props.bucket && lockDays < AUDIT_DEFAULTS.objectLockRetention.toDays()) {
      warnWeakened(
        this,
        'audit-trail',
        'short-object-lock',
        `objectLockRetention is ${lockDays} days: log files can be deleted within a year`,
      );
    }
    const retention = props.logRetention ?? LOG_DEFAULTS.retention;
    if (retention < LOG_DEFAULTS.retention) {
      warnWeakened(
        this,
        'audit-trail',
        'short-log-retention',
        `logRetention is ${retention} days: the CloudWatch Logs copy of the trail is kept for less than a year`,
      );
    }

    this.encryptionKey = props.encryptionKey ?? new DataKey(this, 'Key', { description: `Audit trail ${this.node.path}` });
    if (this.encryptionKey instanceof DataKey) {
      this.encryptionKey
        .allowCloudTrail()
        .allowCloudWatchLogs()
        .allowServicePrincipal('cloudwatch.amazonaws.com', { sourceAccountCondition: false });
    }
    this.bucket =
      props.bucket ??
      new EncryptedBucket(this, 'Bucket', {
        encryptionKey: this.encryptionKey,
        objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(lockDays)),
        writtenOnlyBy: 'CloudTrail log file delivery',
      }).bucket;
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: this.encryptionKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.trail = new cloudtrail.Trail(this, 'Resource', {
      bucket: this.bucket,
      encryptionKey: this.encryptionKey,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
      isOrganizationTrail: props.isOrganizationTrail,
    });
    const cfnTrail = this.trail.node.defaultChild as cloudtrail.CfnTrail;
    // CloudTrail's role for CloudWatch Logs, with its grant in a managed policy rather than the L2's inline one.
    const logsRole = new ManagedPolicyRole(this, 'LogsRole', {
      assumedBy: new iam.ServicePrincipal('cloudtrail.amazonaws.com'),
      description: `CloudTrail delivery to CloudWatch Logs for ${this.node.path}`,
    });
    logsRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [this.logGroup.logGroupArn] }),
    );
    cfnTrail.cloudWatchLogsLogGroupArn = this.logGroup.logGroupArn;
    cfnTrail.cloudWatchLogsRoleArn = logsRole.roleArn;
    cfnTrail.node.addDependency(logsRole);
    // Advanced selectors: all management events, and S3 object events everywhere except the trail's own bucket.
    const selectors: cloudtrail.CfnTrail.AdvancedEventSelectorProperty[] = [
      { name: 'All management events', fieldSelectors: [{ field: 'eventCategory', equalTo: ['Management'] }] },
    ];
    const s3DataEvents = props.s3DataEvents ?? true;
    if (s3DataEvents) {
      selectors.push({
        name: 'S3 object events outside the trail bucket',
        fieldSelectors: [
          { field: 'eventCategory', equalTo: ['Data'] },
          { field: 'resources.type', equalTo: ['AWS::S3::Object'] },
          { field: 'resources.ARN', notStartsWith: [`${this.bucket.bucketArn}/`] },
        ],
      });
    } else {
      warnWeakened(
        this,
        'audit-trail',
        'no-s3-data-events',
        's3DataEvents is false: reads and deletions of objects (personal data in buckets) are not recorded',
      );
    }
    cfnTrail.advancedEventSelectors = selectors;
    // CloudTrail takes basic or advanced selectors, not both; the L2 renders an empty basic list.
    cfnTrail.addPropertyDeletionOverride('EventSelectors');

    this.alarmTopic =
      props.alarmTopic ??
      new sns.Topic(this, 'Alarms', { displayName: 'Audit trail alarms', masterKey: this.encryptionKey, enforceSSL: true });
    for (const email of props.alarmEmails ?? []) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) invalidProp(this, 'alarmEmails', email, 'give email addresses');
      this.alarmTopic.addSubscription(new subs.EmailSubscription(email));
    }
    const action = new cwActions.SnsAction(this.alarmTopic);
    const alarms: Record<string, cloudwatch.Alarm> = {};
    for (const watch of AUDIT_WATCHES) {
      const filter = new logs.MetricFilter(this, `${watch.id}Filter`, {
        logGroup: this.logGroup,
        filterPattern: logs.FilterPattern.literal(watch.pattern),
        metricNamespace: AUDIT_METRIC_NAMESPACE,
        metricName: watch.id,
        metricValue: '1',
      });
      const alarm = filter.metric({ statistic: 'Sum', period: Duration.minutes(5) }).createAlarm(this, `${watch.id}Alarm`, {
        alarmDescription: `${watch.description} (CloudTrail, ${this.node.path})`,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      alarms[watch.id] = alarm;
    }
    this.alarms = alarms;
  }
}
