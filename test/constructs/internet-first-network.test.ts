import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { InternetFirstNetwork, InternetFirstNetworkProps } from '../../lib/constructs';
import { evaluate } from '../../lib/engine/evaluate';
import { parseTemplate } from '../../lib/sources/template/parse';
import { rulesOfPack } from '../../rules/catalogue';
import { RouteGraph, routingViolations } from '../example-app/route-graph';
import { ENV, testApp } from './harness';

function network(
  props: InternetFirstNetworkProps = {},
  app: App = testApp(),
): { stack: Stack; template: Template; construct: InternetFirstNetwork } {
  const stack = new Stack(app, 'Net', { env: ENV });
  const construct = new InternetFirstNetwork(stack, 'Network', props);
  return { stack, template: Template.fromStack(stack), construct };
}

describe('InternetFirstNetwork with default props', () => {
  let template: Template;
  let stack: Stack;
  beforeAll(() => {
    ({ template, stack } = network({ allowedDomains: ['api.service.nhs.uk', '.nhs.uk'] }));
  });

  it('spreads four tiers over two zones, with no public addresses on launch', () => {
    template.resourceCountIs('AWS::EC2::Subnet', 8);
    const subnets = Object.values(template.findResources('AWS::EC2::Subnet'));
    expect(new Set(subnets.map((s) => s.Properties.AvailabilityZone))).toEqual(new Set(['eu-west-2a', 'eu-west-2b']));
    for (const s of subnets) expect(s.Properties.MapPublicIpOnLaunch ?? false).toBe(false);
  });

  it('forwards full and fragmented packets to a strict-order stateful engine that drops and alerts by default', () => {
    template.hasResourceProperties('AWS::NetworkFirewall::FirewallPolicy', {
      FirewallPolicy: {
        StatelessDefaultActions: ['aws:forward_to_sfe'],
        StatelessFragmentDefaultActions: ['aws:forward_to_sfe'],
        StatefulEngineOptions: { RuleOrder: 'STRICT_ORDER' },
        StatefulDefaultActions: ['aws:drop_established', 'aws:alert_established'],
      },
    });
  });

  it('allows egress only to the listed domains, on TLS SNI and HTTP Host', () => {
    template.hasResourceProperties('AWS::NetworkFirewall::RuleGroup', {
      Type: 'STATEFUL',
      RuleGroup: {
        RulesSource: {
          RulesSourceList: {
            GeneratedRulesType: 'ALLOWLIST',
            TargetTypes: ['TLS_SNI', 'HTTP_HOST'],
            Targets: ['api.service.nhs.uk', '.nhs.uk'],
          },
        },
        StatefulRuleOptions: { RuleOrder: 'STRICT_ORDER' },
      },
    });
  });

  it('lets the internet open connections to the edge tier on 443 and 80 only', () => {
    template.hasResourceProperties('AWS::NetworkFirewall::RuleGroup', {
      RuleGroup: {
        RuleVariables: { IPSets: { EDGE_NET: { Definition: ['10.0.0.0/24', '10.0.1.0/24'] } } },
        RulesSource: {
          StatefulRules: [
            Match.objectLike({ Action: 'PASS', Header: Match.objectLike({ Destination: '$EDGE_NET', DestinationPort: '443' }) }),
            Match.objectLike({ Action: 'PASS', Header: Match.objectLike({ Destination: '$EDGE_NET', DestinationPort: '80' }) }),
          ],
        },
      },
    });
  });

  it('protects the firewall against deletion, subnet change and policy change', () => {
    template.hasResourceProperties('AWS::NetworkFirewall::Firewall', {
      DeleteProtection: true,
      SubnetChangeProtection: true,
      FirewallPolicyChangeProtection: true,
      SubnetMappings: Match.arrayWith([Match.objectLike({ SubnetId: Match.anyValue() })]),
    });
  });

  it('logs firewall ALERT and FLOW records, and VPC flow logs of ALL traffic, to KMS-encrypted groups kept a year', () => {
    template.hasResourceProperties('AWS::NetworkFirewall::LoggingConfiguration', {
      LoggingConfiguration: {
        LogDestinationConfigs: [
          Match.objectLike({ LogType: 'ALERT', LogDestinationType: 'CloudWatchLogs' }),
          Match.objectLike({ LogType: 'FLOW' }),
        ],
      },
    });
    template.hasResourceProperties('AWS::EC2::FlowLog', {
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
    });
    for (const group of Object.values(template.findResources('AWS::Logs::LogGroup'))) {
      expect(group.Properties.KmsKeyId).toBeDefined();
      expect(group.Properties.RetentionInDays).toBe(365);
    }
  });

  it('closes the default security group', () => {
    template.resourceCountIs('Custom::VpcRestrictDefaultSG', 1);
  });

  it('has gateway endpoints for S3 and DynamoDB and interface endpoints behind an HTTPS-from-VPC group', () => {
    const endpoints = Object.values(template.findResources('AWS::EC2::VPCEndpoint'));
    expect(endpoints.filter((e) => e.Properties.VpcEndpointType === 'Gateway')).toHaveLength(2);
    expect(endpoints.filter((e) => e.Properties.VpcEndpointType === 'Interface')).toHaveLength(4);
    template.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'Interface VPC endpoints: HTTPS from inside the VPC only',
      SecurityGroupIngress: [
        { CidrIp: '10.0.0.0/16', FromPort: 443, ToPort: 443, IpProtocol: 'tcp', Description: 'HTTPS from the VPC' },
      ],
    });
  });

  it('logs DNS queries and blocks the AWS managed threat lists with DNS Firewall', () => {
    template.resourceCountIs('AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation', 1);
    template.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroup', {
      FirewallRules: [
        Match.objectLike({
          Action: 'BLOCK',
          FirewallDomainListId: { 'Fn::GetAtt': [Match.anyValue(), 'AWSManagedDomainsMalwareDomainList'] },
        }),
        Match.objectLike({
          Action: 'BLOCK',
          FirewallDomainListId: { 'Fn::GetAtt': [Match.anyValue(), 'AWSManagedDomainsBotnetCommandandControl'] },
        }),
        Match.objectLike({
          Action: 'BLOCK',
          FirewallDomainListId: { 'Fn::GetAtt': [Match.anyValue(), 'AWSManagedDomainsAggregateThreatList'] },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroupAssociation', { MutationProtection: 'ENABLED' });
  });

  it('routes every application and data subnet through a firewall endpoint of its own zone (route graph)', () => {
    expect(routingViolations(Template.fromStack(stack).toJSON())).toEqual([]);
  });

  it('emits no warning', () => {
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  it('is decidable: no needs-review result on the Internet First rules (a construct we ship must not leave its own checks open)', () => {
    const t = parseTemplate(JSON.stringify(template.toJSON()), 'Net.template.json', { stack: 'Net', ...ENV });
    const undecided = evaluate(rulesOfPack('internet-first'), [t])
      .filter(
        (f) => f.status === 'INSUFFICIENT_DATA' && f.resource.logicalId !== '(account)' && f.resource.logicalId !== '(stack)',
      )
      .map((f) => `${f.ruleId} ${f.resource.logicalId}: ${f.message}`);
    expect(undecided).toEqual([]);
  });
});

describe('InternetFirstNetwork across three zones', () => {
  it('keeps the per-zone firewall path in every zone', () => {
    const { template } = network({ availabilityZones: ['eu-west-2a', 'eu-west-2b', 'eu-west-2c'] });
    const json = template.toJSON();
    expect(routingViolations(json)).toEqual([]);
    expect(new Set(new RouteGraph(json).subnetsOf('Application').map((s) => s.zone)).size).toBe(3);
  });
});

describe('the route-graph proof', () => {
  it('fails a plain VPC, where private subnets reach the internet without a firewall', () => {
    const stack = new Stack(testApp(), 'Plain', { env: ENV });
    new ec2.Vpc(stack, 'Vpc', {
      availabilityZones: ['eu-west-2a', 'eu-west-2b'],
      subnetConfiguration: [
        { name: 'Edge', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'Application', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      ],
    });
    const violations = routingViolations(Template.fromStack(stack).toJSON());
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.stringContaining('the internet gateway has no edge route table'),
        expect.stringMatching(/^egress .* \(Application, eu-west-2a\) reaches the internet without a firewall/),
      ]),
    );
  });
});

describe('InternetFirstNetwork props', () => {
  it.each<[string, InternetFirstNetworkProps, RegExp]>([
    [
      'one zone',
      { availabilityZones: ['eu-west-2a'] },
      /^availabilityZones: \["eu-west-2a"\] is not allowed; name at least two zones/,
    ],
    [
      'a zone of another region',
      { availabilityZones: ['eu-west-2a', 'eu-west-1b'] },
      /^availabilityZones: 'eu-west-1b' is not allowed; use zones of the stack's region eu-west-2/,
    ],
    [
      'a URL in the allow-list',
      { allowedDomains: ['https://api.service.nhs.uk/'] },
      /^allowedDomains: 'https:\/\/api.service.nhs.uk\/' is not allowed; give host names/,
    ],
    ['a port out of range', { ingressPorts: [70000] }, /^ingressPorts: 70000 is not allowed; use TCP ports from 1 to 65535/],
    ['a zero capacity', { ruleGroupCapacity: 0 }, /^ruleGroupCapacity: 0 is not allowed/],
    [
      'a range too small for the tiers',
      { cidr: '10.0.0.0/24' },
      /^cidr: '10.0.0.0\/24' is not allowed; give a literal IPv4 range from \/16 to \/20/,
    ],
  ])('rejects %s', (_, props, message) => {
    const stack = new Stack(new App(), 'Net', { env: ENV });
    expect(() => new InternetFirstNetwork(stack, 'Network', props)).toThrow(message);
  });

  it('needs zones or a region', () => {
    const stack = new Stack(new App(), 'Agnostic');
    expect(() => new InternetFirstNetwork(stack, 'Network')).toThrow(
      /^availabilityZones: undefined is not allowed; name at least two zones, or bind the stack to a region/,
    );
  });

  it('warns when firewall protection is turned off, and the firewall rules catch it', () => {
    const { stack, template } = network({ firewallProtection: false, ingressPorts: [443, 8443], dnsFirewall: false });
    const warnings = Annotations.fromStack(stack);
    warnings.hasWarning('/Net/Network', Match.stringLikeRegexp('firewallProtection is false'));
    warnings.hasWarning('/Net/Network', Match.stringLikeRegexp('ingressPorts includes 8443'));
    warnings.hasWarning('/Net/Network', Match.stringLikeRegexp('dnsFirewall is false'));
    template.hasResourceProperties('AWS::NetworkFirewall::Firewall', { DeleteProtection: false });
  });

  it('adds Suricata rules first, in strict order', () => {
    const { template } = network({
      suricataRules: 'drop tls $HOME_NET any -> $EXTERNAL_NET any (tls.sni; content:"bad.example"; sid:9000001;)',
    });
    const policy = Object.values(template.findResources('AWS::NetworkFirewall::FirewallPolicy'))[0];
    const refs = policy.Properties.FirewallPolicy.StatefulRuleGroupReferences;
    expect(refs.map((r: { Priority: number }) => r.Priority)).toEqual([100, 200]);
    expect(refs[0].ResourceArn['Fn::GetAtt'][0]).toMatch(/CustomRules/);
  });
});
