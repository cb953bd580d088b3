/**
 * A model of a synthesized VPC's routing, to prove (not sample) that traffic between
 * an application or data subnet and the internet gateway crosses a Network Firewall
 * endpoint of the subnet's own zone, in both directions.
 *
 * Egress: start at the subnet, follow the route for 0.0.0.0/0 from route table to
 * route table (a NAT gateway continues from its subnet, a firewall endpoint from the
 * firewall subnet of its zone) until the internet gateway, or no route.
 * Ingress: public addresses live only on NAT gateways and load balancers in the edge
 * tier, so the way in to a subnet is the internet gateway's edge route table entry for
 * the subnet holding the NAT gateway it leaves through; that entry must point at the
 * firewall endpoint of the same zone. Any subnet that auto-assigns public addresses
 * outside the edge tier breaks the argument and is reported.
 */

type Json = Record<string, any>;

interface Subnet {
  readonly id: string;
  readonly zone: string;
  readonly cidr: string;
  readonly tier: string;
  readonly publicIpOnLaunch: boolean;
}

type Target =
  { kind: 'igw' } | { kind: 'nat'; id: string } | { kind: 'firewall'; zone: string } | { kind: 'other'; what: string };

export interface Hop {
  readonly subnet: string;
  readonly via: string;
}

export interface PathReport {
  readonly subnet: string;
  readonly tier: string;
  readonly zone: string;
  /** 'egress' or 'ingress'. */
  readonly direction: string;
  /** Every hop, from the subnet to the internet gateway (reversed for ingress). */
  readonly hops: Hop[];
  /** Zones of the firewall endpoints crossed. */
  readonly firewallZones: string[];
  readonly reachesInternet: boolean;
}

export class RouteGraph {
  readonly subnets = new Map<string, Subnet>();
  private readonly tableOf = new Map<string, string>();
  private readonly routes = new Map<string, { destination: string; target: Target }[]>();
  private readonly natSubnet = new Map<string, string>();
  private readonly igwTable?: string;
  /** The subnet holding the firewall endpoint of each zone. */
  private readonly firewallSubnet = new Map<string, string>();
  readonly problems: string[] = [];

  constructor(private readonly template: Json) {
    const resources: Record<string, Json> = template.Resources;
    const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
    for (const [id, r] of ofType('AWS::EC2::Subnet')) {
      const p = r.Properties;
      const tag = (key: string) => (p.Tags ?? []).find((t: Json) => t.Key === key)?.Value;
      this.subnets.set(id, {
        id,
        zone: p.AvailabilityZone,
        cidr: p.CidrBlock,
        tier: tag('aws-cdk:subnet-name') ?? 'unknown',
        publicIpOnLaunch: p.MapPublicIpOnLaunch === true,
      });
    }
    for (const [, r] of ofType('AWS::EC2::SubnetRouteTableAssociation')) {
      this.tableOf.set(ref(r.Properties.SubnetId), ref(r.Properties.RouteTableId));
    }
    for (const [id, r] of ofType('AWS::EC2::NatGateway')) this.natSubnet.set(id, ref(r.Properties.SubnetId));
    const igws = ofType('AWS::EC2::InternetGateway').map(([id]) => id);
    if (igws.length !== 1) this.problems.push(`expected one internet gateway, found ${igws.length}`);
    const endpointZones = new Set<string>();
    for (const [id, r] of ofType('AWS::EC2::Route')) {
      const p = r.Properties;
      const table = ref(p.RouteTableId);
      const target = this.targetOf(p, igws[0]);
      if (target.kind === 'firewall') endpointZones.add(target.zone);
      const list = this.routes.get(table) ?? [];
      list.push({
        destination: p.DestinationCidrBlock ?? p.DestinationIpv6CidrBlock ?? p.DestinationPrefixListId ?? `?${id}`,
        target,
      });
      this.routes.set(table, list);
    }
    const gatewayTables = ofType('AWS::EC2::GatewayRouteTableAssociation').filter(
      ([, r]) => ref(r.Properties.GatewayId) === igws[0],
    );
    this.igwTable = gatewayTables.length === 1 ? ref(gatewayTables[0][1].Properties.RouteTableId) : undefined;
    if (!this.igwTable)
      this.problems.push('the internet gateway has no edge route table: inbound traffic is routed straight to its destination');
    for (const [, r] of ofType('AWS::NetworkFirewall::Firewall')) {
      for (const m of r.Properties.SubnetMappings ?? []) {
        const subnet = this.subnets.get(ref(m.SubnetId));
        if (subnet) this.firewallSubnet.set(subnet.zone, subnet.id);
      }
    }
    for (const zone of endpointZones) {
      if (!this.firewallSubnet.has(zone))
        this.problems.push(`a route uses the firewall endpoint of ${zone}, but the firewall has no subnet there`);
    }
  }

