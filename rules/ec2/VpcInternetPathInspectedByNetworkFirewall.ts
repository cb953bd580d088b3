import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { POLICY_TYPE, statefulRuleGroupCount } from '../networkfirewall/policy';
import { FIREWALL_TYPE, firewallsIn, internetGatewaysOf } from './network';
import {
  INTERNET_GATEWAY,
  firewallsInVpcItem,
  internetGatewaysOfItem,
  nameOf,
  statefulRuleGroupsOfFirewallItem,
  vpcIdOfItem,
} from './route-items';

interface Facts {
  readonly internetGateway: boolean | Unknown;
  /** Each Network Firewall in the VPC, with the number of stateful rule groups its policy references. */
  readonly firewalls: ReadonlyArray<{ readonly id: string; readonly statefulRuleGroups: number | Unknown }>;
  /** Set when some other firewall's VPC cannot be read, so it may sit in this one. */
  readonly otherFirewalls?: Unknown;
}

export const VpcInternetPathInspectedByNetworkFirewall = defineRule<Facts>({
  id: 'VpcInternetPathInspectedByNetworkFirewall',
  title: 'VPCs with an internet gateway have a stateful Network Firewall',
  description:
    'Internet First requires boundary protection with a stateful firewall on internet connections; a VPC with an internet gateway but no stateful Network Firewall has only security groups between its workloads and the internet.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Deploy an AWS::NetworkFirewall::Firewall in the VPC (firewall subnets in each AZ) whose FirewallPolicy references at least one stateful rule group, and route internet traffic through its endpoints.',
  template: {
    resourceTypes: ['AWS::EC2::VPC'],
    facts(vpc, { index }) {
      const { attached } = internetGatewaysOf(vpc, index);
      // Firewalls only matter once the VPC has an internet path; reading them otherwise would only add noise.
      if (attached === false) return { internetGateway: false, firewalls: [] };
      const { firewalls, undecided } = firewallsIn(vpc, index);
      return {
        internetGateway: attached,
        firewalls: firewalls.map((f) => ({ id: f.logicalId, statefulRuleGroups: statefulRuleGroupCount(f, index) })),
        otherFirewalls: undecided,
      };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::VPC'],
    looksUp: [INTERNET_GATEWAY, FIREWALL_TYPE, POLICY_TYPE],
    facts(vpc, scope) {
      const vpcId = vpcIdOfItem(vpc);
      if (isUnknown(vpcId)) return { internetGateway: vpcId, firewalls: [] };
      const { attached } = internetGatewaysOfItem(vpcId, scope);
      if (attached === false) return { internetGateway: false, firewalls: [] };
      const { firewalls, undecided } = firewallsInVpcItem(vpcId, scope);
      return {
        internetGateway: attached,
        firewalls: firewalls.map((f) => ({ id: nameOf(f), statefulRuleGroups: statefulRuleGroupsOfFirewallItem(f, scope) })),
        otherFirewalls: undecided,
      };
    },
  },
  evaluate({ internetGateway, firewalls, otherFirewalls }) {
    if (isUnknown(internetGateway))
      return needsReview(`whether an internet gateway is attached is not known: ${internetGateway.reason}`);
    if (!internetGateway) return notApplicable('no internet gateway is attached to this VPC');
    const inspecting = firewalls.find((f) => typeof f.statefulRuleGroups === 'number' && f.statefulRuleGroups > 0);
    if (inspecting) return pass(`internet traffic can be inspected by the stateful rules of firewall ${inspecting.id}`);
    const undecided = firewalls.find((f) => isUnknown(f.statefulRuleGroups));
    if (undecided && isUnknown(undecided.statefulRuleGroups)) {
      return needsReview(
        `stateful rule groups of firewall ${undecided.id} are not known: ${undecided.statefulRuleGroups.reason}`,
      );
    }
    if (firewalls.length)
      return fail(
        `firewall ${firewalls.map((f) => f.id).join(', ')} has no stateful rule group, so internet traffic is not inspected statefully`,
      );
    if (otherFirewalls) return needsReview(`no firewall is known to be in this VPC: ${otherFirewalls.reason}`);
    return fail('an internet gateway is attached but no Network Firewall is deployed in this VPC');
  },
});
