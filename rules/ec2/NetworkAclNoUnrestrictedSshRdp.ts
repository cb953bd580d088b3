import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { asBoolean, field } from './values';

const ADMIN_PORTS = [22, 3389];

interface Entry {
  readonly id: string;
  readonly ruleNumber: unknown;
  readonly egress: unknown;
  readonly action: unknown;
  readonly cidr: unknown;
  readonly ipv6Cidr: unknown;
  readonly protocol: unknown;
  readonly fromPort: unknown;
  readonly toPort: unknown;
}

interface Facts {
  readonly entries: Entry[];
}

export const NetworkAclNoUnrestrictedSshRdp = defineRule<Facts>({
  id: 'NetworkAclNoUnrestrictedSshRdp',
  title: 'Network ACLs do not allow SSH or RDP from the internet',
  description:
    'A network ACL entry that allows 0.0.0.0/0 or ::/0 to ports 22 or 3389 removes the subnet-level backstop for exposed management interfaces.',
  severity: 'error',
  controls: {
    ncscCsp: ['11'],
    tenSteps: ['architecture-and-configuration'],
    cyberEssentials: ['firewalls'],
    internetFirst: ['IF-1'],
  },
  configRule: 'NACL_NO_UNRESTRICTED_SSH_RDP',
  remediation:
    'Remove inbound allow entries from 0.0.0.0/0 and ::/0 that cover TCP 22 or 3389, or put a lower-numbered deny entry for those ports in front of them.',
  template: {
    resourceTypes: ['AWS::EC2::NetworkAcl'],
    facts(acl, { index }) {
      const entries = index
        .referrers(acl, 'AWS::EC2::NetworkAclEntry', 'NetworkAclId')
        .filter((e) => index.exists(e) !== false)
        .map((e) => ({
          id: e.logicalId,
          ruleNumber: e.get('RuleNumber'),
          egress: e.get('Egress'),
          action: e.get('RuleAction'),
          cidr: e.get('CidrBlock'),
          ipv6Cidr: e.get('Ipv6CidrBlock'),
          protocol: e.get('Protocol'),
          fromPort: field(e.get('PortRange'), 'From'),
          toPort: field(e.get('PortRange'), 'To'),
        }));
      return { entries };
    },
  },
  evaluate({ entries }) {
    const open: string[] = [];
    let undecided: Unknown | undefined;
    for (const [family, world] of [
      ['cidr', '0.0.0.0/0'],
      ['ipv6Cidr', '::/0'],
    ] as const) {
      for (const port of ADMIN_PORTS) {
        const verdict = firstMatch(entries, family, world, port);
        if (isUnknown(verdict)) undecided ??= verdict;
        else if (verdict) open.push(`port ${port} from ${world} (${verdict})`);
      }
    }
    if (open.length) return fail(`inbound allowed from the internet: ${open.join('; ')}`);
    if (undecided) return needsReview(`an entry is not known: ${undecided.reason}`);
    return pass('no entry allows SSH or RDP from the internet');
  },
});

/**
 * Walks inbound entries in rule-number order as the ACL does: the first entry that
 * matches world traffic to the port decides. Returns the allowing entry's id, false
 * when a deny comes first (or nothing matches: the implicit deny), or an Unknown.
 */
function firstMatch(entries: Entry[], family: 'cidr' | 'ipv6Cidr', world: string, port: number): string | false | Unknown {
  const inbound: Entry[] = [];
  for (const e of entries) {
    const egress = asBoolean(e.egress);
    if (isUnknown(egress)) return egress;
    if (!egress) inbound.push(e);
  }
  const unordered = inbound.find((e) => isUnknown(e.ruleNumber));
  if (unordered) return unordered.ruleNumber as Unknown;
  inbound.sort((a, b) => Number(a.ruleNumber) - Number(b.ruleNumber));
  for (const e of inbound) {
    const source = e[family];
    if (isUnknown(source)) return source;
    if (source !== world) continue;
    const covers = coversTcpPort(e, port);
    if (isUnknown(covers)) return covers;
    if (!covers) continue;
    if (isUnknown(e.action)) return e.action;
    return String(e.action).toLowerCase() === 'allow' ? e.id : false;
  }
  return false;
}

/** Protocol -1 is every protocol and port; 6 (TCP) needs a PortRange covering the port. */
function coversTcpPort(e: Entry, port: number): boolean | Unknown {
  for (const v of [e.protocol, e.fromPort, e.toPort]) if (isUnknown(v)) return v;
  const proto = String(e.protocol);
  if (proto === '-1') return true;
  if (proto !== '6') return false;
  return Number(e.fromPort) <= port && port <= Number(e.toPort);
}
