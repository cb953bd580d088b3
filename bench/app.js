// A generated CDK app of about N resources, synthesized alone or with one validation pack.
//
//   node --require bench/usage.js bench/app.js --n 1000 --mode synth|aws|palisade --out DIR
//
// The stack mixes what a real estate holds (VPC, buckets, security groups, Lambda, IAM roles,
// KMS, SNS, SQS, DynamoDB, RDS, load balancers, a trail), half of it compliant and half not, so
// every pack has findings to report. Phase times (load, build, synth, the pack's own validate())
// are recorded through the preload in bench/usage.js.
'use strict';
const { join, resolve } = require('path');

const now = () => Number(process.hrtime.bigint()) / 1e6;
const bench = globalThis.__bench ?? { phase() {}, time: (_, fn) => fn(), note() {} };

function args(argv) {
  const out = { n: 100, mode: 'synth', out: 'bench/out/cdk.out' };
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  out.n = Number(out.n);
  if (!['synth', 'aws', 'palisade'].includes(out.mode))
    throw new Error(`--mode: unknown mode '${out.mode}' (use synth, aws, palisade)`);
  if (!Number.isInteger(out.n) || out.n < 50) throw new Error(`--n: ${out.n} is not a whole number of at least 50`);
  return out;
}

const opts = args(process.argv.slice(2));

let t = now();
const cdk = require('aws-cdk-lib');
const cloudtrail = require('aws-cdk-lib/aws-cloudtrail');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const ec2 = require('aws-cdk-lib/aws-ec2');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const rds = require('aws-cdk-lib/aws-rds');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const sqs = require('aws-cdk-lib/aws-sqs');
const { Construct } = require('constructs');
// aws-cdk-lib loads lazily; touch what every mode uses so that packLoadMs below holds only the
// pack's own modules (cdk-nag, and for Palisade its compiled engine and catalogue).
void [cdk.App, cdk.Stack, cdk.CfnResource, cdk.Validations, cdk.NestedStack];
bench.phase('cdkLoadMs', now() - t);

t = now();
let plugin;
if (opts.mode === 'aws') plugin = new (require('cdk-nag').AwsSolutionsChecks)();
if (opts.mode === 'palisade') plugin = new (require(resolve(__dirname, '../dist/lib/nag')).PalisadeChecks)();
bench.phase('packLoadMs', now() - t);

const ACCOUNT = '111111111111';
const REGION = 'eu-west-2';

t = now();
const app = new cdk.App({
  outdir: opts.out,
  // Measured synths compare the packs alone: CDK's own CloudFormation validator (on by default
  // since 2.262, several seconds per synth) is switched off in every mode.
  builtinCloudFormationValidation: false,
  analyticsReporting: false,
  context: {
    // Findings are expected; report them to cdk.out/validation-report.json instead of throwing.
    '@aws-cdk/core:failSynthOnValidationErrors': false,
    // CloudFormation deploys at most 500 resources per stack and CDK checks that at synth; the
    // 1,000 and 5,000 sizes are single-template stress cases, so the check is off.
    '@aws-cdk/core:stackResourceLimit': 0,
    // What `cdk synth` would have cached in cdk.context.json after its first lookup.
    [`availability-zones:account=${ACCOUNT}:region=${REGION}`]: ['eu-west-2a', 'eu-west-2b', 'eu-west-2c'],
  },
});
if (plugin) {
  // Time the pack's own work inside synth, without process start-up or CDK's synthesis.
  const validate = plugin.validate.bind(plugin);
  plugin.validate = (context) => bench.time('validateMs', () => validate(context));
  cdk.Validations.of(app).addPlugins(plugin);
}

const stack = new cdk.Stack(app, 'Bench', { env: { account: ACCOUNT, region: REGION } });
const shared = buildShared(stack);
let total = countResources(stack);
const counts = { shared: total };
for (let i = 0; total < opts.n; i++) {
  const unit = new Construct(stack, `Unit${i}`);
  buildUnit(unit, i, shared);
  total += countResources(unit);
}
bench.phase('buildMs', now() - t);

const assembly = bench.time('synthMs', () => app.synth());

const template = assembly.getStackByName('Bench').template;
counts.resources = Object.keys(template.Resources).length;
counts.types = countTypes(template);
bench.note('resources', counts.resources);
bench.note('types', counts.types);
bench.note('template', join(assembly.directory, assembly.getStackByName('Bench').templateFile));
if (plugin?.ruleIds) bench.note('rules', plugin.ruleIds.length);

function countResources(scope) {
  return scope.node.findAll().filter((c) => cdk.CfnResource.isCfnResource(c)).length;
}

function countTypes(tmpl) {
  const byType = {};
  for (const r of Object.values(tmpl.Resources)) byType[r.Type] = (byType[r.Type] ?? 0) + 1;
  return Object.fromEntries(Object.entries(byType).sort((a, b) => b[1] - a[1]));
}

