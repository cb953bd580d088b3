import { ArnFormat, CustomResource, Duration, Names, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as nfw from 'aws-cdk-lib/aws-networkfirewall';
import * as route53resolver from 'aws-cdk-lib/aws-route53resolver';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DataKey } from './data-key';
import { LOG_DEFAULTS, NETWORK_DEFAULTS, SUBNET_GROUPS } from './defaults';
import { ManagedPolicyRole } from './managed-policy-role';
import {
  AWS_CUSTOM_RESOURCE_PROVIDER_ID,
  RESTRICT_DEFAULT_SG_PROVIDER_ID,
  acknowledgeProvider,
  invalidProp,
  isKnown,
  warnWeakened,
} from './support';

export interface InternetFirstNetworkProps {
  /**
   * The zones to spread across, at least two, named literally. Routing pins each
   * subnet to the firewall endpoint of its own zone, which needs the names at synth
   * time, so `Fn::GetAZs` tokens are not accepted.
   * @default - the stack region's zones `a` and `b` (e.g. eu-west-2a, eu-west-2b); the stack must be bound to a region
   */
  readonly availabilityZones?: string[];
  /** IPv4 range of the VPC. @default 10.0.0.0/16 */
  readonly cidr?: string;
  /**
   * Domains the application tier may reach on the internet, matched on TLS SNI and
   * HTTP Host. A leading dot allows every subdomain (`.nhs.uk`). Everything else is
   * dropped and alerted on.
   * @default - none: no egress to the internet at all
   */
  readonly allowedDomains?: string[];
  /**
   * Extra Suricata rules (strict order; they run before the built-in groups), e.g.
   * `drop tls $HOME_NET any -> $EXTERNAL_NET any (tls.sni; content:"bad.example"; sid:9000001;)`.
   * @default - none
   */
  readonly suricataRules?: string;
  /**
   * TCP ports the internet may open to the edge tier (where the load balancer lives).
   * Ports other than 443 and 80 emit `@palisade/internet-first-network:ingress-port`.
   * @default [443, 80]
   */
  readonly ingressPorts?: number[];
  /** Interface endpoints in the application tier, so AWS API calls never take the internet path. @default Secrets Manager, KMS, CloudWatch Logs, STS */
  readonly interfaceEndpoints?: ec2.InterfaceVpcEndpointAwsService[];
  /** Key for the flow and firewall log groups; a DataKey is given CloudWatch Logs access automatically. @default - a new DataKey (child `LogKey`) */
  readonly encryptionKey?: kms.IKey;
  /** Retention of flow and firewall logs. Less than a year emits `@palisade/internet-first-network:short-log-retention`. @default one year */
  readonly logRetention?: logs.RetentionDays;
  /**
   * Deletion, subnet-change and policy-change protection on the firewall. Turning
   * it off emits `@palisade/internet-first-network:firewall-unprotected`.
   * @default true
   */
  readonly firewallProtection?: boolean;
  /** Capacity of each stateful rule group (fixed once created). @default 100 */
  readonly ruleGroupCapacity?: number;
  /**
   * Route 53 Resolver DNS Firewall on the VPC, blocking the AWS managed threat domain
   * lists (malware, botnet command and control, aggregate threat list) and
   * `blockedDomains`. Turning it off emits `@palisade/internet-first-network:no-dns-firewall`.
   * @default true
   */
  readonly dnsFirewall?: boolean;
  /**
   * Ids of the AWS managed domain lists to block, when you know them for your region
   * (`aws route53resolver list-firewall-domain-lists`).
   * @default - looked up by name at deployment by a small custom resource
   */
  readonly managedDomainListIds?: string[];
  /** Further domains the DNS Firewall answers NXDOMAIN for. @default - none */
  readonly blockedDomains?: string[];
  /** Log every DNS query from the VPC. Turning it off emits `@palisade/internet-first-network:no-dns-query-logs`. @default true */
  readonly dnsQueryLogging?: boolean;
}

/** The AWS managed DNS Firewall domain lists blocked by default. */
export const MANAGED_DOMAIN_LISTS = [
  'AWSManagedDomainsMalwareDomainList',
  'AWSManagedDomainsBotnetCommandandControl',
  'AWSManagedDomainsAggregateThreatList',
];

