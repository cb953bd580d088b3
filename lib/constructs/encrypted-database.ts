import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { DATABASE_DEFAULTS, SUBNET_GROUPS } from './defaults';
import { invalidProp, isKnown, warnWeakened } from './support';

export interface EncryptedDatabaseProps {
  readonly vpc: ec2.IVpc;
  /** Subnets for the instance. @default - the `Data` subnet group of an InternetFirstNetwork */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /** @default rds.PostgresEngineVersion.VER_17_9 */
  readonly engineVersion?: rds.PostgresEngineVersion;
  /** @default db.t4g.medium */
  readonly instanceType?: ec2.InstanceType;
  /** Storage in GiB, at least 20. @default 50 */
  readonly allocatedStorage?: number;
  /** Key for storage, Performance Insights and the credentials secret. @default - a new DataKey (child `Key`) */
  readonly encryptionKey?: kms.IKey;
  /** Database created at launch. @default - none (the engine's `postgres` database) */
  readonly databaseName?: string;
  /** Master user name; its password is generated into Secrets Manager. @default palisade_admin */
  readonly username?: string;
  /** Days of automated backups, 1 to 35. Less than 14 emits `@palisade/encrypted-database:short-backup-retention`. @default 14 days */
  readonly backupRetention?: Duration;
  /** Standby in a second zone. Turning it off emits `@palisade/encrypted-database:single-az`. @default true */
  readonly multiAz?: boolean;
  /** Turning it off emits `@palisade/encrypted-database:deletion-unprotected`. @default true */
  readonly deletionProtection?: boolean;
  /** IAM database authentication. Turning it off emits `@palisade/encrypted-database:no-iam-auth`. @default true */
  readonly iamAuthentication?: boolean;
  /** How often the master password rotates, 1 to 365 days. @default 30 days */
  readonly rotationInterval?: Duration;
  /**
   * Peers allowed to connect on the database port (more with `allowFrom`). Any
   * peer covering the whole internet emits `@palisade/encrypted-database:open-to-internet`.
   * @default - none
   */
  readonly allowedPeers?: ec2.IPeer[];
  /**
   * Extra parameter group values, merged over the secure ones. Setting `rds.force_ssl`
   * to `0` emits `@palisade/encrypted-database:tls-not-forced`.
   * @default - none
   */
  readonly parameters?: Record<string, string>;
  /**
   * An AWS Backup plan for the instance (daily backups kept 35 days, monthly kept a
   * year) in a vault encrypted with the key that refuses recovery-point deletion.
   * Turning it off emits `@palisade/encrypted-database:no-backup-plan`.
   * @default true
   */
  readonly backupPlan?: boolean;
  /**
   * Vault Lock on the backup vault. `compliance` becomes immutable after a 3-day grace
   * period: from then on nobody, root included, can delete recovery points before
   * they expire or remove the lock. Anything else emits `@palisade/encrypted-database:backup-vault-unlocked`.
   * @default 'compliance'
   */
  readonly backupVaultLock?: 'compliance' | 'governance' | false;
  /** Port the database listens on. @default 5432 */
  readonly port?: number;
  /** @default RemovalPolicy.SNAPSHOT */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * RDS for PostgreSQL in the data tier: KMS-encrypted storage, TLS forced by the
 * parameter group, IAM authentication, a generated master password in Secrets
 * Manager rotated every 30 days, 14 days of backups, deletion protection, multi-AZ,
 * logs exported to CloudWatch, Enhanced Monitoring and encrypted Performance
 * Insights. Its security group admits nobody until `allowFrom` names a peer.
 */
export class EncryptedDatabase extends Construct implements ec2.IConnectable {
  public readonly instance: rds.DatabaseInstance;
  public readonly connections: ec2.Connections;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly encryptionKey: kms.IKey;
  public readonly secret: secretsmanager.ISecret;
  public readonly parameterGroup: rds.ParameterGroup;
  /** Port the database listens on. */
  public readonly port: number;
  public readonly backupVault?: backup.BackupVault;
  public readonly backupPlan?: backup.BackupPlan;

