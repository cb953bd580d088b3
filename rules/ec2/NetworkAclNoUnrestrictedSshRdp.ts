import { Maybe, Tri, asBoolean, asNumber, asString, existing, field, listOf } from '../../lib/engine/facts';
import { defineRule, fail, needsReview, pass } from '../../lib/engine/rule';
import { Unknown, isUnknown } from '../../lib/engine/unknown';
import { isWorldCidr } from './cidr';
import { normaliseProtocol } from './permissions';
import { lower } from './text';

const ADMIN_PORTS = [22, 3389];

interface Entry {
  readonly id: string;
  readonly ruleNumber: Maybe<number>;
  readonly egress: Maybe<boolean>;
  /** `allow` or `deny`, lower case. */
  readonly action: Maybe<string>;
  readonly cidr: Maybe<string>;
  readonly ipv6Cidr: Maybe<string>;
  readonly protocol: string | Unknown;
  readonly fromPort: Maybe<number>;
  readonly toPort: Maybe<number>;
}

interface Facts {
  readonly entries: Entry[] | Unknown;
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
      const entries = existing(index.referrers(acl, 'AWS::EC2::NetworkAclEntry', 'NetworkAclId'), index).map((e) =>
        toEntry(e.logicalId, e.properties, {
          ruleNumber: 'RuleNumber',
          egress: 'Egress',
          action: 'RuleAction',
          cidr: 'CidrBlock',
          ipv6Cidr: 'Ipv6CidrBlock',
          protocol: 'Protocol',
          portRange: 'PortRange',
          from: 'From',
          to: 'To',
        }),
      );
      return { entries };
    },
  },
  configItem: {
    resourceTypes: ['AWS::EC2::NetworkAcl'],
    facts(item) {
      const listed = item.configuration.entries;
      if (listed === undefined) return { entries: new Unknown('the configuration item does not record the entries') };
      const entries = listOf(listed);
      if (isUnknown(entries)) return { entries };
      return {
        entries: entries.map((e, i) =>
          toEntry(`entry #${i + 1}`, e, {
            ruleNumber: 'ruleNumber',
            egress: 'egress',
            action: 'ruleAction',
            cidr: 'cidrBlock',
            ipv6Cidr: 'ipv6CidrBlock',
            protocol: 'protocol',
            portRange: 'portRange',
            from: 'from',
            to: 'to',
          }),
        ),
      };
    },
  },
  evaluate({ entries }) {
    if (isUnknown(entries)) return needsReview(`the entries are not known: ${entries.reason}`);
    const open: string[] = [];
    let undecided: Unknown | undefined;
    for (const family of ['cidr', 'ipv6Cidr'] as const) {
      for (const port of ADMIN_PORTS) {
        const verdict = firstMatch(entries, family, port);
        if (isUnknown(verdict)) undecided ??= verdict;
        else if (verdict) open.push(`port ${port} from ${String(verdict[family])} (${verdict.id})`);
      }
    }
    if (open.length) return fail(`inbound allowed from the internet: ${open.join('; ')}`);
    if (undecided) return needsReview(`an entry is not known: ${undecided.reason}`);
    return pass('no entry allows SSH or RDP from the internet');
  },
});

function toEntry(id: string, raw: unknown, names: Record<string, string>): Entry {
  const range = field(raw, names.portRange);
  return {
    id,
    ruleNumber: asNumber(field(raw, names.ruleNumber)),
    egress: asBoolean(field(raw, names.egress)),
    action: lower(asString(field(raw, names.action))),
    cidr: asString(field(raw, names.cidr)),
    ipv6Cidr: asString(field(raw, names.ipv6Cidr)),
    protocol: normaliseProtocol(field(raw, names.protocol)),
    fromPort: asNumber(field(range, names.from)),
    toPort: asNumber(field(range, names.to)),
  };
}

/**
 * Walks inbound entries in rule-number order as the ACL does: the first entry that
 * matches world traffic to the port decides. Returns the allowing entry, false
 * when a deny comes first (or nothing matches: the implicit deny), or an Unknown.
 */
function firstMatch(entries: readonly Entry[], family: 'cidr' | 'ipv6Cidr', port: number): Entry | false | Unknown {
  const inbound: Entry[] = [];
  for (const e of entries) {
    if (isUnknown(e.egress)) return e.egress;
    if (!e.egress) inbound.push(e);
  }
  const unordered = inbound.find((e) => typeof e.ruleNumber !== 'number');
  if (unordered)
    return isUnknown(unordered.ruleNumber) ? unordered.ruleNumber : new Unknown(`${unordered.id} has no rule number`);
  inbound.sort((a, b) => (a.ruleNumber as number) - (b.ruleNumber as number));
  for (const e of inbound) {
    const world = isWorldCidr(e[family]);
    if (isUnknown(world)) return world;
    if (!world) continue;
    const covers = coversTcpPort(e, port);
    if (isUnknown(covers)) return covers;
    if (!covers) continue;
    if (isUnknown(e.action)) return e.action;
    return e.action === 'allow' ? e : false;
  }
  return false;
}

/** Protocol -1 is every protocol and port; TCP needs a port range covering the port. */
function coversTcpPort(e: Entry, port: number): Tri {
  if (isUnknown(e.protocol)) return e.protocol;
  if (e.protocol === '-1') return true;
  if (e.protocol !== 'tcp') return false;
  if (isUnknown(e.fromPort)) return e.fromPort;
  if (isUnknown(e.toPort)) return e.toPort;
  if (e.fromPort === undefined || e.toPort === undefined) return new Unknown('a TCP entry has no port range');
  return e.fromPort <= port && port <= e.toPort;
}
