import { Tri } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { Permission, permissionsOf, permissionsOfItem, portRange, unknownDescriptions, worldOpenViolations } from './permissions';

/** TCP ports a security group may open to the whole internet: HTTPS, and HTTP for redirecting to it. */
export const AUTHORIZED_PUBLIC_TCP_PORTS = [80, 443];

interface Facts {
  readonly ingress: Permission[] | Unknown;
}

export const SecurityGroupOpenOnlyToAuthorizedPorts = defineRule<Facts>({
  id: 'SecurityGroupOpenOnlyToAuthorizedPorts',
  title: 'Security groups open only HTTP and HTTPS to the internet',
  description:
    'Every port reachable from 0.0.0.0/0 or ::/0 is attack surface; Cyber Essentials expects the boundary to allow only the services that have a business need, which for a web service is 443 (and 80 to redirect).',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS',
  remediation:
    'Limit ingress from 0.0.0.0/0 and ::/0 to TCP 443 (and 80 for redirects) on edge security groups; reach everything else from security groups or private ranges.',
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
    const { open, undecided, settled } = worldOpenViolations(ingress, (rule) => {
      const authorized = onlyAuthorizedPorts(rule);
      return isUnknown(authorized) ? authorized : !authorized;
    });
    if (open.length)
      return fail(`open to the internet beyond ports ${AUTHORIZED_PUBLIC_TCP_PORTS.join(' and ')}: ${open.join('; ')}`);
    if (undecided) return needsReview(`an ingress rule is not known: ${undecided.reason}`);
    return pass(`only ports ${AUTHORIZED_PUBLIC_TCP_PORTS.join(' and ')} are open to the internet, if any`, [
      ...settled,
      ...unknownDescriptions(ingress),
    ]);
  },
});

/**
 * Whether a world-open permission stays within the authorised TCP ports. Protocols
 * without ports (ICMP, used for path-MTU discovery) are not port exposure; UDP has
 * no authorised port.
 */
function onlyAuthorizedPorts(rule: Permission): Tri {
  const { protocol } = rule;
  if (isUnknown(protocol)) return protocol;
  if (protocol === '-1' || protocol === 'udp') return false;
  if (protocol !== 'tcp') return true;
  const range = portRange(rule);
  if (isUnknown(range)) return range;
  return range[0] === range[1] && AUTHORIZED_PUBLIC_TCP_PORTS.includes(range[0]);
}