  constructor(scope: Construct, id: string, props: EncryptedDatabaseProps) {
    super(scope, id);
    const backupRetention = props.backupRetention ?? DATABASE_DEFAULTS.backupRetention;
    const backupDays = backupRetention.toDays();
    if (isKnown(backupDays) && (backupDays < 1 || backupDays > 35))
      invalidProp(this, 'backupRetention', backupRetention, 'use 1 to 35 days');
    if (isKnown(backupDays) && backupDays < DATABASE_DEFAULTS.minimumBackupRetention.toDays()) {
      warnWeakened(
        this,
        'encrypted-database',
        'short-backup-retention',
        `backupRetention is ${backupDays} days: less than the 14 days needed to recover from an incident found a week late`,
      );
    }
    const storage = props.allocatedStorage ?? DATABASE_DEFAULTS.allocatedStorageGiB;
    if (isKnown(storage) && (!Number.isInteger(storage) || storage < 20 || storage > 65536)) {
      invalidProp(this, 'allocatedStorage', storage, 'use a whole number of GiB from 20 to 65536');
    }
    const rotation = props.rotationInterval ?? DATABASE_DEFAULTS.rotationInterval;
    const rotationDays = rotation.toDays({ integral: false });
    if (isKnown(rotationDays) && (rotationDays < 1 || rotationDays > 365))
      invalidProp(this, 'rotationInterval', rotation, 'use 1 to 365 days');
    const parameters: Record<string, string> = {
      'rds.force_ssl': '1',
      ssl_min_protocol_version: 'TLSv1.2',
      password_encryption: 'scram-sha-256',
      log_connections: '1',
      log_disconnections: '1',
      ...props.parameters,
    };
    if (parameters['rds.force_ssl'] !== '1') {
      warnWeakened(
        this,
        'encrypted-database',
        'tls-not-forced',
        `parameters sets rds.force_ssl to '${parameters['rds.force_ssl']}': clients may connect without TLS (NCSC principle 1)`,
      );
    }
    if (props.multiAz === false)
      warnWeakened(
        this,
        'encrypted-database',
        'single-az',
        'multiAz is false: the database does not survive the loss of its zone',
      );
    if (props.deletionProtection === false)
      warnWeakened(
        this,
        'encrypted-database',
        'deletion-unprotected',
        'deletionProtection is false: the database can be deleted in one API call',
      );
    if (props.iamAuthentication === false)
      warnWeakened(
        this,
        'encrypted-database',
        'no-iam-auth',
        'iamAuthentication is false: every client needs a long-lived database password',
      );

    this.port = props.port ?? 5432;
    if (isKnown(this.port) && (!Number.isInteger(this.port) || this.port < 1150 || this.port > 65535)) {
      invalidProp(this, 'port', this.port, 'use a whole number from 1150 to 65535 (the range RDS accepts)');
    }
    this.encryptionKey = props.encryptionKey ?? new DataKey(this, 'Key', { description: `Database ${this.node.path}` });
    const engine = rds.DatabaseInstanceEngine.postgres({ version: props.engineVersion ?? rds.PostgresEngineVersion.VER_17_9 });
    this.parameterGroup = new rds.ParameterGroup(this, 'Parameters', {
      engine,
      description: `Secure settings of ${this.node.path}`,
      parameters,
    });
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `Database ${this.node.path}: no access until a peer is allowed`,
      allowAllOutbound: false,
    });