  /** Subnets of the given tiers. */
  subnetsOf(...tiers: string[]): Subnet[] {
    return [...this.subnets.values()].filter((s) => tiers.includes(s.tier));
  }

  /** The path 0.0.0.0/0 traffic takes from a subnet. */
  egress(subnetId: string): PathReport {
    const start = this.subnets.get(subnetId)!;
    const hops: Hop[] = [];
    const firewallZones: string[] = [];
    let current = subnetId;
    const seen = new Set<string>();
    for (;;) {
      if (seen.has(current)) {
        this.problems.push(`routing loop from ${subnetId} at ${current}`);
        break;
      }
      seen.add(current);
      const table = this.tableOf.get(current);
      const route = (table && this.routes.get(table)?.find((r) => r.destination === '0.0.0.0/0')) || undefined;
      if (!route)
        return {
          subnet: subnetId,
          tier: start.tier,
          zone: start.zone,
          direction: 'egress',
          hops,
          firewallZones,
          reachesInternet: false,
        };
      const t = route.target;
      if (t.kind === 'igw') {
        hops.push({ subnet: current, via: 'internet gateway' });
        return {
          subnet: subnetId,
          tier: start.tier,
          zone: start.zone,
          direction: 'egress',
          hops,
          firewallZones,
          reachesInternet: true,
        };
      }
      if (t.kind === 'nat') {
        hops.push({ subnet: current, via: `NAT gateway ${t.id}` });
        current = this.natSubnet.get(t.id)!;
      } else if (t.kind === 'firewall') {
        hops.push({ subnet: current, via: `firewall endpoint ${t.zone}` });
        firewallZones.push(t.zone);
        current = this.firewallSubnet.get(t.zone)!;
      } else {
        this.problems.push(`default route of ${current} goes to ${t.what}, which this model does not follow`);
        return {
          subnet: subnetId,
          tier: start.tier,
          zone: start.zone,
          direction: 'egress',
          hops,
          firewallZones,
          reachesInternet: false,
        };
      }
    }
    return {
      subnet: subnetId,
      tier: start.tier,
      zone: start.zone,
      direction: 'egress',
      hops,
      firewallZones,
      reachesInternet: false,
    };
  }

  /**
   * The way back in: the internet gateway hands traffic for the public address (on the
   * NAT gateway the subnet leaves through) to its edge route table's entry for the
   * NAT gateway's subnet.
   */
  ingress(subnetId: string): PathReport {
    const start = this.subnets.get(subnetId)!;
    const out = this.egress(subnetId);
    const natHop = out.hops.find((h) => h.via.startsWith('NAT gateway'));
    const firewallZones: string[] = [];
    const hops: Hop[] = [];
    if (!out.reachesInternet || !natHop) {
      return {
        subnet: subnetId,
        tier: start.tier,
        zone: start.zone,
        direction: 'ingress',
        hops,
        firewallZones,
        reachesInternet: out.reachesInternet,
      };
    }
    const natId = natHop.via.replace('NAT gateway ', '');
    const natSubnet = this.subnets.get(this.natSubnet.get(natId)!)!;
    const entry = this.igwTable ? this.routes.get(this.igwTable)?.find((r) => r.destination === natSubnet.cidr) : undefined;
    hops.push({ subnet: 'internet gateway', via: entry ? describe(entry.target) : 'no edge route: straight to the subnet' });
    if (entry?.target.kind === 'firewall') firewallZones.push(entry.target.zone);
    hops.push({ subnet: natSubnet.id, via: `NAT gateway ${natId}` });
    return {
      subnet: subnetId,
      tier: start.tier,
      zone: start.zone,
      direction: 'ingress',
      hops,
      firewallZones,
      reachesInternet: true,
    };
  }

