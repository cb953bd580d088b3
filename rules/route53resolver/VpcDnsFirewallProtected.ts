import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { field, listOf, recorded } from '../../lib/engine/facts';
import { AttributeRef } from '../../lib/engine/intrinsics';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { activeAssociations } from './associations';

/**
 * Where a BLOCK rule's domain list comes from: one of the AWS managed threat lists
 * (malware, botnet command and control, aggregate threat list) or the account's own.
 * A template cannot define a managed list, only reference it by id, so there a list
 * from outside the template is taken to be managed; a Config item names its owner.
 */
type ListSource = 'managed' | 'own' | Unknown;

interface AssociationFact {
  readonly association: string;
  /** Source of the domain list of each BLOCK rule in the associated rule group. */
  readonly blockedLists: ListSource[] | Unknown;
}

interface Facts {
  readonly associations: AssociationFact[] | Unknown;
}

const ASSOCIATION = 'AWS::Route53Resolver::FirewallRuleGroupAssociation';
const RULE_GROUP = 'AWS::Route53Resolver::FirewallRuleGroup';
const DOMAIN_LIST = 'AWS::Route53Resolver::FirewallDomainList';

export const VpcDnsFirewallProtected = defineRule<Facts>({
  id: 'VpcDnsFirewallProtected',
  title: 'VPCs block known-malicious domains with Route 53 Resolver DNS Firewall',
  description:
    'Malware and command-and-control traffic starts with a DNS lookup; a DNS Firewall blocking the AWS managed threat lists stops workloads resolving known-bad domains, a malware-protection and boundary control in one.',
  severity: 'warning',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration', 'logging-and-monitoring'],
    cyberEssentials: ['malware-protection'],
    internetFirst: ['IF-1', 'IF-2'],
  },
  remediation:
    'Associate an AWS::Route53Resolver::FirewallRuleGroup with the VPC (FirewallRuleGroupAssociation) whose rules BLOCK the AWS managed domain lists AWSManagedDomainsMalwareDomainList, AWSManagedDomainsBotnetCommandandControl and AWSManagedDomainsAggregateThreatList.',
  template: {
    resourceTypes: ['AWS::EC2::VPC'],
    facts(vpc, { index }) {
      const associations = index
        .referrers(vpc, ASSOCIATION, 'VpcId')
        .filter((a) => index.exists(a) !== false)
        .map((a) => {
          const exists = index.exists(a);
          return { association: a.logicalId, blockedLists: isUnknown(exists) ? exists : blockedLists(a, index) };
        });
      return { associations };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::VPC'],
    looksUp: [ASSOCIATION, RULE_GROUP, DOMAIN_LIST],
    facts(vpc, scope) {
      // an association counts while COMPLETE, and while UPDATING its priority or protection
      const associations = activeAssociations(vpc, scope, ASSOCIATION, 'VpcId', ['COMPLETE', 'UPDATING']);
      if (isUnknown(associations)) return { associations };
      return {
        associations: associations.map(({ item, active }) => ({
          association: item.resourceId,
          blockedLists: isUnknown(active) ? active : blockedListsOfItem(item, scope),
        })),
      };
    },
  },
  evaluate({ associations }) {
    if (isUnknown(associations)) return needsReview(`the VPC’s DNS Firewall associations are not known: ${associations.reason}`);
    if (associations.length === 0) return fail('no DNS Firewall rule group is associated with this VPC');
    let undecided: Unknown | undefined;
    let blocksSomething = false;
    for (const { blockedLists } of associations) {
      if (isUnknown(blockedLists)) {
        undecided ??= blockedLists;
        continue;
      }
      if (blockedLists.includes('managed')) return pass('a DNS Firewall rule group blocks managed threat domain lists');
      undecided ??= blockedLists.find(isUnknown) as Unknown | undefined;
      if (blockedLists.length) blocksSomething = true;
    }
    if (undecided) return needsReview(`a DNS Firewall rule is not known: ${undecided.reason}`);
    return fail(
      blocksSomething
        ? 'the DNS Firewall blocks only the account’s own domain lists, not the AWS managed threat lists'
        : 'the associated DNS Firewall rule groups block nothing',
    );
  },
});

function blockedLists(association: TemplateResource, index: TemplateIndex): ListSource[] | Unknown {
  const groupId = association.get('FirewallRuleGroupId');
  const group = index.target(groupId);
  if (group?.type !== RULE_GROUP) {
    return new Unknown(
      `the rule group of ${association.logicalId} is not defined in this template${isUnknown(groupId) ? `: ${groupId.reason}` : ''}`,
    );
  }
  return blockedBy(listOf(group.get('FirewallRules')), (listId) => {
    const list = index.target(listId);
    if (list) return listSource(list, listId, group);
    if (isUnknown(listId)) return listId;
    return typeof listId === 'string' ? 'managed' : undefined;
  });
}

/** The source of each BLOCK rule's domain list, as `sourceOf` tells it from the list id (undefined: no list). */
function blockedBy(rules: unknown[] | Unknown, sourceOf: (listId: unknown) => ListSource | undefined): ListSource[] | Unknown {
  if (isUnknown(rules)) return rules;
  const sources: ListSource[] = [];
  for (const rule of rules) {
    const action = field(rule, 'Action');
    if (isUnknown(action)) {
      sources.push(action);
      continue;
    }
    if (action !== 'BLOCK') continue;
    const source = sourceOf(field(rule, 'FirewallDomainListId'));
    if (source !== undefined) sources.push(source);
  }
  return sources;
}

/**
 * The rule group and its domain lists as Config records them. A group shared from
 * another account, or a list Config does not hold (AWS managed lists may not be
 * recorded in the account), leaves the source unknown.
 */
function blockedListsOfItem(association: ConfigItem, scope: ConfigScope): ListSource[] | Unknown {
  const groupId = recorded(association.configuration, 'FirewallRuleGroupId');
  if (typeof groupId !== 'string') return new Unknown(`${association.resourceId} does not record its rule group`);
  const group = scope.get(RULE_GROUP, groupId);
  if (!group) return new Unknown(`rule group ${groupId} is not among the recorded rule groups of this account-region`);
  return blockedBy(listOf(recorded(group.configuration, 'FirewallRules')), (listId) => {
    if (typeof listId !== 'string') return new Unknown(`a BLOCK rule of ${groupId} does not record its domain list`);
    const list = scope.get(DOMAIN_LIST, listId);
    if (!list) return new Unknown(`domain list ${listId} is not among the recorded domain lists of this account-region`);
    // only AWS managed lists have an owner name ("Route 53 Resolver DNS Firewall")
    return typeof list.configuration.ManagedOwnerName === 'string' && list.configuration.ManagedOwnerName !== ''
      ? 'managed'
      : 'own';
  });
}

/**
 * A list defined in the template is the customer's own. AWS managed lists have
 * region-specific ids, so a template may read them from a lookup: an attribute named
 * after an AWS managed list (`AWSManagedDomains…`) of a custom resource is taken to be
 * that list, as InternetFirstNetwork's lookup provides it.
 */
function listSource(list: TemplateResource, listId: unknown, group: TemplateResource): ListSource {
  if (list.type === DOMAIN_LIST) return 'own';
  const custom = list.type.startsWith('Custom::') || list.type === 'AWS::CloudFormation::CustomResource';
  if (custom && listId instanceof AttributeRef && listId.attr.startsWith('AWSManagedDomains')) return 'managed';
  return new Unknown(`domain list of ${group.logicalId} is a ${list.type}`);
}
