import { ArnFormat, Duration, Names, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { INGRESS_DEFAULTS, LOG_DEFAULTS, SUBNET_GROUPS } from './defaults';
import { EncryptedBucket } from './encrypted-bucket';
import { invalidProp, isKnown, warnWeakened } from './support';

export interface ProtectedIngressProps {
  /** The VPC; an InternetFirstNetwork's `vpc` puts the load balancer behind the firewall. */
  readonly vpc: ec2.IVpc;
  /** Subnets for the load balancer. @default - the `Edge` subnet group */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /** Certificate served on 443. */
  readonly certificate: acm.ICertificate;
  /**
   * TLS policy of the HTTPS listener. A policy that still accepts TLS 1.0 or 1.1 emits
   * `@palisade/protected-ingress:legacy-tls`.
   * @default elbv2.SslPolicy.RECOMMENDED_TLS (TLS 1.2 and 1.3)
   */
  readonly sslPolicy?: elbv2.SslPolicy;
  /** Instance, IP or ECS targets of the HTTPS listener's default action (over HTTPS). @default - none */
  readonly targets?: elbv2.IApplicationLoadBalancerTarget[];
  /** Port the targets listen on. @default 443 */
  readonly targetPort?: number;
  /**
   * A Lambda function as the target of the default action, instead of `targets`. Its
   * invoke permission names the target group (by ARN pattern) and this account,
   * which CDK's LambdaTarget cannot do without a dependency cycle.
   * @default - none
   */
  readonly lambdaTarget?: lambda.IFunction;
  /** Health check of the default target group. @default - the target type's defaults */
  readonly healthCheck?: elbv2.HealthCheck;
  /** Answer plain HTTP on 80 with a permanent redirect to HTTPS. @default true */
  readonly redirectHttp?: boolean;
  /** Requests from one IP per five minutes before the rate-based WAF rule blocks it (10 to 2,000,000,000). @default 1000 */
  readonly rateLimit?: number;
  /** Further WAF rules, after the managed groups and the rate limit (priorities from 100 are free). @default - none */
  readonly additionalRules?: wafv2.CfnWebACL.RuleProperty[];
  /** Bucket for load balancer access logs; ALB log delivery needs SSE-S3. @default - an EncryptedBucket with SSE-S3 (child `AccessLogs`) */
  readonly accessLogsBucket?: s3.IBucket;
  /** Key for the WAF log group. @default - a new DataKey (child `LogKey`) */
  readonly encryptionKey?: kms.IKey;
  /** Retention of WAF logs. Less than a year emits `@palisade/protected-ingress:short-log-retention`. @default one year */
  readonly logRetention?: logs.RetentionDays;
  /** Deletion protection on the load balancer. Turning it off emits `@palisade/protected-ingress:deletion-unprotected`. @default true */
  readonly deletionProtection?: boolean;
  /** @default 60 seconds */
  readonly idleTimeout?: Duration;
}

/**
 * The way in from the internet: an internet-facing Application Load Balancer in the
 * edge tier with HTTPS on TLS 1.2+, HTTP redirected, invalid headers dropped,
 * strictest desync mitigation, access logs, and a WAF web ACL (AWS common, known bad
 * inputs and IP reputation groups plus a per-IP rate limit) whose logs redact
 * credentials. Its security group admits 443 (and 80 for the redirect) only.
 */
export class ProtectedIngress extends Construct {
  public readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly httpsListener: elbv2.ApplicationListener;
  public readonly httpListener?: elbv2.ApplicationListener;
  public readonly webAcl: wafv2.CfnWebACL;
  public readonly wafLogGroup: logs.LogGroup;
  public readonly accessLogsBucket: s3.IBucket;
  /** Key of the WAF log group. */
  public readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: ProtectedIngressProps) {
    super(scope, id);
    const rateLimit = props.rateLimit ?? INGRESS_DEFAULTS.rateLimit;
    if (isKnown(rateLimit) && (!Number.isInteger(rateLimit) || rateLimit < 10 || rateLimit > 2_000_000_000)) {
      invalidProp(this, 'rateLimit', rateLimit, 'use a whole number of requests from 10 to 2,000,000,000');
    }
    const sslPolicy = props.sslPolicy ?? INGRESS_DEFAULTS.sslPolicy;
    if (isKnown(sslPolicy) && acceptsLegacyTls(sslPolicy)) {
      warnWeakened(
        this,
        'protected-ingress',
        'legacy-tls',
        `sslPolicy ${sslPolicy} accepts TLS 1.0 or 1.1; use a TLS 1.2+ policy such as ${INGRESS_DEFAULTS.sslPolicy} (NCSC principle 1)`,
      );
    }
    const retention = props.logRetention ?? LOG_DEFAULTS.retention;
    if (retention < LOG_DEFAULTS.retention) {
      warnWeakened(
        this,
        'protected-ingress',
        'short-log-retention',
        `logRetention is ${retention} days: WAF logs are kept for less than a year`,
      );
    }
    const redirect = props.redirectHttp ?? true;

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `Internet-facing load balancer of ${this.node.path}: HTTPS${redirect ? ' and the HTTP redirect' : ''} only`,
      allowAllOutbound: false,
    });
    this.securityGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS from the internet');
    if (redirect)
      this.securityGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP from the internet, redirected to HTTPS');
    Validations.of(this.securityGroup).acknowledge({
      id: 'AwsSolutions-EC23',
      reason:
        'Internet-facing load balancer of a public service: it must accept HTTPS (and HTTP, answered only with a redirect) from any address; the WAF web ACL and the Network Firewall filter what arrives.',
    });

    if (props.deletionProtection === false) {
      warnWeakened(
        this,
        'protected-ingress',
        'deletion-unprotected',
        'deletionProtection is false: the public entry point can be deleted in one API call',
      );
    }
    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'Resource', {
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets ?? { subnetGroupName: SUBNET_GROUPS.edge },
      internetFacing: true,
      securityGroup: this.securityGroup,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: elbv2.DesyncMitigationMode.STRICTEST,
      deletionProtection: props.deletionProtection ?? true,
      idleTimeout: props.idleTimeout ?? INGRESS_DEFAULTS.idleTimeout,
      http2Enabled: true,
      wafFailOpen: false,
    });

    if (props.accessLogsBucket) {
      this.accessLogsBucket = props.accessLogsBucket;
    } else {
      const logs = new EncryptedBucket(this, 'AccessLogs', {
        encryption: s3.BucketEncryption.S3_MANAGED,
        writtenOnlyBy: 'Elastic Load Balancing access log delivery',
      });
      this.accessLogsBucket = logs.bucket;
      acknowledgeLoadBalancerLogBucket(logs);
    }
    this.loadBalancer.logAccessLogs(this.accessLogsBucket, Names.uniqueResourceName(this, { maxLength: 64, separator: '-' }));

    this.httpsListener = this.loadBalancer.addListener('Https', {
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      certificates: [props.certificate],
      sslPolicy,
      open: false,
      defaultAction:
        props.targets?.length || props.lambdaTarget
          ? undefined
          : elbv2.ListenerAction.fixedResponse(404, { contentType: 'text/plain', messageBody: 'Not found' }),
    });
    if (props.targets?.length && props.lambdaTarget) {
      invalidProp(this, 'lambdaTarget', props.lambdaTarget.node.path, 'give either targets or lambdaTarget, not both');
    }
    if (props.targets?.length) {
      this.httpsListener.addTargets('Default', {
        targets: props.targets,
        port: props.targetPort ?? 443,
        protocol: elbv2.ApplicationProtocol.HTTPS,
        healthCheck: props.healthCheck,
      });
    }
    if (props.lambdaTarget) this.targetLambda(props.lambdaTarget, props.healthCheck);
    if (redirect) {
      this.httpListener = this.loadBalancer.addListener('HttpRedirect', {
        port: 80,
        protocol: elbv2.ApplicationProtocol.HTTP,
        open: false,
        defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true }),
      });
    }

    this.encryptionKey = props.encryptionKey ?? new DataKey(this, 'LogKey', { description: `WAF logs of ${this.node.path}` });
    if (this.encryptionKey instanceof DataKey) this.encryptionKey.allowCloudWatchLogs();
    this.webAcl = this.createWebAcl(rateLimit, props.additionalRules ?? []);
    new wafv2.CfnWebACLAssociation(this, 'WebAclAssociation', {
      resourceArn: this.loadBalancer.loadBalancerArn,
      webAclArn: this.webAcl.attrArn,
    });

    this.wafLogGroup = new logs.LogGroup(this, 'WafLogs', {
      // WAF only logs to groups whose name starts with aws-waf-logs-.
      logGroupName: `aws-waf-logs-${Names.uniqueResourceName(this, { maxLength: 450, separator: '-' })}`,
      encryptionKey: this.encryptionKey,
      retention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new wafv2.CfnLoggingConfiguration(this, 'WafLogging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group ARN without the trailing `:*` of the GetAtt.
      logDestinationConfigs: [
        Stack.of(this).formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: this.wafLogGroup.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      redactedFields: INGRESS_DEFAULTS.redactedHeaders.map((name) => ({ singleHeader: { Name: name } })),
    });
  }

  private targetLambda(fn: lambda.IFunction, healthCheck: elbv2.HealthCheck | undefined): void {
    const stack = Stack.of(this);
    const name = Names.uniqueResourceName(this, { maxLength: 32, separator: '-' }).replace(/^-+|-+$/g, '');
    const group = new elbv2.ApplicationTargetGroup(this, 'LambdaTargets', {
      targetType: elbv2.TargetType.LAMBDA,
      targetGroupName: name,
      healthCheck,
    });
    const permission = new lambda.CfnPermission(this, 'LoadBalancerInvoke', {
      action: 'lambda:InvokeFunction',
      functionName: fn.functionArn,
      principal: 'elasticloadbalancing.amazonaws.com',
      sourceArn: stack.formatArn({
        service: 'elasticloadbalancing',
        resource: 'targetgroup',
        resourceName: `${name}/*`,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      }),
      sourceAccount: stack.account,
    });
    // Register the function only once the permission exists, as ELB checks it on registration.
    (group.node.defaultChild as elbv2.CfnTargetGroup).addPropertyOverride('Targets', [{ Id: fn.functionArn }]);
    group.node.addDependency(permission);
    this.httpsListener.addTargetGroups('Default', { targetGroups: [group] });
  }

  private createWebAcl(rateLimit: number, extra: wafv2.CfnWebACL.RuleProperty[]): wafv2.CfnWebACL {
    const base = Names.uniqueResourceName(this, { maxLength: 100, separator: '-' });
    const visibility = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${base}-${name}`,
    });
    const managed: wafv2.CfnWebACL.RuleProperty[] = INGRESS_DEFAULTS.managedRuleGroups.map((name, i) => ({
      name,
      priority: (i + 1) * 10,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      visibilityConfig: visibility(name),
    }));
    const rate: wafv2.CfnWebACL.RuleProperty = {
      name: 'RateLimitPerIp',
      priority: (managed.length + 1) * 10,
      action: { block: {} },
      statement: { rateBasedStatement: { limit: rateLimit, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
      visibilityConfig: visibility('RateLimitPerIp'),
    };
    return new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      description: `Protects ${this.node.path}`,
      visibilityConfig: visibility('WebAcl'),
      rules: [...managed, rate, ...extra],
    });
  }
}

/** TLS policies that still negotiate TLS 1.0 or 1.1. */
export function acceptsLegacyTls(policy: string): boolean {
  return (
    /-TLS13-1-[01]-|-TLS-1-[01]-|-FS-1-1-|-TLS13-1-[01]-FIPS/.test(policy) ||
    ['ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-2015-05', 'ELBSecurityPolicy-FS-2018-06'].includes(policy)
  );
}

/** Elastic Load Balancing delivers access logs only to SSE-S3 buckets, and documents no Object Lock support. */
function acknowledgeLoadBalancerLogBucket(bucket: EncryptedBucket): void {
  const kmsReason =
    'Load balancer access logs: Elastic Load Balancing delivers only to buckets encrypted with SSE-S3 (Amazon S3-managed keys).';
  Validations.of(bucket).acknowledge({ id: '@palisade/encrypted-bucket:not-kms', reason: kmsReason });
  // On the bucket itself, not the construct, so that the reasons do not cover its own access-log bucket.
  Validations.of(bucket.bucket).acknowledge(
    { id: 'S3BucketDefaultEncryptionKms', reason: kmsReason },
    {
      id: 'S3LogBucketObjectLock',
      reason:
        'Load balancer access logs: Elastic Load Balancing documents log delivery to SSE-S3 buckets only and not to Object Lock buckets; versioning, a TLS-only private policy and CloudTrail data events protect and record the log objects instead.',
    },
  );
}
