import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { EncryptedDatabase, InternetFirstNetwork } from '../../lib/constructs';
import { ENV, testApp } from './harness';

describe('EncryptedDatabase with default props', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    stack = new Stack(testApp(), 'Db', { env: ENV });
    const network = new InternetFirstNetwork(stack, 'Network');
    const db = new EncryptedDatabase(stack, 'Database', { vpc: network.vpc });
    const client = new ec2.SecurityGroup(stack, 'Client', { vpc: network.vpc });
    db.allowFrom(client);
    template = Template.fromStack(stack);
  });

  it('is encrypted, multi-AZ, IAM-authenticated, deletion-protected and private', () => {
    template.hasResourceProperties('AWS::RDS::DBInstance', {
      Engine: 'postgres',
      StorageEncrypted: true,
      KmsKeyId: Match.anyValue(),
      MultiAZ: true,
      EnableIAMDatabaseAuthentication: true,
      DeletionProtection: true,
      PubliclyAccessible: false,
      BackupRetentionPeriod: 14,
      EnableCloudwatchLogsExports: ['postgresql', 'upgrade'],
      EnablePerformanceInsights: true,
      PerformanceInsightsKMSKeyId: Match.anyValue(),
      MonitoringInterval: 60,
      CACertificateIdentifier: 'rds-ca-rsa2048-g1',
    });
  });

  it('forces TLS 1.2+ in the parameter group', () => {
    template.hasResourceProperties('AWS::RDS::DBParameterGroup', {
      Parameters: Match.objectLike({
        'rds.force_ssl': '1',
        ssl_min_protocol_version: 'TLSv1.2',
        password_encryption: 'scram-sha-256',
      }),
    });
  });

  it('lives in the data tier', () => {
    const group = Object.values(template.findResources('AWS::RDS::DBSubnetGroup'))[0];
    const subnets = group.Properties.SubnetIds.map((r: { Ref: string }) => r.Ref);
    expect(subnets.every((id: string) => id.startsWith('NetworkData'))).toBe(true);
  });

  it('generates the master password into an encrypted secret rotated every 30 days', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: Match.anyValue(),
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'password' }),
    });
    template.hasResourceProperties('AWS::SecretsManager::RotationSchedule', {
      RotationRules: { ScheduleExpression: 'rate(30 days)' },
    });
  });

  it('admits only the peers it is given, on the database port', () => {
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 5432,
      ToPort: 5432,
      SourceSecurityGroupId: Match.anyValue(),
    });
    const sg = Object.entries(template.findResources('AWS::EC2::SecurityGroup')).find(([id]) =>
      id.startsWith('DatabaseSecurityGroup'),
    )![1];
    expect(sg.Properties.SecurityGroupIngress).toBeUndefined();
  });

  it('is backed up by AWS Backup into a compliance-locked vault that refuses deletion', () => {
    template.hasResourceProperties('AWS::Backup::BackupVault', {
      LockConfiguration: { MinRetentionDays: 7, ChangeableForDays: 3 },
      AccessPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: Match.arrayWith(['backup:DeleteRecoveryPoint']) }),
          Match.objectLike({ Effect: 'Deny', Action: 'backup:PutBackupVaultAccessPolicy' }),
        ]),
      },
    });
    template.resourceCountIs('AWS::Backup::BackupSelection', 1);
  });

  it('emits no warning', () => {
    Annotations.fromStack(stack).hasNoWarning('/Db/Database', Match.anyValue());
  });
});

describe('EncryptedDatabase props', () => {
  const build = (props: object) => {
    const stack = new Stack(new App(), 'Db', { env: ENV });
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      availabilityZones: ['eu-west-2a', 'eu-west-2b'],
      subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    const db = new EncryptedDatabase(stack, 'Database', { vpc, ...props });
    return { stack, db };
  };

  it('warns when a default is weakened, including a database open to the internet', () => {
    const { stack, db } = build({
      multiAz: false,
      deletionProtection: false,
      backupRetention: Duration.days(7),
      parameters: { 'rds.force_ssl': '0' },
      backupVaultLock: 'governance',
    });
    db.allowFrom(ec2.Peer.anyIpv4());
    const a = Annotations.fromStack(stack);
    for (const text of [
      'multiAz is false',
      'deletionProtection is false',
      'backupRetention is 7 days',
      "rds.force_ssl to '0'",
      'backupVaultLock is governance',
      'allowFrom 0.0.0.0/0',
    ]) {
      a.hasWarning('/Db/Database', Match.stringLikeRegexp(text));
    }
  });

  it.each<[string, object, RegExp]>([
    [
      'backups kept 40 days',
      { backupRetention: Duration.days(40) },
      /^backupRetention: 40 days is not allowed; use 1 to 35 days/,
    ],
    [
      '10 GiB of storage',
      { allocatedStorage: 10 },
      /^allocatedStorage: 10 is not allowed; use a whole number of GiB from 20 to 65536/,
    ],
    [
      'rotation every 400 days',
      { rotationInterval: Duration.days(400) },
      /^rotationInterval: 400 days is not allowed; use 1 to 365 days/,
    ],
  ])('rejects %s', (_, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});
