import { ConfigItem } from '../../../lib/engine/config-item';
import { RawResource, Status } from '../../../lib/engine/model';
import { Rule, decide } from '../../../lib/engine/rule';
import { VpcDnsFirewallProtected } from '../../../rules/route53resolver/VpcDnsFirewallProtected';
import { VpcDnsQueryLoggingEnabled } from '../../../rules/route53resolver/VpcDnsQueryLoggingEnabled';
import { PARAM, PARAMETERS, configItem, itemScope, resultOf, statusOf, statusOfItem, template } from '../harness';
import { MANAGED_LIST, OWN_LIST, domainLists, firewallAssociation, queryLogAssociation, ruleGroup, vpc } from './items';

const VPC = { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } };
const OWN = { Own: { Type: 'AWS::Route53Resolver::FirewallDomainList', Properties: { Domains: ['bad.example.'] } } };

/** A VPC with a DNS Firewall rule group whose rules BLOCK or ALERT the given lists; associated unless told not to. */
function firewallTemplate(rules: { action: string; list: unknown }[], associate = true) {
  const resources: Record<string, RawResource> = {
    ...VPC,
    ...OWN,
    Group: {
      Type: 'AWS::Route53Resolver::FirewallRuleGroup',
      Properties: {
        FirewallRules: rules.map(({ action, list }, i) => ({ Action: action, FirewallDomainListId: list, Priority: i + 1 })),
      },
    },
  };
  if (associate) {
    resources.Assoc = {
      Type: 'AWS::Route53Resolver::FirewallRuleGroupAssociation',
      Properties: { FirewallRuleGroupId: { 'Fn::GetAtt': ['Group', 'Id'] }, VpcId: { Ref: 'Vpc' }, Priority: 101 },
    };
  }
  return template({ Parameters: PARAMETERS, Resources: resources });
}

const OWN_REF = { 'Fn::GetAtt': ['Own', 'Id'] };
const block = (list: string) => ({ action: 'BLOCK', list });
const alert = (list: string) => ({ action: 'ALERT', list });
const recordedRuleGroup = (...rules: { action: string; list: string }[]) => [
  firewallAssociation(),
  ruleGroup(...rules),
  ...domainLists(),
];

describe('VpcDnsFirewallProtected: template and configuration items agree', () => {
  it.each<[string, ReturnType<typeof firewallTemplate>, ConfigItem[], Status]>([
    ['blocks an AWS managed list', firewallTemplate([block(MANAGED_LIST)]), recordedRuleGroup(block(MANAGED_LIST)), 'COMPLIANT'],
    [
      'blocks only its own list',
      firewallTemplate([{ action: 'BLOCK', list: OWN_REF as never }]),
      recordedRuleGroup(block(OWN_LIST)),
      'NON_COMPLIANT',
    ],
    ['only alerts', firewallTemplate([alert(MANAGED_LIST)]), recordedRuleGroup(alert(MANAGED_LIST)), 'NON_COMPLIANT'],
    [
      'no association',
      firewallTemplate([block(MANAGED_LIST)], false),
      [ruleGroup(block(MANAGED_LIST)), ...domainLists()],
      'NON_COMPLIANT',
    ],
    [
      'a domain list not known',
      firewallTemplate([{ action: 'BLOCK', list: PARAM as never }]),
      [firewallAssociation(), ruleGroup(block('rslvr-fdl-unrecorded')), ...domainLists()],
      'INSUFFICIENT_DATA',
    ],
  ])('%s', (_name, t, items, status) => {
    expect([statusOf(VpcDnsFirewallProtected, 'Vpc', t), statusOfItem(VpcDnsFirewallProtected, vpc(), items)]).toEqual([
      status,
      status,
    ]);
  });
});

