import { VpcDnsFirewallProtected as rule } from '../../../rules/route53resolver/VpcDnsFirewallProtected';
import { statusOf, template } from '../harness';

// AWS managed domain lists have region-specific ids, so InternetFirstNetwork reads them from a lookup.
const withList = (listId: unknown) =>
  template({
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    Lookup: { Type: 'Custom::ManagedDomainLists', Properties: { ServiceToken: 'arn:aws:lambda:eu-west-2:1:function:f' } },
    Group: {
      Type: 'AWS::Route53Resolver::FirewallRuleGroup',
      Properties: { FirewallRules: [{ Action: 'BLOCK', BlockResponse: 'NODATA', FirewallDomainListId: listId, Priority: 1 }] },
    },
    Association: {
      Type: 'AWS::Route53Resolver::FirewallRuleGroupAssociation',
      Properties: { FirewallRuleGroupId: { 'Fn::GetAtt': ['Group', 'Id'] }, VpcId: { Ref: 'Vpc' }, Priority: 101 },
    },
  });

describe('VpcDnsFirewallProtected with a looked-up managed list', () => {
  it('passes when the list is a lookup attribute named after an AWS managed list', () =>
    expect(statusOf(rule, 'Vpc', withList({ 'Fn::GetAtt': ['Lookup', 'AWSManagedDomainsMalwareDomainList'] }))).toBe(
      'COMPLIANT',
    ));
  it('needs review when the lookup attribute names something else', () =>
    expect(statusOf(rule, 'Vpc', withList({ 'Fn::GetAtt': ['Lookup', 'Whatever'] }))).toBe('INSUFFICIENT_DATA'));
});