/**
 * A VPC built to the NHS Internet First network requirements: edge, firewall,
 * application and data tiers across at least two zones, with AWS Network Firewall
 * on every path to and from the internet.
 *
 * Routing, per zone: the internet gateway's edge route table sends traffic for each
 * edge subnet to the firewall endpoint of that subnet's zone; edge subnets send
 * 0.0.0.0/0 to the same endpoint; only the firewall subnets route to the internet
 * gateway. Application subnets reach the internet through the NAT gateway of their
 * zone (in the edge tier), so through the firewall; data subnets have no route off
 * the VPC. Endpoint ids per zone are read from the firewall's sync states, because
 * the firewall's `EndpointIds` attribute is an unordered list.
 *
 * Also: VPC flow logs and firewall ALERT/FLOW logs in KMS-encrypted log groups, DNS
 * query logging and a DNS Firewall blocking the AWS managed threat lists, the default
 * security group closed, and gateway and interface endpoints for AWS APIs. Pair it
 * with ThreatDetection so that the alerts are reported to someone.
 */
export class InternetFirstNetwork extends Construct {
  public readonly vpc: ec2.Vpc;
  public readonly availabilityZones: readonly string[];
  /** IPv4 range of the VPC. */
  public readonly cidr: string;
  public readonly firewall: nfw.CfnFirewall;
  public readonly firewallPolicy: nfw.CfnFirewallPolicy;
  /** Firewall endpoint id of each zone. */
  public readonly firewallEndpointIds: Readonly<Record<string, string>>;
  public readonly encryptionKey: kms.IKey;
  public readonly flowLogGroup: logs.LogGroup;
  public readonly firewallAlertLogGroup: logs.LogGroup;
  public readonly firewallFlowLogGroup: logs.LogGroup;
  /** Security group of the interface endpoints (HTTPS from the VPC only). */
  public readonly endpointSecurityGroup: ec2.SecurityGroup;
  /** Log group of Route 53 Resolver query logs, when on. */
  public readonly dnsQueryLogGroup?: logs.LogGroup;
  /** The DNS Firewall rule group, when on. */
  public readonly dnsFirewallRuleGroup?: route53resolver.CfnFirewallRuleGroup;