describe('VpcDnsFirewallProtected on configuration items', () => {
  const rule = VpcDnsFirewallProtected;
  it('fails on an association being deleted', () =>
    expect(statusOfItem(rule, vpc(), [firewallAssociation('DELETING'), ruleGroup(block(MANAGED_LIST)), ...domainLists()])).toBe(
      'NON_COMPLIANT',
    ));
  it('passes on an association whose settings are being updated', () =>
    expect(statusOfItem(rule, vpc(), [firewallAssociation('UPDATING'), ruleGroup(block(MANAGED_LIST)), ...domainLists()])).toBe(
      'COMPLIANT',
    ));
  it('needs review when the rule group is not recorded here (shared from another account)', () =>
    expect(statusOfItem(rule, vpc(), [firewallAssociation('COMPLETE', 'rslvr-frg-shared'), ...domainLists()])).toBe(
      'INSUFFICIENT_DATA',
    ));
  it('needs review when the association does not record its status', () => {
    const { Status: _status, ...configuration } = firewallAssociation().configuration;
    const association = configItem(firewallAssociation().resourceType, configuration, { resourceId: 'a' });
    expect(statusOfItem(rule, vpc(), [association, ruleGroup(block(MANAGED_LIST)), ...domainLists()])).toBe('INSUFFICIENT_DATA');
  });
  it('ignores associations of other VPCs', () => {
    const other = { ...firewallAssociation(), configuration: { ...firewallAssociation().configuration, VpcId: 'vpc-other' } };
    expect(statusOfItem(rule, vpc(), [other, ruleGroup(block(MANAGED_LIST)), ...domainLists()])).toBe('NON_COMPLIANT');
  });
  it('names the own lists in its failure', () => {
    const t = firewallTemplate([{ action: 'BLOCK', list: OWN_REF as never }]);
    expect(resultOf(rule, 'Vpc', t).message).toContain('only the account’s own domain lists');
  });
});

describe('VpcDnsQueryLoggingEnabled: template and configuration items agree', () => {
  const logged = (withAssociation: boolean) =>
    template({
      ...VPC,
      Config: {
        Type: 'AWS::Route53Resolver::ResolverQueryLoggingConfig',
        Properties: { DestinationArn: 'arn:aws:logs:eu-west-2:111122223333:log-group:dns' },
      },
      ...(withAssociation
        ? {
            Assoc: {
              Type: 'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
              Properties: { ResolverQueryLogConfigId: { Ref: 'Config' }, ResourceId: { Ref: 'Vpc' } },
            },
          }
        : {}),
    });
  it.each<[string, boolean, ConfigItem[], Status]>([
    ['associated', true, [queryLogAssociation()], 'COMPLIANT'],
    ['not associated', false, [], 'NON_COMPLIANT'],
  ])('%s', (_name, withAssociation, items, status) => {
    expect([
      statusOf(VpcDnsQueryLoggingEnabled, 'Vpc', logged(withAssociation)),
      statusOfItem(VpcDnsQueryLoggingEnabled, vpc(), items),
    ]).toEqual([status, status]);
  });
});

describe('VpcDnsQueryLoggingEnabled on configuration items', () => {
  const rule = VpcDnsQueryLoggingEnabled;
  it.each([
    ['ACTIVE', 'COMPLIANT'],
    ['ACTION_NEEDED', 'NON_COMPLIANT'],
    ['CREATING', 'NON_COMPLIANT'],
    ['FAILED', 'NON_COMPLIANT'],
  ])('an association %s is %s', (status, expected) =>
    expect(statusOfItem(rule, vpc(), [queryLogAssociation(status)])).toBe(expected),
  );
});

it.each([VpcDnsFirewallProtected, VpcDnsQueryLoggingEnabled] as Rule[])(
  '%p needs review, never fails, when the recorder does not record Route 53 Resolver associations',
  (rule) => {
    const scope = itemScope([vpc()], ['AWS::EC2::VPC']);
    expect(decide(rule, () => rule.adapters.configItem!.facts(vpc(), scope)).status).toBe('INSUFFICIENT_DATA');
  },
);
