import { RuleContext } from '../../lib/engine/rule';
import { TemplateResource } from '../../lib/engine/template-index';
import { Unknown, isUnknown } from '../../lib/engine/unknown';

/** One ingress permission of a security group, inline or standalone, as far as it is known. */
export interface Ingress {
  readonly protocol: unknown;
  readonly fromPort: unknown;
  readonly toPort: unknown;
  readonly cidrIp: unknown;
  readonly cidrIpv6: unknown;
  readonly sourceGroup: unknown;
  readonly prefixList: unknown;
  readonly description: unknown;
  /** Logical id of the AWS::EC2::SecurityGroupIngress resource, for a standalone rule. */
  readonly standalone?: string;
}

/**
 * Every ingress permission that lands on a security group: its inline
 * SecurityGroupIngress and each AWS::EC2::SecurityGroupIngress whose GroupId
 * refers to it (how CDK writes rules between groups).
 */
export function ingressOf(group: TemplateResource, { index }: RuleContext): Ingress[] | Unknown {
  const inline = group.get('SecurityGroupIngress');
  if (isUnknown(inline)) return inline;
  const rules: Ingress[] = (Array.isArray(inline) ? inline : []).map((r) => toIngress(r));
  for (const standalone of index.referrers(group, 'AWS::EC2::SecurityGroupIngress', 'GroupId')) {
    if (index.exists(standalone) === false) continue;
    rules.push(toIngress(standalone.properties, standalone.logicalId));
  }
  return rules;
}

function toIngress(r: unknown, standalone?: string): Ingress {
  if (isUnknown(r)) {
    return {
      protocol: r,
      fromPort: r,
      toPort: r,
      cidrIp: r,
      cidrIpv6: r,
      sourceGroup: r,
      prefixList: r,
      description: r,
      standalone,
    };
  }
  const p = (r ?? {}) as Record<string, unknown>;
  return {
    protocol: p.IpProtocol,
    fromPort: p.FromPort,
    toPort: p.ToPort,
    cidrIp: p.CidrIp,
    cidrIpv6: p.CidrIpv6,
    sourceGroup: p.SourceSecurityGroupId ?? p.SourceSecurityGroupName,
    prefixList: p.SourcePrefixListId,
    description: p.Description,
    standalone,
  };
}

/** Whether the permission is open to the whole internet; Unknown when its source is not known. */
export function isWorldOpen(rule: Ingress): boolean | Unknown {
  for (const cidr of [rule.cidrIp, rule.cidrIpv6]) if (isUnknown(cidr)) return cidr;
  return rule.cidrIp === '0.0.0.0/0' || rule.cidrIpv6 === '::/0';
}

/** Whether the permission covers a TCP port; Unknown when its protocol or range is not known. */
export function coversPort(rule: Ingress, port: number): boolean | Unknown {
  const { protocol, fromPort, toPort } = rule;
  for (const v of [protocol, fromPort, toPort]) if (isUnknown(v)) return v;
  const proto = String(protocol).toLowerCase();
  if (proto === '-1' || proto === 'all') return true;
  if (proto !== 'tcp' && proto !== '6' && proto !== 'udp' && proto !== '17') return false;
  const from = Number(fromPort ?? 0);
  const to = Number(toPort ?? 65535);
  if (from === -1 || to === -1) return true;
  return from <= port && port <= to;
}

/** Whether the permission carries TCP or UDP ports (all traffic included); Unknown when its protocol is not known. */
export function carriesPorts(rule: Ingress): boolean | Unknown {
  if (isUnknown(rule.protocol)) return rule.protocol;
  return ['-1', 'all', 'tcp', '6', 'udp', '17'].includes(String(rule.protocol).toLowerCase());
}

/** A short human description of the permission's source and ports, for messages. */
export function describeIngress(rule: Ingress): string {
  const ports =
    String(rule.protocol) === '-1'
      ? 'all traffic'
      : rule.fromPort === rule.toPort
        ? `port ${rule.fromPort}`
        : `ports ${rule.fromPort}-${rule.toPort}`;
  const source = rule.cidrIp ?? rule.cidrIpv6 ?? 'a security group';
  return `${ports} from ${String(source)}${rule.standalone ? ` (${rule.standalone})` : ''}`;
}

/**
 * The world-open permissions for which `violates` holds, described for a message;
 * `undecided` is the first permission whose source or ports could not be read.
 */
export function worldOpenViolations(
  ingress: readonly Ingress[],
  violates: (rule: Ingress) => boolean | Unknown,
): { open: string[]; undecided?: Unknown } {
  const open: string[] = [];
  let undecided: Unknown | undefined;
  for (const rule of ingress) {
    const world = isWorldOpen(rule);
    const verdict = world === true ? violates(rule) : world;
    if (isUnknown(verdict)) undecided ??= verdict;
    else if (verdict && world === true) open.push(describeIngress(rule));
  }
  return { open, undecided };
}
