import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
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
    // Unknowns in a permission from a restricted source cannot open SSH to the internet: the verdict does not rest on them.
    const irrelevant: Unknown[] = unknownDescriptions(ingress);
    for (const rule of ingress) {
      const world = isWorldOpen(rule);
      const covers = coversPort(rule, 22);
      if (world === false) {
        if (covers === true) sshAllowed = true;
        irrelevant.push(...unknownsIn(rule));
        continue;
      }
      if (covers === false) continue;
      if (isUnknown(covers)) {
        undecided ??= covers;
        continue;
      }
      sshAllowed = true;
      if (isUnknown(world)) undecided ??= world;
      else open.push(describePermission(rule));
    }
    if (open.length) return fail(`SSH is open to the internet: ${open.join('; ')}`);
    if (undecided) return needsReview(`an ingress rule is not known: ${undecided.reason}`);
    // A group that allows no SSH at all is outside this rule, as in AWS Config's evaluation of restricted-ssh.
    if (!sshAllowed) return notApplicable('no ingress rule allows port 22 from the internet', irrelevant);
    return pass('SSH is allowed only from restricted sources', irrelevant);
  },
});
