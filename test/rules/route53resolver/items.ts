import { ConfigItem } from '../../../lib/engine/config-item';
import { configItem } from '../harness';

/*
 * Route 53 Resolver items as AWS Config records them (CloudFormation's property
 * names), around one VPC: a DNS Firewall association, its rule group and domain
 * lists, and a query logging association.
 */
export const VPC_ID = 'vpc-0a1b2c3d';
export const MANAGED_LIST = 'rslvr-fdl-managed';
export const OWN_LIST = 'rslvr-fdl-own';

export const vpc = (): ConfigItem =>
  configItem('AWS::EC2::VPC', { vpcId: VPC_ID, cidrBlock: '10.0.0.0/16' }, { resourceId: VPC_ID });

export const firewallAssociation = (status = 'COMPLETE', groupId = 'rslvr-frg-1'): ConfigItem =>
  configItem(
    'AWS::Route53Resolver::FirewallRuleGroupAssociation',
    {
      Id: 'rslvr-frgassoc-1',
      FirewallRuleGroupId: groupId,
      VpcId: VPC_ID,
      Priority: 101,
      MutationProtection: 'ENABLED',
      Status: status,
    },
    { resourceId: 'rslvr-frgassoc-1' },
  );

export const ruleGroup = (...rules: { action: string; list: string }[]): ConfigItem =>
  configItem(
    'AWS::Route53Resolver::FirewallRuleGroup',
    {
      Id: 'rslvr-frg-1',
      Name: 'threats',
      RuleCount: rules.length,
      Status: 'COMPLETE',
      FirewallRules: rules.map(({ action, list }, i) => ({
        Action: action,
        FirewallDomainListId: list,
        Priority: i + 1,
        ...(action === 'BLOCK' ? { BlockResponse: 'NODATA' } : {}),
      })),
    },
    { resourceId: 'rslvr-frg-1' },
  );

/** The AWS managed malware list, owned by the service, and a list of the account's own. */
export const domainLists = (): ConfigItem[] => [
  configItem(
    'AWS::Route53Resolver::FirewallDomainList',
    {
      Id: MANAGED_LIST,
      Name: 'AWSManagedDomainsMalwareDomainList',
      ManagedOwnerName: 'Route 53 Resolver DNS Firewall',
      Status: 'COMPLETE',
    },
    { resourceId: MANAGED_LIST },
  ),
  configItem(
    'AWS::Route53Resolver::FirewallDomainList',
    { Id: OWN_LIST, Name: 'blocked', DomainCount: 1, Status: 'COMPLETE' },
    { resourceId: OWN_LIST },
  ),
];

export const queryLogAssociation = (status = 'ACTIVE'): ConfigItem =>
  configItem(
    'AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation',
    { Id: 'rqlca-1', ResolverQueryLogConfigId: 'rqlc-1', ResourceId: VPC_ID, Status: status },
    { resourceId: 'rqlca-1' },
  );

export const ITEMS = [
  vpc(),
  firewallAssociation(),
  ruleGroup({ action: 'BLOCK', list: MANAGED_LIST }, { action: 'ALERT', list: OWN_LIST }),
  ...domainLists(),
  queryLogAssociation(),
];
