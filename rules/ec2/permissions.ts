import { ConfigItem } from '../../lib/engine/config-item';
import { Maybe, Tri, asNumber, asString, existing, field, isSet, listOf } from '../../lib/engine/facts';
import { TemplateIndex, TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown, unknownsIn } from '../../lib/engine/unknown';
import { isWorldCidr } from './cidr';

/**
 * One permission of a security group with a single source, as far as it is known:
 * an inline SecurityGroupIngress/Egress entry, a standalone AWS::EC2::SecurityGroup
 * Ingress/Egress resource, or one range of a Config item's ipPermissions. Every rule
 * that reads security group rules reads them through this module, so a rule list
 * that is not a list is unknown for all of them alike.
 */
export interface Permission {
  /** For messages: `ingress #2`, or the logical id of a standalone rule resource. */
  readonly rule: string;
  /** Normalised: `-1` (all traffic), `tcp`, `udp`, `icmp`, `icmpv6`, or another protocol number. */
  readonly protocol: string | Unknown;
  readonly fromPort: Maybe<number>;
  readonly toPort: Maybe<number>;
  readonly cidrIp: Maybe<string>;
  readonly cidrIpv6: Maybe<string>;
  readonly described: Tri;
}

export type Direction = 'ingress' | 'egress';

const INLINE = { ingress: 'SecurityGroupIngress', egress: 'SecurityGroupEgress' } as const;
const STANDALONE = { ingress: 'AWS::EC2::SecurityGroupIngress', egress: 'AWS::EC2::SecurityGroupEgress' } as const;
const ITEM = { ingress: 'ipPermissions', egress: 'ipPermissionsEgress' } as const;
const LEGACY_RANGE = new Unknown('the item lists the range only in ipRanges, which carries no description');
const PROTOCOLS: Record<string, string> = { all: '-1', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** A protocol as EC2 means it, whichever of its names or numbers the source uses. */
export function normaliseProtocol(value: unknown): string | Unknown {
  const text = asString(value);
  if (text === undefined) return new Unknown('a rule names no protocol');
  if (isUnknown(text)) return text;
  const p = text.trim().toLowerCase();
  return PROTOCOLS[p] ?? p;
}

/**
 * The permissions of a security group in a template: its inline list and every
 * standalone rule resource whose GroupId refers to it (how CDK writes rules between groups).
 */
export function permissionsOf(group: TemplateResource, direction: Direction, index: TemplateIndex): Permission[] | Unknown {
  const inline = listOf(group.get(INLINE[direction]));
  if (isUnknown(inline)) return inline;
  const out = inline.map((entry, i) => fromTemplate(entry, `${direction} #${i + 1}`));
  for (const standalone of existing(index.referrers(group, STANDALONE[direction], 'GroupId'), index)) {
    out.push(fromTemplate(standalone.properties, standalone.logicalId));
  }
  return out;
}

function fromTemplate(entry: unknown, rule: string): Permission {
  if (isUnknown(entry) || entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    const u = isUnknown(entry) ? entry : new Unknown(`${rule} is not a security group rule`);
    return { rule, protocol: u, fromPort: u, toPort: u, cidrIp: u, cidrIpv6: u, described: u };
  }
  return {
    rule,
    protocol: normaliseProtocol(field(entry, 'IpProtocol')),
    fromPort: asNumber(field(entry, 'FromPort')),
    toPort: asNumber(field(entry, 'ToPort')),
    cidrIp: asString(field(entry, 'CidrIp')),
    cidrIpv6: asString(field(entry, 'CidrIpv6')),
    described: isSet(field(entry, 'Description')),
  };
}

/**
 * The permissions of a security group's configuration item. EC2 groups sources under
 * one permission; each source becomes a permission of its own, as in a template.
 */
export function permissionsOfItem(item: ConfigItem, direction: Direction): Permission[] | Unknown {
  // Items do not change once read, and four rules read each group's permissions: read them once per item.
  const cached = READ.get(item)?.[direction];
  if (cached) return cached;
  const read = readPermissionsOfItem(item, direction);
  READ.set(item, { ...READ.get(item), [direction]: read });
  return read;
}

const READ = new WeakMap<ConfigItem, Partial<Record<Direction, Permission[] | Unknown>>>();

function readPermissionsOfItem(item: ConfigItem, direction: Direction): Permission[] | Unknown {
  const listed = item.configuration[ITEM[direction]];
  if (listed === undefined) return new Unknown(`the configuration item does not record ${ITEM[direction]}`);
  const permissions = listOf(listed);
  if (isUnknown(permissions)) return permissions;
  const out: Permission[] = [];
  permissions.forEach((p, i) => {
    const rule = `${direction} #${i + 1}`;
    const base = {
      rule,
      protocol: normaliseProtocol(field(p, 'ipProtocol')),
      fromPort: asNumber(field(p, 'fromPort')),
      toPort: asNumber(field(p, 'toPort')),
    };
    const none = { cidrIp: undefined, cidrIpv6: undefined };
    // Older items carry IPv4 sources only as the plain strings of ipRanges.
    const v4 = listOf(field(p, 'ipv4Ranges'));
    const sources: Array<readonly [unknown[] | Unknown, 'cidrIp' | 'cidrIpv6' | undefined]> = [
      [!isUnknown(v4) && v4.length === 0 ? listOf(field(p, 'ipRanges')) : v4, 'cidrIp'],
      [listOf(field(p, 'ipv6Ranges')), 'cidrIpv6'],
      [listOf(field(p, 'prefixListIds')), undefined],
      [listOf(field(p, 'userIdGroupPairs')), undefined],
    ];
    for (const [list, key] of sources) {
      if (isUnknown(list)) {
        out.push({ ...base, cidrIp: list, cidrIpv6: list, described: list });
        continue;
      }
      for (const source of list) {
        const described = isSet(field(source, 'description'));
        if (key === undefined) out.push({ ...base, ...none, described });
        else if (typeof source === 'string') out.push({ ...base, ...none, [key]: source, described: LEGACY_RANGE });
        else out.push({ ...base, ...none, [key]: asString(field(source, key)), described });
      }
    }
  });
  return out;
}

/** Whether the permission is open to the whole internet, in any spelling of IPv4 or IPv6. */
export function isWorldOpen(p: Permission): Tri {
  const v4 = isWorldCidr(p.cidrIp);
  if (v4 === true) return true;
  const v6 = isWorldCidr(p.cidrIpv6);
  if (v6 === true) return true;
  return isUnknown(v4) ? v4 : v6;
}

/** Whether the permission carries TCP or UDP ports (all traffic included); Unknown when its protocol is not known. */
export function carriesPorts(p: Permission): Tri {
  if (isUnknown(p.protocol)) return p.protocol;
  return p.protocol === '-1' || p.protocol === 'tcp' || p.protocol === 'udp';
}

/** Whether the permission covers a TCP or UDP port; Unknown when its protocol or range is not known. */
export function coversPort(p: Permission, port: number): Tri {
  const carries = carriesPorts(p);
  if (carries !== true) return carries;
  if (p.protocol === '-1') return true;
  const range = portRange(p);
  return isUnknown(range) ? range : range[0] <= port && port <= range[1];
}

/** The port range of a TCP or UDP permission; -1 or absent ports mean every port. */
export function portRange(p: Permission): readonly [number, number] | Unknown {
  const { fromPort, toPort } = p;
  if (isUnknown(fromPort)) return fromPort;
  if (isUnknown(toPort)) return toPort;
  if (fromPort === -1 || toPort === -1) return [0, 65535];
  return [fromPort ?? 0, toPort ?? 65535];
}

/** A short description of the permission's ports and source, for messages. */
export function describePermission(p: Permission): string {
  const range = portRange(p);
  const ports =
    p.protocol === '-1'
      ? 'all traffic'
      : isUnknown(range)
        ? `${String(p.protocol)} ports`
        : range[0] === range[1]
          ? `port ${range[0]}`
          : `ports ${range[0]}-${range[1]}`;
  const source = [p.cidrIp, p.cidrIpv6].find((c) => typeof c === 'string') ?? 'another source';
  return `${ports} from ${source} (${p.rule})`;
}

/**
 * The world-open permissions for which `violates` holds, described for a message;
 * `undecided` is the first permission whose source or ports could not be read;
 * `settled` are the Unknowns of permissions that cannot violate whatever they are
 * (HTTPS from an unknown range breaks no port rule), which a pass does not rest on.
 */
export function worldOpenViolations(
  permissions: readonly Permission[],
  violates: (p: Permission) => Tri,
): { open: string[]; undecided?: Unknown; settled: Unknown[] } {
  const open: string[] = [];
  const settled: Unknown[] = [];
  let undecided: Unknown | undefined;
  for (const p of permissions) {
    const world = isWorldOpen(p);
    const verdict = world === false ? false : violates(p);
    if (verdict === false) {
      settled.push(...unknownsIn(p));
      continue;
    }
    if (world === true && verdict === true) open.push(describePermission(p));
    else undecided ??= isUnknown(world) ? world : (verdict as Unknown);
  }
  return { open, undecided, settled };
}

/** Descriptions do not bear on what a permission lets in: a verdict on reachability never rests on them. */
export function unknownDescriptions(permissions: readonly Permission[]): Unknown[] {
  return permissions.map((p) => p.described).filter(isUnknown);
}