  constructor(scope: Construct, id: string, props: InternetFirstNetworkProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    this.availabilityZones = this.zonesOf(props.availabilityZones, stack.region);
    this.cidr = props.cidr ?? NETWORK_DEFAULTS.cidr;
    const prefix = /^(\d{1,3}\.){3}\d{1,3}\/(\d{1,2})$/.exec(this.cidr);
    if (!prefix || Number(prefix[2]) < 16 || Number(prefix[2]) > 20) {
      invalidProp(
        this,
        'cidr',
        this.cidr,
        'give a literal IPv4 range from /16 to /20, e.g. 10.0.0.0/16 (the four tiers need at least a /20 for two zones)',
      );
    }
    const ingressPorts = this.checkPorts(props.ingressPorts ?? [443, 80]);
    const allowedDomains = this.checkDomains('allowedDomains', props.allowedDomains ?? []);
    const capacity = props.ruleGroupCapacity ?? NETWORK_DEFAULTS.ruleGroupCapacity;
    if (isKnown(capacity) && (!Number.isInteger(capacity) || capacity < 1 || capacity > 30000)) {
      invalidProp(this, 'ruleGroupCapacity', capacity, 'use a whole number from 1 to 30000');
    }
    const retention = props.logRetention ?? LOG_DEFAULTS.retention;
    if (retention < LOG_DEFAULTS.retention) {
      warnWeakened(
        this,
        'internet-first-network',
        'short-log-retention',
        `logRetention is ${retention} days: flow and firewall logs are kept for less than a year`,
      );
    }

    this.encryptionKey =
      props.encryptionKey ?? new DataKey(this, 'LogKey', { description: `Flow and firewall logs of ${this.node.path}` });
    if (this.encryptionKey instanceof DataKey) this.encryptionKey.allowCloudWatchLogs();

    const masks = NETWORK_DEFAULTS.cidrMasks;
    this.vpc = new ec2.Vpc(this, 'Resource', {
      ipAddresses: ec2.IpAddresses.cidr(this.cidr),
      availabilityZones: [...this.availabilityZones],
      natGateways: this.availabilityZones.length,
      natGatewaySubnets: { subnetGroupName: SUBNET_GROUPS.edge },
      restrictDefaultSecurityGroup: true,
      subnetConfiguration: [
        { name: SUBNET_GROUPS.edge, subnetType: ec2.SubnetType.PUBLIC, cidrMask: masks.edge, mapPublicIpOnLaunch: false },
        { name: SUBNET_GROUPS.firewall, subnetType: ec2.SubnetType.PUBLIC, cidrMask: masks.firewall, mapPublicIpOnLaunch: false },
        { name: SUBNET_GROUPS.application, subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: masks.application },
        { name: SUBNET_GROUPS.data, subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: masks.data },
      ],
    });

    this.flowLogGroup = this.logGroup('FlowLogs', retention);
    this.firewallAlertLogGroup = this.logGroup('FirewallAlertLogs', retention);
    this.firewallFlowLogGroup = this.logGroup('FirewallFlowLogs', retention);
    const flowLogRole = new ManagedPolicyRole(this, 'FlowLogRole', {
      assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com'),
      description: `VPC flow logs of ${this.node.path}`,
    });
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toCloudWatchLogs(this.flowLogGroup, flowLogRole),
      trafficType: ec2.FlowLogTrafficType.ALL,
      maxAggregationInterval: NETWORK_DEFAULTS.flowLogAggregation,
    });

    const edge = this.vpc.selectSubnets({ subnetGroupName: SUBNET_GROUPS.edge }).subnets;
    const firewallSubnets = this.vpc.selectSubnets({ subnetGroupName: SUBNET_GROUPS.firewall }).subnets;

    this.firewallPolicy = this.createPolicy(edge, ingressPorts, allowedDomains, props.suricataRules, capacity);
    const protect = props.firewallProtection ?? true;
    if (!protect) {
      warnWeakened(
        this,
        'internet-first-network',
        'firewall-unprotected',
        'firewallProtection is false: the firewall, its subnets and its policy can be deleted or swapped in one API call',
      );
    }
    this.firewall = new nfw.CfnFirewall(this, 'Firewall', {
      firewallName: Names.uniqueResourceName(this, { maxLength: 128, separator: '-' }),
      description: `Internet boundary of ${this.node.path}`,
      firewallPolicyArn: this.firewallPolicy.attrFirewallPolicyArn,
      vpcId: this.vpc.vpcId,
      subnetMappings: firewallSubnets.map((s) => ({ subnetId: s.subnetId })),
      deleteProtection: protect,
      subnetChangeProtection: protect,
      firewallPolicyChangeProtection: protect,
    });
    new nfw.CfnLoggingConfiguration(this, 'FirewallLogging', {
      firewallArn: this.firewall.attrFirewallArn,
      loggingConfiguration: {
        logDestinationConfigs: [
          {
            logType: 'ALERT',
            logDestinationType: 'CloudWatchLogs',
            logDestination: { logGroup: this.firewallAlertLogGroup.logGroupName },
          },
          {
            logType: 'FLOW',
            logDestinationType: 'CloudWatchLogs',
            logDestination: { logGroup: this.firewallFlowLogGroup.logGroupName },
          },
        ],
      },
    });

    this.firewallEndpointIds = this.lookUpEndpoints();
    this.routeThroughFirewall(edge);
    acknowledgeProvider(this, AWS_CUSTOM_RESOURCE_PROVIDER_ID);
    acknowledgeProvider(this, RESTRICT_DEFAULT_SG_PROVIDER_ID);

    for (const service of [ec2.GatewayVpcEndpointAwsService.S3, ec2.GatewayVpcEndpointAwsService.DYNAMODB]) {
      this.vpc.addGatewayEndpoint(service === ec2.GatewayVpcEndpointAwsService.S3 ? 'S3Endpoint' : 'DynamoDbEndpoint', {
        service,
        subnets: [{ subnetGroupName: SUBNET_GROUPS.application }, { subnetGroupName: SUBNET_GROUPS.data }],
      });
    }
    this.endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
      vpc: this.vpc,
      description: 'Interface VPC endpoints: HTTPS from inside the VPC only',
      allowAllOutbound: false,
    });
    // The literal range, not the VPC's CidrBlock attribute, so that checks can read the rule at synth time.
    this.endpointSecurityGroup.addIngressRule(ec2.Peer.ipv4(this.cidr), ec2.Port.tcp(443), 'HTTPS from the VPC');
    if (props.dnsQueryLogging ?? true) {
      this.dnsQueryLogGroup = this.logGroup('DnsQueryLogs', retention);
      const config = new route53resolver.CfnResolverQueryLoggingConfig(this, 'DnsQueryLogging', {
        name: Names.uniqueResourceName(this, { maxLength: 64, separator: '-' }),
        destinationArn: stack.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: this.dnsQueryLogGroup.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      });
      new route53resolver.CfnResolverQueryLoggingConfigAssociation(this, 'DnsQueryLoggingAssociation', {
        resolverQueryLogConfigId: config.attrId,
        resourceId: this.vpc.vpcId,
      });
    } else {
      warnWeakened(
        this,
        'internet-first-network',
        'no-dns-query-logs',
        'dnsQueryLogging is false: DNS lookups, the first sign of malware beaconing or DNS exfiltration, are not recorded',
      );
    }
    if (props.dnsFirewall ?? true) {
      this.dnsFirewallRuleGroup = this.createDnsFirewall(
        props.managedDomainListIds,
        this.checkDomains('blockedDomains', props.blockedDomains ?? []),
      );
    } else {
      warnWeakened(
        this,
        'internet-first-network',
        'no-dns-firewall',
        'dnsFirewall is false: workloads can resolve known malware and command-and-control domains',
      );
    }

    for (const service of props.interfaceEndpoints ?? NETWORK_DEFAULTS.interfaceEndpoints) {
      this.vpc.addInterfaceEndpoint(endpointId(service), {
        service,
        subnets: { subnetGroupName: SUBNET_GROUPS.application },
        privateDnsEnabled: true,
        securityGroups: [this.endpointSecurityGroup],
        open: false,
      });
    }
  }

  /** Subnets of the edge tier (load balancers, NAT gateways). */
  public get edgeSubnets(): ec2.SubnetSelection {
    return { subnetGroupName: SUBNET_GROUPS.edge };
  }

  /** Subnets of the application tier. */
  public get applicationSubnets(): ec2.SubnetSelection {
    return { subnetGroupName: SUBNET_GROUPS.application };
  }

  /** Subnets of the data tier. */
  public get dataSubnets(): ec2.SubnetSelection {
    return { subnetGroupName: SUBNET_GROUPS.data };
  }

  private zonesOf(given: string[] | undefined, region: string): string[] {
    if (given === undefined) {
      if (Token.isUnresolved(region)) {
        invalidProp(
          this,
          'availabilityZones',
          undefined,
          'name at least two zones, or bind the stack to a region (env: { region }) so that its zones a and b are used',
        );
      }
      return [`${region}a`, `${region}b`];
    }
    if (given.length < 2)
      invalidProp(
        this,
        'availabilityZones',
        given,
        'name at least two zones: the firewall and NAT path must survive the loss of one',
      );
    for (const az of given) {
      if (Token.isUnresolved(az))
        invalidProp(
          this,
          'availabilityZones',
          az,
          'zone names must be literal: each subnet is routed to the firewall endpoint of its own zone',
        );
      if (!/^[a-z]{2}(-[a-z]+)+-\d[a-z]$/.test(az))
        invalidProp(this, 'availabilityZones', az, 'use zone names such as eu-west-2a');
      if (!Token.isUnresolved(region) && !az.startsWith(region))
        invalidProp(this, 'availabilityZones', az, `use zones of the stack's region ${region}`);
    }
    if (new Set(given).size !== given.length) invalidProp(this, 'availabilityZones', given, 'name each zone once');
    return [...given];
  }

  private checkPorts(ports: number[]): number[] {
    for (const port of ports) {
      if (!isKnown(port)) continue;
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        invalidProp(this, 'ingressPorts', port, 'use TCP ports from 1 to 65535');
      if (port !== 443 && port !== 80) {
        warnWeakened(
          this,
          'internet-first-network',
          'ingress-port',
          `ingressPorts includes ${port}: the firewall lets the internet open connections to the edge tier on a port other than HTTPS (443) or the HTTP redirect (80)`,
        );
      }
    }
    return ports;
  }

  private checkDomains(prop: string, domains: string[]): string[] {
    for (const d of domains) {
      if (!isKnown(d)) invalidProp(this, prop, d, 'domains must be literal strings');
      if (!/^\.?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}$/i.test(d)) {
        invalidProp(
          this,
          prop,
          d,
          "give host names such as 'api.service.nhs.uk', or '.nhs.uk' for every subdomain (no scheme, path or wildcard)",
        );
      }
    }
    return domains;
  }

  private createDnsFirewall(listIds: string[] | undefined, blocked: string[]): route53resolver.CfnFirewallRuleGroup {
    const ids = listIds ?? this.lookUpManagedDomainLists();
    const rules: route53resolver.CfnFirewallRuleGroup.FirewallRuleProperty[] = ids.map((id, i) => ({
      firewallDomainListId: id,
      priority: (i + 1) * 100,
      action: 'BLOCK',
      blockResponse: 'NXDOMAIN',
    }));
    if (blocked.length) {
      const list = new route53resolver.CfnFirewallDomainList(this, 'BlockedDomains', {
        name: Names.uniqueResourceName(this, { maxLength: 56, separator: '-' }) + '-blocked',
        // DNS Firewall matches a leading '*.' for subdomains, where the network firewall takes a leading dot.
        domains: blocked.flatMap((d) => (d.startsWith('.') ? [`*${d}`, d.slice(1)] : [d])),
      });
      rules.push({
        firewallDomainListId: list.attrId,
        priority: (rules.length + 1) * 100,
        action: 'BLOCK',
        blockResponse: 'NXDOMAIN',
      });
    }
    const group = new route53resolver.CfnFirewallRuleGroup(this, 'DnsFirewallRules', {
      name: Names.uniqueResourceName(this, { maxLength: 64, separator: '-' }),
      firewallRules: rules,
    });
    new route53resolver.CfnFirewallRuleGroupAssociation(this, 'DnsFirewallAssociation', {
      firewallRuleGroupId: group.attrId,
      vpcId: this.vpc.vpcId,
      priority: 101,
      mutationProtection: 'ENABLED',
      name: Names.uniqueResourceName(this, { maxLength: 64, separator: '-' }),
    });
    return group;
  }

  /**
   * Managed domain list ids differ by region and cannot be declared in a template, so
   * a deploy-time function finds them by name. Its only permission is
   * route53resolver:ListFirewallDomainLists.
   */
  private lookUpManagedDomainLists(): string[] {
    const role = new ManagedPolicyRole(this, 'DomainListLookupRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Finds the AWS managed DNS Firewall domain lists of this region',
    });
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['route53resolver:ListFirewallDomainLists'], resources: ['*'] }),
    );
    const logGroup = this.logGroup('DomainListLookupLogs', LOG_DEFAULTS.retention);
    const fn = new lambda.Function(this, 'DomainListLookup', {
      runtime: lambda.Runtime.NODEJS_24_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(DOMAIN_LIST_LOOKUP),
      description: 'Palisade: ids of the AWS managed DNS Firewall domain lists (deploy time only)',
      role,
      logGroup,
      timeout: Duration.minutes(1),
    });
    logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'route53resolver:ListFirewallDomainLists has no resource-level permissions; it is the only action this role has.',
    });
    const reasons: Record<string, string> = {
      LambdaInsideVpc:
        'Deploy-time lookup behind a CloudFormation custom resource: it reads the Route 53 Resolver API only, and inside the VPC it would depend on the DNS Firewall it configures.',
      LambdaDlqConfigured:
        'Invoked synchronously by CloudFormation as a custom resource: a failure fails the deployment, so there is no asynchronous event for a dead-letter queue to keep.',
      LambdaCodeSigningEnforced:
        'Inline code written by Palisade and pinned in the template; AWS Signer signs only uploaded artifacts, not inline code.',
      LambdaConcurrencyLimit:
        'Runs once per deployment; a reservation would only take capacity from the account pool (and fails outright on accounts at the 10-execution minimum).',
    };
    for (const [id, reason] of Object.entries(reasons)) Validations.of(fn).acknowledge({ id, reason });
    const lookup = new CustomResource(this, 'ManagedDomainLists', {
      serviceToken: fn.functionArn,
      resourceType: 'Custom::ManagedDomainLists',
      properties: { Names: MANAGED_DOMAIN_LISTS },
    });
    lookup.node.addDependency(role);
    return MANAGED_DOMAIN_LISTS.map((name) => lookup.getAttString(name));
  }

  private logGroup(id: string, retention: logs.RetentionDays): logs.LogGroup {
    return new logs.LogGroup(this, id, { encryptionKey: this.encryptionKey, retention, removalPolicy: RemovalPolicy.RETAIN });
  }

  private createPolicy(
    edge: ec2.ISubnet[],
    ports: number[],
    domains: string[],
    suricata: string | undefined,
    capacity: number,
  ): nfw.CfnFirewallPolicy {
    const groups: nfw.CfnFirewallPolicy.StatefulRuleGroupReferenceProperty[] = [];
    const strict = { ruleOrder: 'STRICT_ORDER' };
    if (suricata !== undefined && suricata.trim() !== '') {
      const custom = new nfw.CfnRuleGroup(this, 'CustomRules', {
        ruleGroupName: Names.uniqueResourceName(this, { maxLength: 118, separator: '-' }) + '-custom',
        type: 'STATEFUL',
        capacity,
        description: 'Suricata rules supplied by the team',
        ruleGroup: { rulesSource: { rulesString: suricata }, statefulRuleOptions: strict },
      });
      groups.push({ resourceArn: custom.attrRuleGroupArn, priority: 100 });
    }
    if (ports.length > 0) {
      const ingress = new nfw.CfnRuleGroup(this, 'IngressRules', {
        ruleGroupName: Names.uniqueResourceName(this, { maxLength: 117, separator: '-' }) + '-ingress',
        type: 'STATEFUL',
        capacity,
        description: 'Connections from the internet to the edge tier, on the ingress ports only',
        ruleGroup: {
          ruleVariables: { ipSets: { EDGE_NET: { definition: edge.map((s) => s.ipv4CidrBlock) } } },
          rulesSource: {
            statefulRules: ports.map((port, i) => ({
              action: 'PASS',
              header: {
                protocol: 'TCP',
                source: 'ANY',
                sourcePort: 'ANY',
                direction: 'FORWARD',
                destination: '$EDGE_NET',
                destinationPort: String(port),
              },
              ruleOptions: [{ keyword: 'sid', settings: [String(i + 1)] }],
            })),
          },
          statefulRuleOptions: strict,
        },
      });
      groups.push({ resourceArn: ingress.attrRuleGroupArn, priority: 200 });
    }
    if (domains.length > 0) {
      const egress = new nfw.CfnRuleGroup(this, 'EgressAllowList', {
        ruleGroupName: Names.uniqueResourceName(this, { maxLength: 116, separator: '-' }) + '-egress',
        type: 'STATEFUL',
        capacity,
        description: 'Domains the workload may reach (TLS SNI and HTTP Host)',
        ruleGroup: {
          rulesSource: {
            rulesSourceList: { generatedRulesType: 'ALLOWLIST', targetTypes: ['TLS_SNI', 'HTTP_HOST'], targets: domains },
          },
          statefulRuleOptions: strict,
        },
      });
      groups.push({ resourceArn: egress.attrRuleGroupArn, priority: 300 });
    }
    return new nfw.CfnFirewallPolicy(this, 'FirewallPolicy', {
      firewallPolicyName: Names.uniqueResourceName(this, { maxLength: 128, separator: '-' }),
      description: 'Stateful inspection of all internet traffic, strict order, default drop and alert',
      firewallPolicy: {
        statelessDefaultActions: [...NETWORK_DEFAULTS.statelessDefaultActions],
        statelessFragmentDefaultActions: [...NETWORK_DEFAULTS.statelessDefaultActions],
        statefulEngineOptions: { ruleOrder: 'STRICT_ORDER', streamExceptionPolicy: 'DROP' },
        statefulDefaultActions: [...NETWORK_DEFAULTS.statefulDefaultActions],
        statefulRuleGroupReferences: groups,
        policyVariables: { ruleVariables: { HOME_NET: { definition: [this.cidr] } } },
      },
    });
  }

  /** Endpoint id per zone from DescribeFirewall's SyncStates, which are keyed by zone name. */
  private lookUpEndpoints(): Record<string, string> {
    const lookup = new cr.AwsCustomResource(this, 'FirewallEndpoints', {
      onUpdate: {
        service: 'NetworkFirewall',
        action: 'DescribeFirewall',
        parameters: { FirewallArn: this.firewall.attrFirewallArn },
        physicalResourceId: cr.PhysicalResourceId.of(this.firewall.attrFirewallId),
        outputPaths: this.availabilityZones.map((az) => `FirewallStatus.SyncStates.${az}.Attachment.EndpointId`),
      },
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({ actions: ['network-firewall:DescribeFirewall'], resources: [this.firewall.attrFirewallArn] }),
      ]),
      installLatestAwsSdk: false,
    });
    return Object.fromEntries(
      this.availabilityZones.map((az) => [az, lookup.getResponseField(`FirewallStatus.SyncStates.${az}.Attachment.EndpointId`)]),
    );
  }

  private routeThroughFirewall(edge: ec2.ISubnet[]): void {
    // Edge subnets are CDK public subnets: re-point their default route from the IGW to the firewall.
    for (const subnet of edge) {
      const route = subnet.node.findChild('DefaultRoute') as ec2.CfnRoute;
      route.gatewayId = undefined;
      route.vpcEndpointId = this.firewallEndpointIds[subnet.availabilityZone];
    }
    const ingress = new ec2.CfnRouteTable(this, 'IngressRouteTable', { vpcId: this.vpc.vpcId });
    edge.forEach((subnet, i) => {
      new ec2.CfnRoute(this, `IngressRoute${i + 1}`, {
        routeTableId: ingress.ref,
        destinationCidrBlock: subnet.ipv4CidrBlock,
        vpcEndpointId: this.firewallEndpointIds[subnet.availabilityZone],
      });
    });
    const association = new ec2.CfnGatewayRouteTableAssociation(this, 'IngressRouteTableAssociation', {
      gatewayId: this.vpc.internetGatewayId!,
      routeTableId: ingress.ref,
    });
    association.node.addDependency(this.vpc.internetConnectivityEstablished);
  }
}

