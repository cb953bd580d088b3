import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { KEY_DEFAULTS } from './defaults';
import { invalidProp, isKnown, warnWeakened } from './support';

export interface DataKeyProps {
  /** @default - a description naming the construct path */
  readonly description?: string;
  /** Alias for the key, e.g. `alias/service-data`. @default - no alias */
  readonly alias?: string;
  /**
   * Automatic yearly rotation of the key material. Turning it off emits the
   * `@palisade/data-key:rotation-disabled` warning.
   * @default true
   */
  readonly enableKeyRotation?: boolean;
  /** Period between rotations, 90 to 2560 days. @default 365 days */
  readonly rotationPeriod?: Duration;
  /** Waiting period before a scheduled deletion takes effect, 7 to 30 days. @default 30 days */
  readonly pendingWindow?: Duration;
  /**
   * What happens to the key when it leaves the stack. Anything but RETAIN makes the
   * data it protects unreadable, so other values emit `@palisade/data-key:not-retained`.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /** Principals that may administer (but not use) the key, in addition to IAM in this account. @default - none */
  readonly administrators?: iam.IPrincipal[];
}

const ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];
const USE_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];

/**
 * A customer-managed KMS key for data: rotation on, retained on stack deletion, and
 * a key policy split by purpose instead of CDK's single `kms:*` statement. The
 * account's IAM may administer the key and use it for data operations, grants may
 * only be created for AWS resources (RDS, EBS), and AWS services get exactly the
 * statements they need through `allowCloudWatchLogs`, `allowCloudTrail` and
 * `allowServicePrincipal`, each scoped to this account.
 *
 * It is a `kms.Key`, so it goes anywhere an `IKey` does and keeps the `grant*` methods.
 */
export class DataKey extends kms.Key {
  private readonly allowed = new Set<string>();

  constructor(scope: Construct, id: string, props: DataKeyProps = {}) {
    const root = new iam.AccountRootPrincipal();
    const policy = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          sid: 'KeyAdministrationThroughIam',
          principals: [root],
          actions: ADMIN_ACTIONS,
          resources: ['*'],
        }),
        new iam.PolicyStatement({ sid: 'KeyUseThroughIam', principals: [root], actions: USE_ACTIONS, resources: ['*'] }),
        new iam.PolicyStatement({
          sid: 'GrantsOnlyForAwsResources',
          principals: [root],
          actions: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
          resources: ['*'],
          conditions: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        }),
      ],
    });
    super(scope, id, {
      description: props.description,
      alias: props.alias,
      enableKeyRotation: props.enableKeyRotation ?? true,
      rotationPeriod: (props.enableKeyRotation ?? true) ? checkedRotation(scope, props.rotationPeriod) : undefined,
      pendingWindow: props.pendingWindow ?? KEY_DEFAULTS.pendingWindow,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      admins: props.administrators,
      policy,
    });

    if (props.enableKeyRotation === false) {
      warnWeakened(
        this,
        'data-key',
        'rotation-disabled',
        'key rotation is disabled: key material that never rotates widens the impact of a compromise (NCSC principle 2.3)',
      );
    }
    if (props.removalPolicy !== undefined && props.removalPolicy !== RemovalPolicy.RETAIN) {
      warnWeakened(
        this,
        'data-key',
        'not-retained',
        `removalPolicy is ${props.removalPolicy}: deleting the stack schedules the key for deletion and makes everything it encrypted unreadable`,
      );
    }
  }

  /**
   * Lets CloudWatch Logs in this region encrypt log groups of this account with the key
   * (the encryption context names the log group, so no other account can use it).
   */
  public allowCloudWatchLogs(): this {
    if (this.once('logs')) {
      const stack = Stack.of(this);
      this.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'CloudWatchLogsOfThisAccount',
          principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
          actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
          resources: ['*'],
          conditions: {
            ArnLike: {
              'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
                service: 'logs',
                resource: 'log-group',
                resourceName: '*',
                arnFormat: ArnFormat.COLON_RESOURCE_NAME,
              }),
            },
          },
        }),
      );
    }
    return this;
  }

  /** Lets CloudTrail encrypt the log files of this account's trails, and nothing else. */
  public allowCloudTrail(): this {
    if (this.once('cloudtrail')) {
      const stack = Stack.of(this);
      const principals = [new iam.ServicePrincipal('cloudtrail.amazonaws.com')];
      this.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'CloudTrailOfThisAccount',
          principals,
          actions: ['kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: {
            StringEquals: { 'aws:SourceAccount': stack.account },
            StringLike: {
              'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${stack.partition}:cloudtrail:*:${stack.account}:trail/*`,
            },
          },
        }),
      );
      this.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'CloudTrailDescribeKey',
          principals,
          actions: ['kms:DescribeKey'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
        }),
      );
    }
    return this;
  }

  /**
   * Lets an AWS service principal (e.g. `events.amazonaws.com` publishing to an
   * encrypted topic) decrypt and generate data keys. The `aws:SourceAccount`
   * condition confines it to this account; pass `sourceAccountCondition: false` only
   * for services that do not send it (CloudWatch alarm actions).
   */
  public allowServicePrincipal(service: string, options: { actions?: string[]; sourceAccountCondition?: boolean } = {}): this {
    if (this.once(`service:${service}`)) {
      const stack = Stack.of(this);
      this.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: `Service${service.split('.')[0].replace(/[^A-Za-z0-9]/g, '')}`,
          principals: [new iam.ServicePrincipal(service)],
          actions: options.actions ?? ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions:
            options.sourceAccountCondition === false ? undefined : { StringEquals: { 'aws:SourceAccount': stack.account } },
        }),
      );
    }
    return this;
  }

  private once(what: string): boolean {
    if (this.allowed.has(what)) return false;
    this.allowed.add(what);
    return true;
  }
}

/** Checked before the key exists, so that the message is Palisade's rather than the L2's. */
function checkedRotation(scope: Construct, period: Duration | undefined): Duration {
  const days = period?.toDays();
  if (isKnown(days) && (days < 90 || days > 2560)) invalidProp(scope, 'rotationPeriod', period, 'use 90 to 2560 days');
  return period ?? KEY_DEFAULTS.rotationPeriod;
}
