import { or } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, notApplicable, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import {
  Permission,
  carriesPorts,
  coversPort,
  permissionsOf,
  permissionsOfItem,
  unknownDescriptions,
  worldOpenViolations,
} from './permissions';

/** Remote administration and data-store ports that must never face the internet. */
export const ADMIN_AND_DATA_PORTS = [20, 21, 22, 23, 3389, 1433, 1521, 3306, 5432, 5439, 6379, 9200, 11211, 27017];

interface Facts {
  readonly ingress: Permission[] | Unknown;
}

export const SecurityGroupNoPublicAdminPorts = defineRule<Facts>({
  id: 'SecurityGroupNoPublicAdminPorts',
  title: 'Security groups do not open administration or database ports to the internet',
  description:
    'SSH, RDP and database ports reachable from 0.0.0.0/0 or ::/0 are the commonest way into cloud estates; Cyber Essentials requires such services to be blocked at the boundary.',
  severity: 'error',
  controls: {
    ncscCsp: ['11', '12'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'RESTRICTED_INCOMING_TRAFFIC',
  remediation:
    'Remove 0.0.0.0/0 and ::/0 from ingress on these ports; administer through SSM Session Manager and reach databases from application security groups only.',
  template: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts: (group, { index }) => ({ ingress: permissionsOf(group, 'ingress', index) }),
  },
  configItem: {
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    facts: (item) => ({ ingress: permissionsOfItem(item, 'ingress') }),
  },
  evaluate({ ingress }) {
    if (isUnknown(ingress)) return needsReview(`ingress rules could not be read: ${ingress.reason}`);
    const { open, undecided, settled } = worldOpenViolations(ingress, (rule) =>
      or(...ADMIN_AND_DATA_PORTS.map((port) => coversPort(rule, port))),
    );
    if (open.length) return fail(`open to the internet on an administration or database port: ${open.join('; ')}`);
    if (undecided) return needsReview(`an ingress rule could not be read: ${undecided.reason}`);
    // Without TCP or UDP ingress there is no port to restrict (AWS Config evaluates such groups as out of scope too).
    if (!ingress.some((rule) => carriesPorts(rule) !== false))
      return notApplicable('no ingress rule allows TCP or UDP traffic', [...settled, ...unknownDescriptions(ingress)]);
    return pass('no administration or database port is open to the internet', [...settled, ...unknownDescriptions(ingress)]);
  },
});
