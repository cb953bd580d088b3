import { ConfigItem } from '../../../lib/engine/config-item';
import { Rule } from '../../../lib/engine/rule';
import { rules } from '../../../rules/networkfirewall';
import { NetworkFirewallDeletionProtection } from '../../../rules/networkfirewall/NetworkFirewallDeletionProtection';
import { NetworkFirewallMultiAz } from '../../../rules/networkfirewall/NetworkFirewallMultiAz';
import { NetworkFirewallPolicyForwardsFragmentedPackets } from '../../../rules/networkfirewall/NetworkFirewallPolicyForwardsFragmentedPackets';
import { NetworkFirewallPolicyForwardsFullPackets } from '../../../rules/networkfirewall/NetworkFirewallPolicyForwardsFullPackets';
import { NetworkFirewallPolicyHasStatefulRuleGroup } from '../../../rules/networkfirewall/NetworkFirewallPolicyHasStatefulRuleGroup';
import { NetworkFirewallPolicyStrictOrderDefaultDrop } from '../../../rules/networkfirewall/NetworkFirewallPolicyStrictOrderDefaultDrop';
import { NetworkFirewallSubnetChangeProtection } from '../../../rules/networkfirewall/NetworkFirewallSubnetChangeProtection';
import { expectConfigAdapterOrReason } from '../adapter-coverage';
import { PARAM, PARAMETERS, configItem, statusOf, statusOfItem, template } from '../harness';

/** A firewall as a template writes it and as Config records it (the DescribeFirewall shape under `firewall`). */
const firewallTemplate = (props: Record<string, unknown>) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      A: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/28', AvailabilityZone: 'eu-west-2a' } },
      B: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: 'vpc-1', CidrBlock: '10.0.1.0/28', AvailabilityZone: 'eu-west-2b' } },
      F: {
        Type: 'AWS::NetworkFirewall::Firewall',
        Properties: {
          FirewallName: 'f',
          FirewallPolicyArn: 'arn:p',
          VpcId: 'vpc-1',
          SubnetMappings: [{ SubnetId: { Ref: 'A' } }],
          ...props,
        },
      },
    },
  });
const subnetItem = (id: string, az: string) =>
  configItem('AWS::EC2::Subnet', { subnetId: id, availabilityZone: az, vpcId: 'vpc-1' }, { resourceId: id });
const SUBNETS = [subnetItem('subnet-a', 'eu-west-2a'), subnetItem('subnet-b', 'eu-west-2b')];
const firewallItem = (firewall: Record<string, unknown>) =>
  configItem('AWS::NetworkFirewall::Firewall', {
    firewall: {
      firewallName: 'f',
      firewallPolicyArn: 'arn:aws:network-firewall:eu-west-2:111122223333:firewall-policy/p',
      vpcId: 'vpc-1',
      subnetMappings: [{ subnetId: 'subnet-a' }],
      deleteProtection: false,
      subnetChangeProtection: false,
      ...firewall,
    },
  });

describe('firewall flags: templates and configuration items agree', () => {
  const cases: Array<[Rule, string, string]> = [
    [NetworkFirewallDeletionProtection, 'DeleteProtection', 'deleteProtection'],
    [NetworkFirewallSubnetChangeProtection, 'SubnetChangeProtection', 'subnetChangeProtection'],
  ];
  describe.each(cases)('%p', (rule, property, key) => {
    it.each([
      [true, 'COMPLIANT'],
      [false, 'NON_COMPLIANT'],
    ])('%s', (value, status) => {
      expect(statusOf(rule, 'F', firewallTemplate({ [property]: value }))).toBe(status);
      expect(statusOfItem(rule, firewallItem({ [key]: value }))).toBe(status);
    });
    it('undecided: a parameter in the template, an item that does not record the flag', () => {
      expect(statusOf(rule, 'F', firewallTemplate({ [property]: PARAM }))).toBe('INSUFFICIENT_DATA');
      expect(statusOfItem(rule, firewallItem({ [key]: undefined }))).toBe('INSUFFICIENT_DATA');
    });
  });
});

describe('NetworkFirewallMultiAz: templates and configuration items agree', () => {
  const rule = NetworkFirewallMultiAz;
  it('two zones', () => {
    expect(
      statusOf(rule, 'F', firewallTemplate({ SubnetMappings: [{ SubnetId: { Ref: 'A' } }, { SubnetId: { Ref: 'B' } }] })),
    ).toBe('COMPLIANT');
    const item = firewallItem({ subnetMappings: [{ subnetId: 'subnet-a' }, { subnetId: 'subnet-b' }] });
    expect(statusOfItem(rule, item, SUBNETS)).toBe('COMPLIANT');
  });
  it('one zone', () => {
    expect(statusOf(rule, 'F', firewallTemplate({}))).toBe('NON_COMPLIANT');
    expect(statusOfItem(rule, firewallItem({}), SUBNETS)).toBe('NON_COMPLIANT');
  });
  it('undecided: a subnet from a parameter, a subnet that was not scanned', () => {
    expect(statusOf(rule, 'F', firewallTemplate({ SubnetMappings: [{ SubnetId: { Ref: 'A' } }, { SubnetId: PARAM }] }))).toBe(
      'INSUFFICIENT_DATA',
    );
    const item = firewallItem({ subnetMappings: [{ subnetId: 'subnet-a' }, { subnetId: 'subnet-z' }] });
    expect(statusOfItem(rule, item, SUBNETS)).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when subnets are not recorded', () => {
    const item = firewallItem({ subnetMappings: [{ subnetId: 'subnet-a' }, { subnetId: 'subnet-b' }] });
    const adapter = rule.adapters.configItem!;
    const facts = adapter.facts(item, {
      accountId: item.accountId,
      region: item.awsRegion,
      ofType: () => [],
      get: () => undefined,
      records: (type) => type !== 'AWS::EC2::Subnet',
    });
    expect(rule.evaluate(facts).status).toBe('INSUFFICIENT_DATA');
  });
  it('needs review when the item does not record subnet mappings', () =>
    expect(statusOfItem(rule, firewallItem({ subnetMappings: undefined }), SUBNETS)).toBe('INSUFFICIENT_DATA'));
});

