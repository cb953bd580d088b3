/**
 * A deliberately weak stack, so that `npm run demo` shows real findings and their
 * fixes beside the clean reference environment. Every weakness is on purpose and
 * commented with the Palisade rule that catches it; do not copy any of it.
 */
import { RemovalPolicy, Size, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class WeakStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    // No flow logs (VpcFlowLogsEnabled), public addresses on launch (SubnetNoAutoAssignPublicIp),
    // private subnets straight to a NAT and the internet gateway, no firewall (VpcInternetPathInspectedByNetworkFirewall).
    const vpc = new ec2.Vpc(this, 'Vpc', {
      availabilityZones: [`${this.region}a`, `${this.region}b`],
      natGateways: 1,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: true },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      ],
    });

    // SSH and PostgreSQL open to the whole internet (SecurityGroupNoPublicSsh, SecurityGroupNoPublicAdminPorts).
    const open = new ec2.SecurityGroup(this, 'Open', { vpc, description: 'everything from everywhere' });
    open.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22));
    open.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432));

    // No TLS-only policy, no versioning, no access logs, S3-managed keys only.
    new s3.Bucket(this, 'Uploads', { encryption: s3.BucketEncryption.S3_MANAGED, removalPolicy: RemovalPolicy.DESTROY });

    // An unencrypted disk (Ec2EbsVolumeEncrypted).
    new ec2.Volume(this, 'Scratch', { availabilityZone: `${this.region}a`, size: Size.gibibytes(20), encrypted: false });

    // A public, unencrypted, single-AZ database with a password in the template and no backups.
    const subnets = new rds.CfnDBSubnetGroup(this, 'DbSubnets', {
      dbSubnetGroupDescription: 'public subnets',
      subnetIds: vpc.publicSubnets.map((s) => s.subnetId),
    });
    new rds.CfnDBInstance(this, 'Database', {
      engine: 'postgres',
      dbInstanceClass: 'db.t4g.micro',
      allocatedStorage: '20',
      masterUsername: 'postgres',
      masterUserPassword: 'ChangeMe123!',
      publiclyAccessible: true,
      storageEncrypted: false,
      multiAz: false,
      backupRetentionPeriod: 0,
      dbSubnetGroupName: subnets.ref,
      vpcSecurityGroups: [open.securityGroupId],
    });

    // Administrator access for a function anyone on the internet can call.
    const role = new iam.Role(this, 'AdminRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],
    });
    const fn = new lambda.Function(this, 'Api', {
      runtime: lambda.Runtime.NODEJS_18_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
      role,
    });
    fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
  }
}
