/**
 * Secure defaults of the Palisade constructs, in one place so that a reviewer can
 * read the whole security posture on one page and the README tables can be
 * checked against it. A construct merges the user's props over these; weakening
 * one emits an acknowledgeable `@palisade/<construct>:<id>` warning.
 */
import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as logs from 'aws-cdk-lib/aws-logs';

/** Subnet group names of the Internet First network; other constructs select subnets by them. */
export const SUBNET_GROUPS = {
  /** Load balancers and NAT gateways; the only tier that holds public addresses (never auto-assigned). */
  edge: 'Edge',
  /** Network Firewall endpoints, one per AZ; their route table is the only one with a route to the IGW. */
  firewall: 'Firewall',
  /** Workloads; egress goes to the NAT gateway of the same AZ, and from there through the firewall. */
  application: 'Application',
  /** Databases; no route off the VPC at all. */
  data: 'Data',
} as const;

/** The region UK-resident data lives in unless a team opts another in, with a reason. */
export const UK_REGIONS: readonly string[] = ['eu-west-2'];

export const NETWORK_DEFAULTS = {
  cidr: '10.0.0.0/16',
  /** Two AZs is the minimum the issue requires; the count is `availabilityZones.length`. */
  azCount: 2,
  cidrMasks: { edge: 24, firewall: 28, application: 22, data: 24 },
  /**
   * Interface endpoints for the AWS services a typical workload calls, so that those
   * calls never need the internet path (and so never need an allow-list entry).
   */
  interfaceEndpoints: [
    ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
    ec2.InterfaceVpcEndpointAwsService.KMS,
    ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
    ec2.InterfaceVpcEndpointAwsService.STS,
  ],
  /** Capacity of each stateful rule group; capacity cannot be changed after creation. */
  ruleGroupCapacity: 100,
  /** Firewall default action for traffic no rule passed: drop it and write an alert. */
  statefulDefaultActions: ['aws:drop_established', 'aws:alert_established'],
  statelessDefaultActions: ['aws:forward_to_sfe'],
  flowLogAggregation: ec2.FlowLogMaxAggregationInterval.ONE_MINUTE,
} as const;

export const LOG_DEFAULTS = {
  /** One year covers an annual Cyber Essentials Plus assessment and most incident look-backs. */
  retention: logs.RetentionDays.ONE_YEAR,
} as const;

export const KEY_DEFAULTS = {
  rotationPeriod: Duration.days(365),
  pendingWindow: Duration.days(30),
} as const;

export const INGRESS_DEFAULTS = {
  sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
  /** Requests per five minutes from one IP before the rate-based rule blocks it. */
  rateLimit: 1000,
  idleTimeout: Duration.seconds(60),
  /** Headers that often carry credentials or session tokens: never written to WAF logs. */
  redactedHeaders: ['authorization', 'cookie'],
  managedRuleGroups: [
    'AWSManagedRulesCommonRuleSet',
    'AWSManagedRulesKnownBadInputsRuleSet',
    'AWSManagedRulesAmazonIpReputationList',
  ],
} as const;

export const DATABASE_DEFAULTS = {
  backupRetention: Duration.days(14),
  /** The minimum backupRetention accepted without a warning. */
  minimumBackupRetention: Duration.days(14),
  rotationInterval: Duration.days(30),
  instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MEDIUM),
  allocatedStorageGiB: 50,
  monitoringInterval: Duration.seconds(60),
  username: 'palisade_admin',
  cloudwatchLogsExports: ['postgresql', 'upgrade'],
  /** Shortest retention the backup vault lock accepts for a recovery point. */
  vaultMinRetention: Duration.days(7),
  /** Days a compliance-mode vault lock can still be removed after it is set (AWS minimum: 3). */
  vaultLockGracePeriod: Duration.days(3),
} as const;

export const DETECTION_DEFAULTS = {
  /** GuardDuty severity 4.0 and above: MEDIUM, HIGH and CRITICAL. */
  minimumSeverity: 4,
  /** Rejected flows per five minutes above which the network alarm fires. */
  rejectedFlowsThreshold: 1000,
  guardDutyFeatures: [
    'S3_DATA_EVENTS',
    'EKS_AUDIT_LOGS',
    'EBS_MALWARE_PROTECTION',
    'RDS_LOGIN_EVENTS',
    'LAMBDA_NETWORK_LOGS',
    'RUNTIME_MONITORING',
  ],
} as const;

/**
 * Cyber Essentials (v3.x, password-based authentication) asks for at least 12
 * characters with no maximum and no forced complexity; NCSC advises against forced
 * expiry. 14 also meets the CIS benchmark's length, and blocking reuse of the last
 * 24 stops cycling back to a known password.
 */
export const PASSWORD_POLICY_DEFAULTS = {
  minimumPasswordLength: 14,
  passwordReusePrevention: 24,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercaseCharacters: false,
  requireLowercaseCharacters: false,
  allowUsersToChangePassword: true,
  /** 0: passwords do not expire (NCSC password guidance). */
  maxPasswordAge: 0,
  /** Cyber Essentials' floor for password-only authentication. */
  cyberEssentialsMinimumLength: 12,
} as const;

export const AUDIT_DEFAULTS = {
  /** Object Lock (governance mode) on the trail bucket: log files cannot be deleted or overwritten for a year. */
  objectLockRetention: Duration.days(365),
} as const;

export const CONFIG_RULES_DEFAULTS = {
  /** Exactly what the handler sends: the reads of the scanner's account path, and the results. */
  actions: [
    'config:PutEvaluations',
    'config:GetResourceConfigHistory',
    'config:SelectResourceConfig',
    'config:ListDiscoveredResources',
    'config:DescribeConfigurationRecorders',
    'config:DescribeConfigurationRecorderStatus',
  ],
  /** Account-wide rules run once a day, as most AWS periodic managed rules do by default. */
  frequency: 'TwentyFour_Hours',
  /**
   * A burst of changes (a stack deploying hundreds of resources) must not take the
   * account's concurrency or flood the Config API; Lambda queues the asynchronous
   * invocations beyond it for up to six hours.
   */
  reservedConcurrency: 5,
  memberRoleName: 'PalisadeConfigRulesMember',
} as const;