/** What one account's workload stack shares: a VPC with flow logs, an access-log bucket and an encrypted trail. */
function buildShared(scope) {
  const vpc = new ec2.Vpc(scope, 'Vpc', {
    maxAzs: 2,
    natGateways: 1,
    subnetConfiguration: [
      { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
      { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    ],
    flowLogs: { all: { destination: ec2.FlowLogDestination.toCloudWatchLogs() } },
  });
  const logs = new s3.Bucket(scope, 'AccessLogs', {
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
  });
  const trailKey = new kms.Key(scope, 'TrailKey', { enableKeyRotation: true });
  new cloudtrail.Trail(scope, 'Trail', { encryptionKey: trailKey, isMultiRegionTrail: true, enableFileValidation: true });
  return { vpc, logs };
}

/**
 * One service: a bucket, a security group, a function with its role, a workload role, a topic
 * feeding a queue, and a table; every 2nd unit adds a KMS key, every 4th a database, every 5th
 * a load balancer. Settings alternate so that some resources comply and some do not.
 */
function buildUnit(scope, i, { vpc, logs }) {
  const key = i % 2 === 0 ? new kms.Key(scope, 'Key', { enableKeyRotation: i % 4 === 0 }) : undefined;
  const good = i % 2 === 0;

  const bucket = new s3.Bucket(scope, 'Data', {
    encryption: key ? s3.BucketEncryption.KMS : good ? s3.BucketEncryption.S3_MANAGED : undefined,
    encryptionKey: key,
    enforceSSL: good,
    versioned: i % 3 === 0,
    blockPublicAccess: i % 7 === 3 ? undefined : s3.BlockPublicAccess.BLOCK_ALL,
    serverAccessLogsBucket: i % 4 === 0 ? logs : undefined,
    serverAccessLogsPrefix: i % 4 === 0 ? `unit${i}/` : undefined,
  });

  const sg = new ec2.SecurityGroup(scope, 'Sg', { vpc, description: `unit ${i}`, allowAllOutbound: i % 2 === 1 });
  if (i % 3 === 0) sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh from anywhere');
  else if (i % 6 === 1) sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(3389), 'rdp from anywhere');
  else sg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(443), 'https inside the vpc');

  const table = new dynamodb.Table(scope, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption: key ? dynamodb.TableEncryption.CUSTOMER_MANAGED : dynamodb.TableEncryption.DEFAULT,
    encryptionKey: key,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: i % 3 !== 2 },
  });

  const queue = new sqs.Queue(scope, 'Queue', {
    encryption: key ? sqs.QueueEncryption.KMS : i % 3 === 1 ? sqs.QueueEncryption.UNENCRYPTED : sqs.QueueEncryption.SQS_MANAGED,
    encryptionMasterKey: key,
    enforceSSL: good,
  });
  const topic = new sns.Topic(scope, 'Topic', { masterKey: key, enforceSSL: i % 3 === 0 });
  topic.addSubscription(new subs.SqsSubscription(queue));

  const fn = new lambda.Function(scope, 'Fn', {
    runtime: i % 5 === 4 ? lambda.Runtime.NODEJS_16_X : lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
    timeout: cdk.Duration.seconds(10),
    vpc: good ? vpc : undefined,
    securityGroups: good ? [sg] : undefined,
    tracing: i % 3 === 0 ? lambda.Tracing.ACTIVE : undefined,
    reservedConcurrentExecutions: i % 4 === 0 ? 5 : undefined,
    environment: { TABLE: table.tableName, QUEUE: queue.queueUrl },
  });
  table.grantReadWriteData(fn);
  queue.grantSendMessages(fn);

  const role = new iam.Role(scope, 'WorkloadRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
  role.addToPolicy(
    i % 4 === 1
      ? new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] })
      : new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [bucket.arnForObjects('*')] }),
  );

  if (i % 4 === 3) {
    new rds.DatabaseInstance(scope, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      storageEncrypted: i % 8 === 3,
      multiAz: i % 8 === 3,
      deletionProtection: i % 8 === 3,
      backupRetention: cdk.Duration.days(i % 8 === 3 ? 14 : 1),
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
  }

  if (i % 5 === 4) {
    const internetFacing = i % 10 === 4;
    const alb = new elbv2.ApplicationLoadBalancer(scope, 'Alb', {
      vpc,
      internetFacing,
      dropInvalidHeaderFields: !internetFacing,
    });
    alb.addListener('Http', {
      port: 80,
      defaultAction: internetFacing
        ? elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true })
        : elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'ok' }),
    });
    if (internetFacing) {
      alb.addListener('Https', {
        port: 443,
        certificates: [elbv2.ListenerCertificate.fromArn(`arn:aws:acm:${REGION}:${ACCOUNT}:certificate/unit-${i}`)],
        sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
        defaultAction: elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'ok' }),
      });
    }
  }
}
