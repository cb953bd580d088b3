/**
 * The Palisade reference environment: a complete supplier environment built from
 * the Internet First constructs, in three stacks that deploy in order:
 *
 *   Baseline  account settings (Config, Security Hub, Access Analyzer, EBS and S3
 *             account defaults, password policy) and the CloudTrail audit trail
 *   Network   the Internet First VPC with Network Firewall, and threat detection
 *   Service   the protected ingress in front of a small Lambda service, with its
 *             encrypted database and bucket
 *
 * It synthesizes with no AWS account or credentials: stacks are bound to eu-west-2
 * only, the zones are named (eu-west-2a and eu-west-2b) and nothing needs a lookup.
 */
import { App, Aspects, CfnElement, Duration, RemovalPolicy, Stack, StackProps, Tags, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { Construct } from 'constructs';
import {
  AccountBaseline,
  AuditTrail,
  DataKey,
  EncryptedBucket,
  EncryptedDatabase,
  InternetFirstNetwork,
  LOG_DEFAULTS,
  ManagedPolicyRole,
  ProtectedIngress,
  ThreatDetection,
  UkDataResidency,
} from '../../lib/constructs';
import { PalisadeChecks } from '../../lib/nag';

export interface ReferenceEnvironmentOptions {
  /** Region of every stack. @default 'eu-west-2' */
  readonly region?: string;
  /**
   * Account of every stack. Binding the stacks to one account and region is what lets the
   * baseline stack's GuardDuty, Security Hub and Config count for the service stacks.
   * @default - CDK_DEFAULT_ACCOUNT, else the example account 111111111111
   */
  readonly account?: string;
  /** Where security notifications go. @default - no subscription (add one before go-live) */
  readonly alertEmail?: string;
  /** Domain the service answers on; its certificate is validated through DNS. @default 'service.example.org' */
  readonly domainName?: string;
  /** Register PalisadeChecks and cdk-nag's AwsSolutionsChecks as validation plugins. @default true */
  readonly checks?: boolean;
  /**
   * Tags on every stack: the information asset owner, the data classification and the
   * reference of the DPIA that Internet First requires before go-live. Replace the
   * placeholders with your own.
   * @default owner 'reference-service-iao@example.org', data-classification 'OFFICIAL-SENSITIVE', dpia 'DPIA-EXAMPLE-0001'
   */
  readonly tags?: { owner?: string; dataClassification?: string; dpia?: string };
}

export interface ReferenceEnvironment {
  readonly baseline: BaselineStack;
  readonly network: NetworkStack;
  readonly service: ServiceStack;
}

/** Adds the reference environment's stacks, aspects and checks to an app. */
export function createReferenceEnvironment(app: App, options: ReferenceEnvironmentOptions = {}): ReferenceEnvironment {
  const env = {
    account: options.account ?? process.env.CDK_DEFAULT_ACCOUNT ?? '111111111111',
    region: options.region ?? 'eu-west-2',
  };
  const emails = options.alertEmail ? [options.alertEmail] : [];
  const baseline = new BaselineStack(app, 'PalisadeBaseline', {
    env,
    alarmEmails: emails,
    description: 'Palisade reference environment: account baseline and audit trail',
  });
  const network = new NetworkStack(app, 'PalisadeNetwork', {
    env,
    alertEmails: emails,
    description: 'Palisade reference environment: Internet First network and threat detection',
  });
  const service = new ServiceStack(app, 'PalisadeService', {
    env,
    network: network.network,
    domainName: options.domainName ?? 'service.example.org',
    description: 'Palisade reference environment: protected ingress, service, database and bucket',
  });
  Aspects.of(app).add(new UkDataResidency());
  for (const stack of [baseline, network, service]) {
    Tags.of(stack).add('owner', options.tags?.owner ?? 'reference-service-iao@example.org');
    Tags.of(stack).add('data-classification', options.tags?.dataClassification ?? 'OFFICIAL-SENSITIVE');
    Tags.of(stack).add('dpia', options.tags?.dpia ?? 'DPIA-EXAMPLE-0001');
  }
  if (options.checks ?? true) {
    Validations.of(app).addPlugins(new PalisadeChecks(app), new AwsSolutionsChecks(app));
  }
  return { baseline, network, service };
}

export interface BaselineStackProps extends StackProps {
  readonly alarmEmails?: string[];
}

export class BaselineStack extends Stack {
  public readonly baseline: AccountBaseline;
  public readonly auditTrail: AuditTrail;

  constructor(scope: Construct, id: string, props: BaselineStackProps = {}) {
    super(scope, id, props);
    this.baseline = new AccountBaseline(this, 'AccountBaseline');
    this.auditTrail = new AuditTrail(this, 'AuditTrail', { alarmEmails: props.alarmEmails });
  }
}

export interface NetworkStackProps extends StackProps {
  readonly alertEmails?: string[];
}

export class NetworkStack extends Stack {
  public readonly network: InternetFirstNetwork;
  public readonly threatDetection: ThreatDetection;

  constructor(scope: Construct, id: string, props: NetworkStackProps = {}) {
    super(scope, id, props);
    this.network = new InternetFirstNetwork(this, 'Network', {
      availabilityZones: [`${this.region}a`, `${this.region}b`],
      // The service calls NHS APIs and nothing else on the internet; AWS APIs go through endpoints.
      allowedDomains: ['api.service.nhs.uk', 'sandbox.api.service.nhs.uk'],
    });
    this.threatDetection = new ThreatDetection(this, 'ThreatDetection', { network: this.network, emails: props.alertEmails });
  }
}

export interface ServiceStackProps extends StackProps {
  readonly network: InternetFirstNetwork;
  readonly domainName: string;
}

/** Answers every request with a small JSON document and security headers; stands in for the real service. */
const HANDLER = `
exports.handler = async () => ({
  statusCode: 200,
  statusDescription: '200 OK',
  isBase64Encoded: false,
  headers: {
    'content-type': 'application/json',
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  },
  body: JSON.stringify({ service: 'palisade-reference', status: 'ok' }),
});
`;

export class ServiceStack extends Stack {
  public readonly ingress: ProtectedIngress;
  public readonly database: EncryptedDatabase;
  public readonly documents: EncryptedBucket;
  public readonly handler: lambda.Function;

  constructor(scope: Construct, id: string, props: ServiceStackProps) {
    super(scope, id, props);
    const vpc = props.network.vpc;
    const key = new DataKey(this, 'DataKey', { description: 'Service data: documents, database, function environment and logs' });
    key.allowCloudWatchLogs();

    this.documents = new EncryptedBucket(this, 'Documents', { encryptionKey: key });
    this.database = new EncryptedDatabase(this, 'Database', { vpc, encryptionKey: key, databaseName: 'service' });

    const functionSg = new ec2.SecurityGroup(this, 'FunctionSecurityGroup', {
      vpc,
      description: 'Service function: HTTPS out (the firewall allow-list and VPC endpoints decide where) and the database',
      allowAllOutbound: false,
    });
    functionSg.addEgressRule(
      ec2.Peer.anyIpv4(),
      ec2.Port.tcp(443),
      'HTTPS to VPC endpoints, and to the internet through NAT and the firewall',
    );
    const role = new ManagedPolicyRole(this, 'HandlerRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Palisade reference service function',
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole')],
    });
    this.handler = new lambda.Function(this, 'Handler', {
      role,
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(HANDLER),
      description: 'Palisade reference service',
      vpc,
      vpcSubnets: props.network.applicationSubnets,
      securityGroups: [functionSg],
      timeout: Duration.seconds(10),
      memorySize: 256,
      reservedConcurrentExecutions: 20,
      tracing: lambda.Tracing.ACTIVE,
      environmentEncryption: key,
      environment: {
        DOCUMENTS_BUCKET: this.documents.bucketName,
        DB_HOST: this.database.instance.dbInstanceEndpointAddress,
        DB_USER: 'service_app',
      },
      logGroup: new logs.LogGroup(this, 'HandlerLogs', {
        encryptionKey: key,
        retention: LOG_DEFAULTS.retention,
        removalPolicy: RemovalPolicy.RETAIN,
      }),
    });
    // Exactly the object calls the service makes, rather than grantReadWrite's wildcards.
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [this.documents.bucket.arnForObjects('*')],
      }),
    );
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [key.keyArn] }),
    );
    this.database.allowFrom(this.handler, 'Service function');
    this.database.grantConnect(this.handler, 'service_app');
    this.acknowledgeHandlerFindings(role);

    const certificate = new acm.Certificate(this, 'Certificate', {
      domainName: props.domainName,
      validation: acm.CertificateValidation.fromDns(),
    });
    this.ingress = new ProtectedIngress(this, 'Ingress', {
      vpc,
      certificate,
      lambdaTarget: this.handler,
    });
  }

  /** Each finding the reference service's own function raises, with the reason it stands. */
  private acknowledgeHandlerFindings(role: iam.Role): void {
    const documents = this.getLogicalId(this.documents.bucket.node.defaultChild as CfnElement);
    Validations.of(role).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]',
        reason:
          'AWSLambdaVPCAccessExecutionRole is the AWS-maintained minimum for a VPC function: its network interfaces and its log stream.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${documents}.Arn>/*]`,
        reason:
          'The service reads and writes documents by key in its own bucket; object ARNs are not known in advance, so the grant is every object of that one bucket, for GetObject and PutObject only.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'Active tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions.',
      },
    );
    Validations.of(this.handler).acknowledge(
      {
        id: 'LambdaDlqConfigured',
        reason:
          'The load balancer invokes the function synchronously and returns errors to the caller; a dead-letter queue only ever receives failed asynchronous invocations, and there are none.',
      },
      {
        id: 'LambdaCodeSigningEnforced',
        reason:
          'Reference stand-in service deployed as inline code in the template, which AWS Signer cannot sign; a real service ships a signed artifact from its pipeline with a CodeSigningConfig set to Enforce.',
      },
    );
  }
}
