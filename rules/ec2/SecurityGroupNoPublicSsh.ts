import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import {
  Permission,
  coversPort,
  describePermission,
  isWorldOpen,
  permissionsOf,
  permissionsOfItem,
  unknownDescriptions,
} from './permissions';

interface Facts {
  readonly ingress: Permission[] | Unknown;
}

export const SecurityGroupNoPublicSsh = defineRule<Facts>({
  id: 'SecurityGroupNoPublicSsh',
  title: 'Security groups do not allow SSH from the internet',
  description:
    'SSH open to 0.0.0.0/0 or ::/0 exposes a management interface to brute force and exploit attempts; administration should go through Session Manager or a bastion reachable only from known ranges.',
  severity: 'error',
  controls: {
    ncscCsp: ['11', '12'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'INCOMING_SSH_DISABLED',
  remediation:
    'Remove ingress on TCP 22 from 0.0.0.0/0 and ::/0; use SSM Session Manager, or allow SSH only from a bastion security group.',
  template: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts: (group, { index }) => ({ ingress: permissionsOf(group, 'ingress', index) }),
  },
  configItem: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts: (item) => ({ ingress: permissionsOfItem(item, 'ingress') }),
  },
  evaluate({ ingress }) {
    if (isUnknown(ingress)) return needsReview(`ingress rules are not known: ${ingress.reason}`);
    const open: string[] = [];
    let undecided: Unknown | undefined;
    let sshAllowed = false;
    for (const rule of ingress) {
      const covers = coversPort(rule, 22);
      if (isUnknown(covers)) {
        undecided ??= covers;
        continue;
      }
      if (!covers) continue;
      sshAllowed = true;
      const world = isWorldOpen(rule);
      if (isUnknown(world)) undecided ??= world;
      else if (world) open.push(describePermission(rule));
    }
    if (open.length) return fail(`SSH is open to the internet: ${open.join('; ')}`);
    if (undecided) return needsReview(`an ingress rule is not known: ${undecided.reason}`);
    // A group that allows no SSH at all is outside this rule, as in AWS Config's evaluation of restricted-ssh.
    if (!sshAllowed) return notApplicable('no ingress rule allows port 22', unknownDescriptions(ingress));
    return pass('SSH is allowed only from restricted sources', unknownDescriptions(ingress));
  },
});