  /** Every edge route table entry of the internet gateway, with the zone of the subnet it serves. */
  gatewayEntries(): { destination: string; subnetZone?: string; target: string; firewallZone?: string }[] {
    return (this.igwTable ? (this.routes.get(this.igwTable) ?? []) : []).map((r) => ({
      destination: r.destination,
      subnetZone: [...this.subnets.values()].find((s) => s.cidr === r.destination)?.zone,
      target: describe(r.target),
      firewallZone: r.target.kind === 'firewall' ? r.target.zone : undefined,
    }));
  }

  private targetOf(p: Json, igw: string | undefined): Target {
    if (p.GatewayId !== undefined)
      return ref(p.GatewayId) === igw ? { kind: 'igw' } : { kind: 'other', what: JSON.stringify(p.GatewayId) };
    if (p.NatGatewayId !== undefined) return { kind: 'nat', id: ref(p.NatGatewayId) };
    if (p.VpcEndpointId !== undefined) {
      const zone = firewallZoneOf(p.VpcEndpointId, this.template);
      return zone ? { kind: 'firewall', zone } : { kind: 'other', what: `endpoint ${JSON.stringify(p.VpcEndpointId)}` };
    }
    return { kind: 'other', what: JSON.stringify(p) };
  }
}

/**
 * The zone of a firewall endpoint reference: Palisade reads endpoint ids from the
 * firewall's sync states (`FirewallStatus.SyncStates.<zone>.Attachment.EndpointId`)
 * through a DescribeFirewall custom resource; anything else is not recognised.
 */
function firewallZoneOf(value: unknown, template: Json): string | undefined {
  const getAtt = (value as Json)?.['Fn::GetAtt'];
  if (!Array.isArray(getAtt)) return undefined;
  const m = /^FirewallStatus\.SyncStates\.([a-z0-9-]+)\.Attachment\.EndpointId$/.exec(String(getAtt[1]));
  const source = template.Resources[getAtt[0]];
  const describes = JSON.stringify(source?.Properties?.Create ?? '').includes('DescribeFirewall');
  return m && describes ? m[1] : undefined;
}

function ref(value: unknown): string {
  const r = (value as Json)?.Ref;
  if (typeof r !== 'string') throw new Error(`expected a Ref, got ${JSON.stringify(value)}`);
  return r;
}

function describe(t: Target): string {
  switch (t.kind) {
    case 'igw':
      return 'internet gateway';
    case 'nat':
      return `NAT gateway ${t.id}`;
    case 'firewall':
      return `firewall endpoint ${t.zone}`;
    default:
      return t.what;
  }
}

/** The violations of the Internet First routing property in a template; empty when it holds. */
export function routingViolations(template: Json, tiers: string[] = ['Application', 'Data']): string[] {
  const graph = new RouteGraph(template);
  const violations = [...graph.problems];
  const inner = graph.subnetsOf(...tiers);
  if (inner.length === 0) violations.push(`no subnets of tiers ${tiers.join(', ')}`);
  for (const s of graph.subnets.values()) {
    if (s.publicIpOnLaunch && s.tier !== 'Edge') violations.push(`${s.id} (${s.tier}) assigns public addresses on launch`);
  }
  for (const s of inner) {
    for (const path of [graph.egress(s.id), graph.ingress(s.id)]) {
      if (!path.reachesInternet) continue;
      const route = path.hops.map((h) => `${h.subnet} -> ${h.via}`).join(', ');
      if (path.firewallZones.length === 0)
        violations.push(`${path.direction} ${s.id} (${s.tier}, ${s.zone}) reaches the internet without a firewall: ${route}`);
      for (const zone of path.firewallZones) {
        if (zone !== s.zone)
          violations.push(`${path.direction} ${s.id} (${s.tier}, ${s.zone}) crosses the firewall in ${zone}: ${route}`);
      }
    }
  }
  const entries = graph.gatewayEntries();
  for (const s of graph.subnetsOf('Edge')) {
    if (!entries.some((e) => e.destination === s.cidr))
      violations.push(`edge subnet ${s.id} (${s.zone}) has no internet gateway route through the firewall`);
  }
  for (const e of entries) {
    if (!e.firewallZone)
      violations.push(`internet gateway route for ${e.destination} goes to ${e.target}, not a firewall endpoint`);
    else if (e.subnetZone !== e.firewallZone)
      violations.push(`internet gateway route for ${e.destination} (${e.subnetZone}) goes to the firewall in ${e.firewallZone}`);
  }
  return violations;
}
