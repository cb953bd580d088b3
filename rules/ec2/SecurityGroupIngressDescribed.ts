import { Tri } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { Permission, permissionsOf, permissionsOfItem } from './permissions';

interface Facts {
  /** Each ingress permission (inline index, standalone logical id or item range) and whether it has a description. */
  readonly rules: ReadonlyArray<{ readonly rule: string; readonly described: Tri }> | Unknown;
}

const described = (permissions: Permission[] | Unknown): Facts['rules'] =>
  isUnknown(permissions) ? permissions : permissions.map(({ rule, described }) => ({ rule, described }));

export const SecurityGroupIngressDescribed = defineRule<Facts>({
  id: 'SecurityGroupIngressDescribed',
  title: 'Every security group ingress rule has a description',
  description:
    'Cyber Essentials asks for boundary rules to be approved and documented; a description on each ingress rule records why it exists and lets reviewers remove the ones nobody needs.',
  severity: 'warning',
  controls: {
    ncscCsp: ['5.4', '11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  remediation:
    'Give every ingress rule a Description naming its business need and change reference (CDK: the description argument of connections.allowFrom / addIngressRule).',
  template: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts: (group, { index }) => ({ rules: described(permissionsOf(group, 'ingress', index)) }),
  },
  configItem: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts: (item) => ({ rules: described(permissionsOfItem(item, 'ingress')) }),
  },
  evaluate({ rules }) {
    if (isUnknown(rules)) return needsReview(`ingress rules are not known: ${rules.reason}`);
    const missing = rules.filter((r) => r.described === false).map((r) => r.rule);
    if (missing.length) return fail(`ingress without a description: ${missing.join(', ')}`);
    const undecided = rules.find((r) => isUnknown(r.described));
    if (undecided && isUnknown(undecided.described))
      return needsReview(`description of ${undecided.rule} is not known: ${undecided.described.reason}`);
    return pass(rules.length ? 'every ingress rule has a description' : 'the group has no ingress rules');
  },
});
