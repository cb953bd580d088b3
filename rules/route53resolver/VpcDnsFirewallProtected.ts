import { field, listOf } from '../../lib/engine/facts';
import { AttributeRef } from '../../lib/engine/intrinsics';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/**
 * Where a BLOCK rule's domain list comes from. AWS managed threat lists
 * (malware, botnet command and control, aggregate threat list) cannot be defined
 * in a template, only referenced by id, so a list from outside the template is
 * taken to be one of them; a list defined in the template is the customer's own.
 */
type ListSource = 'external' | 'template' | Unknown;

interface AssociationFact {
  readonly association: string;
  /** Source of the domain list of each BLOCK rule in the associated rule group. */
  readonly blockedLists: ListSource[] | Unknown;
}

interface Facts {
  readonly associations: AssociationFact[];
}

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
        .referrers(vpc, 'AWS::Route53Resolver::FirewallRuleGroupAssociation', 'VpcId')
        .filter((a) => index.exists(a) !== false)
        .map((a) => {
          const exists = index.exists(a);
          return { association: a.logicalId, blockedLists: isUnknown(exists) ? exists : blockedLists(a, index) };
        });
      return { associations };
    },
  },
  evaluate({ associations }) {
    if (associations.length === 0) return fail('no DNS Firewall rule group is associated with this VPC');
    let undecided: Unknown | undefined;
    let blocksSomething = false;
    for (const { blockedLists } of associations) {
      if (isUnknown(blockedLists)) {
        undecided ??= blockedLists;
        continue;
      }
      if (blockedLists.includes('external')) return pass('a DNS Firewall rule group blocks managed threat domain lists');
      undecided ??= blockedLists.find(isUnknown) as Unknown | undefined;
      if (blockedLists.length) blocksSomething = true;
    }
    if (undecided) return needsReview(`a DNS Firewall rule is not known: ${undecided.reason}`);
    return fail(
      blocksSomething
        ? 'the DNS Firewall blocks only domain lists defined in this template, not the AWS managed threat lists'
        : 'the associated DNS Firewall rule groups block nothing',
    );
  },
});

function blockedLists(association: TemplateResource, index: TemplateIndex): ListSource[] | Unknown {
  const groupId = association.get('FirewallRuleGroupId');
  const group = index.target(groupId);
  if (group?.type !== 'AWS::Route53Resolver::FirewallRuleGroup') {
    return new Unknown(
      `the rule group of ${association.logicalId} is not defined in this template${isUnknown(groupId) ? `: ${groupId.reason}` : ''}`,
    );
  }
  const rules = listOf(group.get('FirewallRules'));
  if (isUnknown(rules)) return rules;
  const sources: ListSource[] = [];
  for (const rule of rules) {
    const action = field(rule, 'Action');
    if (isUnknown(action)) {
      sources.push(action);
      continue;
    }
    if (action !== 'BLOCK') continue;
    const listId = field(rule, 'FirewallDomainListId');
    const list = index.target(listId);
    if (list) sources.push(listSource(list, listId, group));
    else if (isUnknown(listId)) sources.push(listId);
    else if (typeof listId === 'string') sources.push('external');
  }
  return sources;
}

/**
 * A list defined in the template is the customer's own. AWS managed lists have
 * region-specific ids, so a template may read them from a lookup: an attribute named
 * after an AWS managed list (`AWSManagedDomains…`) of a custom resource is taken to be
 * that list, as InternetFirstNetwork's lookup provides it.
 */
function listSource(list: TemplateResource, listId: unknown, group: TemplateResource): ListSource {
  if (list.type === 'AWS::Route53Resolver::FirewallDomainList') return 'template';
  const custom = list.type.startsWith('Custom::') || list.type === 'AWS::CloudFormation::CustomResource';
  if (custom && listId instanceof AttributeRef && listId.attr.startsWith('AWSManagedDomains')) return 'external';
  return new Unknown(`domain list of ${group.logicalId} is a ${list.type}`);
}
