import { CfnElement, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as accessanalyzer from 'aws-cdk-lib/aws-accessanalyzer';
import * as config from 'aws-cdk-lib/aws-config';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as securityhub from 'aws-cdk-lib/aws-securityhub';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { PASSWORD_POLICY_DEFAULTS } from './defaults';
import { EncryptedBucket } from './encrypted-bucket';
import { ManagedPolicyRole } from './managed-policy-role';
import {
  AWS_CUSTOM_RESOURCE_PROVIDER_ID,
  acknowledgeProvider,
  denyEventsFromOtherAccounts,
  invalidProp,
  isKnown,
  literalOr,
  warnWeakened,
} from './support';

/** The IAM account password policy, as IAM's UpdateAccountPasswordPolicy takes it. */
export interface PasswordPolicy {
  /** 6 to 128; below 12 emits `@palisade/account-baseline:short-passwords`. @default 14 */
  readonly minimumPasswordLength?: number;
  /** Previous passwords that cannot be reused, 0 to 24. @default 24 */
  readonly passwordReusePrevention?: number;
  /** Days before a password expires, 0 (never) to 1095. @default 0 */
  readonly maxPasswordAge?: number;
  /** @default false */
  readonly requireSymbols?: boolean;
  /** @default false */
  readonly requireNumbers?: boolean;
  /** @default false */
  readonly requireUppercaseCharacters?: boolean;
  /** @default false */
  readonly requireLowercaseCharacters?: boolean;
  /** @default true */
  readonly allowUsersToChangePassword?: boolean;
}

export interface AccountBaselineProps {
  /**
   * Record every resource type, global ones included, with AWS Config. Set false
   * only where Control Tower or an organisation already records; it emits
   * `@palisade/account-baseline:no-config-recorder`.
   * @default true
   */
  readonly configRecorder?: boolean;
  /** Bucket for Config snapshots and history. @default - an EncryptedBucket (child `ConfigBucket`) */
  readonly configBucket?: s3.IBucket;
  /** Key for the Config bucket, the delivery channel and the findings topic. @default - a new DataKey (child `Key`) */
  readonly encryptionKey?: kms.IKey;
  /** Turn on Security Hub. Turning it off emits `@palisade/account-baseline:no-security-hub`. @default true */
  readonly securityHub?: boolean;
  /**
   * Security Hub standards, as ARN suffixes after `standards/`.
   * @default ['aws-foundational-security-best-practices/v/1.0.0']
   */
  readonly securityHubStandards?: string[];
  /** Topic for Security Hub findings. @default - a new KMS-encrypted, TLS-only topic (child `Findings`) */
  readonly findingsTopic?: sns.ITopic;
  /** Security Hub severities routed to the topic. Leaving out HIGH or CRITICAL emits `@palisade/account-baseline:findings-dropped`. @default ['CRITICAL', 'HIGH'] */
  readonly findingSeverities?: string[];
  /** Email addresses subscribed to the findings topic. @default - none */
  readonly notificationEmails?: string[];
  /** IAM Access Analyzer zone of trust; false turns it off and emits `@palisade/account-baseline:no-access-analyzer`. @default 'ACCOUNT' */
  readonly accessAnalyzer?: 'ACCOUNT' | 'ORGANIZATION' | false;
  /** Turn on EBS encryption by default in this region. False emits `@palisade/account-baseline:no-ebs-encryption-by-default`. @default true */
  readonly ebsEncryptionByDefault?: boolean;
  /** Block public access to S3 for the whole account. False emits `@palisade/account-baseline:no-s3-account-public-access-block`. @default true */
  readonly s3AccountPublicAccessBlock?: boolean;
  /**
   * IAM password policy, merged over the Cyber Essentials defaults; false leaves the
   * account's policy alone and emits `@palisade/account-baseline:no-password-policy`.
   * @default - 14 characters minimum, no maximum, last 24 not reusable, no forced expiry or complexity
   */
  readonly passwordPolicy?: PasswordPolicy | false;
}

/** Object Lock (governance) retention of Config snapshots and history in the default bucket. */
export const CONFIG_OBJECT_LOCK_DAYS = 365;

export const FOUNDATIONAL_STANDARD = 'aws-foundational-security-best-practices/v/1.0.0';

/**
 * The account settings every Palisade environment stands on: AWS Config recording
 * everything, Security Hub with AWS Foundational Security Best Practices, IAM Access
 * Analyzer, EBS encryption by default, the account-level S3 public access block and a
 * password policy meeting Cyber Essentials. The last three have no CloudFormation
 * type and are set through SDK calls at deployment; deleting the stack leaves them
 * in place on purpose, because removing a baseline must not weaken the account.
 *
 * Config, Security Hub and Access Analyzer are per account and region: deploy one
 * baseline per region you use (and none where Control Tower already does this).
 */
export class AccountBaseline extends Construct {
  public readonly encryptionKey?: kms.IKey;
  public readonly configBucket?: s3.IBucket;
  public readonly recorder?: config.CfnConfigurationRecorder;
  public readonly deliveryChannel?: config.CfnDeliveryChannel;
  public readonly hub?: securityhub.CfnHub;
  public readonly analyzer?: accessanalyzer.CfnAnalyzer;
  /** Topic Security Hub findings are sent to, when Security Hub is on. */
  public readonly findingsTopic?: sns.ITopic;

  constructor(scope: Construct, id: string, props: AccountBaselineProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    const off = (prop: string, what: string, why: string) =>
      warnWeakened(this, 'account-baseline', what, `${prop} is false: ${why}`);

    const recording = props.configRecorder ?? true;
    const hub = props.securityHub ?? true;
    if (recording || (hub && !props.findingsTopic)) {
      this.encryptionKey =
        props.encryptionKey ??
        new DataKey(this, 'Key', { description: `Config delivery and security findings of ${this.node.path}` });
    }
    const key = this.encryptionKey;

    if (recording) {
      if (key instanceof DataKey) key.allowServicePrincipal('config.amazonaws.com');
      const own = props.configBucket
        ? undefined
        : new EncryptedBucket(this, 'ConfigBucket', {
            encryptionKey: key,
            objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(CONFIG_OBJECT_LOCK_DAYS)),
            writtenOnlyBy: 'AWS Config delivery',
          });
      const bucket = props.configBucket ?? own!.bucket;
      this.configBucket = bucket;
      const prefix = `AWSLogs/${stack.account}/Config/*`;
      const role = new ManagedPolicyRole(this, 'ConfigRole', {
        assumedBy: new iam.ServicePrincipal('config.amazonaws.com'),
        description: 'AWS Config recorder',
        managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWS_ConfigRole')],
      });
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects(prefix)] }),
      );
      role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetBucketAcl'], resources: [bucket.bucketArn] }));
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [key!.keyArn] }),
      );
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWS_ConfigRole]',
        reason:
          'AWS_ConfigRole is the policy AWS Config documents for recorders; AWS extends it as Config learns new resource types, which a hand-written list would miss.',
      });
      if (own) {
        const bucketId = stack.getLogicalId(own.bucket.node.defaultChild as CfnElement);
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/AWSLogs/${literalOr(stack.account, '<AWS::AccountId>')}/Config/*]`,
          reason:
            'Config writes objects under its own AWSLogs/<account>/Config/ prefix with region and date in the key; the wildcard covers only that prefix of the Config bucket.',
        });
      }
      const sourceAccount = { StringEquals: { 'aws:SourceAccount': stack.account } };
      const configService = new iam.ServicePrincipal('config.amazonaws.com');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'ConfigBucketCheck',
          principals: [configService],
          actions: ['s3:GetBucketAcl', 's3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: sourceAccount,
        }),
      );
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'ConfigDelivery',
          principals: [configService],
          actions: ['s3:PutObject'],
          resources: [bucket.arnForObjects(prefix)],
          conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 's3:x-amz-acl': 'bucket-owner-full-control' } },
        }),
      );
      this.recorder = new config.CfnConfigurationRecorder(this, 'Recorder', {
        roleArn: role.roleArn,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        recordingMode: { recordingFrequency: 'CONTINUOUS' },
      });
      this.deliveryChannel = new config.CfnDeliveryChannel(this, 'DeliveryChannel', {
        s3BucketName: bucket.bucketName,
        s3KmsKeyArn: key!.keyArn,
        configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' },
      });
      this.deliveryChannel.node.addDependency(this.recorder);
    } else {
      if (props.configBucket)
        invalidProp(this, 'configBucket', props.configBucket.node.path, 'it is used only when configRecorder is true');
      off(
        'configRecorder',
        'no-config-recorder',
        'resource configuration is not recorded, so neither drift nor runtime compliance can be shown',
      );
    }

    if (hub) {
      this.hub = new securityhub.CfnHub(this, 'SecurityHub', {
        enableDefaultStandards: false,
        controlFindingGenerator: 'SECURITY_CONTROL',
        autoEnableControls: true,
      });
      for (const standard of props.securityHubStandards ?? [FOUNDATIONAL_STANDARD]) {
        if (isKnown(standard) && !/^[a-z0-9-]+\/v\/[0-9.]+$/.test(standard)) {
          invalidProp(
            this,
            'securityHubStandards',
            standard,
            `give the part of the standard's ARN after 'standards/', e.g. '${FOUNDATIONAL_STANDARD}'`,
          );
        }
        const s = new securityhub.CfnStandard(
          this,
          `Standard${standard.split('/')[0].replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}`,
          {
            standardsArn: `arn:${stack.partition}:securityhub:${stack.region}::standards/${standard}`,
          },
        );
        s.node.addDependency(this.hub);
      }
      this.findingsTopic = this.routeFindings(props, key);
    } else {
      off(
        'securityHub',
        'no-security-hub',
        'findings from GuardDuty, Config and Access Analyzer are not aggregated or scored against a standard',
      );
    }

    const analyzer = props.accessAnalyzer ?? 'ACCOUNT';
    if (analyzer) {
      this.analyzer = new accessanalyzer.CfnAnalyzer(this, 'AccessAnalyzer', { type: analyzer });
    } else {
      off('accessAnalyzer', 'no-access-analyzer', 'resources shared outside the account are not detected');
    }

    const calls: { id: string; call: cr.AwsSdkCall; action: string }[] = [];
    if (props.ebsEncryptionByDefault ?? true) {
      calls.push({
        id: 'EbsEncryptionByDefault',
        action: 'ec2:EnableEbsEncryptionByDefault',
        call: {
          service: 'EC2',
          action: 'EnableEbsEncryptionByDefault',
          parameters: {},
          physicalResourceId: cr.PhysicalResourceId.of('ebs-encryption-by-default'),
        },
      });
    } else {
      off(
        'ebsEncryptionByDefault',
        'no-ebs-encryption-by-default',
        'new EBS volumes and snapshot copies can be created unencrypted',
      );
    }
    if (props.s3AccountPublicAccessBlock ?? true) {
      calls.push({
        id: 'S3AccountPublicAccessBlock',
        action: 's3:PutAccountPublicAccessBlock',
        call: {
          service: 'S3Control',
          action: 'PutPublicAccessBlock',
          parameters: {
            AccountId: stack.account,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
          },
          physicalResourceId: cr.PhysicalResourceId.of('s3-account-public-access-block'),
        },
      });
    } else {
      off('s3AccountPublicAccessBlock', 'no-s3-account-public-access-block', 'a bucket without its own block can be made public');
    }
    if (props.passwordPolicy !== false) {
      const policy = this.passwordPolicyOf(props.passwordPolicy ?? {});
      calls.push({
        id: 'PasswordPolicy',
        action: 'iam:UpdateAccountPasswordPolicy',
        call: {
          service: 'IAM',
          action: 'UpdateAccountPasswordPolicy',
          parameters: {
            MinimumPasswordLength: policy.minimumPasswordLength,
            PasswordReusePrevention: policy.passwordReusePrevention,
            ...(policy.maxPasswordAge ? { MaxPasswordAge: policy.maxPasswordAge } : {}),
            RequireSymbols: policy.requireSymbols,
            RequireNumbers: policy.requireNumbers,
            RequireUppercaseCharacters: policy.requireUppercaseCharacters,
            RequireLowercaseCharacters: policy.requireLowercaseCharacters,
            AllowUsersToChangePassword: policy.allowUsersToChangePassword,
            HardExpiry: false,
          },
          physicalResourceId: cr.PhysicalResourceId.of('account-password-policy'),
        },
      });
    } else {
      off('passwordPolicy', 'no-password-policy', 'IAM user passwords are governed by whatever policy the account already has');
    }
    for (const { id: callId, call, action } of calls) {
      const resource = new cr.AwsCustomResource(this, callId, {
        onCreate: call,
        onUpdate: call,
        policy: cr.AwsCustomResourcePolicy.fromStatements([new iam.PolicyStatement({ actions: [action], resources: ['*'] })]),
        installLatestAwsSdk: false,
      });
      Validations.of(resource).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: `${action} is an account-level setting with no resource-level permissions: IAM accepts only Resource "*", and the call changes the deploying account alone.`,
      });
    }
    if (calls.length) acknowledgeProvider(this, AWS_CUSTOM_RESOURCE_PROVIDER_ID);
  }

  /** Security Hub findings of the chosen severities, new and active, to an encrypted topic. */
  private routeFindings(props: AccountBaselineProps, key: kms.IKey | undefined): sns.ITopic {
    const severities = props.findingSeverities ?? ['CRITICAL', 'HIGH'];
    for (const s of severities) {
      if (!['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].includes(s))
        invalidProp(this, 'findingSeverities', s, 'use CRITICAL, HIGH, MEDIUM, LOW or INFORMATIONAL');
    }
    if (!severities.includes('HIGH') || !severities.includes('CRITICAL')) {
      warnWeakened(
        this,
        'account-baseline',
        'findings-dropped',
        `findingSeverities is ${severities.join(', ')}: high or critical Security Hub findings are not reported`,
      );
    }
    let topic = props.findingsTopic;
    if (!topic) {
      if (key instanceof DataKey) key.allowServicePrincipal('events.amazonaws.com', { sourceAccountCondition: false });
      topic = new sns.Topic(this, 'Findings', { displayName: 'Security Hub findings', masterKey: key, enforceSSL: true });
      denyEventsFromOtherAccounts(topic);
    }
    for (const email of props.notificationEmails ?? []) {
      if (isKnown(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        invalidProp(this, 'notificationEmails', email, 'give email addresses');
      topic.addSubscription(new subs.EmailSubscription(email));
    }
    new events.Rule(this, 'SecurityHubFindings', {
      description: `Security Hub findings of severity ${severities.join(', ')}, new and active`,
      eventPattern: {
        source: ['aws.securityhub'],
        detailType: ['Security Hub Findings - Imported'],
        detail: { findings: { Severity: { Label: severities }, Workflow: { Status: ['NEW'] }, RecordState: ['ACTIVE'] } },
      },
      targets: [new eventTargets.SnsTopic(topic)],
    });
    return topic;
  }

  private passwordPolicyOf(given: PasswordPolicy): Required<PasswordPolicy> {
    const p: Required<PasswordPolicy> = {
      minimumPasswordLength: given.minimumPasswordLength ?? PASSWORD_POLICY_DEFAULTS.minimumPasswordLength,
      passwordReusePrevention: given.passwordReusePrevention ?? PASSWORD_POLICY_DEFAULTS.passwordReusePrevention,
      maxPasswordAge: given.maxPasswordAge ?? PASSWORD_POLICY_DEFAULTS.maxPasswordAge,
      requireSymbols: given.requireSymbols ?? PASSWORD_POLICY_DEFAULTS.requireSymbols,
      requireNumbers: given.requireNumbers ?? PASSWORD_POLICY_DEFAULTS.requireNumbers,
      requireUppercaseCharacters: given.requireUppercaseCharacters ?? PASSWORD_POLICY_DEFAULTS.requireUppercaseCharacters,
      requireLowercaseCharacters: given.requireLowercaseCharacters ?? PASSWORD_POLICY_DEFAULTS.requireLowercaseCharacters,
      allowUsersToChangePassword: given.allowUsersToChangePassword ?? PASSWORD_POLICY_DEFAULTS.allowUsersToChangePassword,
    };
    const length = p.minimumPasswordLength;
    if (!Number.isInteger(length) || length < 6 || length > 128)
      invalidProp(this, 'passwordPolicy.minimumPasswordLength', length, 'use 6 to 128 characters');
    if (length < PASSWORD_POLICY_DEFAULTS.cyberEssentialsMinimumLength) {
      warnWeakened(
        this,
        'account-baseline',
        'short-passwords',
        `passwordPolicy.minimumPasswordLength is ${length}: Cyber Essentials asks for at least 12 characters where passwords are the only factor`,
      );
    }
    const reuse = p.passwordReusePrevention;
    if (!Number.isInteger(reuse) || reuse < 0 || reuse > 24)
      invalidProp(this, 'passwordPolicy.passwordReusePrevention', reuse, 'use 0 to 24 passwords');
    const age = p.maxPasswordAge;
    if (!Number.isInteger(age) || age < 0 || age > 1095)
      invalidProp(this, 'passwordPolicy.maxPasswordAge', age, 'use 0 (never) to 1095 days');
    return p;
  }
}