/** A policy as a template writes it and as Config records it (lowerCamelCase under `firewallPolicy`). */
interface PolicyScenario {
  name: string;
  template: Record<string, unknown>;
  item: Record<string, unknown>;
  expected: Record<string, string>;
}
const policyRules: Record<string, Rule> = {
  full: NetworkFirewallPolicyForwardsFullPackets,
  fragments: NetworkFirewallPolicyForwardsFragmentedPackets,
  stateful: NetworkFirewallPolicyHasStatefulRuleGroup,
  strict: NetworkFirewallPolicyStrictOrderDefaultDrop,
};
const scenarios: PolicyScenario[] = [
  {
    name: 'a strict, forwarding policy with a stateful group',
    template: {
      StatelessDefaultActions: ['aws:forward_to_sfe'],
      StatelessFragmentDefaultActions: ['aws:forward_to_sfe'],
      StatefulRuleGroupReferences: [{ ResourceArn: 'arn:rg', Priority: 1 }],
      StatefulEngineOptions: { RuleOrder: 'STRICT_ORDER' },
      StatefulDefaultActions: ['aws:drop_established', 'aws:alert_established'],
    },
    item: {
      statelessDefaultActions: ['aws:forward_to_sfe'],
      statelessFragmentDefaultActions: ['aws:forward_to_sfe'],
      statefulRuleGroupReferences: [{ resourceArn: 'arn:rg', priority: 1 }],
      statefulEngineOptions: { ruleOrder: 'STRICT_ORDER' },
      statefulDefaultActions: ['aws:drop_established', 'aws:alert_established'],
    },
    expected: { full: 'COMPLIANT', fragments: 'COMPLIANT', stateful: 'COMPLIANT', strict: 'COMPLIANT' },
  },
  {
    name: 'a passing policy with no stateful group and default order',
    template: { StatelessDefaultActions: ['aws:pass'], StatelessFragmentDefaultActions: ['aws:drop'] },
    item: { statelessDefaultActions: ['aws:pass'], statelessFragmentDefaultActions: ['aws:drop'] },
    expected: { full: 'NON_COMPLIANT', fragments: 'NON_COMPLIANT', stateful: 'NON_COMPLIANT', strict: 'NON_COMPLIANT' },
  },
];

describe('firewall policies: templates and configuration items agree', () => {
  describe.each(scenarios)('$name', ({ template: policy, item, expected }) => {
    const t = template({
      P: { Type: 'AWS::NetworkFirewall::FirewallPolicy', Properties: { FirewallPolicyName: 'p', FirewallPolicy: policy } },
    });
    const i = configItem('AWS::NetworkFirewall::FirewallPolicy', { firewallPolicy: item });
    it.each(Object.entries(policyRules))('%s', (key, rule) => {
      expect(statusOf(rule, 'P', t)).toBe(expected[key]);
      expect(statusOfItem(rule, i)).toBe(expected[key]);
    });
  });

  it.each(Object.entries(policyRules))('%s needs review when the item records no policy document', (_, rule) =>
    expect(statusOfItem(rule, configItem('AWS::NetworkFirewall::FirewallPolicy', { firewallPolicyResponse: {} }))).toBe(
      'INSUFFICIENT_DATA',
    ),
  );

  it('an undecided default action: a parameter in the template, a value that is not a list in the item', () => {
    const t = template({
      Parameters: PARAMETERS,
      Resources: {
        P: {
          Type: 'AWS::NetworkFirewall::FirewallPolicy',
          Properties: {
            FirewallPolicyName: 'p',
            FirewallPolicy: { StatelessDefaultActions: [PARAM], StatelessFragmentDefaultActions: [] },
          },
        },
      },
    });
    const i: ConfigItem = configItem('AWS::NetworkFirewall::FirewallPolicy', {
      firewallPolicy: { statelessDefaultActions: 'aws:forward_to_sfe', statelessFragmentDefaultActions: [] },
    });
    expect(statusOf(NetworkFirewallPolicyForwardsFullPackets, 'P', t)).toBe('INSUFFICIENT_DATA');
    expect(statusOfItem(NetworkFirewallPolicyForwardsFullPackets, i)).toBe('INSUFFICIENT_DATA');
  });
});

describe('Network Firewall adapter coverage', () => expectConfigAdapterOrReason(rules));