/** Answers a custom resource with the ids of the named AWS managed domain lists, without cfn-response (Node.js 24 has no callback handlers). */
const DOMAIN_LIST_LOOKUP = `
const https = require('https');
const { Route53ResolverClient, ListFirewallDomainListsCommand } = require('@aws-sdk/client-route53resolver');
function respond(event, status, data, reason) {
  const body = JSON.stringify({ Status: status, Reason: reason || 'see the function log', PhysicalResourceId: 'managed-domain-lists',
    StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data: data });
  const url = new URL(event.ResponseURL);
  return new Promise((resolve, reject) => {
    const req = https.request({ hostname: url.hostname, path: url.pathname + url.search, method: 'PUT',
      headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', resolve); });
    req.on('error', reject);
    req.end(body);
  });
}
exports.handler = async (event) => {
  try {
    if (event.RequestType === 'Delete') return await respond(event, 'SUCCESS', {});
    const wanted = event.ResourceProperties.Names;
    const client = new Route53ResolverClient({});
    const found = {};
    let NextToken;
    do {
      const page = await client.send(new ListFirewallDomainListsCommand({ NextToken, MaxResults: 100 }));
      for (const list of page.FirewallDomainLists || []) if (list.ManagedOwnerName && wanted.includes(list.Name)) found[list.Name] = list.Id;
      NextToken = page.NextToken;
    } while (NextToken);
    const missing = wanted.filter((n) => !found[n]);
    if (missing.length) throw new Error('managed domain lists not found in this region: ' + missing.join(', '));
    await respond(event, 'SUCCESS', found);
  } catch (e) {
    console.error(e);
    await respond(event, 'FAILED', {}, String(e.message || e));
  }
};
`;

function endpointId(service: ec2.InterfaceVpcEndpointAwsService): string {
  const name = service.shortName.replace(/(^|[.-])([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return `${name}Endpoint`;
}
