import { VpcDnsFirewallProtected as rule } from '../../../rules/route53resolver/VpcDnsFirewallProtected';
import { PARAM, PARAMETERS, resultOf, statusOf, template } from '../harness';

const vpc = (rules: unknown[] | undefined, associate = true) =>
  template({
    Parameters: PARAMETERS,
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
      Own: { Type: 'AWS::Route53Resolver::FirewallDomainList', Properties: { Domains: ['bad.example.'] } },
      Group: { Type: 'AWS::Route53Resolver::FirewallRuleGroup', Properties: { FirewallRules: rules } },
      ...(associate
        ? {
            Assoc: {
              Type: 'AWS::Route53Resolver::FirewallRuleGroupAssociation',
              Properties: { FirewallRuleGroupId: { 'Fn::GetAtt': ['Group', 'Id'] }, VpcId: { Ref: 'Vpc' }, Priority: 101 },
            },
          }
        : {}),
    } as never,
  });
const block = (list: unknown) => ({ Action: 'BLOCK', BlockResponse: 'NXDOMAIN', FirewallDomainListId: list, Priority: 1 });

describe('VpcDnsFirewallProtected', () => {
  it('passes when a managed list (referenced by id) is blocked', () =>
    expect(statusOf(rule, 'Vpc', vpc([block('rslvr-fdl-2c46f2ecbfec4dcc')]))).toBe('COMPLIANT'));
  it('fails without a DNS Firewall association', () =>
    expect(statusOf(rule, 'Vpc', vpc([block('rslvr-fdl-1')], false))).toBe('NON_COMPLIANT'));
  it('fails when only a template-defined list is blocked', () => {
    expect(resultOf(rule, 'Vpc', vpc([block({ 'Fn::GetAtt': ['Own', 'Id'] })])).message).toContain(
      'only the account’s own domain lists',
    );
  });
  it('fails when the rule group only alerts', () =>
    expect(statusOf(rule, 'Vpc', vpc([{ ...block('rslvr-fdl-1'), Action: 'ALERT' }]))).toBe('NON_COMPLIANT'));
  it('needs review when the domain list is a parameter', () =>
    expect(statusOf(rule, 'Vpc', vpc([block(PARAM)]))).toBe('INSUFFICIENT_DATA'));
});
