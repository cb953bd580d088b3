import { ConfigItem, ConfigScope } from '../../lib/engine/config-item';
import { Tri, existing, or } from '../../lib/engine/facts';
import { AttributeRef } from '../../lib/engine/intrinsics';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isWorldCidr } from './cidr';
import { Direction, Permission, describePermission, permissionsOfItem } from './permissions';
import { vpcIdOfItem } from './route-items';

const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';

/** The custom resource CDK adds for `restrictDefaultSecurityGroup`: it revokes the default group's rules. */
export const CDK_RESTRICT_DEFAULT_SG = 'Custom::VpcRestrictDefaultSG';

interface Facts {
  /** Whether a CDK restrict-default-SG custom resource targets this VPC's default group. */
  readonly restricted: Tri;
  /** Ingress/egress resources that add rules to the default group. */
  readonly addedRules: string[];
}

export const VpcDefaultSecurityGroupClosed = defineRule<Facts>({
  id: 'VpcDefaultSecurityGroupClosed',
  title: 'The default security group of every VPC has no rules',
  description:
    'Every VPC is created with a default security group that allows all traffic between its members and all egress; anything launched without an explicit group lands in it, so its rules should be removed.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'VPC_DEFAULT_SECURITY_GROUP_CLOSED',
  remediation:
    'Revoke the default security group’s rules (CDK: restrictDefaultSecurityGroup: true, the default with the @aws-cdk/aws-ec2:restrictDefaultSecurityGroup feature flag) and add no rules to it.',
  template: {
    resourceTypes: ['AWS::EC2::VPC'],
    facts(vpc, { index }) {
      const restrictors = existing(index.referrers(vpc, CDK_RESTRICT_DEFAULT_SG), index)
        .filter((r) => targetsDefaultGroup(r.get('DefaultSecurityGroupId'), vpc))
        .map((r) => index.exists(r));
      const addedRules = ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']
        .flatMap((type) => existing(index.referrers(vpc, type, 'GroupId'), index))
        .filter((r) => targetsDefaultGroup(r.get('GroupId'), vpc))
        .map((r) => r.logicalId);
      return { restricted: or(...restrictors), addedRules };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::VPC'],
    // only each VPC's default group: an estate's other groups need not wait in memory
    looksUp: [{ type: SECURITY_GROUP, keep: (g) => (isDefaultGroup(g) ? g : undefined) }],
    facts(vpc, scope) {
      const group = defaultGroupOf(vpc, scope);
      if (isUnknown(group)) return { restricted: group, addedRules: [] };
      const defaults: Permission[] = [];
      const added: Permission[] = [];
      let unread: Unknown | undefined;
      for (const direction of ['ingress', 'egress'] as const) {
        const read = permissionsOfItem(group, direction);
        if (isUnknown(read)) unread ??= read;
        else for (const p of read) (IS_DEFAULT_RULE[direction](p) ? defaults : added).push(p);
      }
      // The group is restricted when none of the rules EC2 creates with it is left.
      return { restricted: defaults.length ? false : (unread ?? true), addedRules: added.map(describePermission) };
    },
  },
  evaluate({ restricted, addedRules }) {
    if (addedRules.length) return fail(`rules are added to the default security group: ${addedRules.join(', ')}`);
    if (isUnknown(restricted)) return needsReview(`whether the default group is restricted is not known: ${restricted.reason}`);
    if (restricted) return pass('the default security group’s rules are revoked');
    return fail('the default security group keeps its default rules (all traffic between members, all egress)');
  },
});

/** Whether a resolved value is the VPC's DefaultSecurityGroup attribute. */
function targetsDefaultGroup(value: unknown, vpc: TemplateResource): boolean {
  return value instanceof AttributeRef && value.ref === vpc.logicalId && value.attr === 'DefaultSecurityGroup';
}

const isDefaultGroup = (group: ConfigItem) => group.configuration.groupName === 'default';

/** The VPC's default security group item, or an Unknown saying why it cannot be read. */
function defaultGroupOf(vpc: ConfigItem, scope: ConfigScope): ConfigItem | Unknown {
  const vpcId = vpcIdOfItem(vpc);
  if (isUnknown(vpcId)) return vpcId;
  if (!scope.records(SECURITY_GROUP))
    return new Unknown(`security groups are not recorded, so the default group of ${vpcId} cannot be read`);
  const group = scope.ofType(SECURITY_GROUP).find((g) => isDefaultGroup(g) && g.configuration.vpcId === vpcId);
  // Every VPC has a default group: not finding it means it was not read, not that it is absent.
  return group ?? new Unknown(`the default security group of ${vpcId} is not among the scanned items`);
}

/** The rules EC2 creates with a default group: all traffic in from its own members, all traffic out to anywhere. */
const IS_DEFAULT_RULE: Record<Direction, (p: Permission) => boolean> = {
  ingress: (p) => p.protocol === '-1' && p.cidrIp === undefined && p.cidrIpv6 === undefined,
  egress: (p) => p.protocol === '-1' && (isWorldCidr(p.cidrIp) === true || isWorldCidr(p.cidrIpv6) === true),
};