    this.instance = new rds.DatabaseInstance(this, 'Resource', {
      engine,
      instanceType: props.instanceType ?? DATABASE_DEFAULTS.instanceType,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets ?? { subnetGroupName: SUBNET_GROUPS.data },
      securityGroups: [this.securityGroup],
      port: this.port,
      credentials: rds.Credentials.fromGeneratedSecret(props.username ?? DATABASE_DEFAULTS.username, {
        encryptionKey: this.encryptionKey,
      }),
      databaseName: props.databaseName,
      storageEncrypted: true,
      storageEncryptionKey: this.encryptionKey,
      storageType: rds.StorageType.GP3,
      allocatedStorage: storage,
      multiAz: props.multiAz ?? true,
      iamAuthentication: props.iamAuthentication ?? true,
      backupRetention,
      deletionProtection: props.deletionProtection ?? true,
      copyTagsToSnapshot: true,
      publiclyAccessible: false,
      autoMinorVersionUpgrade: true,
      parameterGroup: this.parameterGroup,
      cloudwatchLogsExports: [...DATABASE_DEFAULTS.cloudwatchLogsExports],
      monitoringInterval: DATABASE_DEFAULTS.monitoringInterval,
      enablePerformanceInsights: true,
      performanceInsightEncryptionKey: this.encryptionKey,
      caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.SNAPSHOT,
    });
    // The port as a literal (the instance's own connections use its Endpoint.Port attribute), so that checks can read the rules.
    this.connections = new ec2.Connections({ securityGroups: [this.securityGroup], defaultPort: ec2.Port.tcp(this.port) });
    this.secret = this.instance.secret!;
    this.instance.addRotationSingleUser({ automaticallyAfter: rotation });
    Validations.of(this.instance).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]',
      reason:
        'AmazonRDSEnhancedMonitoringRole is the policy RDS documents for Enhanced Monitoring: it lets RDS write OS metrics to the RDSOSMetrics log group and nothing else.',
    });
    Validations.of(this.instance).acknowledge({
      id: 'AwsSolutions-RDS11',
      reason:
        'The PostgreSQL default port is kept: a non-standard port is obscurity, not a control; the security group admits only the peers named through allowFrom, in the data tier with no route off the VPC.',
    });

    if (props.backupPlan ?? true) {
      const lock = props.backupVaultLock ?? 'compliance';
      if (lock !== 'compliance') {
        warnWeakened(
          this,
          'encrypted-database',
          'backup-vault-unlocked',
          `backupVaultLock is ${lock}: an administrator (or an intruder with their rights) can delete recovery points or the lock itself`,
        );
      }
      this.backupVault = new backup.BackupVault(this, 'BackupVault', {
        encryptionKey: this.encryptionKey,
        blockRecoveryPointDeletion: true,
        removalPolicy: RemovalPolicy.RETAIN,
        lockConfiguration: lock
          ? {
              minRetention: DATABASE_DEFAULTS.vaultMinRetention,
              changeableFor: lock === 'compliance' ? DATABASE_DEFAULTS.vaultLockGracePeriod : undefined,
            }
          : undefined,
      });
      // With the deletions CDK denies, also deny replacing this policy, the way around them.
      this.backupVault.addToAccessPolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['backup:PutBackupVaultAccessPolicy'],
          resources: ['*'],
        }),
      );
      this.backupPlan = new backup.BackupPlan(this, 'BackupPlan', {
        backupVault: this.backupVault,
        backupPlanRules: [
          new backup.BackupPlanRule({
            ruleName: 'Daily35Days',
            scheduleExpression: events.Schedule.cron({ hour: '3', minute: '0' }),
            deleteAfter: Duration.days(35),
          }),
          backup.BackupPlanRule.monthly1Year(),
        ],
      });
      const selection = this.backupPlan.addSelection('Database', {
        resources: [backup.BackupResource.fromRdsDatabaseInstance(this.instance)],
      });
      Validations.of(selection).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
        reason:
          'AWSBackupServiceRolePolicyForBackup is the role policy AWS Backup documents for taking backups; AWS keeps it in step with the services Backup supports.',
      });
    } else {
      warnWeakened(
        this,
        'encrypted-database',
        'no-backup-plan',
        'backupPlan is false: the only backups are RDS automated backups, which are kept at most 35 days and deleted with the instance',
      );
    }

    for (const peer of props.allowedPeers ?? []) this.allowFrom(peer);
  }

  /** Admits a peer (a security group, a connectable such as a Lambda function, or a CIDR) on the database port. */
  public allowFrom(other: ec2.IConnectable | ec2.IPeer, description?: string): void {
    const peer = isPeer(other) ? other : undefined;
    if (peer && (peer.uniqueId === '0.0.0.0/0' || peer.uniqueId === '::/0')) {
      warnWeakened(
        this,
        'encrypted-database',
        'open-to-internet',
        `allowFrom ${peer.uniqueId}: the database port is open to every address`,
      );
    }
    this.connections.allowDefaultPortFrom(
      other,
      description ??
        `Database clients: ${isPeer(other) ? other.uniqueId : other.connections.securityGroups.map((g) => g.node.path).join(', ')}`,
    );
  }

  /** Lets the grantee connect as `dbUser` with IAM authentication. */
  public grantConnect(grantee: iam.IGrantable, dbUser: string): iam.Grant {
    return this.instance.grantConnect(grantee, dbUser);
  }
}

function isPeer(x: ec2.IConnectable | ec2.IPeer): x is ec2.IPeer {
  return 'uniqueId' in x && 'toIngressRuleConfig' in x;
}
